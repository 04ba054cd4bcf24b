import { type Job, Queue } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { GMAIL_QUEUE } from "../../src/queue/gmail-jobs.js";
import { BrowserSession, formField } from "../support/browser-session.js";
import { capturedLog, LEVEL } from "../support/captured-log.js";
import { eventually } from "../support/eventually.js";
import { corpus, someMessages, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

/**
 * One retry layer: BullMQ retries a failed job with backoff; a rate-limited job waits in the
 * queue for as long as Google asked, its worker slot free; nothing is retried for long inside
 * a worker; and a request Gmail refuses for good stops the mailbox, says so, and tells the team.
 */
describe("a sync's failures are retried by the queue, not inside a worker", () => {
  let product: RunningProduct | undefined;
  let queue: Queue | undefined;
  afterEach(async () => {
    await queue?.close();
    await product?.stop();
    product = undefined;
    queue = undefined;
  });

  async function synced(options: Parameters<typeof startProduct>[0] = {}) {
    const address = uniqueAddress();
    product = await startProduct({ ...options, emulator: { mailboxes: { [address]: someMessages(2) } } });
    const browser = new BrowserSession();
    await product.connect(browser, address);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    await eventually(
      async () => (await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } })).historyId,
    );
    queue = new Queue(GMAIL_QUEUE, { connection: product.services.redis, prefix: product.services.prefix });
    const running = product;
    const openQueue = queue;
    // The first poll may have queued a second sync behind the first: the faults are for the test's own.
    await eventually(async () => {
      const pending: Job[] = await openQueue.getJobs(["wait", "active", "delayed", "prioritized"]);
      return !pending.some((job) => job.name === "sync" && job.data.accountId === account.id);
    });
    const syncJob = (state: "delayed" | "failed") =>
      eventually(async () => {
        const jobs: Job[] = await openQueue.getJobs([state]);
        return jobs.find((job) => job.name === "sync" && job.data.accountId === account.id);
      });
    const row = () => prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
    const seen = () => prisma.syncedMessage.count({ where: { accountId: account.id } });
    const historyCalls = () => running.emulator.calls.filter((call) => call.path.endsWith("/history"));
    return { address, account, browser, running, queue: openQueue, syncJob, row, seen, historyCalls };
  }

  it("a 429 puts the job aside for as long as Google asked: no attempt counted, no worker held", async () => {
    const { address, account, running, queue, syncJob, row, seen, historyCalls } = await synced();
    running.emulator.injectFault({ path: "/history", status: 429, retryAfterSeconds: 3, times: 1 });
    await running.emulator.addMessage(address, corpus("high-01-mary-jones-hr.eml"));
    await running.services.jobs.requestSync(account.id, "manual");

    const aside = await syncJob("delayed");
    expect(aside.attemptsMade).toBe(0);
    // Waiting in the queue, not in a worker: no sync of the account is active meanwhile.
    const active: Job[] = await queue.getJobs(["active"]);
    expect(active.filter((job) => job.name === "sync" && job.data.accountId === account.id)).toEqual([]);
    expect((await row()).lastSyncError).toMatch(
      /^Gmail asked SafeIntro to slow down; syncing goes on at \d\d:\d\d UTC\.$/,
    );

    await eventually(async () => (await seen()) === 3);
    // The sync clears its last problem when it ends, a moment after it stored the messages.
    await eventually(async () => (await row()).lastSyncError === null);
    expect((await row()).lastSyncError).toBeNull();
    // Gmail heard nothing from the mailbox until its Retry-After had passed.
    const limited = historyCalls().find((call) => call.status === 429);
    const next = running.emulator.calls.find((call) => call.user === address && call.at > (limited?.at ?? 0));
    expect((next?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(3000);
  });

  it("a 5xx fails the attempt: the queue retries it later, with backoff, and the call was not repeated in the worker", async () => {
    const { address, account, running, syncJob, row, seen, historyCalls } = await synced();
    running.emulator.injectFault({ path: "/history", method: "GET", status: 503, times: 1 });
    await running.emulator.addMessage(address, corpus("high-01-mary-jones-hr.eml"));
    const before = historyCalls().length;
    await running.services.jobs.requestSync(account.id, "manual");

    const waiting = await syncJob("delayed");
    expect(waiting.attemptsMade).toBe(1);
    expect(
      historyCalls()
        .slice(before)
        .map((call) => call.status),
    ).toEqual([503]);
    expect((await row()).lastSyncError).toBe("Gmail did not answer; SafeIntro will try again shortly.");

    await eventually(async () => (await seen()) === 3);
    // The next try came from the queue, after the backoff (2.5 s at least), not at once from the worker.
    const [failed, next] = historyCalls().slice(before);
    expect(failed?.status).toBe(503);
    expect((next?.at ?? 0) - (failed?.at ?? 0)).toBeGreaterThanOrEqual(2_500);
  });

  it("a request Gmail refuses for good stops the mailbox's schedules, says so and what to do, and tells the team; Sync now resumes", async () => {
    const log = capturedLog();
    const { address, account, browser, running, queue, syncJob, row, seen } = await synced({ logger: log.logger });
    expect(await queue.getJobScheduler(`poll:${account.id}`)).toBeDefined();
    running.emulator.injectFault({ path: "/history", method: "GET", status: 400, times: 1 });
    await running.emulator.addMessage(address, corpus("high-01-mary-jones-hr.eml"));
    await running.services.jobs.requestSync(account.id, "poll");

    const failed = await syncJob("failed");
    expect(failed.attemptsMade).toBe(1);
    const stopped = await row();
    expect(stopped.syncStoppedAt).not.toBeNull();
    expect(stopped.lastSyncError).toContain("SafeIntro has stopped syncing this mailbox");
    expect(stopped.lastSyncError).toContain("Press Sync now to try again");
    expect(await queue.getJobScheduler(`poll:${account.id}`)).toBeUndefined();
    expect(
      log.entries.some(
        (entry) =>
          entry.level === LEVEL.error && entry.accountId === account.id && /refused a request for good/.test(entry.msg),
      ),
    ).toBe(true);
    const page = (await browser.navigate(`${running.url}/`)).at(-1)?.body ?? "";
    expect(page).toContain("<strong>Syncing has stopped for this mailbox.</strong>");

    // Sync now is "try again": the sync runs, the schedules come back.
    await browser.navigate(`${running.url}/sync`, { form: { _csrf: formField(page, "_csrf") ?? "" } });
    await eventually(async () => (await seen()) === 3);
    expect((await row()).syncStoppedAt).toBeNull();
    expect(await queue.getJobScheduler(`poll:${account.id}`)).toBeDefined();
  });
});
