import { mkdirSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, ensureChromium } from "../support/chromium.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { corpus, uniqueAddress } from "../support/mail.js";

describe("Connect Gmail in a real browser (Chromium driven by playwright-core)", () => {
  let product: RunningProduct;
  let browser: Browser;
  const address = uniqueAddress();

  beforeAll(async () => {
    const executablePath = ensureChromium();
    product = await startProduct({
      emulator: { mailboxes: { [address]: [corpus("high-01-mary-jones-hr.eml"), corpus("low-01-anyone-at-google.eml")] } },
    });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it("Connect Gmail → Google's consent page → Allow → the status page with the synced mailbox", async () => {
    const page = await browser.newPage();
    await page.goto(product.url);
    await page.getByRole("link", { name: "Connect Gmail" }).click();

    // The emulator's consent page, served from the "Google" base URL.
    await page.waitForURL((url) => url.toString().startsWith(product.emulator.url ?? "") && url.pathname.includes("/o/oauth2"));
    await page.getByLabel(address).check();
    await page.getByRole("button", { name: "Allow" }).click();

    await page.waitForURL(`${product.url}/`);
    await expect.poll(() => page.locator("#connected-address").textContent()).toBe(address);
    // The first sync runs in the background; reload until the status page shows its result.
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator("#intro-requests").textContent();
        },
        { timeout: 20_000, interval: 300 },
      )
      .toBe("2");
    expect(await page.locator("#messages-seen").textContent()).toBe("2");
    expect(await page.locator("#token-state").textContent()).toBe("active");
    mkdirSync(new URL("../../.tmp/", import.meta.url), { recursive: true });
    await page.screenshot({ path: new URL("../../.tmp/status-page.png", import.meta.url).pathname, fullPage: true });
  });
});
