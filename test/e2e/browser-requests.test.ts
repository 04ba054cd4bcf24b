import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { type Browser, type BrowserContextOptions, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "../../src/db/index.js";
import type { Judgement } from "../../src/relationships/types.js";
import { CHROMIUM_ARGS, ensureChromium, expectNoSidewaysScroll, newTestPage } from "../support/chromium.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { uniqueAddress } from "../support/mail.js";

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
interface PageElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number };
  activeElement: PageElement | null;
};
declare function getComputedStyle(element: unknown): { outlineStyle: string; outlineWidth: string };

/** An unbroken word longer than a phone is wide: addresses and names like it must still fit. */
const LONG = "x".repeat(70);

function judgement(): Prisma.InputJsonValue {
  const value: Judgement = {
    version: 1,
    computedAt: "2026-03-10T12:00:00.000Z",
    target: {
      status: "ambiguous",
      candidates: [
        {
          email: `mary.jones.${LONG}@xyz.example`,
          displayName: "Mary Jones",
          confidence: 0.65,
          matchedBy: "initial and last name",
        },
        { email: "m.jones@abc.example", displayName: null, confidence: 0.4, matchedBy: "one name only" },
      ],
    },
    ties: {
      requester: {
        score: 64,
        band: "strong",
        evidence: `41 messages over 3 years, both ways, last contact 12 days ago ${LONG}`,
      },
      target: null,
      requesterTarget: null,
    },
    ledger: {
      madeForRequester: 2,
      madeByRequester: 0,
      previousRequests: { total: 1, introduced: 1, declined: 0, open: 0 },
    },
    protection: { requestsLast90Days: 3, pastDeclines: 1, isProtected: false },
    recommendation: "decline",
    reasons: [
      { rule: "ambiguous_target", text: "Several people in your mail could be Mary Jones: ask who is meant." },
      { rule: "weak_target_tie", text: `You have no mail with the target ${LONG}.` },
    ],
  };
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

describe("the requests pages in a real browser (Chromium driven by playwright-core)", () => {
  let product: RunningProduct;
  let browser: Browser;
  const address = uniqueAddress();
  let requestId = "";

  beforeAll(async () => {
    const executablePath = ensureChromium();
    // No workers: the requests stay as inserted.
    product = await startProduct({ emulator: { mailboxes: { [address]: [] } }, workers: false });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    mkdirSync(screenshots, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  const newPage = (options: BrowserContextOptions): Promise<Page> => newTestPage(browser, options);

  /** Connect Gmail → Google's consent page → Allow → the status page; then the requests, once. */
  async function signIn(page: Page): Promise<void> {
    await page.goto(product.url);
    await page.getByRole("link", { name: "Connect Gmail" }).click();
    await page.waitForURL(
      (url) => url.toString().startsWith(product.emulator.url ?? "") && url.pathname.includes("/o/oauth2"),
    );
    await page.getByLabel(address).check();
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL(`${product.url}/`);
    if (!requestId) await insertRequests();
  }

  async function insertRequests(): Promise<void> {
    const { prisma } = product.services;
    const connector = await prisma.connector.findFirstOrThrow({ where: { email: address } });
    const base = { connectorId: connector.id, state: "awaiting_connector" as const, specificityScore: 55 };
    const created = await prisma.introRequest.create({
      data: {
        ...base,
        sourceKey: randomUUID(),
        requesterName: "Nora Newest",
        requesterEmail: `nora.${LONG}@requesters.example`,
        targetName: "Mary Jones",
        targetRole: "HR",
        targetOrganization: `XYZ${LONG}Corp`,
        targetKey: "name:mary jones",
        reason: `She built the benefits program at XYZ: https://example.com/${LONG}`,
        ask: "A 20-minute call next week",
        specificityScore: 85,
        specificityBand: "high",
        specificitySignals: [
          { id: "named_target", present: true, points: 20, evidence: "Mary Jones" },
          { id: "reason", present: true, points: 15, evidence: `she built the benefits program ${LONG}` },
          { id: "vague_ask", present: false, points: 0, evidence: null },
        ],
        recommendation: "decline",
        judgement: judgement(),
        analyzedAt: new Date("2026-03-10T12:00:00Z"),
        receivedAt: new Date("2026-03-10T09:00:00Z"),
      },
    });
    requestId = created.id;
    await prisma.introRequest.createMany({
      data: [
        {
          ...base,
          sourceKey: randomUUID(),
          requesterEmail: `${LONG}@long.example`,
          specificityBand: "medium",
          recommendation: "suggest_call",
          receivedAt: new Date("2026-03-09T09:00:00Z"),
        },
        {
          ...base,
          sourceKey: randomUUID(),
          requesterName: "Dan Declined",
          requesterEmail: "dan@declined.example",
          state: "declined_by_connector",
          specificityBand: "low",
          specificityScore: 20,
          recommendation: "decline",
          receivedAt: new Date("2026-03-01T09:00:00Z"),
        },
      ],
    });
  }

  /** Nothing to scroll sideways on a 390 px phone, nor on a 320 px one (then back to 390). */
  async function expectFitsPhones(page: Page): Promise<void> {
    for (const width of [390, 320, 390]) {
      await page.setViewportSize({ width, height: 844 });
      await expectNoSidewaysScroll(page, width);
    }
  }

  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: new URL(name, screenshots).pathname, fullPage: true });

  it("on a desktop: the status page leads to the requests, the filter form narrows them, a row leads to its request", async () => {
    const page = await newPage(DESKTOP);
    await signIn(page);
    await page.reload();
    await page.getByRole("link", { name: "All requests" }).click();
    await page.waitForURL(`${product.url}/requests`);
    expect(await page.locator("#request-list tbody tr").count()).toBe(3);
    await expectNoSidewaysScroll(page, 1280);
    await shoot(page, "requests-page.png");

    // A plain GET form: no script needed.
    await page.getByLabel("State", { exact: true }).selectOption("declined_by_connector");
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(`${product.url}/requests?state=declined_by_connector&recommendation=`);
    expect(await page.locator("#request-list tbody tr").count()).toBe(1);
    await page.getByLabel("Recommendation", { exact: true }).selectOption("ask_target");
    await page.getByRole("button", { name: "Show" }).click();
    await expect.poll(() => page.locator("#no-matches").textContent()).toContain("No requests match these filters.");
    await page.getByRole("link", { name: "Clear the filters" }).click();
    await page.waitForURL(`${product.url}/requests`);

    await page.getByRole("link", { name: "Nora Newest" }).click();
    await page.waitForURL(`${product.url}/requests/${requestId}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Request from Nora Newest");
    expect(await page.locator("#target-candidates li").count()).toBe(2);
    await expectNoSidewaysScroll(page, 1280);
    await shoot(page, "request-page.png");
  });

  it("on a phone: both pages fit, and the override form is reached and sent by keyboard alone", async () => {
    const page = await newPage(PHONE);
    await signIn(page);
    await page.goto(`${product.url}/requests`);
    expect(await page.locator("#request-list tbody tr").count()).toBe(3);
    await expectFitsPhones(page);
    await shoot(page, "phone-requests-page.png");

    await page.goto(`${product.url}/requests/${requestId}`);
    await expectFitsPhones(page);
    await shoot(page, "phone-request-page.png");

    // Tab from the top of the page to the radio group: it is one stop, on the checked choice.
    let focused: { name: string | null; value: string | null } = { name: null, value: null };
    for (let presses = 0; presses < 60 && focused.name !== "choice"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => ({
        name: document.activeElement?.getAttribute("name") ?? null,
        value: document.activeElement?.getAttribute("value") ?? null,
      }));
    }
    expect(focused).toEqual({ name: "choice", value: "decline" });
    // Arrow keys move the choice; the focus is visible.
    await page.keyboard.press("ArrowUp");
    expect(await page.getByRole("radio", { name: "Suggest a call" }).isChecked()).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Tab");
    const button = await page.evaluate(() => ({
      tag: document.activeElement?.tagName,
      text: document.activeElement?.textContent,
    }));
    expect(button).toEqual({ tag: "BUTTON", text: "Save my choice" });
    await shoot(page, "phone-request-override-focused.png");
    await page.keyboard.press("Enter");

    await page.waitForURL(`${product.url}/requests/${requestId}?notice=recommendation`);
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe("Your choice is saved.");
    await expect.poll(() => page.locator("#recommendation").textContent()).toContain("Suggest a call");
    await expect
      .poll(() => page.locator("#timeline").textContent())
      .toContain("Recommendation changed from “Decline” to “Suggest a call”");
    const stored = await product.services.prisma.introRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(stored.recommendationOverride).toBe("suggest_call");
    await expectFitsPhones(page);
    await shoot(page, "phone-request-page-saved.png");
  });
});
