import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/db/client.js";
import { freePort } from "../../../src/dev/ports.js";
import { GmailError } from "../../../src/gmail/gmail-error.js";
import { classifyFailure } from "../../../src/queue/classify-failure.js";
import { createSyncJobs } from "../../../src/queue/sync-jobs.js";
import { SyncCancelledError } from "../../../src/sync/sync-cancelled.js";
import { databaseUrl, redisPrefix } from "../../support/services.js";

/** Real failures of real clients, classified: whose fault each one is. */
describe("classifying a failed job's error", () => {
  const closers: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    await Promise.all(closers.map((close) => close()));
  });
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("expected a failure");
      },
      (error: unknown) => error,
    );

  it("PostgreSQL that cannot be reached is the database's", async () => {
    const dead = createPrismaClient(`postgresql://postgres@127.0.0.1:${await freePort()}/nowhere`);
    closers.push(() => dead.$disconnect());
    const model = await failureOf(dead.googleAccount.findUnique({ where: { id: randomUUID() } }));
    const raw = await failureOf(dead.$executeRaw`UPDATE google_accounts SET last_sync_at = now()`);
    expect(classifyFailure(model)).toEqual({ kind: "database" });
    expect(classifyFailure(raw)).toEqual({ kind: "database" });
  });

  it("a query SafeIntro got wrong (a unique constraint) is its own problem, not an outage", async () => {
    const prisma = createPrismaClient(databaseUrl());
    closers.push(() => prisma.$disconnect());
    const connector = await prisma.connector.create({ data: { email: `${randomUUID()}@example.com` } });
    const duplicate = await failureOf(prisma.connector.create({ data: { id: connector.id, email: "x@example.com" } }));
    expect(duplicate).toMatchObject({ code: "P2002" });
    expect(classifyFailure(duplicate)).toEqual({ kind: "unknown" });
    await prisma.connector.delete({ where: { id: connector.id } });
  });

  it("Redis closed under a command, or unreachable for the queue, is the job queue's", async () => {
    const closed = new Redis(`redis://127.0.0.1:${await freePort()}`, { lazyConnect: true });
    closed.disconnect();
    expect(classifyFailure(await failureOf(closed.get("x")))).toEqual({ kind: "queue" });

    const producer = new Redis(`redis://127.0.0.1:${await freePort()}`, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    producer.on("error", () => undefined);
    closers.push(async () => producer.disconnect());
    const jobs = createSyncJobs({
      connection: producer,
      prefix: redisPrefix(),
      pollIntervalMs: 60_000,
      safetyPollMs: 3_600_000,
      timeoutMs: 500,
    });
    closers.push(() => jobs.close());
    const refused = await failureOf(jobs.requestSync(randomUUID(), "manual"));
    expect(refused).toMatchObject({ name: "QueueUnavailableError" });
    expect(classifyFailure(refused)).toEqual({ kind: "queue" });
  });

  it("Gmail's own failures, a sync stopped for shutdown, and anything else", () => {
    const gmail = new GmailError("temporary", "503", { status: 503 });
    expect(classifyFailure(gmail)).toEqual({ kind: "gmail", error: gmail });
    expect(classifyFailure(new SyncCancelledError("stop"))).toEqual({ kind: "cancelled" });
    expect(classifyFailure(new TypeError("undefined is not a function"))).toEqual({ kind: "unknown" });
  });
});
