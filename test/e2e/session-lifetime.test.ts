import { afterEach, describe, expect, it } from "vitest";
import { SESSION_RECHECK_MS } from "../../src/http/sessions.js";
import { BrowserSession } from "../support/browser-session.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { someMessages, uniqueAddress } from "../support/mail.js";

describe("a SafeIntro session lives no longer than the Google grant behind it", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  async function signedIn() {
    const address = uniqueAddress();
    product = await startProduct({ emulator: { mailboxes: { [address]: someMessages(1) } }, workers: false });
    const browser = new BrowserSession();
    await product.connect(browser, address);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    const statusPage = async () => (await browser.request(`${product?.url}/`)).body;
    expect(await statusPage()).toContain('id="connected-address"');
    /** As if the session's grant was last confirmed more than the recheck interval ago. */
    const ageSessions = () =>
      prisma.session.updateMany({
        where: { connectorId: account.connectorId },
        data: { checkedAt: new Date(Date.now() - SESSION_RECHECK_MS - 1000) },
      });
    const refreshes = () => (product?.emulator.calls ?? []).filter((call) => call.path === "/token").length;
    return { address, account, prisma, statusPage, ageSessions, refreshes, running: product };
  }

  it("access revoked at Google ends the session at the next hourly check, and says why", async () => {
    const { address, account, prisma, statusPage, ageSessions, running } = await signedIn();
    running.emulator.revokeAllTokens(address);
    // Within the hour the session stands without asking Google.
    expect(await statusPage()).toContain('id="connected-address"');

    await ageSessions();
    const page = await statusPage();
    expect(page).not.toContain('id="connected-address"');
    expect(page).toContain("Connect Gmail");
    expect(page).toContain("Google no longer lets SafeIntro read your Gmail");
    expect(await prisma.session.count({ where: { connectorId: account.connectorId } })).toBe(0);
    expect((await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe(
      "needs_reconnect",
    );
  });

  it("a grant that still stands is confirmed once an hour, not on every page", async () => {
    const { statusPage, ageSessions, refreshes } = await signedIn();
    await ageSessions();
    const before = refreshes();
    expect(await statusPage()).toContain('id="connected-address"');
    expect(await statusPage()).toContain('id="connected-address"');
    expect(refreshes() - before).toBe(1);
  });

  it("when Google cannot be reached, the session stands and is asked about again later", async () => {
    const { account, prisma, statusPage, ageSessions, running } = await signedIn();
    running.emulator.injectFault({ path: "/token", status: 503, times: 10 });
    await ageSessions();
    expect(await statusPage()).toContain('id="connected-address"');
    expect((await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("active");
  });
});
