import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { expect } from "vitest";
import { existsSync } from "node:fs";
import { aptInstall, canAptInstall, onPath } from "../../src/dev/binaries.js";

/**
 * Debian's Chromium for the browser tests (playwright-core cannot download its own here):
 * CHROMIUM_PATH, or chromium on the PATH, or installed with apt-get when root on Debian.
 */
export function ensureChromium(): string {
  const found = () =>
    process.env.CHROMIUM_PATH ||
    onPath("chromium") ||
    onPath("chromium-browser") ||
    (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const existing = found();
  if (existing) return existing;
  if (canAptInstall()) {
    aptInstall(["chromium"]);
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    "The browser tests need Chromium: set CHROMIUM_PATH, install it (`apt-get install chromium` on Debian/Ubuntu), or run the tests as root on Debian/Ubuntu so the setup installs it.",
  );
}

/** Flags for a headless Chromium on a machine with no network and no display. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A page in a fresh browser context (its own cookies), with a timeout well inside a test's 30 s. */
export async function newTestPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  // A missing link or page fails at its own step, not at the test's timeout.
  context.setDefaultTimeout(10_000);
  return context.newPage();
}

// What the check below reads in the page (this code runs in the browser; the tests have no DOM types).
declare const document: { documentElement: { scrollWidth: number; clientWidth: number } };
declare const window: { innerWidth: number };

/** The page is no wider than the window: nothing to scroll sideways. */
export async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  const { scrollWidth, clientWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    innerWidth: window.innerWidth,
  }));
  // A phone widens its layout viewport to fit a page wider than the screen (and zooms out),
  // so a window no longer phone-wide is itself the sign of a page too wide.
  expect(innerWidth, `${page.url()}: the window grew to ${innerWidth} px to fit the page`).toBe(width);
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide in a ${clientWidth} px window`).toBeLessThanOrEqual(
    clientWidth,
  );
}
