import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE, SIGN_IN_COOKIE, cookieName } from "../../src/http/cookies.js";
import { sha256 } from "../../src/http/secrets.js";
import { BrowserSession, formField } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { corpus } from "../support/mail.js";

const suffix = randomUUID().slice(0, 8);
const ALICE = `alice.${suffix}@example.com`;
const BOB = `bob.${suffix}@example.org`;
// The harness serves plain HTTP, where cookies are not Secure and so carry no __Host- prefix.
const SESSION = cookieName({ secure: false }, SESSION_COOKIE);
const SIGN_IN = cookieName({ secure: false }, SIGN_IN_COOKIE);
/** Session tokens, sign-in nonces and CSRF tokens: 32 random bytes in base64url. */
const TOKEN = /^[\w-]{43}$/;

describe("the web app keeps connectors apart and refuses forged or replayed requests", () => {
  let product: RunningProduct;
  const alice = new BrowserSession();
  const bob = new BrowserSession();

  beforeAll(async () => {
    product = await startProduct({
      emulator: {
        mailboxes: {
          [ALICE]: [corpus("high-01-mary-jones-hr.eml"), corpus("low-01-anyone-at-google.eml")],
          [BOB]: [corpus("high-03-fatima-okafor-partnerships.eml")],
        },
      },
    });
    await product.connect(alice, ALICE);
    await product.connect(bob, BOB);
    const { prisma } = product.services;
    await eventually(
      async () =>
        (await prisma.googleAccount.count({ where: { email: { in: [ALICE, BOB] }, historyId: { not: null } } })) === 2,
    );
  });
  afterAll(async () => {
    await product.stop();
  });

  const statusOf = async (browser: BrowserSession) => (await browser.navigate(`${product.url}/`)).at(-1)?.body ?? "";
  const cookieOf = (browser: BrowserSession, name: string) => browser.cookie(new URL(product.url).host, name);
  /** The CSRF token of the browser's status page; fails the test when there is none. */
  const csrfTokenOf = async (browser: BrowserSession) => {
    const token = formField(await statusOf(browser), "_csrf");
    expect(token).toMatch(TOKEN);
    return token ?? "";
  };
  /** Starts a sign-in; fails the test unless this browser now holds the sign-in cookie. */
  const startSignIn = async (browser: BrowserSession) => {
    const start = await browser.request(`${product.url}/auth/google`);
    expect(start.status).toBe(303);
    expect(cookieOf(browser, SIGN_IN)).toMatch(TOKEN);
    return start;
  };

  it("shows each connector their own mailbox only", async () => {
    const alicePage = await statusOf(alice);
    const bobPage = await statusOf(bob);
    expect(alicePage).toContain(`<dd id="connected-address">${ALICE}</dd>`);
    expect(alicePage).toContain('<dd id="intro-requests">2</dd>');
    expect(alicePage).not.toContain(BOB);
    expect(bobPage).toContain(`<dd id="connected-address">${BOB}</dd>`);
    expect(bobPage).toContain('<dd id="intro-requests">1</dd>');
    expect(bobPage).not.toContain(ALICE);
  });

  it("refuses a state-changing POST without the session's CSRF token, and one carrying another session's", async () => {
    const bobToken = await csrfTokenOf(bob);
    // Alice is signed in, so the 403s below are the CSRF check's and not a missing session's 401.
    expect(cookieOf(alice, SESSION)).toMatch(TOKEN);
    const missing = await alice.request(`${product.url}/disconnect`, { form: {} });
    const foreign = await alice.request(`${product.url}/disconnect`, { form: { _csrf: bobToken } });
    expect([missing.status, foreign.status]).toEqual([403, 403]);
    expect(foreign.body).toContain("This form has expired or did not come from SafeIntro");
    // Nothing changed for either of them.
    const { prisma } = product.services;
    expect(await prisma.googleAccount.count({ where: { email: { in: [ALICE, BOB] } } })).toBe(2);
  });

  it("one connector's actions never touch another's data", async () => {
    const before = await product.services.prisma.introRequest.count({ where: { connector: { email: BOB } } });
    const token = await csrfTokenOf(alice);
    expect((await alice.request(`${product.url}/sync`, { form: { _csrf: token } })).status).toBe(303);
    expect((await alice.request(`${product.url}/signout`, { form: { _csrf: token } })).status).toBe(303);
    expect(await statusOf(alice)).toContain("Connect Gmail");
    expect(await statusOf(bob)).toContain(`<dd id="connected-address">${BOB}</dd>`);
    expect(await product.services.prisma.introRequest.count({ where: { connector: { email: BOB } } })).toBe(before);
  });

  it("rejects a sign-in callback replayed, or finished in another browser", async () => {
    // Start a sign-in in one browser, get Google's answer, then bring that answer to another browser.
    const starter = new BrowserSession();
    const start = await startSignIn(starter);
    const authUrl = start.headers.get("location") ?? "";
    const callback = product.emulator.authorize(authUrl, { account: ALICE });
    const stranger = new BrowserSession();
    expect(cookieOf(stranger, SIGN_IN)).toBeUndefined();
    const elsewhere = await stranger.request(callback);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body).toContain("already used, or started in another browser");
    // The rightful browser cannot use it either now: the state was single-use (its cookie is still there).
    expect(cookieOf(starter, SIGN_IN)).toMatch(TOKEN);
    const replay = await starter.request(callback);
    expect(replay.status).toBe(400);
    expect(replay.body).toContain("already used, or started in another browser");
    // A made-up state is refused the same way.
    expect((await starter.request(`${product.url}/auth/google/callback?state=forged&code=x`)).status).toBe(400);
  });

  it("binds the second round (Google's consent asked again) to the browser that started the sign-in", async () => {
    // Google remembers CAROL's consent, but SafeIntro has no account for her: no refresh token comes.
    const carol = `carol.${suffix}@example.net`;
    await product.connect(new BrowserSession(), carol);
    const { connectorId } = await product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: carol } });
    await product.services.prisma.connector.delete({ where: { id: connectorId } });

    const starter = new BrowserSession();
    const start = await startSignIn(starter);
    const firstNonce = cookieOf(starter, SIGN_IN);
    const round = await starter.request(
      product.emulator.authorize(start.headers.get("location") ?? "", { account: carol }),
    );
    expect(round.status).toBe(303);
    const again = new URL(round.headers.get("location") ?? "");
    expect(again.searchParams.get("prompt")).toBe("consent");
    // A fresh single-use state, and the same browser's sign-in cookie set again for it.
    expect(again.searchParams.get("state")).not.toBe(
      new URL(start.headers.get("location") ?? "").searchParams.get("state"),
    );
    expect(cookieOf(starter, SIGN_IN)).toBe(firstNonce);

    const callback = product.emulator.authorize(again.toString(), { account: carol });
    const elsewhere = await new BrowserSession().request(callback);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body).toContain("already used, or started in another browser");
    expect((await starter.request(callback)).status).toBe(400);
    expect(await product.services.prisma.googleAccount.count({ where: { email: carol } })).toBe(0);
  });

  it("rejects a sign-in that came back after it expired", async () => {
    const browser = new BrowserSession();
    const start = await startSignIn(browser);
    const authUrl = start.headers.get("location") ?? "";
    const state = new URL(authUrl).searchParams.get("state") ?? "";
    await product.services.prisma.signInAttempt.update({
      where: { state },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const late = await browser.request(product.emulator.authorize(authUrl, { account: ALICE }));
    expect(late.status).toBe(400);
    expect(late.body).toContain("This sign-in took too long. Start again.");
  });

  it("keeps a just-expired sign-in through another's start, so it still hears it took too long; sweeps day-old ones", async () => {
    const { prisma } = product.services;
    const stateOf = (start: Awaited<ReturnType<typeof startSignIn>>) =>
      new URL(start.headers.get("location") ?? "").searchParams.get("state") ?? "";
    const browser = new BrowserSession();
    const start = await startSignIn(browser);
    const authUrl = start.headers.get("location") ?? "";
    await prisma.signInAttempt.update({
      where: { state: stateOf(start) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const old = stateOf(await startSignIn(new BrowserSession()));
    await prisma.signInAttempt.update({
      where: { state: old },
      data: { expiresAt: new Date(Date.now() - 25 * 60 * 60 * 1000) },
    });
    // Someone else starts a sign-in: the sweep takes the day-old attempt, not the one a minute late.
    await startSignIn(new BrowserSession());
    expect(await prisma.signInAttempt.findUnique({ where: { state: old } })).toBeNull();
    const late = await browser.request(product.emulator.authorize(authUrl, { account: ALICE }));
    expect(late.status).toBe(400);
    expect(late.body).toContain("This sign-in took too long. Start again.");
  });

  it("asks Google with PKCE (S256), an unguessable state, only the scopes it needs, and no forced consent", async () => {
    const start = await startSignIn(new BrowserSession());
    const authUrl = new URL(start.headers.get("location") ?? "");
    expect(authUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authUrl.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(authUrl.searchParams.get("state")).toMatch(/^[\w-]{43}$/);
    expect(authUrl.searchParams.get("access_type")).toBe("offline");
    // No consent screen forced at every sign-in: only a second round asks for it (sign-in-consent.test.ts).
    expect(authUrl.searchParams.get("prompt")).toBeNull();
    expect(authUrl.searchParams.get("include_granted_scopes")).toBe("true");
    expect(authUrl.searchParams.get("scope")?.split(" ").sort()).toEqual([
      "email",
      "https://www.googleapis.com/auth/gmail.readonly",
      "openid",
    ]);
    const cookie = start.headers.getSetCookie().find((line) => line.startsWith(`${SIGN_IN}=`));
    expect(cookie).toMatch(
      new RegExp(`^${SIGN_IN}=[\\w-]{43}; Max-Age=600; Path=/; Expires=[^;]+; HttpOnly; SameSite=Lax$`),
    );
  });

  it("sets the session cookie httpOnly and SameSite, and never stores the token itself", async () => {
    const browser = new BrowserSession();
    const pages = await product.connect(browser, BOB);
    // The callback clears any earlier session cookie, then sets the new one: the last one counts.
    const setCookie = pages
      .flatMap((page) => page.headers.getSetCookie())
      .filter((line) => line.startsWith(`${SESSION}=`))
      .at(-1);
    expect(setCookie).toMatch(
      new RegExp(`^${SESSION}=[\\w-]{43}; Max-Age=\\d+; Path=/; Expires=[^;]+; HttpOnly; SameSite=Lax$`),
    );
    const token = cookieOf(browser, SESSION);
    expect(token).toMatch(TOKEN);
    // Only the token's hash is a row: the token itself opens nothing if the table leaks.
    expect(await product.services.prisma.session.count({ where: { id: token ?? "" } })).toBe(0);
    expect(await product.services.prisma.session.count({ where: { id: sha256(token ?? "") } })).toBe(1);
  });

  it("says so plainly when the connector cancels at Google", async () => {
    const browser = new BrowserSession();
    const start = await startSignIn(browser);
    const callback = product.emulator.authorize(start.headers.get("location") ?? "", {
      account: ALICE,
      decision: "cancel",
    });
    const answer = await browser.request(callback);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain("You did not allow SafeIntro to read your Gmail");
  });
});
