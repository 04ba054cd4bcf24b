import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealedPlaces } from "../../src/crypto/sealed-places.js";
import { BrowserSession, isConsentPage, type Page } from "../support/browser-session.js";
import { TEST_CLIENT_ID, startProduct, type RunningProduct } from "../support/product-harness.js";
import { someMessages, uniqueAddress } from "../support/mail.js";

const GMAIL_READONLY = "https://www.googleapis.com/auth/gmail.readonly";

/**
 * Google's consent screen only when SafeIntro needs it: a sign-in starts without
 * prompt=consent, and a second round with it follows only when no refresh token came and
 * SafeIntro has none that works. The emulator sends refresh tokens as Google does (first
 * consent or prompt=consent; at most 100 per person and client), so these run the real rules.
 */
describe("signing in asks Google for consent only when SafeIntro needs a refresh token", () => {
  let product: RunningProduct;
  const addresses = {
    again: uniqueAddress(),
    dropped: uniqueAddress(),
    lost: uniqueAddress(),
    reconnect: uniqueAddress(),
    unticked: uniqueAddress(),
    endless: uniqueAddress(),
  };

  beforeAll(async () => {
    const mailbox = someMessages(1);
    product = await startProduct({
      emulator: { mailboxes: Object.fromEntries(Object.values(addresses).map((address) => [address, mailbox])) },
      // The tests read tokens and rows; the background sync would only race them.
      workers: false,
    });
  });
  afterAll(async () => {
    await product?.stop();
  });

  const accountOf = (address: string) =>
    product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
  const storedRefreshToken = async (address: string) => {
    const account = await accountOf(address);
    return product.services.cipher.open(account.refreshTokenSealed, sealedPlaces.refreshToken(account.id));
  };
  /** Whether Google (the emulator) still takes the refresh token. */
  const googleTakes = async (refreshToken: string) =>
    (
      await fetch(`${product.emulator.url}/token`, {
        method: "POST",
        body: new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: refreshToken,
          client_id: TEST_CLIENT_ID,
          client_secret: "test-client-secret",
        }),
      })
    ).status === 200;
  /** Where SafeIntro sent the browser to Google's authorization endpoint, in order. */
  const authorizeUrls = (pages: Page[]) =>
    pages
      .map((page) => page.headers.get("location") ?? "")
      .filter((location) => location.startsWith(`${product.emulator.url}/o/oauth2/v2/auth`))
      .map((location) => new URL(location));
  const connected = (pages: Page[]) => expect(pages.at(-1)).toMatchObject({ status: 200, url: `${product.url}/` });

  it("signing in again: one consent page, no prompt=consent, and the stored refresh token kept", async () => {
    const address = addresses.again;
    const first = await product.connect(new BrowserSession(), address);
    connected(first);
    const [start] = authorizeUrls(first);
    expect(start?.searchParams.get("prompt")).toBeNull();
    expect(start?.searchParams.get("access_type")).toBe("offline");
    expect(start?.searchParams.get("include_granted_scopes")).toBe("true");
    const refreshToken = await storedRefreshToken(address);
    const accessBefore = (await accountOf(address)).accessTokenSealed;

    const again = await product.connect(new BrowserSession(), address);
    connected(again);
    expect(again.filter(isConsentPage)).toHaveLength(1);
    expect(authorizeUrls(again).map((url) => url.searchParams.get("prompt"))).toEqual([null]);
    // Google sent no refresh token this time; the one SafeIntro keeps still works, and the new access token is stored.
    expect(await storedRefreshToken(address)).toBe(refreshToken);
    expect(await googleTakes(refreshToken)).toBe(true);
    const account = await accountOf(address);
    expect(account.status).toBe("active");
    expect(account.accessTokenSealed).not.toBe(accessBefore);
    expect(account.scopes.split(" ")).toContain(GMAIL_READONLY);
  });

  it("a stored refresh token Google dropped (past its 100 per person): straight back to Google with prompt=consent", async () => {
    const address = addresses.dropped;
    await product.connect(new BrowserSession(), address);
    const dropped = await storedRefreshToken(address);
    // 100 newer refresh tokens for SafeIntro's client (other devices, other sign-ins): Google drops the oldest.
    for (let issued = 0; issued < 100; issued++) product.emulator.issueTokens(address, { clientId: TEST_CLIENT_ID });
    expect(await googleTakes(dropped)).toBe(false);
    expect((await accountOf(address)).status).toBe("active"); // SafeIntro has not noticed yet

    const pages = await product.connect(new BrowserSession(), address);
    connected(pages);
    // Two consent pages, with only redirects between them: nothing of SafeIntro's to read or click.
    const consentPages = pages.filter(isConsentPage);
    expect(consentPages).toHaveLength(2);
    const between = pages.slice(pages.indexOf(consentPages[0] as Page) + 1, pages.indexOf(consentPages[1] as Page));
    expect(between.every((page) => page.status === 302 || page.status === 303)).toBe(true);
    const [firstRound, secondRound] = authorizeUrls(pages);
    expect(firstRound?.searchParams.get("prompt")).toBeNull();
    expect(secondRound?.searchParams.get("prompt")).toBe("consent");
    expect(secondRound?.searchParams.get("login_hint")).toBe(address);
    // The second round is a sign-in of its own: its own state and PKCE challenge.
    expect(secondRound?.searchParams.get("state")).not.toBe(firstRound?.searchParams.get("state"));
    expect(secondRound?.searchParams.get("code_challenge")).not.toBe(firstRound?.searchParams.get("code_challenge"));

    const renewed = await storedRefreshToken(address);
    expect(renewed).not.toBe(dropped);
    expect(await googleTakes(renewed)).toBe(true);
    expect((await accountOf(address)).status).toBe("active");
  });

  it("Google remembers the consent but SafeIntro has no account for it (its data lost): consent again", async () => {
    const address = addresses.lost;
    await product.connect(new BrowserSession(), address);
    const { connectorId } = await accountOf(address);
    await product.services.prisma.connector.delete({ where: { id: connectorId } });

    const pages = await product.connect(new BrowserSession(), address);
    connected(pages);
    expect(pages.filter(isConsentPage)).toHaveLength(2);
    const account = await accountOf(address);
    expect(account.connectorId).not.toBe(connectorId);
    expect(await googleTakes(await storedRefreshToken(address))).toBe(true);
  });

  it("an account that needs reconnecting gets a new refresh token through consent, and keeps its cursor", async () => {
    const address = addresses.reconnect;
    await product.connect(new BrowserSession(), address);
    const before = await accountOf(address);
    await product.services.prisma.googleAccount.update({
      where: { id: before.id },
      data: { status: "needs_reconnect", historyId: 1001n },
    });

    const pages = await product.connect(new BrowserSession(), address);
    connected(pages);
    expect(authorizeUrls(pages).map((url) => url.searchParams.get("prompt"))).toEqual([null, "consent"]);
    const after = await accountOf(address);
    expect(after).toMatchObject({ id: before.id, status: "active", statusReason: null, historyId: 1001n });
    expect(await storedRefreshToken(address)).not.toBe(
      product.services.cipher.open(before.refreshTokenSealed, sealedPlaces.refreshToken(before.id)),
    );
  });

  it("if even the consent round brings no refresh token, the sign-in ends with a plain error instead of a loop", async () => {
    const address = addresses.endless;
    await product.connect(new BrowserSession(), address);
    await product.services.prisma.connector.delete({ where: { id: (await accountOf(address)).connectorId } });
    // A sign-in that asked for consent (the missing-permission page's "Try again")…
    const browser = new BrowserSession();
    const start = await browser.request(`${product.url}/auth/google?prompt=consent`);
    const authUrl = new URL(start.headers.get("location") ?? "");
    expect(authUrl.searchParams.get("prompt")).toBe("consent");
    // …whose answer carries no refresh token all the same (Google granted without the prompt).
    authUrl.searchParams.delete("prompt");
    const answer = await browser.request(product.emulator.authorize(authUrl.toString(), { account: address }));
    expect(answer.status).toBe(400);
    expect(answer.body).toContain("Google did not give SafeIntro lasting access to your Gmail.");
    expect(answer.headers.get("location")).toBeNull();
    expect(await product.services.prisma.googleAccount.count({ where: { email: address } })).toBe(0);
  });
});

describe("unticking Gmail on Google's consent page", () => {
  let product: RunningProduct;
  const address = uniqueAddress();

  beforeAll(async () => {
    product = await startProduct({ emulator: { mailboxes: { [address]: someMessages(1) } }, workers: false });
  });
  afterAll(async () => {
    await product?.stop();
  });

  it("says what SafeIntro cannot do without it, connects nothing, and offers Google's page again", async () => {
    const browser = new BrowserSession();
    const pages = await product.connect(browser, address, { untick: [GMAIL_READONLY] });
    const answer = pages.at(-1);
    expect(answer?.status).toBe(400);
    expect(answer?.body).toContain("SafeIntro needs permission to read your Gmail");
    expect(answer?.body).toContain("“View your email messages and settings”");
    expect(answer?.body).toContain("Without it, SafeIntro cannot read your mail");
    expect(answer?.body).toContain('<a class="button" href="/auth/google?prompt=consent">Try again</a>');
    expect(await product.services.prisma.googleAccount.count({ where: { email: address } })).toBe(0);
    expect(await product.services.prisma.connector.count({ where: { email: address } })).toBe(0);

    // Try again: Google's consent page with every box again (prompt=consent), and this time Allow.
    const retry = await product.connect(browser, address, { start: "/auth/google?prompt=consent" });
    expect(retry.at(-1)).toMatchObject({ status: 200, url: `${product.url}/` });
    expect(retry.filter(isConsentPage)).toHaveLength(1);
    expect(new URL(retry[0]?.headers.get("location") ?? "").searchParams.get("prompt")).toBe("consent");
    const account = await product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    expect(account.scopes.split(" ")).toContain(GMAIL_READONLY);
  });
});
