import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, cookieName } from "../../src/http/cookies.js";
import { sha256 } from "../../src/http/secrets.js";
import { BrowserSession, formField, type Page } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

/** The test product is plain HTTP: the session cookie's name as its browsers see it. */
const SESSION = cookieName({ secure: false }, SESSION_COOKIE);

/** The links of a page, as "label → href". */
function links(body: string): string[] {
  return [...body.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => `${match[2]} → ${match[1]}`);
}

describe("sign out, disconnect (asked first, then a result page) and error pages, over HTTP", () => {
  let product: RunningProduct;
  const mailbox = [corpus("high-01-mary-jones-hr.eml"), corpus("low-01-anyone-at-google.eml")];
  const addresses = {
    signOut: uniqueAddress(),
    disconnect: uniqueAddress(),
    unrevoked: uniqueAddress(),
    errors: uniqueAddress(),
  };

  beforeAll(async () => {
    product = await startProduct({
      emulator: { mailboxes: Object.fromEntries(Object.values(addresses).map((address) => [address, mailbox])) },
    });
  });
  afterAll(async () => {
    await product?.stop();
  });

  const host = () => new URL(product.url).host;
  const last = (pages: Page[]): Page => {
    const page = pages.at(-1);
    if (!page) throw new Error("no page");
    return page;
  };

  /** A browser signed in as `address`, its session cookie checked, on its status page. */
  async function signedIn(address: string): Promise<{ browser: BrowserSession; status: string; csrf: string }> {
    const browser = new BrowserSession();
    await product.connect(browser, address);
    expect(browser.cookie(host(), SESSION)).toBeTruthy();
    const status = last(await browser.navigate(`${product.url}/`)).body;
    expect(status).toContain(`<dd id="connected-address">${address}</dd>`);
    const csrf = formField(status, "_csrf");
    if (!csrf) throw new Error("the status page has no CSRF token");
    return { browser, status, csrf };
  }

  it("signing out ends the session and lands on the home page with a notice", async () => {
    const { browser, csrf } = await signedIn(addresses.signOut);
    const token = browser.cookie(host(), SESSION) ?? "";
    expect(await product.services.prisma.session.count({ where: { id: sha256(token) } })).toBe(1);

    const pages = await browser.navigate(`${product.url}/signout`, { form: { _csrf: csrf } });
    expect(pages.map((page) => page.status)).toEqual([303, 200]);
    expect(pages[0]?.headers.get("location")).toBe("/?notice=signed-out");
    expect(last(pages).body).toContain('<p class="notice" role="status">You are signed out.');
    expect(last(pages).body).toContain('href="/auth/google">Connect Gmail</a>');
    expect(browser.cookie(host(), SESSION)).toBeUndefined();
    expect(await product.services.prisma.session.count({ where: { id: sha256(token) } })).toBe(0);
    // The notice comes from a fixed list: the address cannot put words on the page.
    const other = last(await browser.navigate(`${product.url}/?notice=%3Cb%3Ehacked`)).body;
    expect(other).not.toContain('class="notice"');
    expect(other).not.toContain("hacked");
  });

  it("the status page's disconnect button only leads to a confirmation page; showing it deletes nothing", async () => {
    const { browser, status, csrf } = await signedIn(addresses.disconnect);
    const { prisma } = product.services;
    await eventually(
      async () => (await prisma.introRequest.count({ where: { connector: { email: addresses.disconnect } } })) === 2,
    );
    expect(links(status)).toContain("Disconnect Gmail and delete my data → /disconnect");
    expect(status).not.toContain('action="/disconnect"');

    const confirm = await browser.request(`${product.url}/disconnect`);
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain("<h1>Disconnect Gmail and delete your data?</h1>");
    expect(confirm.body).toContain(`<strong>${addresses.disconnect}</strong>`);
    expect(confirm.body).toContain("<strong>2 messages</strong>");
    expect(confirm.body).toContain("<strong>2 intro requests</strong>");
    expect(confirm.body).toContain("what it counted from your mail's headers");
    expect(confirm.body).toContain('<form method="post" action="/disconnect">');
    expect(formField(confirm.body, "_csrf")).toBe(csrf);
    expect(links(confirm.body)).toContain("Cancel, keep everything → /");
    expect(await prisma.googleAccount.count({ where: { email: addresses.disconnect } })).toBe(1);
    expect(await prisma.connector.count({ where: { email: addresses.disconnect } })).toBe(1);
  });

  it("the confirmation's POST deletes, then redirects to a result page that reloads without a session", async () => {
    const { browser, csrf } = await signedIn(addresses.disconnect);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: addresses.disconnect } });
    const counted = { contact: { accountId: account.id } };
    // What the sync counted from headers goes too.
    expect(await prisma.contact.count({ where: { accountId: account.id } })).toBeGreaterThan(0);
    expect(await prisma.contactThread.count({ where: counted })).toBeGreaterThan(0);
    const done = await browser.navigate(`${product.url}/disconnect`, { form: { _csrf: csrf } });
    expect(done.map((page) => page.status)).toEqual([303, 200]);
    expect(done[0]?.headers.get("location")).toBe("/disconnected?revoked=1");
    expect(last(done).body).toContain("<h1>Disconnected</h1>");
    expect(last(done).body).toContain("Google confirmed that SafeIntro&#39;s access is revoked.");
    expect(browser.cookie(host(), SESSION)).toBeUndefined();
    expect(await prisma.connector.count({ where: { email: addresses.disconnect } })).toBe(0);
    expect(await prisma.contact.count({ where: { accountId: account.id } })).toBe(0);
    expect(await prisma.contactThread.count({ where: counted })).toBe(0);
    expect(await prisma.contactMonth.count({ where: counted })).toBe(0);

    // A reload is a GET of the same address: the same page again, not a repeated POST.
    const reload = await browser.request(last(done).url);
    expect(reload.status).toBe(200);
    expect(reload.body).toBe(last(done).body);
  });

  it("tells the connector to check at Google when Google could not confirm the revocation", async () => {
    const { browser, csrf } = await signedIn(addresses.unrevoked);
    // Google's revoke endpoint down for every attempt: google-auth-library retries a 5xx three times.
    product.emulator.injectFault({ path: "/revoke", status: 503, times: 4 });
    const callsBefore = product.emulator.calls.length;
    const done = await browser.navigate(`${product.url}/disconnect`, { form: { _csrf: csrf } });
    expect(done[0]?.headers.get("location")).toBe("/disconnected?revoked=0");
    expect(last(done).body).toContain("Google could not confirm the revocation just now.");
    expect(last(done).body).toContain('href="https://myaccount.google.com/permissions"');
    const revokes = product.emulator.calls.slice(callsBefore).filter((call) => call.path === "/revoke");
    expect(revokes.length).toBeGreaterThan(0);
    expect(revokes.every((call) => call.status === 503)).toBe(true);
    expect(await product.services.prisma.connector.count({ where: { email: addresses.unrevoked } })).toBe(0);
  });

  it("does not tell a browser that is still signed in that its data is gone", async () => {
    const { browser } = await signedIn(addresses.errors);
    const page = await browser.request(`${product.url}/disconnected?revoked=1`);
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/");
  });

  it("every error page says what to do next", async () => {
    const anonymous = new BrowserSession();
    const signedOutConfirm = await anonymous.request(`${product.url}/disconnect`);
    expect(signedOutConfirm.status).toBe(401);
    expect(links(signedOutConfirm.body)).toEqual(["Sign in with Google → /auth/google"]);

    const { browser } = await signedIn(addresses.errors);
    const stale = await browser.request(`${product.url}/sync`, { form: { _csrf: "stale" } });
    expect(stale.status).toBe(403);
    expect(links(stale.body)).toEqual(["Back to your status page → /"]);

    const missing = await browser.request(`${product.url}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(links(missing.body)).toEqual(["Go to the home page → /"]);

    const forged = await anonymous.request(`${product.url}/auth/google/callback?state=forged&code=x`);
    expect(forged.status).toBe(400);
    expect(links(forged.body)).toEqual(["Start again → /auth/google", "Back to SafeIntro → /"]);
  });
});
