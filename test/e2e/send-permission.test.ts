import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEND_SCOPE } from "../../src/gmail/index.js";
import { answerConsentPage, BrowserSession, formField, isConsentPage, type Page } from "../support/browser-session.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

/**
 * Sending needs gmail.send, asked for only when the connector first sends (incremental
 * consent): a page that says why, Google's page with one new line, and back.
 */
describe("asking for permission to send, only when it is needed", () => {
  let product: RunningProduct;
  const addresses = { allows: uniqueAddress(), refuses: uniqueAddress(), other: uniqueAddress() };

  beforeAll(async () => {
    const mailbox = [corpus("high-01-mary-jones-hr.eml")];
    product = await startProduct({
      emulator: { mailboxes: Object.fromEntries(Object.values(addresses).map((address) => [address, mailbox])) },
      workers: false,
    });
  });
  afterAll(async () => {
    await product?.stop();
  });

  const last = (pages: Page[]): Page => {
    const page = pages.at(-1);
    if (!page) throw new Error("no page");
    return page;
  };
  const scopesOf = async (address: string) =>
    (await product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } })).scopes.split(" ");

  /** Signed in as `address` (without gmail.send), on the page that asks for it. */
  async function atThePermissionPage(address: string): Promise<{ browser: BrowserSession; page: Page }> {
    const browser = new BrowserSession();
    await product.connect(browser, address);
    expect(await scopesOf(address)).not.toContain(SEND_SCOPE);
    const page = last(await browser.navigate(`${product.url}/auth/google/send-permission?next=/requests`));
    return { browser, page };
  }

  /** Continue to Google: its consent page, which asks for the new permission only. */
  async function toGoogle(browser: BrowserSession, page: Page): Promise<Page> {
    const action = /<form method="post" action="([^"]+)"/.exec(page.body)?.[1]?.replaceAll("&amp;", "&") ?? "";
    const consent = last(
      await browser.navigate(new URL(action, product.url).toString(), {
        form: { _csrf: formField(page.body, "_csrf") ?? "" },
      }),
    );
    expect(isConsentPage(consent)).toBe(true);
    return consent;
  }

  it("says why before Google asks, and once allowed the account can send and the connector is back where they were", async () => {
    const { browser, page } = await atThePermissionPage(addresses.allows);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Let SafeIntro send emails from your Gmail");
    expect(page.body).toContain("Send email on your behalf");
    const consent = await toGoogle(browser, page);
    expect(consent.body).toContain(`value="${SEND_SCOPE}"`);

    const back = await answerConsentPage(browser, consent, addresses.allows, []);
    expect(back.find((step) => step.url.includes("/auth/google/callback"))?.status).toBe(303);
    expect(last(back).url).toBe(`${product.url}/requests`);
    expect(await scopesOf(addresses.allows)).toContain(SEND_SCOPE);
    // Reading goes on as before.
    expect(await scopesOf(addresses.allows)).toContain("https://www.googleapis.com/auth/gmail.readonly");
  });

  it("left unticked: a page says what SafeIntro cannot do, offers to try again, and nothing changes", async () => {
    const { browser, page } = await atThePermissionPage(addresses.refuses);
    const consent = await toGoogle(browser, page);
    const refused = last(await answerConsentPage(browser, consent, addresses.refuses, [SEND_SCOPE]));
    expect(refused.status).toBe(200);
    expect(refused.body).toContain("SafeIntro cannot send emails for you");
    expect(refused.body).toContain("Try again");
    expect(await scopesOf(addresses.refuses)).not.toContain(SEND_SCOPE);
    // Still signed in, and the rest still works.
    expect(last(await browser.navigate(`${product.url}/requests`)).status).toBe(200);
  });

  it("refuses another Google account than the connected one, and goes back only to SafeIntro's own pages", async () => {
    const { browser, page } = await atThePermissionPage(addresses.other);
    const consent = await toGoogle(browser, page);
    const stranger = last(await answerConsentPage(browser, consent, uniqueAddress(), []));
    expect(stranger.status).toBe(400);
    expect(stranger.body).toContain("another Google account");
    expect(await scopesOf(addresses.other)).not.toContain(SEND_SCOPE);

    for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
      const asked = last(
        await browser.navigate(`${product.url}/auth/google/send-permission?next=${encodeURIComponent(next)}`),
      );
      expect(asked.body).toContain('<a href="/">Not now</a>');
    }
  });

  it("asks a signed-in connector only", async () => {
    const anonymous = new BrowserSession();
    expect(last(await anonymous.navigate(`${product.url}/auth/google/send-permission`)).status).toBe(401);
    const post = await anonymous.request(`${product.url}/auth/google/send-permission`, { method: "POST", form: {} });
    expect(post.status).toBe(401);
  });
});
