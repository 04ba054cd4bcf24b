import { type ConnectionOptions, type Job, Worker } from "bullmq";
import type { Logger } from "../logger.js";
import { fireTimer, type OptInDeps } from "../optin/index.js";
import { quietErrorLog } from "./quiet-error-log.js";
import { TIMER_QUEUE, TimerPayload } from "./timer-jobs.js";

/** The consumer of the `timers` queue: each job fires its request's reminder, expiry or snooze end. */
export function createTimerWorker(
  deps: { optin: OptInDeps; logger: Logger },
  settings: { connection: ConnectionOptions; prefix?: string; lockDurationMs?: number; stalledIntervalMs?: number },
): Worker {
  const worker = new Worker(
    TIMER_QUEUE,
    async (job: Job) => {
      const { introRequestId, kind } = TimerPayload.parse(job.data);
      // False: the request moved on (the target answered, the connector acted) and nothing changed.
      return { fired: await fireTimer(deps.optin, introRequestId, kind) };
    },
    {
      connection: settings.connection,
      ...(settings.prefix ? { prefix: settings.prefix } : {}),
      concurrency: 4,
      ...(settings.lockDurationMs ? { lockDuration: settings.lockDurationMs } : {}),
      ...(settings.stalledIntervalMs ? { stalledInterval: settings.stalledIntervalMs } : {}),
    },
  );
  worker.on("failed", (job, error) =>
    deps.logger.warn({ jobId: job?.id, attempts: job?.attemptsMade, error: error.message }, "timer failed"),
  );
  worker.on("error", quietErrorLog(deps.logger, "timer queue worker error"));
  return worker;
}
