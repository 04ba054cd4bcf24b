import { Queue } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { GMAIL_QUEUE } from "../../src/queue/gmail-jobs.js";
import { BrowserSession } from "../support/browser-session.js";
import { capturedLog } from "../support/captured-log.js";
import { eventually } from "../support/eventually.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { manyMessages } from "../support/many-messages.js";
import { storedAndInGmail } from "../support/stored-messages.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { startRestartableRedis } from "../support/restartable-redis.js";

const MESSAGE_GET = /\/messages\/[^/]+$/;

describe("Redis restarted without persistence, in the middle of a sync", () => {
  let product: RunningProduct | undefined;
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    await product?.stop();
    product = undefined;
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("the schedules, which lived only in Redis, are made again from PostgreSQL: new mail keeps coming, each message stored once", async () => {
    const redis = await startRestartableRedis();
    cleanups.push(() => redis.close());
    const address = uniqueAddress();
    const log = capturedLog();
    product = await startProduct({
      emulator: { mailboxes: { [address]: manyMessages(30, "redis") } },
      env: { REDIS_URL: redis.url },
      logger: log.logger,
      runtime: { scheduleCheckMs: 300 },
    });
    // The 11th message fetch takes 3 s: Redis restarts meanwhile, and loses everything it held.
    product.emulator.injectFault({ path: MESSAGE_GET, method: "GET", times: 10 });
    product.emulator.injectFault({ path: MESSAGE_GET, method: "GET", delayMs: 3_000, times: 1 });
    await product.connect(new BrowserSession(), address);
    const { services, emulator } = product;
    const { prisma } = services;
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    await eventually(
      async () => emulator.calls.filter((call) => call.batch && MESSAGE_GET.test(call.path)).length >= 10,
    );

    await redis.kill();
    await redis.start();
    const queue = new Queue(GMAIL_QUEUE, { connection: services.redis, prefix: services.prefix });
    cleanups.push(() => queue.close());
    // Mail that arrives after the restart: only a schedule made again can bring it in.
    await emulator.addMessage(address, corpus("high-01-mary-jones-hr.eml"));

    await eventually(
      async () => (await prisma.syncedMessage.count({ where: { accountId: account.id } })) === 31,
      20_000,
    );
    const { stored, inGmail } = await storedAndInGmail(prisma, emulator, address, account.id);
    expect(stored).toEqual(inGmail);
    expect(await queue.getJobScheduler(`poll:${account.id}`)).toMatchObject({ every: 60_000 });
    expect(log.entries.some((entry) => /Redis lost SafeIntro's schedules/.test(entry.msg))).toBe(true);
  });
});
