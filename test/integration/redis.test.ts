import { randomUUID } from "node:crypto";
import { Queue, Worker, type Job } from "bullmq";
import { afterEach, describe, expect, it } from "vitest";
import { redisPrefix, redisUrl } from "../support/services.js";

describe("BullMQ on the run's Redis", () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("processes one job from a queue of its own", async () => {
    const name = `test-${randomUUID()}`;
    const connection = { url: redisUrl() };
    const prefix = redisPrefix();
    const queue = new Queue<{ n: number }, number>(name, { connection, prefix });
    cleanups.push(async () => {
      await queue.obliterate({ force: true });
      await queue.close();
    });

    const completed = new Promise<{ job: Job; result: number }>((resolve, reject) => {
      const worker = new Worker<{ n: number }, number>(name, async (job) => job.data.n * 2, {
        connection: { ...connection, maxRetriesPerRequest: null },
        prefix,
      });
      cleanups.push(() => worker.close());
      worker.on("completed", (job, result) => resolve({ job, result }));
      worker.on("failed", (_job, error) => reject(error));
      worker.on("error", reject);
    });

    const added = await queue.add("double", { n: 21 });
    const { job, result } = await completed;
    expect(job.id).toBe(added.id);
    expect(result).toBe(42);
    expect(await queue.getJobCounts("completed")).toEqual({ completed: 1 });
  });
});
