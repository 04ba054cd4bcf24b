import { type Job, Queue } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { GMAIL_QUEUE } from "../../src/queue/gmail-jobs.js";
import { BrowserSession } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { uniqueAddress } from "../support/mail.js";
import { manyMessages } from "../support/many-messages.js";
import { storedAndInGmail } from "../support/stored-messages.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { startRestartablePostgres } from "../support/restartable-postgres.js";

const MESSAGE_GET = /\/messages\/[^/]+$/;

describe("PostgreSQL stopped and started again in the middle of a full sync", () => {
  let product: RunningProduct | undefined;
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    await product?.stop();
    product = undefined;
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("the sync is retried, goes on from its saved place, and in the end every message is stored once", async () => {
    const postgres = await startRestartablePostgres();
    cleanups.push(() => postgres.close());
    const address = uniqueAddress();
    product = await startProduct({
      emulator: { mailboxes: { [address]: manyMessages(100, "outage") } },
      env: { DATABASE_URL: postgres.url },
    });
    // The 21st message fetch takes 4 s: PostgreSQL goes down meanwhile.
    product.emulator.injectFault({ path: MESSAGE_GET, method: "GET", times: 20 });
    product.emulator.injectFault({ path: MESSAGE_GET, method: "GET", delayMs: 4_000, times: 1 });
    await product.connect(new BrowserSession(), address);
    const { services, emulator } = product;
    const account = await services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    await eventually(
      async () => emulator.calls.filter((call) => call.batch && MESSAGE_GET.test(call.path)).length >= 20,
    );

    postgres.stop();
    // The attempt fails on the database, and waits in the queue for the next one: not given up.
    const queue = new Queue(GMAIL_QUEUE, { connection: services.redis, prefix: services.prefix });
    cleanups.push(() => queue.close());
    const failedOnce = await eventually(async () => {
      const delayed: Job[] = await queue.getJobs(["delayed"]);
      return delayed.find((job) => job.name === "sync" && job.data.accountId === account.id && job.attemptsMade >= 1);
    });
    expect(failedOnce.failedReason).toMatch(/database|Connection terminated|terminating connection/i);
    postgres.start();

    const { prisma } = services;
    await eventually(
      async () => (await prisma.syncedMessage.count({ where: { accountId: account.id } })) === 100,
      30_000,
    );
    const { stored, inGmail } = await storedAndInGmail(prisma, emulator, address, account.id);
    expect(stored).toEqual(inGmail);
    // It went on with the history id it started from: Gmail's profile was read once.
    expect(emulator.calls.filter((call) => call.path.endsWith("/profile"))).toHaveLength(1);
    const after = await eventually(async () => {
      const row = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
      return row.historyId !== null ? row : null;
    });
    expect(after).toMatchObject({ lastSyncError: null, syncStoppedAt: null, fullSyncHistoryId: null });
    expect(await queue.getJobs(["failed"])).toEqual([]);
  });
});
