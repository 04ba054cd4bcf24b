import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../../src/dev/ports.js";
import { BrowserSession, formField } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { corpus, uniqueAddress } from "../support/mail.js";

const AUDIENCE = "https://safeintro.example/gmail/push";
const SERVICE_ACCOUNT = "gmail-push@safeintro-test.iam.gserviceaccount.com";
const notification = (emailAddress: string, historyId: number) => ({
  message: { data: Buffer.from(JSON.stringify({ emailAddress, historyId })).toString("base64"), messageId: "1" },
  subscription: "projects/safeintro/subscriptions/gmail-push",
});

describe("Gmail push through Pub/Sub", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  it("watches the mailbox, accepts Google-signed pushes and syncs new mail within seconds", async () => {
    const address = uniqueAddress();
    product = await startProduct({
      emulator: { mailboxes: { [address]: [corpus("low-01-anyone-at-google.eml")] } },
      // Polling every hour: only the push can bring the new mail in time.
      env: {
        GMAIL_PUSH_TOPIC: "projects/safeintro/topics/gmail",
        PUSH_AUDIENCE: AUDIENCE,
        PUSH_SERVICE_ACCOUNT: SERVICE_ACCOUNT,
        POLL_INTERVAL_SECONDS: "3600",
      },
    });
    product.emulator.setPushEndpoint(`${product.url}/gmail/push`, {
      audience: AUDIENCE,
      serviceAccountEmail: SERVICE_ACCOUNT,
    });
    await product.connect(new BrowserSession(), address);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    const watched = await eventually(async () => {
      const row = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
      return row.watchExpiresAt && row.historyId !== null ? row : null;
    });
    expect(watched.watchExpiresAt?.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);

    const running = product;
    await running.emulator.addMessage(address, corpus("high-01-mary-jones-hr.eml"));
    await running.emulator.pushesSettled();
    expect(running.emulator.pushDeliveries.at(-1)?.status).toBe(204);
    await eventually(
      async () => (await prisma.introRequest.count({ where: { connectorId: account.connectorId } })) === 2,
      5_000,
    );

    // Disconnecting ends the watch at Gmail before revoking the token.
    const browser = new BrowserSession();
    await running.connect(browser, address);
    const status = (await browser.navigate(`${running.url}/`)).at(-1)?.body ?? "";
    await browser.navigate(`${running.url}/disconnect`, { form: { _csrf: formField(status, "_csrf") ?? "" } });
    const stop = running.emulator.calls.findIndex((call) => call.path.endsWith("/stop") && call.status === 204);
    const revoke = running.emulator.calls.findIndex((call) => call.path === "/revoke");
    expect(stop).toBeGreaterThan(-1);
    expect(revoke).toBeGreaterThan(stop);
  });

  it("refuses pushes that Google did not sign for this subscription, and accepts the secret-token fallback", async () => {
    const address = uniqueAddress();
    product = await startProduct({
      emulator: { mailboxes: { [address]: [] } },
      env: {
        PUSH_AUDIENCE: AUDIENCE,
        PUSH_SERVICE_ACCOUNT: SERVICE_ACCOUNT,
        PUSH_VERIFICATION_TOKEN: "push-secret-token",
      },
      workers: false,
    });
    const post = (path: string, headers: Record<string, string>, body: unknown) =>
      fetch(`${product?.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    const forged = `${Buffer.from('{"alg":"RS256","kid":"x"}').toString("base64url")}.${Buffer.from(JSON.stringify({ aud: AUDIENCE, email: SERVICE_ACCOUNT })).toString("base64url")}.c2ln`;

    expect((await post("/gmail/push", {}, notification(address, 5))).status).toBe(401);
    expect((await post("/gmail/push", { authorization: `Bearer ${forged}` }, notification(address, 5))).status).toBe(
      401,
    );
    expect((await post("/gmail/push?token=wrong", {}, notification(address, 5))).status).toBe(401);
    expect((await post("/gmail/push?token=push-secret-token", {}, notification(address, 5))).status).toBe(204);
    const malformed = await post("/gmail/push?token=push-secret-token", {}, { message: { data: "bm90IGpzb24=" } });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: "not a Gmail push notification" });
  });
});

describe("when Redis is unreachable", () => {
  it("the push endpoint answers 503 at once (Pub/Sub delivers again), and sign-in still connects and says what happened", async () => {
    const address = uniqueAddress();
    const deadRedis = `redis://127.0.0.1:${await freePort()}`;
    const product = await startProduct({
      emulator: { mailboxes: { [address]: [] } },
      env: { REDIS_URL: deadRedis, PUSH_VERIFICATION_TOKEN: "push-secret-token" },
      workers: false,
    });
    try {
      const browser = new BrowserSession();
      await product.connect(browser, address);
      const status = (await browser.navigate(product.url)).at(-1);
      expect(status?.status).toBe(200);
      const account = await product.services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
      expect(account.lastSyncError).toContain("could not start syncing just now");

      // "Sync now" with the queue down: a plain 503 page, nothing changed.
      const csrf = /name="_csrf" value="([^"]+)"/.exec(status?.body ?? "")?.[1];
      expect(csrf).toBeDefined();
      const syncNow = await browser.request(`${product.url}/sync`, { form: { _csrf: csrf ?? "" } });
      expect(syncNow.status).toBe(503);
      expect(syncNow.body).toContain("job queue did not answer");

      const started = Date.now();
      const push = await fetch(`${product.url}/gmail/push?token=push-secret-token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(notification(address, 5)),
      });
      expect(push.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await product.stop();
    }
  });
});
