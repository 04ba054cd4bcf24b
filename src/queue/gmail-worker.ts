import { type ConnectionOptions, Worker } from "bullmq";
import { createGmailJobHandler, type GmailWorkerDeps } from "./gmail-job-handler.js";
import { GMAIL_QUEUE } from "./gmail-jobs.js";
import { quietErrorLog } from "./quiet-error-log.js";
import { gmailBackoffStrategy } from "./retry-policy.js";

export type { GmailWorkerDeps } from "./gmail-job-handler.js";

export interface GmailWorkerSettings {
  connection: ConnectionOptions;
  prefix?: string;
  concurrency?: number;
  /**
   * How long a job's lock lasts without renewal, and how often stalled jobs are looked for
   * (BullMQ's defaults: 30 s each). A worker killed mid-job leaves its job to the next
   * worker once the lock has run out. Tests shorten both.
   */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export function createGmailWorker(deps: GmailWorkerDeps, settings: GmailWorkerSettings): Worker {
  const worker = new Worker(GMAIL_QUEUE, createGmailJobHandler(deps), {
    connection: settings.connection,
    ...(settings.prefix ? { prefix: settings.prefix } : {}),
    // Accounts sync in parallel; one account's syncs never do (deduplication in SyncJobs).
    concurrency: settings.concurrency ?? 4,
    // Failed jobs wait as the Gmail backoff says (retry-policy.ts): BullMQ owns the retries.
    settings: { backoffStrategy: gmailBackoffStrategy },
    ...(settings.lockDurationMs ? { lockDuration: settings.lockDurationMs } : {}),
    ...(settings.stalledIntervalMs ? { stalledInterval: settings.stalledIntervalMs } : {}),
  });
  worker.on("failed", (job, error) => {
    const facts = { jobId: job?.id, job: job?.name, attempts: job?.attemptsMade, error: error.message };
    // The handler logged why; the end of the retries is worth an error of its own.
    const givenUp =
      job !== undefined && error.name !== "UnrecoverableError" && job.attemptsMade >= (job.opts.attempts ?? 1);
    if (givenUp) deps.logger.error(facts, "Gmail job given up after its last attempt");
    else deps.logger.warn(facts, "Gmail job failed");
  });
  // Without a listener, BullMQ prints each of these (Redis unreachable: many a second) with its stack.
  worker.on("error", quietErrorLog(deps.logger, "job queue worker error"));
  return worker;
}
