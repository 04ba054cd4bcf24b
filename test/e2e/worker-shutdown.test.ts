import { type Job, Queue } from "bullmq";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GMAIL_QUEUE } from "../../src/queue/gmail-jobs.js";
import { BrowserSession } from "../support/browser-session.js";
import { capturedLog, LEVEL } from "../support/captured-log.js";
import { eventually } from "../support/eventually.js";
import { someMessages, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { startRestartableRedis } from "../support/restartable-redis.js";

describe("the workers stop on time, and say what goes wrong", () => {
  let product: RunningProduct | undefined;
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    await product?.stop();
    product = undefined;
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("a job stuck in a Gmail call does not hold up stopping past the deadline; it is left to the next worker", async () => {
    const address = uniqueAddress();
    const log = capturedLog();
    product = await startProduct({
      emulator: { mailboxes: { [address]: someMessages(3) } },
      logger: log.logger,
      runtime: { shutdownDeadlineMs: 1_000 },
    });
    // The first sync's first call to Gmail hangs for a minute.
    product.emulator.injectFault({ path: "/profile", delayMs: 60_000, times: 1 });
    await product.connect(new BrowserSession(), address);
    const { services } = product;
    const account = await services.prisma.googleAccount.findFirstOrThrow({ where: { email: address } });
    const queue = new Queue(GMAIL_QUEUE, { connection: services.redis, prefix: services.prefix });
    const stuck = await eventually(async () => {
      const active: Job[] = await queue.getJobs(["active"]);
      return active.find((job) => job.name === "sync" && job.data.accountId === account.id);
    });
    await queue.close();

    const running = product;
    product = undefined;
    await running.stop();
    expect(log.entries.some((entry) => entry.level === LEVEL.error && /did not stop in time/.test(entry.msg))).toBe(
      true,
    );
    // Still active in Redis: once its lock runs out, the next worker takes it up again.
    const after = new Queue(GMAIL_QUEUE, { connection: { url: services.config.REDIS_URL }, prefix: services.prefix });
    cleanups.push(() => after.close());
    expect(await (await after.getJob(stuck.id ?? ""))?.getState()).toBe("active");
  });

  it("a Redis outage goes to the log as the worker's errors, never printed raw", async () => {
    const redis = await startRestartableRedis();
    cleanups.push(() => redis.close());
    const log = capturedLog();
    product = await startProduct({ env: { REDIS_URL: redis.url }, logger: log.logger });
    const printed = vi.spyOn(console, "error");
    cleanups.push(async () => printed.mockRestore());

    await redis.kill();
    try {
      const logged = await eventually(async () => log.entries.find((entry) => entry.msg === "job queue worker error"));
      expect(logged.level).toBe(LEVEL.warn);
      expect(typeof logged.error).toBe("string");
      expect(printed).not.toHaveBeenCalled();
    } finally {
      await redis.start();
    }
  });
});
