import { type Job, Queue, type Worker } from "bullmq";
import { simpleParser } from "mailparser";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { readOutboxStatus } from "../../../src/outbox/index.js";
import { createSendWorker, SEND_QUEUE, sweepOutbox } from "../../../src/queue/index.js";
import { eventually } from "../../support/eventually.js";
import { READ_SCOPES, type SendSetup, startSendSetup } from "../../support/send-setup.js";

const HOUR_MS = 60 * 60_000;

/**
 * The send worker on real parts: PostgreSQL, Redis, and the Gmail emulator over HTTP, the
 * connector's account connected with the scopes each test names.
 */
describe("the send worker", () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setUp(options: Parameters<typeof startSendSetup>[0] & { dailyCap?: number; worker?: boolean } = {}) {
    const setup = await startSendSetup(options);
    cleanups.push(() => setup.close());
    if (options.worker === false) return withQueue(setup);
    const worker: Worker = createSendWorker(
      {
        prisma: setup.services.prisma,
        mailboxFor: setup.services.mailboxFor,
        logger: pino({ level: "silent" }),
        dailyCap: options.dailyCap ?? 100,
      },
      { connection: setup.services.redis, prefix: setup.services.prefix },
    );
    cleanups.push(() => worker.close());
    return withQueue(setup);
  }

  function withQueue(setup: SendSetup) {
    const queue = new Queue(SEND_QUEUE, { connection: setup.services.redis, prefix: setup.services.prefix });
    cleanups.push(() => queue.close());
    const row = (id: string) => setup.services.prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
    const settled = (id: string) =>
      eventually(async () => {
        const current = await row(id);
        return current.status !== "pending" && current;
      });
    const status = (introRequestId: string) =>
      readOutboxStatus(setup.services.prisma, { connectorId: setup.connectorId, introRequestId });
    return { ...setup, queue, row, settled, status };
  }

  it("sends a written email once, as the connector, with its Message-ID and SafeIntro's marker; the job carries the id alone", async () => {
    const setup = await setUp();
    const request = await setup.newRequest();
    const written = await setup.writeEmail({}, { introRequestId: request });
    // PUBLIC_URL is http://localhost:3000 here: SafeIntro's Message-IDs live on its host.
    expect(written.messageId).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
    expect(await setup.status(request)).toEqual([
      { id: written.id, purpose: "ask_target", state: "sending", text: "sending" },
    ]);
    await setup.services.sends.requestSend(written.id);
    // Asked again while queued: deduplicated.
    await setup.services.sends.requestSend(written.id);

    const sent = await setup.settled(written.id);
    expect(sent).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    const mail = setup.sentMail();
    expect(mail).toHaveLength(1);
    expect(sent.gmailMessageId).toBe(mail[0]?.id);
    expect(setup.sendCalls()).toEqual([{ status: 200 }]);
    // A first attempt has nothing to look for.
    expect(setup.searchCalls()).toEqual([]);

    const parsed = await simpleParser(mail[0]?.raw ?? Buffer.alloc(0));
    expect(parsed.messageId).toBe(written.messageId);
    expect(parsed.from?.value).toEqual([{ name: "Sam Rivera", address: setup.address }]);
    expect(parsed.to).toMatchObject({ value: [{ name: "Mary Jones", address: "mary@xyz.example" }] });
    expect(parsed.subject).toBe("Would you talk to Alex?");
    expect(parsed.headers.get("x-safeintro-purpose")).toBe("ask_target");
    expect(parsed.text).toContain("Alex asked me for an introduction to you.");
    expect(parsed.html).toContain("<p>Hi Mary,</p>");
    expect(setup.emulator.unitsUsed(setup.address)).toBe(100);

    const jobs: Job[] = await setup.queue.getJobs(["completed"]);
    expect(jobs.map((job) => job.data)).toEqual([{ outboxId: written.id }]);
    expect(await setup.status(request)).toEqual([
      {
        id: written.id,
        purpose: "ask_target",
        state: "sent",
        text: expect.stringMatching(/^sent at \d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
        at: sent.sentAt,
      },
    ]);
  });

  it("after a send Gmail took but the row never recorded, the retry finds it by its Message-ID and does not send again", async () => {
    const setup = await setUp();
    const written = await setup.writeEmail();
    // The first attempt as the worker makes it: counted, then sent; then the process died.
    const before = await setup.row(written.id);
    await setup.services.prisma.outboxEmail.update({ where: { id: written.id }, data: { attempts: 1 } });
    const accepted = await setup.services.mailboxFor(setup.accountId).sendMessage(before.raw ?? new Uint8Array());
    expect(setup.sentMail()).toHaveLength(1);

    await setup.services.sends.requestSend(written.id);
    const settled = await setup.settled(written.id);
    expect(settled).toMatchObject({ status: "sent", gmailMessageId: accepted.id, attempts: 1 });
    expect(setup.sentMail()).toHaveLength(1);
    expect(setup.sendCalls()).toEqual([{ status: 200 }]);
    expect(setup.searchCalls()).toEqual([{ status: 200 }]);
  });

  it("after an attempt that never reached Gmail, the retry looks, finds nothing, and sends it once", async () => {
    const setup = await setUp();
    const written = await setup.writeEmail();
    await setup.services.prisma.outboxEmail.update({ where: { id: written.id }, data: { attempts: 1 } });

    await setup.services.sends.requestSend(written.id);
    const settled = await setup.settled(written.id);
    expect(settled).toMatchObject({ status: "sent", attempts: 2 });
    expect(setup.sentMail().map((message) => message.id)).toEqual([settled.gmailMessageId]);
    expect(setup.searchCalls()).toEqual([{ status: 200 }]);
    expect(setup.sendCalls()).toEqual([{ status: 200 }]);
  });

  it("waits when the daily cap is reached, says until when, and sends once the oldest send leaves the 24 hours", async () => {
    const setup = await setUp({ dailyCap: 2 });
    const now = Date.now();
    // Two sent already in the last 24 hours: 23 h and 1 h ago.
    for (const hoursAgo of [23, 1]) {
      const earlier = await setup.writeEmail();
      await setup.services.prisma.outboxEmail.update({
        where: { id: earlier.id },
        data: {
          status: "sent",
          sentAt: new Date(now - hoursAgo * HOUR_MS),
          gmailMessageId: "0000000000000001",
          attempts: 1,
        },
      });
    }
    const request = await setup.newRequest();
    const written = await setup.writeEmail({}, { introRequestId: request });
    await setup.services.sends.requestSend(written.id);

    const job = await eventually(async () => (await setup.queue.getJobs(["delayed"]))[0]);
    const row = await setup.row(written.id);
    expect(row).toMatchObject({ status: "pending", attempts: 0 });
    // It goes out once the send of 23 hours ago is 24 hours old.
    const oldestLeaves = now - 23 * HOUR_MS + 24 * HOUR_MS;
    expect(job.timestamp + job.delay).toBeGreaterThanOrEqual(oldestLeaves);
    expect(job.timestamp + job.delay).toBeLessThan(oldestLeaves + 60_000);
    expect(row.lastError).toMatch(
      /^waiting: the daily send cap is reached \(2 emails in 24 hours from this account\); it goes out after \d{4}-\d\d-\d\d \d\d:\d\d UTC$/,
    );
    expect(setup.sendCalls()).toEqual([]);

    // The page's words, and the time it names (the minute after the oldest send turns 24 hours old).
    const [waiting] = await setup.status(request);
    expect(waiting).toMatchObject({ state: "waiting", text: row.lastError });
    expect(waiting?.at?.getTime()).toBeGreaterThanOrEqual(oldestLeaves);
    expect(waiting?.at?.getTime()).toBeLessThanOrEqual(oldestLeaves + 2 * 60_000);

    // Time passes (the oldest send moves out of the window), and the delayed job comes due.
    await setup.services.prisma.outboxEmail.updateMany({
      where: { connectorId: setup.connectorId, status: "sent", sentAt: { lt: new Date(now - 22 * HOUR_MS) } },
      data: { sentAt: new Date(now - 25 * HOUR_MS) },
    });
    await (job as Job).promote();
    // One of the two earlier sends left the window: room for exactly this one.
    const settled = await setup.settled(written.id);
    expect(settled).toMatchObject({ status: "sent", lastError: null });
    expect(setup.sentMail()).toHaveLength(1);
  });

  it("a connector who never allowed sending: Gmail's 403 fails the email in plain words, and the mailbox stays connected", async () => {
    const setup = await setUp({ scopes: READ_SCOPES });
    const request = await setup.newRequest();
    const written = await setup.writeEmail({}, { introRequestId: request });
    await setup.services.sends.requestSend(written.id);

    const settled = await setup.settled(written.id);
    expect(settled.status).toBe("failed");
    expect(settled.lastError).toBe(
      "Gmail refused to send it: SafeIntro has not been given permission to send email from this Gmail account. Allow sending, then send it again.",
    );
    expect(setup.sendCalls()).toEqual([{ status: 403 }]);
    expect(setup.sentMail()).toEqual([]);
    const account = await setup.services.prisma.googleAccount.findUniqueOrThrow({ where: { id: setup.accountId } });
    expect(account.status).toBe("active");
    expect(await setup.status(request)).toMatchObject([{ state: "failed", text: `failed: ${settled.lastError}` }]);
    expect((await setup.queue.getJobs(["failed"])).map((job) => job.failedReason)).toEqual([
      expect.stringContaining("insufficientPermissions"),
    ]);
  });

  it("hostile names and subject (line breaks, an extra header) never split a header", async () => {
    const setup = await setUp();
    const written = await setup.writeEmail({
      from: { name: "Sam\r\nBcc: eve@evil.example", address: setup.address },
      to: [{ name: 'Mary "M" <x>,\nCc: eve@evil.example', address: "mary@xyz.example" }],
      subject: "Hello\r\nBcc: eve@evil.example\nX-Evil: 1",
    });
    await expect(
      setup.writeEmail({ to: [{ name: "Mary", address: "mary@xyz.example, eve@evil.example" }] }),
    ).rejects.toThrow("not a plain email address");
    await setup.services.sends.requestSend(written.id);
    await setup.settled(written.id);

    const [mail] = setup.sentMail();
    const raw = (mail?.raw ?? Buffer.alloc(0)).toString("utf8");
    const headerBlock = raw.slice(0, raw.indexOf("\r\n\r\n"));
    expect(headerBlock).not.toMatch(/^(Bcc|Cc|X-Evil):/im);
    const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.cc).toBeUndefined();
    expect(parsed.headers.has("x-evil")).toBe(false);
    expect(parsed.to).toMatchObject({ value: [{ address: "mary@xyz.example" }] });
    expect(parsed.subject).toBe("Hello Bcc: eve@evil.example X-Evil: 1");
    expect(parsed.from?.value).toMatchObject([{ address: setup.address }]);
    // The names as composed: one line each, inside their own header (the emulator may restamp
    // a From whose name holds an address; Gmail sends as the account in any case).
    const composed = await simpleParser(Buffer.from((await setup.row(written.id)).raw ?? new Uint8Array()));
    expect(composed.from?.value).toEqual([{ name: "Sam Bcc: eve@evil.example", address: setup.address }]);
    expect(composed.to).toMatchObject({
      value: [{ name: 'Mary "M" <x>, Cc: eve@evil.example', address: "mary@xyz.example" }],
    });
  });

  it("the sweep queues an email whose job was lost, and clears the content of emails sent a week ago", async () => {
    // No worker: the run's database is shared, and the sweep queues every connector's lost emails.
    const setup = await setUp({ worker: false });
    const lost = await setup.writeEmail();
    const fresh = await setup.writeEmail();
    const old = await setup.writeEmail();
    const minuteAgo = new Date(Date.now() - 2 * 60_000);
    await setup.services.prisma.outboxEmail.update({ where: { id: lost.id }, data: { createdAt: minuteAgo } });
    await setup.services.prisma.outboxEmail.update({
      where: { id: old.id },
      data: { status: "sent", sentAt: new Date(Date.now() - 8 * 24 * HOUR_MS), gmailMessageId: "0000000000000002" },
    });

    const swept = await sweepOutbox({
      prisma: setup.services.prisma,
      sends: setup.services.sends,
      logger: pino({ level: "silent" }),
    });
    expect(swept.queued).toBeGreaterThanOrEqual(1);
    expect(swept.cleared).toBeGreaterThanOrEqual(1);
    const queued = await setup.queue.getJobs(["wait"]);
    expect(queued.filter((job) => job.data.outboxId === lost.id)).toHaveLength(1);
    // One written just now is queued by its writer (its job may be on its way); one sent, never.
    expect(queued.filter((job) => [fresh.id, old.id].includes(job.data.outboxId))).toEqual([]);
    expect(await setup.row(old.id)).toMatchObject({ raw: null, messageId: old.messageId, status: "sent" });
    expect((await setup.row(lost.id)).raw).not.toBeNull();

    // Swept again: the job already queued is not queued twice.
    await sweepOutbox({
      prisma: setup.services.prisma,
      sends: setup.services.sends,
      logger: pino({ level: "silent" }),
    });
    expect((await setup.queue.getJobs(["wait"])).filter((job) => job.data.outboxId === lost.id)).toHaveLength(1);
  });
});
