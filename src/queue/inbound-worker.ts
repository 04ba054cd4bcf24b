import { type ConnectionOptions, type Job, Worker } from "bullmq";
import { type ProcessInboundDeps, processInboundMessage } from "../inbound/index.js";
import type { AnalysisJobs } from "./analysis-jobs.js";
import { INBOUND_QUEUE, ProcessInboundPayload } from "./inbound-jobs.js";
import { quietErrorLog } from "./quiet-error-log.js";

export interface InboundWorkerDeps extends ProcessInboundDeps {
  analysis: AnalysisJobs;
}

export interface InboundWorkerSettings {
  connection: ConnectionOptions;
  prefix?: string;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/**
 * The consumer of the `inbound` queue: each accepted forward becomes a request (or joins the
 * one it repeats), then its analysis is queued like any request's. A failure is retried with
 * backoff; the stored message waits in PostgreSQL meanwhile, and the sweep queues it again if
 * its job is lost.
 */
export function createInboundWorker(deps: InboundWorkerDeps, settings: InboundWorkerSettings): Worker {
  const worker = new Worker(
    INBOUND_QUEUE,
    async (job: Job) => {
      const { inboundMessageId } = ProcessInboundPayload.parse(job.data);
      const processed = await processInboundMessage(deps, inboundMessageId);
      if (processed.outcome === "recorded" && processed.created)
        await deps.analysis.requestAnalysis(processed.introRequestId);
      return { outcome: processed.outcome };
    },
    {
      connection: settings.connection,
      ...(settings.prefix ? { prefix: settings.prefix } : {}),
      concurrency: 4,
      ...(settings.lockDurationMs ? { lockDuration: settings.lockDurationMs } : {}),
      ...(settings.stalledIntervalMs ? { stalledInterval: settings.stalledIntervalMs } : {}),
    },
  );
  worker.on("failed", (job, error) => {
    if (!job) return;
    deps.logger.warn({ jobId: job.id, attempts: job.attemptsMade, error: error.message }, "inbound forward job failed");
  });
  worker.on("error", quietErrorLog(deps.logger, "inbound queue worker error"));
  return worker;
}
