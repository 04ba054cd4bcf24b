import { afterEach, describe, expect, it } from "vitest";
import { BrowserSession, formField } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { corpus, uniqueAddress } from "../support/mail.js";

describe("Connect Gmail, end to end (web app, queue, workers, PostgreSQL, Redis, Gmail emulator over HTTP)", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  it("consent → callback → sealed token in PostgreSQL → full sync → requests stored → status page", async () => {
    const SAM = uniqueAddress();
    product = await startProduct({
      emulator: {
        mailboxes: {
          [SAM]: [
            corpus("high-01-mary-jones-hr.eml"),
            corpus("low-01-anyone-at-google.eml"),
            corpus("nearmiss-meet-02-dana-meet-leo.eml"),
          ],
        },
      },
    });
    const browser = new BrowserSession();
    const pages = await product.connect(browser, SAM);
    expect(pages.at(-1)?.status).toBe(200);
    expect(pages.at(-1)?.url).toBe(`${product.url}/`);

    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: SAM } });
    expect(account.status).toBe("active");
    expect(account.refreshTokenSealed).toMatch(/^s2\.v1\./);
    const issued = product.emulator.calls.filter((call) => call.path === "/token");
    expect(issued.length).toBeGreaterThan(0);

    const synced = await eventually(async () => {
      const row = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
      return row.historyId !== null ? row : null;
    });
    expect(synced.lastSyncError).toBeNull();
    expect(await prisma.syncedMessage.count({ where: { accountId: account.id } })).toBe(3);
    const requests = await prisma.introRequest.findMany({
      where: { connectorId: account.connectorId },
      orderBy: { specificityScore: "desc" },
    });
    expect(requests.map((request) => [request.targetName, request.specificityBand])).toEqual([
      ["Mary Jones", "high"],
      [null, "low"],
    ]);

    const status = (await browser.navigate(`${product.url}/`)).at(-1);
    expect(status?.body).toContain(`<dd id="connected-address">${SAM}</dd>`);
    expect(status?.body).toContain('<dd id="messages-seen">3</dd>');
    expect(status?.body).toContain('<dd id="intro-requests">2</dd>');
    expect(status?.body).toMatch(/<td>Mary Jones, HR, XYZ Corp<\/td><td>high \(\d+\)<\/td>/);

    // New mail arrives; "Sync now" (a CSRF-protected form) brings it in by incremental sync.
    const before = synced.historyId ?? 0n;
    await product.emulator.addMessage(SAM, corpus("medium-01-rupert-hale-brewing.eml"));
    const csrf = formField(status?.body ?? "", "_csrf") ?? "";
    const afterSync = await browser.navigate(`${product.url}/sync`, { form: { _csrf: csrf } });
    expect(afterSync.at(-1)?.body).toContain("A sync is on its way");
    await eventually(async () => (await prisma.syncedMessage.count({ where: { accountId: account.id } })) === 4);
    // The sync moves the account's history id on only after the messages are stored (so that
    // a crash between the two fetches them again rather than never): wait for it too.
    const after = await eventually(async () => {
      const row = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
      return (row.historyId ?? 0n) > before ? row : null;
    });
    expect(after.historyId).toBeGreaterThan(before);
    expect(await prisma.introRequest.count({ where: { connectorId: account.connectorId } })).toBe(3);
    const historyCalls = product.emulator.calls.filter((call) => call.path.endsWith("/history"));
    expect(historyCalls.length).toBeGreaterThan(0);
    // Every message was fetched exactly once, over the whole life of the account.
    const gets = product.emulator.calls.filter((call) => call.batch && /\/messages\/[^/]+$/.test(call.path));
    expect(gets).toHaveLength(4);
  });

  it("disconnect revokes the token at Google and deletes everything stored for the connector", async () => {
    const SAM = uniqueAddress();
    product = await startProduct({ emulator: { mailboxes: { [SAM]: [corpus("high-01-mary-jones-hr.eml")] } } });
    const browser = new BrowserSession();
    await product.connect(browser, SAM);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: SAM } });
    await eventually(
      async () => (await prisma.introRequest.count({ where: { connectorId: account.connectorId } })) === 1,
    );

    const status = (await browser.navigate(`${product.url}/`)).at(-1);
    const done = (
      await browser.navigate(`${product.url}/disconnect`, {
        form: { _csrf: formField(status?.body ?? "", "_csrf") ?? "" },
      })
    ).at(-1);
    expect(done?.body).toContain("Google confirmed that SafeIntro&#39;s access is revoked.");
    expect(product.emulator.calls.some((call) => call.path === "/revoke" && call.status === 200)).toBe(true);
    expect(await prisma.connector.count({ where: { id: account.connectorId } })).toBe(0);
    expect(await prisma.googleAccount.count({ where: { id: account.id } })).toBe(0);
    expect(await prisma.syncedMessage.count({ where: { accountId: account.id } })).toBe(0);
    expect(await prisma.introRequest.count({ where: { connectorId: account.connectorId } })).toBe(0);
    expect(await prisma.session.count({ where: { connectorId: account.connectorId } })).toBe(0);
    // Signed out: the landing page again.
    expect((await browser.navigate(`${product.url}/`)).at(-1)?.body).toContain("Connect Gmail");
  });
});
