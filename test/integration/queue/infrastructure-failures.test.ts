import { randomUUID } from "node:crypto";
import { type Job, Queue, type Worker } from "bullmq";
import { Redis } from "ioredis";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/db/client.js";
import { freePort } from "../../../src/dev/ports.js";
import { createAccessTokens } from "../../../src/gmail/access-tokens.js";
import { createMailboxClient } from "../../../src/gmail/mailbox-client.js";
import { createQuotaLimiter, type QuotaLimiter } from "../../../src/gmail/quota-limiter.js";
import type { GetAccessToken } from "../../../src/gmail/with-access-token.js";
import { GMAIL_QUEUE } from "../../../src/queue/gmail-jobs.js";
import { createGmailWorker } from "../../../src/queue/gmail-worker.js";
import { DATABASE_PROBLEM, QUEUE_PROBLEM } from "../../../src/queue/sync-problems.js";
import { BrowserSession } from "../../support/browser-session.js";
import { eventually } from "../../support/eventually.js";
import { someMessages, uniqueAddress } from "../../support/mail.js";
import { startProduct, type RunningProduct } from "../../support/product-harness.js";

/**
 * The token lookup (PostgreSQL) and the quota reservation (Redis) run inside every Gmail call.
 * When either fails, it is SafeIntro's own database or queue that was unavailable, not Gmail
 * refusing anything: the job is retried (BullMQ, with backoff), the mailbox keeps syncing,
 * and the status page says whose it was.
 */
describe("a Gmail job whose database or Redis fails mid-call", () => {
  let product: RunningProduct | undefined;
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await product?.stop();
    product = undefined;
  });

  /**
   * The product without its own workers, one account connected (its first sync queued), and a
   * worker of the test's whose Gmail calls take their token and quota from the given parts.
   */
  async function workerWith(parts: { getAccessToken?: (accountId: string) => GetAccessToken; limiter?: QuotaLimiter }) {
    const address = uniqueAddress();
    product = await startProduct({ emulator: { mailboxes: { [address]: someMessages(3) } }, workers: false });
    await product.connect(new BrowserSession(), address);
    const { services } = product;
    const account = await services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    const limiter =
      parts.limiter ?? createQuotaLimiter(services.redis, { keyPrefix: `${services.prefix}:quota-${randomUUID()}` });
    const worker: Worker = createGmailWorker(
      {
        prisma: services.prisma,
        jobs: services.jobs,
        mailboxFor: (accountId) =>
          createMailboxClient({
            endpoints: services.endpoints,
            getAccessToken:
              parts.getAccessToken?.(accountId) ?? ((options) => services.accessTokens(accountId, options)),
            limiter,
            accountId,
          }),
        store: { analyzer: services.analyzer, logger: services.logger },
        analysis: services.analysis,
        logger: pino({ level: "silent" }),
      },
      { connection: services.redis, prefix: services.prefix },
    );
    cleanups.push(() => worker.close(true));
    const queue = new Queue(GMAIL_QUEUE, { connection: services.redis, prefix: services.prefix });
    cleanups.push(() => queue.close());
    return { account, prisma: services.prisma, queue };
  }

  /** The account's first sync, once it waits for its next attempt. */
  const retried = (queue: Queue, accountId: string) =>
    eventually(async () => {
      const delayed: Job[] = await queue.getJobs(["delayed"]);
      return delayed.find((job) => job.name === "sync" && job.data.accountId === accountId);
    });

  it("PostgreSQL unreachable for the token lookup: retried, and the status page names the database", async () => {
    const deadDatabase = createPrismaClient(`postgresql://postgres@127.0.0.1:${await freePort()}/nowhere`);
    cleanups.push(() => deadDatabase.$disconnect());
    const { account, prisma, queue } = await workerWith({
      getAccessToken: (accountId) => (options) =>
        createAccessTokens({
          prisma: deadDatabase,
          cipher: product!.services.cipher,
          oauthClient: product!.services.oauthClient,
        })(accountId, options),
    });

    const job = await retried(queue, account.id);
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toContain("Can't reach database server");
    const row = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.lastSyncError).toBe(DATABASE_PROBLEM);
    expect(row.syncStoppedAt).toBeNull();
    expect(row.status).toBe("active");
    expect(await queue.getJobs(["failed"])).toEqual([]);
  });

  it("Redis gone for the quota reservation: retried, and the status page names the job queue", async () => {
    const closed = new Redis(`redis://127.0.0.1:${await freePort()}`, { lazyConnect: true, maxRetriesPerRequest: 1 });
    closed.disconnect();
    const { account, prisma, queue } = await workerWith({
      limiter: createQuotaLimiter(closed, { keyPrefix: `quota-${randomUUID()}` }),
    });

    const job = await retried(queue, account.id);
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toBe("Connection is closed.");
    const row = await prisma.googleAccount.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.lastSyncError).toBe(QUEUE_PROBLEM);
    expect(row.syncStoppedAt).toBeNull();
    expect(await queue.getJobs(["failed"])).toEqual([]);
  });
});
