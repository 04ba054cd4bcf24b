import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "./chromium.js";
import { READ_CLIENT_SCOPES, REDIRECT_URI, SAM, oauthClient, startEmulator, type RunningEmulator } from "./helpers.js";

// An iPhone 12–15 sized screen.
const PHONE = { width: 390, height: 844 };

let running: RunningEmulator;
let browser: Browser;
beforeAll(async () => {
  running = await startEmulator();
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await running?.emulator.close();
});

/** A phone-sized page on the consent screen; the redirect back to the app is caught, not fetched. */
async function consentPageOnPhone(): Promise<{ page: Page; redirected: Promise<URL> }> {
  const page = await browser.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
  let sendBack: (url: URL) => void = () => {};
  const redirected = new Promise<URL>((resolve) => (sendBack = resolve));
  await page.route(`${REDIRECT_URI}**`, async (route) => {
    sendBack(new URL(route.request().url()));
    await route.fulfill({ status: 200, contentType: "text/plain", body: "back at the app" });
  });
  const authUrl = oauthClient(running.url).generateAuthUrl({ scope: READ_CLIENT_SCOPES, state: "s1" });
  await page.goto(authUrl);
  return { page, redirected };
}

describe("the consent page in a browser", () => {
  it("fits a 390 px phone: no sideways scrolling, buttons big enough to tap", async () => {
    const { page } = await consentPageOnPhone();
    // Expressions as strings: the tests are compiled without the DOM's types.
    const viewport = await page.evaluate<string | null>(
      `document.querySelector('meta[name="viewport"]')?.getAttribute("content") ?? null`,
    );
    expect(viewport).toBe("width=device-width, initial-scale=1");
    // Without the viewport tag a phone lays the page out 980 px wide: the width is the proof.
    expect(await page.evaluate<number>("window.innerWidth")).toBe(PHONE.width);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
    for (const name of ["Allow", "Cancel"]) {
      const box = await page.getByRole("button", { name }).boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect((box?.x ?? -1) + (box?.width ?? Infinity)).toBeLessThanOrEqual(PHONE.width);
    }
    // The Gmail scope's checkbox, with its long URL, stays on the screen too.
    const scope = await page.getByRole("checkbox", { name: /View your email messages and settings/ }).boundingBox();
    expect(scope?.width).toBeGreaterThanOrEqual(20);
    expect((scope?.x ?? -1) + (scope?.width ?? Infinity)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it("grants only the scopes left ticked", async () => {
    const { page, redirected } = await consentPageOnPhone();
    const readonly = page.getByRole("checkbox", { name: /View your email messages and settings/ });
    expect(await readonly.isChecked()).toBe(true);
    // Who signed in is not the user's to untick.
    expect(await page.getByRole("checkbox", { name: /email address/ }).count()).toBe(0);
    await readonly.uncheck();
    await page.getByRole("button", { name: "Allow" }).click();
    const back = await redirected;
    expect(back.searchParams.get("code")).toMatch(/\S/);
    expect(back.searchParams.get("scope")?.split(" ")).not.toContain("https://www.googleapis.com/auth/gmail.readonly");
    await page.close();
  });

  it("pressing Enter means Allow", async () => {
    const { page, redirected } = await consentPageOnPhone();
    await page.getByLabel(SAM).focus();
    await page.keyboard.press("Enter");
    const back = await redirected;
    expect(back.searchParams.get("state")).toBe("s1");
    expect(back.searchParams.get("error")).toBeNull();
    expect(back.searchParams.get("code")).toMatch(/\S/);
    await page.close();
  });
});
