import { mkdirSync } from "node:fs";
import { type Browser, type BrowserContextOptions, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, ensureChromium, newTestPage } from "../support/chromium.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { corpus, uniqueAddress } from "../support/mail.js";

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
/** A 390 px phone: isMobile makes Chromium lay out by the page's viewport meta tag, as phones do. */
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

const screenshots = new URL("../../.tmp/", import.meta.url);

// The callbacks given to evaluate() run in the page, where these exist; the project's lib has no DOM.
declare const document: { documentElement: { scrollWidth: number } };
declare const window: { innerWidth: number };
declare function getComputedStyle(element: unknown, pseudoElement?: string): { content: string; whiteSpace: string };

describe("Connect Gmail in a real browser (Chromium driven by playwright-core)", () => {
  let product: RunningProduct;
  let browser: Browser;
  const addresses = {
    desktop: uniqueAddress(),
    phone: uniqueAddress(),
    signOut: uniqueAddress(),
    disconnect: uniqueAddress(),
    unticked: uniqueAddress(),
  };

  beforeAll(async () => {
    const executablePath = ensureChromium();
    const mailbox = [corpus("high-01-mary-jones-hr.eml"), corpus("low-01-anyone-at-google.eml")];
    product = await startProduct({
      emulator: { mailboxes: Object.fromEntries(Object.values(addresses).map((address) => [address, mailbox])) },
    });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    mkdirSync(screenshots, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const newPage = (options: BrowserContextOptions): Promise<Page> => newTestPage(browser, options);

  /** Waits for the emulator's consent page, served from the "Google" base URL. */
  async function atGooglesConsentPage(page: Page): Promise<void> {
    await page.waitForURL(
      (url) => url.toString().startsWith(product.emulator.url ?? "") && url.pathname.includes("/o/oauth2"),
    );
  }

  /** Connect Gmail → Google's consent page → Allow (every scope ticked) → the status page. */
  async function connect(page: Page, address: string): Promise<void> {
    await page.goto(product.url);
    await page.getByRole("link", { name: "Connect Gmail" }).click();
    await atGooglesConsentPage(page);
    await page.getByLabel(address).check();
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL(`${product.url}/`);
    await expect.poll(() => page.locator("#connected-address").textContent()).toBe(address);
  }

  /** The first sync runs in the background; reload until the status page shows its result. */
  async function waitForFirstSync(page: Page): Promise<void> {
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator("#intro-requests").textContent();
        },
        { timeout: 20_000, interval: 300 },
      )
      .toBe("2");
  }

  /** Nothing to scroll sideways on a 390 px phone, nor on a 320 px one (then back to 390). */
  async function expectFitsPhones(page: Page): Promise<void> {
    for (const width of [390, 320, 390]) {
      await page.setViewportSize({ width, height: 844 });
      await expectNoSidewaysScroll(page, width);
    }
  }

  /** The page is no wider than the window: nothing to scroll sideways. */
  async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    // A phone widens its layout viewport to fit a page wider than the screen (and zooms out),
    // so a window no longer phone-wide is itself the sign of a page too wide.
    expect(innerWidth, `${page.url()}: the window grew to ${innerWidth} px to fit the page`).toBe(width);
    expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(
      innerWidth,
    );
  }

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: new URL(name, screenshots).pathname, fullPage: true });

  it("Connect Gmail → Google's consent page → Allow → the status page with the synced mailbox", async () => {
    const page = await newPage(DESKTOP);
    await connect(page, addresses.desktop);
    await waitForFirstSync(page);
    expect(await page.locator("#messages-seen").textContent()).toBe("2");
    expect(await page.locator("#token-state").textContent()).toBe("active");
    await expectNoSidewaysScroll(page, 1280);
    await shoot(page, "status-page.png");
  });

  it("on a phone: the status page and an error page fit the screen", async () => {
    const page = await newPage(PHONE);
    await connect(page, addresses.phone);
    await waitForFirstSync(page);
    expect(await page.locator("#requests tbody tr").count()).toBe(2);
    await expectFitsPhones(page);
    // Stacked rows: each cell says what it is, and dates stay whole.
    const received = page.locator("#requests tbody td").first();
    expect(await received.evaluate((cell) => getComputedStyle(cell, "::before").content)).toMatch(/^"Received"/);
    expect(await received.evaluate((cell) => getComputedStyle(cell).whiteSpace)).toBe("nowrap");
    await shoot(page, "phone-status-page.png");

    // A form left open too long: its token no longer matches, and the error page offers the way back.
    await page
      .locator('input[name="_csrf"]')
      .first()
      .evaluate((input: { value: string }) => (input.value = "stale"));
    await page.getByRole("button", { name: "Sync now" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("This form has expired");
    await expectFitsPhones(page);
    await shoot(page, "phone-error-page.png");
    await page.getByRole("link", { name: "Back to your status page" }).click();
    await expect.poll(() => page.locator("#connected-address").textContent()).toBe(addresses.phone);
  });

  it("on a phone: unticking Gmail on Google's page leads to a page that says why, and trying again connects", async () => {
    const page = await newPage(PHONE);
    await page.goto(product.url);
    await page.getByRole("link", { name: "Connect Gmail" }).click();
    await atGooglesConsentPage(page);
    await page.getByLabel(addresses.unticked).check();
    await page.getByRole("checkbox", { name: /View your email messages and settings/ }).uncheck();
    await expectFitsPhones(page);
    await shoot(page, "phone-consent-unticked.png");
    await page.getByRole("button", { name: "Allow" }).click();

    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("SafeIntro needs permission to read your Gmail");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("View your email messages and settings");
    await expectFitsPhones(page);
    await shoot(page, "phone-missing-permission.png");
    expect(await product.services.prisma.googleAccount.count({ where: { email: addresses.unticked } })).toBe(0);

    await page.getByRole("link", { name: "Try again" }).click();
    await atGooglesConsentPage(page);
    expect(new URL(page.url()).searchParams.get("prompt")).toBe("consent");
    expect(await page.getByRole("checkbox", { name: /View your email messages and settings/ }).isChecked()).toBe(true);
    await page.getByLabel(addresses.unticked).check();
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL(`${product.url}/`);
    await expect.poll(() => page.locator("#connected-address").textContent()).toBe(addresses.unticked);
  });

  it("on a phone: signing out says so", async () => {
    const page = await newPage(PHONE);
    await connect(page, addresses.signOut);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${product.url}/?notice=signed-out`);
    await expect.poll(() => page.getByRole("status").textContent()).toContain("You are signed out.");
    expect(await page.getByRole("link", { name: "Connect Gmail" }).isVisible()).toBe(true);
    await expectFitsPhones(page);
    await shoot(page, "phone-signed-out.png");
  });

  it("on a phone: disconnecting asks first, and its result page survives a reload", async () => {
    const page = await newPage(PHONE);
    await connect(page, addresses.disconnect);
    await waitForFirstSync(page);

    // The status page's button only asks; cancelling changes nothing.
    await page.getByRole("link", { name: "Disconnect Gmail and delete my data" }).click();
    await page.waitForURL(`${product.url}/disconnect`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Disconnect Gmail and delete your data?");
    await expect.poll(() => page.locator("#to-delete").textContent()).toContain(addresses.disconnect);
    await expect.poll(() => page.locator("#to-delete").textContent()).toContain("2 intro requests");
    await expectFitsPhones(page);
    await shoot(page, "phone-disconnect-confirm.png");
    await page.getByRole("link", { name: "Cancel, keep everything" }).click();
    await expect.poll(() => page.locator("#connected-address").textContent()).toBe(addresses.disconnect);
    expect(await product.services.prisma.googleAccount.count({ where: { email: addresses.disconnect } })).toBe(1);

    await page.getByRole("link", { name: "Disconnect Gmail and delete my data" }).click();
    await page.getByRole("button", { name: "Yes, disconnect and delete" }).click();
    await page.waitForURL(`${product.url}/disconnected?revoked=1`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Disconnected");
    await expect
      .poll(() => page.locator("#revocation").textContent())
      .toBe("Google confirmed that SafeIntro's access is revoked.");
    expect(await product.services.prisma.googleAccount.count({ where: { email: addresses.disconnect } })).toBe(0);

    // Reloading asks for the result page again, not for the POST again.
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Disconnected");
    await expect
      .poll(() => page.locator("#revocation").textContent())
      .toBe("Google confirmed that SafeIntro's access is revoked.");
    await expectFitsPhones(page);
    await shoot(page, "phone-disconnected.png");
  });
});
