import { mkdirSync } from "node:fs";
import { type Browser, type Frame, type Page, chromium } from "playwright-core";
import { greetingName, withoutLabel } from "../../src/optin/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTION_NOTICES } from "../../src/http/request-actions.js";
import { dayAndMonth } from "../../src/http/link-pages.js";
import { BrowserSession } from "../support/browser-session.js";
import { CHROMIUM_ARGS, ensureChromium, expectNoSidewaysScroll, newTestPage } from "../support/chromium.js";
import { allowSending } from "../support/allow-sending.js";
import { eventually } from "../support/eventually.js";
import { correspondence } from "../support/history-mail.js";
import { ANSWER_LABELS, CASES, type Case, people } from "../support/opt-in-browser-cases.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

const screenshots = new URL("../../.tmp/", import.meta.url);

// The callbacks given to evaluate() run in the page, where these exist; the project's lib has no DOM.
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number; scrollHeight: number };
  querySelector(selector: string): { style: { height: string } } | null;
};

const now = new Date();

/**
 * The double opt-in as its people see it, in Chromium at desktop and phone width: the
 * connector's preview of the email to the target (edit the note, update the preview, send),
 * the email as sent (the Gmail emulator's sent-mail viewer), the target's confirm page from
 * the email's Yes link, the answer, and the same link again. A screenshot at every step.
 */
describe("the double opt-in in a real browser (Chromium driven by playwright-core)", () => {
  let product: RunningProduct;
  let browser: Browser;
  const address = uniqueAddress();
  const connector = { name: "Sam Rivera", email: address };
  let connectorId = "";

  beforeAll(async () => {
    const executablePath = ensureChromium();
    const history = await Promise.all(
      Object.values(people).map((person) =>
        correspondence(connector, person, { count: 12, everyDays: 15, now, topic: `News from ${person.name}` }),
      ),
    );
    const requests = [
      corpus("high-02-oskar-lindqvist-cto.eml"), // Priya → Oskar
      corpus("high-01-mary-jones-hr.eml"), // Alex → Mary
    ];
    product = await startProduct({ emulator: { mailboxes: { [address]: [...history.flat(), ...requests] } } });
    const session = new BrowserSession();
    await product.connect(session, address);
    connectorId = (await product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } }))
      .connectorId;
    await allowSending(product, session, address);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    mkdirSync(screenshots, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  /** Connect Gmail → Google's consent page → Allow → the status page: a session in this browser context. */
  async function signIn(page: Page): Promise<void> {
    await page.goto(product.url);
    await page.getByRole("link", { name: "Connect Gmail" }).click();
    await page.waitForURL(
      (url) => url.toString().startsWith(product.emulator.url ?? "") && url.pathname.includes("/o/oauth2"),
    );
    await page.getByLabel(address).check();
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL(`${product.url}/`);
    await expect.poll(() => page.locator("#connected-address").textContent()).toBe(address);
  }

  const analysedRequestFrom = (requester: string) =>
    eventually(
      () =>
        product.services.prisma.introRequest.findFirst({
          where: { connectorId, requesterEmail: requester, state: "awaiting_connector", analyzedAt: { not: null } },
        }),
      30_000,
    );
  const requestNow = (id: string) => product.services.prisma.introRequest.findUniqueOrThrow({ where: { id } });

  /** The document inside an iframe is no wider than the iframe (one pixel of rounding allowed). */
  async function expectFrameFits(frame: Frame, what: string): Promise<void> {
    const { scrollWidth, clientWidth } = await frame.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth, `${what}: the iframe has no width`).toBeGreaterThan(200);
    expect(scrollWidth, `${what} is ${scrollWidth} px wide in a ${clientWidth} px iframe`).toBeLessThanOrEqual(
      clientWidth + 1,
    );
  }

  async function frameOf(page: Page, selector: string): Promise<Frame> {
    const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
    if (!frame) throw new Error(`no frame in ${selector}`);
    return frame;
  }

  /**
   * A full-page screenshot, and one of each iframe on the page by itself: Chromium leaves a
   * sandboxed (cross-origin) iframe outside the window unpainted in a full-page screenshot, so
   * there it shows blank, though a person scrolling down sees it.
   */
  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: new URL(`${name}.png`, screenshots).pathname, fullPage: true });
    const frames = await page.locator("iframe").all();
    for (const [index, frame] of frames.entries())
      await frame.screenshot({
        path: new URL(`${name}-iframe${index > 0 ? index + 1 : ""}.png`, screenshots).pathname,
      });
  }

  /** Text with its runs of white space made one space, as a reader sees it. */
  const words = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

  async function runFlow(run: Case): Promise<void> {
    const shot = (step: string) => `opt-in-${run.label}-${step}`;
    const request = await analysedRequestFrom(run.requester.email);
    expect(request.targetName).toBe(run.target.name);
    expect(request.requesterName).toBe(run.requester.name);

    // (1) The connector's preview of the email to the target: edit the note, update, send.
    const page = await newTestPage(browser, run.options);
    await signIn(page);
    const previewUrl = `${product.url}/requests/${request.id}/act/ask_target`;
    await page.goto(previewUrl);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(`Ask ${run.target.name}`);
    expect(await page.locator("#preview-to").textContent()).toBe(run.target.email);
    expect(await page.locator("#blocker").count()).toBe(0);
    expect(await page.locator("#preview-text").textContent()).not.toContain(run.note);
    await expectNoSidewaysScroll(page, run.width);
    await expectFrameFits(await frameOf(page, "#preview-html"), "the preview's email");
    await shoot(page, shot("1-preview"));

    await page.getByLabel("Your own words at the top (optional)").fill(run.note);
    await page.getByRole("button", { name: "Update preview" }).click();
    await expect.poll(() => page.locator("#preview-text").textContent()).toContain(run.note);
    expect(await page.getByLabel("Your own words at the top (optional)").inputValue()).toBe(run.note);
    expect(words(await (await frameOf(page, "#preview-html")).locator("body").textContent())).toContain(run.note);
    // A preview sends nothing and changes nothing.
    expect((await requestNow(request.id)).state).toBe("awaiting_connector");
    await expectNoSidewaysScroll(page, run.width);
    await shoot(page, shot("2-preview-updated"));

    await page.getByRole("button", { name: `Send to ${run.target.name}` }).click();
    await page.waitForURL(`${product.url}/requests/${request.id}?notice=ask_target`);
    await expect.poll(() => page.getByRole("status").first().textContent()).toBe(ACTION_NOTICES.ask_target);
    expect((await requestNow(request.id)).state).toBe("awaiting_target");
    await expectNoSidewaysScroll(page, run.width);
    await shoot(page, shot("3-request-after-send"));

    // (2) The email as sent, in the emulator's sent-mail viewer.
    const subject = `${run.requester.name} asked me for an introduction to you`;
    const viewer = product.emulator.sentMailUrl ?? "";
    expect(viewer).not.toBe("");
    await page.goto(viewer);
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByRole("link", { name: subject, exact: true }).count();
        },
        { timeout: 20_000, interval: 300 },
      )
      .toBe(1);
    // The list is not checked for width: its five-column table is wider than a phone (the
    // emulator's demo tool, not the product); the message page below must fit.
    await shoot(page, shot("4-sent-list"));
    await page.getByRole("link", { name: subject, exact: true }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(subject);

    const email = await frameOf(page, "iframe");
    const stored = await requestNow(request.id);
    const paragraphs = (await email.locator("p").allTextContents()).map(words);
    // A greeting by first name; the requester's parts under labels of the email's own, theirs dropped.
    expect(paragraphs[0]).toBe(`Hi ${greetingName(run.target.name)},`);
    expect(paragraphs[1]).toBe(run.note);
    const requesterName = stored.requesterName ?? stored.requesterEmail;
    expect(paragraphs).toContain(`Why, in ${requesterName}'s words: ${words(withoutLabel(stored.reason) ?? "")}`);
    expect(paragraphs).toContain(`What ${requesterName} asks: ${words(withoutLabel(stored.ask) ?? "")}`);
    const buttons = email.locator("a");
    expect((await buttons.allTextContents()).map(words)).toEqual(ANSWER_LABELS);
    const hrefs = await Promise.all(ANSWER_LABELS.map((label) => buttons.getByText(label).getAttribute("href")));
    ["yes", "no", "not_now", "stop"].forEach((action, index) =>
      expect(hrefs[index]).toMatch(new RegExp(`^${product.url.replaceAll(".", "\\.")}/l/[A-Za-z0-9_-]+/${action}$`)),
    );
    // Tall enough to tap (38 px today: under the usual 44 px guidance, see the report).
    for (const label of ANSWER_LABELS) {
      const box = await buttons.getByText(label).boundingBox();
      expect(box, label).not.toBeNull();
      expect(box?.height ?? 0, `${label}: height`).toBeGreaterThanOrEqual(36);
    }
    await expectFrameFits(email, "the sent email");
    await expectNoSidewaysScroll(page, run.width);
    await shoot(page, shot("5-email-in-viewer"));
    // The whole email at once: the iframe as tall as its document.
    const height = await email.evaluate(() => document.documentElement.scrollHeight);
    await page.evaluate((pixels) => {
      const frame = document.querySelector("iframe");
      if (frame) frame.style.height = `${pixels}px`;
    }, height);
    await page.locator("iframe").screenshot({ path: new URL(`${shot("6-email")}.png`, screenshots).pathname });

    // (3) The target opens the Yes link in a browser of their own: the confirm page, then Yes.
    const yes = hrefs[0] ?? "";
    const account = await product.services.prisma.googleAccount.findFirstOrThrow({
      where: { email: address },
      select: { connector: { select: { displayName: true } } },
    });
    // How the pages name the connector: their name, else their address.
    const connectorShown = account.connector.displayName ?? address;
    const target = await newTestPage(browser, run.options);
    const opened = await target.goto(yes);
    expect(opened?.status()).toBe(200);
    await expect
      .poll(() => target.getByRole("heading", { level: 1 }).textContent())
      .toBe(`Would you like an introduction to ${run.requester.name}?`);
    expect(words(await target.locator("p").first().textContent())).toBe(
      `Hi ${run.target.name}, ${connectorShown} asked you by email whether you would like to be introduced to ${run.requester.name}.`,
    );
    expect(words(await target.locator("p").nth(1).textContent())).toBe(
      "Nothing happens until you press a button. You chose Yes, introduce us in the email: confirm it below, or choose another answer.",
    );
    const answers = target.locator("#answers button");
    expect((await answers.allTextContents()).map(words)).toEqual(ANSWER_LABELS);
    expect(await answers.first().getAttribute("class")).toBeNull();
    // Opening the page changed nothing.
    expect((await requestNow(request.id)).state).toBe("awaiting_target");
    expect(
      await product.services.prisma.actionLink.count({ where: { introRequestId: request.id, usedAt: { not: null } } }),
    ).toBe(0);
    await expectNoSidewaysScroll(target, run.width);
    await shoot(target, shot("7-confirm"));

    await target.getByRole("button", { name: "Yes, introduce us" }).click();
    await expect.poll(() => target.getByRole("heading", { level: 1 }).textContent()).toBe("Thank you");
    expect(await target.getByRole("status").textContent()).toBe("Your answer is saved.");
    expect(words(await target.locator("p").nth(1).textContent())).toBe(
      `${connectorShown} will introduce you to ${run.requester.name}. Look out for an email that introduces you both.`,
    );
    expect(["accepted", "introduced"]).toContain((await requestNow(request.id)).state);
    await expectNoSidewaysScroll(target, run.width);
    await shoot(target, shot("8-answered"));
    await eventually(async () => (await requestNow(request.id)).state === "introduced", 20_000);

    // (4) The same link again: already answered, and nothing changes.
    const link = await product.services.prisma.actionLink.findFirstOrThrow({
      where: { introRequestId: request.id, usedAt: { not: null } },
    });
    expect(link.usedAction).toBe("yes");
    const again = await target.goto(yes);
    expect(again?.status()).toBe(409);
    await expect.poll(() => target.getByRole("heading", { level: 1 }).textContent()).toBe("Already answered");
    expect(await target.getByRole("status").textContent()).toBe(
      `You already answered: Yes on ${dayAndMonth(link.usedAt ?? new Date(), new Date())}.`,
    );
    expect(await target.locator("#answers").count()).toBe(0);
    expect((await requestNow(request.id)).state).toBe("introduced");
    await expectNoSidewaysScroll(target, run.width);
    await shoot(target, shot("9-already-answered"));
  }

  it("on a desktop (1280 × 800): preview, send, the email as sent, the target's Yes, the link again", async () => {
    await runFlow(CASES.desktop);
  }, 60_000);

  it("on a phone (390 × 844): preview, send, the email as sent, the target's Yes, the link again", async () => {
    await runFlow(CASES.phone);
  }, 60_000);
});
