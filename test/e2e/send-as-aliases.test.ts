import { Queue } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { GMAIL_QUEUE } from "../../src/queue/gmail-jobs.js";
import { BrowserSession } from "../support/browser-session.js";
import { capturedLog, LEVEL } from "../support/captured-log.js";
import { eventually } from "../support/eventually.js";
import { someMessages, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { insufficientPermissions403 } from "../unit/gmail/google-error-bodies.js";

const ALIAS = "Sam.Rivera@Work.Example";
const PENDING = "sam@claimed-not-verified.example";

function mailFrom(from: string, subject: string): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      "To: alex@northwind.example",
      `Subject: ${subject}`,
      `Date: ${new Date().toUTCString()}`,
      `Message-ID: <${subject.replace(/\W/g, "-")}-${Date.now()}@example.org>`,
      "",
      "See you Thursday.",
      "",
    ].join("\r\n"),
  );
}

/**
 * The connector's Gmail send-as aliases, read by the Gmail job after a sync through the real
 * path (consent, worker, mailbox client, emulator): the verified ones become the connector's
 * own addresses, and a refusal to list them never costs a sync.
 */
describe("send-as aliases", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  it("stores the primary and the verified alias after the first sync, and sees the alias's mail as the connector's", async () => {
    const address = uniqueAddress();
    product = await startProduct({
      emulator: {
        mailboxes: { [address]: someMessages(2) },
        sendAs: { [address]: [{ sendAsEmail: ALIAS }, { sendAsEmail: PENDING, verificationStatus: "pending" }] },
      },
    });
    await product.connect(new BrowserSession(), address);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    const row = () => prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });

    const read = await eventually(async () => {
      const current = await row();
      return current.historyId !== null && current.sendAsCheckedAt !== null && current;
    });
    expect(read.sendAsAddresses).toEqual([address, ALIAS.toLowerCase()]);
    const charged = product.emulator.calls.filter((call) => call.path.endsWith("/settings/sendAs"));
    expect(charged.map(({ status, units }) => ({ status, units }))).toEqual([{ status: 200, units: 1 }]);

    // The connector's name is learnt from mail they sent: from the pending alias it is not theirs…
    const seen = () => prisma.syncedMessage.count({ where: { accountId: account.id } });
    await product.emulator.addMessage(address, mailFrom(`Someone Else <${PENDING}>`, "Pending alias"));
    await product.services.jobs.requestSync(account.id, "manual");
    await eventually(async () => (await seen()) === 3);
    const connector = () => prisma.connector.findUniqueOrThrow({ where: { id: account.connectorId } });
    expect((await connector()).displayName).toBeNull();
    // …from the verified one, whatever its case, it is.
    await product.emulator.addMessage(address, mailFrom(`Sam Rivera <${ALIAS}>`, "Verified alias"));
    await product.services.jobs.requestSync(account.id, "manual");
    await eventually(async () => (await connector()).displayName === "Sam Rivera");
  });

  it("a 403 on the send-as list does not fail the sync: the aliases are read again after it", async () => {
    const address = uniqueAddress();
    const { logger, entries } = capturedLog();
    product = await startProduct({
      emulator: { mailboxes: { [address]: someMessages(2) }, sendAs: { [address]: [{ sendAsEmail: ALIAS }] } },
      env: { POLL_INTERVAL_SECONDS: "5" },
      logger,
    });
    product.emulator.injectFault({ path: "/settings/sendAs", status: 403, body: insufficientPermissions403 });
    await product.connect(new BrowserSession(), address);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    const row = () => prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });

    const warning = await eventually(async () =>
      entries.find((entry) => entry.level === LEVEL.warn && entry.accountId === account.id && entry.status === 403),
    );
    expect(warning).toMatchObject({ code: "needs_reconnect", reason: "insufficientPermissions" });
    expect(JSON.stringify(warning)).not.toContain(insufficientPermissions403.error.message);
    // Refused before the first sync; the sync goes on, and they are read again after it.
    await eventually(async () => (await prisma.syncedMessage.count({ where: { accountId: account.id } })) === 2);

    // Meanwhile the account was never sent to reconnect.
    const read = await eventually(async () => {
      const current = await row();
      return current.sendAsCheckedAt !== null && current;
    }, 20_000);
    expect(read).toMatchObject({ status: "active", lastSyncError: null, syncStoppedAt: null });
    expect(read.sendAsAddresses).toEqual([address, ALIAS.toLowerCase()]);
    const statuses = product.emulator.calls
      .filter((call) => call.path.endsWith("/settings/sendAs"))
      .map((call) => call.status);
    expect(statuses).toEqual([403, 200]);
    const queue = new Queue(GMAIL_QUEUE, { connection: product.services.redis, prefix: product.services.prefix });
    try {
      expect(await queue.getJobs(["failed"])).toEqual([]);
    } finally {
      await queue.close();
    }
  });
});
