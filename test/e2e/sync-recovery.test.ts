import { afterEach, describe, expect, it } from "vitest";
import { Queue } from "bullmq";
import { GMAIL_QUEUE } from "../../src/queue/gmail-jobs.js";
import { advanceCursor } from "../../src/sync/advance-cursor.js";
import { incrementalSync, syncMailbox } from "../../src/sync/sync-mailbox.js";
import { BrowserSession } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { corpus, someMessages, uniqueAddress } from "../support/mail.js";

describe("sync recovers from what Gmail does to it", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  async function connected(messages: Buffer[], options: Parameters<typeof startProduct>[0] = {}) {
    const address = uniqueAddress();
    product = await startProduct({ ...options, emulator: { ...options.emulator, mailboxes: { [address]: messages } } });
    await product.connect(new BrowserSession(), address);
    const { prisma } = product.services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    const target = { accountId: account.id, connectorId: account.connectorId, connectorAddresses: [address] };
    const running = product;
    const sync = () =>
      syncMailbox(prisma, running.services.mailboxFor(account.id), target, {
        analyzer: running.services.analyzer,
        logger: running.services.logger,
      });
    // Without workers the test drives the syncs itself; with them, the first one is queued at sign-in.
    if (options.workers === false) await sync();
    else
      await eventually(
        async () => (await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } })).historyId !== null,
      );
    return { address, account, target, prisma, running, sync };
  }

  it("an expired history cursor triggers a full resync that loses nothing and refetches nothing", async () => {
    const { address, account, prisma, running, sync } = await connected(someMessages(6), { workers: false });
    await running.emulator.addMessage(address, someMessages(7)[6] ?? Buffer.alloc(0));
    running.emulator.expireHistoryBefore(address, running.emulator.historyId(address));
    const getsBefore = running.emulator.calls.filter((call) => call.batch).length;

    const result = await sync();
    expect(result.mode).toBe("full");
    expect(result.fetched).toBe(1); // only the new message: the six already seen are skipped
    expect(running.emulator.calls.filter((call) => call.batch).length - getsBefore).toBe(1);
    expect(await prisma.syncedMessage.count({ where: { accountId: account.id } })).toBe(7);
    expect(running.emulator.calls.some((call) => call.path.endsWith("/history") && call.status === 404)).toBe(true);
  });

  it("two syncs at once: the cursor only moves forward and no message is stored twice", async () => {
    const { address, account, target, prisma, running } = await connected(someMessages(3), { workers: false });
    const start =
      (await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } })).historyId?.toString() ?? "";
    for (const raw of someMessages(9).slice(3)) await running.emulator.addMessage(address, raw);
    const settings = { analyzer: running.services.analyzer, logger: running.services.logger };
    const results = await Promise.all([
      incrementalSync(prisma, running.services.mailboxFor(account.id), target, settings, start),
      incrementalSync(prisma, running.services.mailboxFor(account.id), target, settings, start),
    ]);
    const newest = running.emulator.historyId(address);
    expect(results.map((result) => result.historyId)).toEqual([newest, newest]);
    const after = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.historyId?.toString()).toBe(newest);
    expect(await prisma.syncedMessage.count({ where: { accountId: account.id } })).toBe(9);

    // A slower sync that read an older cursor cannot move it back.
    await advanceCursor(prisma, account.id, start);
    expect((await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } })).historyId?.toString()).toBe(
      newest,
    );
  });

  it("a revoked token marks the account needs-reconnect, stops its jobs and is not retried in a loop", async () => {
    const { address, account, prisma, running } = await connected(someMessages(2));
    running.emulator.revokeAllTokens(address);
    // Force a refresh: the stored access token is dropped as if it had expired.
    await prisma.googleAccount.update({ where: { id: account.id }, data: { accessTokenExpiresAt: new Date(0) } });
    await running.emulator.addMessage(address, someMessages(3)[2] ?? Buffer.alloc(0));
    await running.services.jobs.requestSync(account.id, "manual");

    const marked = await eventually(async () => {
      const row = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
      return row.status === "needs_reconnect" ? row : null;
    });
    expect(marked.statusReason).toContain("Reconnect Gmail");
    const refreshes = () =>
      running.emulator.calls.filter((call) => call.path === "/token" && call.status === 400).length;
    const refused = refreshes();
    expect(refused).toBe(1);
    // More requests do not reach Google again: the worker takes the job and skips the account
    // until the connector reconnects (waiting for that job, not for a while, proves it ran).
    const queue = new Queue(GMAIL_QUEUE, { connection: running.services.redis, prefix: running.services.prefix });
    const asked = Date.now();
    await running.services.jobs.requestSync(account.id, "poll");
    const skipped = await eventually(async () => {
      const done = await queue.getJobs(["completed"]);
      return done.find((job) => job.name === "sync" && job.data.accountId === account.id && job.timestamp >= asked);
    });
    expect(skipped.returnvalue).toEqual({ skipped: "needs reconnect" });
    expect(refreshes()).toBe(refused);
    // Its polling schedule is gone.
    expect(await queue.getJobScheduler(`poll:${account.id}`)).toBeUndefined();
    await queue.close();
  });

  it("a wrong client secret (after a bad deploy) is reported as SafeIntro's configuration, and no account is marked", async () => {
    const { address, account, prisma, running } = await connected(someMessages(2));
    running.emulator.resetClientSecret("rotated-in-google-cloud");
    // Force a refresh: the stored access token is dropped as if it had expired.
    await prisma.googleAccount.update({ where: { id: account.id }, data: { accessTokenExpiresAt: new Date(0) } });
    await running.emulator.addMessage(address, someMessages(3)[2] ?? Buffer.alloc(0));
    await running.services.jobs.requestSync(account.id, "manual");

    const reported = await eventually(async () => {
      const row = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
      return row.lastSyncError?.includes("SafeIntro's own settings") ? row : null;
    });
    expect(reported.status).toBe("active");
    expect(reported.statusReason).toBeNull();
    expect(running.emulator.calls.some((call) => call.path === "/token" && call.status === 401)).toBe(true);
    // Its schedule lives on: syncing resumes by itself once the deployment is fixed.
    const queue = new Queue(GMAIL_QUEUE, { connection: running.services.redis, prefix: running.services.prefix });
    expect(await queue.getJobScheduler(`poll:${account.id}`)).toBeDefined();
    await queue.close();
  });

  it("rides out 429s and 5xx from Gmail: backs off, honours Retry-After, and finishes the sync", async () => {
    const { address, account, prisma, running, sync } = await connected([], { workers: false });
    for (const raw of someMessages(12)) await running.emulator.addMessage(address, raw);
    running.emulator.injectFault({ path: /\/messages\/[^/]+$/, status: 429, times: 3, retryAfterSeconds: 1 });
    running.emulator.injectFault({ path: "/messages", method: "GET", status: 503, times: 1 });

    const result = await sync();
    expect(result.fetched).toBe(12);
    // Retry-After was honoured: after the last 429, Gmail heard nothing from this mailbox for a second.
    const gmailCalls = running.emulator.calls.filter((call) => call.path.startsWith("/gmail/"));
    const last429 = Math.max(...gmailCalls.filter((call) => call.status === 429).map((call) => call.at));
    const next = gmailCalls.find((call) => call.at > last429);
    expect(next).toBeDefined();
    expect((next?.at ?? 0) - last429).toBeGreaterThanOrEqual(1000);
    expect(await prisma.syncedMessage.count({ where: { accountId: account.id } })).toBe(12);
    expect(running.emulator.calls.filter((call) => call.status === 429).length).toBe(3);
  });
});

describe("sync and malformed mail", () => {
  it("records a message it cannot parse as seen (so it is never refetched) and carries on", async () => {
    const address = uniqueAddress();
    const truncated = Buffer.from(
      // Cut off before anything readable: no subject, no text.
      `From: Alex <alex@example.org>\r\nTo: ${address}\r\nDate: Tue, 03 Mar 2026 09:14:00 +0000\r\nMessage-ID: <cut@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n`,
    );
    const product = await startProduct({
      emulator: { mailboxes: { [address]: [truncated, corpus("high-01-mary-jones-hr.eml")] } },
      workers: false,
    });
    try {
      await product.connect(new BrowserSession(), address);
      const { prisma } = product.services;
      const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
      const target = { accountId: account.id, connectorId: account.connectorId, connectorAddresses: [address] };
      const result = await syncMailbox(prisma, product.services.mailboxFor(account.id), target, {
        analyzer: product.services.analyzer,
        logger: product.services.logger,
      });
      expect(result.fetched).toBe(2);
      expect(result.introRequests).toBe(1);
      const seen = await prisma.syncedMessage.findMany({
        where: { accountId: account.id },
        orderBy: { isIntroRequest: "asc" },
      });
      expect(seen.map((row) => row.isIntroRequest)).toEqual([false, true]);
      expect(seen.map((row) => row.skipReason)).toEqual(["truncated", null]);
      // A second sync fetches nothing again.
      const getsBefore = product.emulator.calls.filter((call) => call.batch).length;
      await syncMailbox(prisma, product.services.mailboxFor(account.id), target, {
        analyzer: product.services.analyzer,
        logger: product.services.logger,
      });
      expect(product.emulator.calls.filter((call) => call.batch).length).toBe(getsBefore);
    } finally {
      await product.stop();
    }
  });
});
