import { type ConnectionOptions, type Job, Worker } from "bullmq";
import type { PrismaClient } from "../db/index.js";
import type { Logger } from "../logger.js";
import { type ReviewEmailDeps, writeReviewEmail } from "../optin/index.js";
import { type AnalysisOptions, analyzeIntroRequest } from "../requests/index.js";
import { ANALYSIS_QUEUE, AnalyzeRequestPayload } from "./analysis-jobs.js";
import { quietErrorLog } from "./quiet-error-log.js";

export interface AnalysisWorkerDeps {
  prisma: PrismaClient;
  logger: Logger;
  /** The review email to the connector after a request's first judgement; without it, none is written. */
  review?: ReviewEmailDeps;
}

export interface AnalysisWorkerSettings {
  connection: ConnectionOptions;
  prefix?: string;
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/**
 * The consumer of the `analysis` queue. A failed attempt is retried by BullMQ with backoff
 * (analysis-jobs.ts); each failure is written on the request, so its page says so, and the
 * last one adds an `analysis_failed` event: a request is never stuck silently.
 */
export function createAnalysisWorker(deps: AnalysisWorkerDeps, settings: AnalysisWorkerSettings): Worker {
  const review = deps.review;
  const options: AnalysisOptions = review
    ? { afterFirstJudgement: (tx, id, judgement, now) => writeReviewEmail(review, tx, id, judgement, now) }
    : {};
  const worker = new Worker(
    ANALYSIS_QUEUE,
    async (job: Job) => {
      const { introRequestId } = AnalyzeRequestPayload.parse(job.data);
      return { outcome: await analyzeIntroRequest(deps.prisma, introRequestId, new Date(), options) };
    },
    {
      connection: settings.connection,
      ...(settings.prefix ? { prefix: settings.prefix } : {}),
      // Scoring is a few indexed queries: several at once keep a burst of new requests moving.
      concurrency: settings.concurrency ?? 8,
      ...(settings.lockDurationMs ? { lockDuration: settings.lockDurationMs } : {}),
      ...(settings.stalledIntervalMs ? { stalledInterval: settings.stalledIntervalMs } : {}),
    },
  );
  worker.on("failed", (job, error) => {
    if (!job) return;
    const parsed = AnalyzeRequestPayload.safeParse(job.data);
    if (!parsed.success) return;
    const givenUp = job.attemptsMade >= (job.opts.attempts ?? 1);
    deps.logger[givenUp ? "error" : "warn"](
      { jobId: job.id, introRequestId: parsed.data.introRequestId, attempts: job.attemptsMade, error: error.message },
      givenUp ? "analysis given up after its last attempt" : "analysis failed; it will be retried",
    );
    void recordFailure(deps.prisma, parsed.data.introRequestId, givenUp).catch((recordError: unknown) =>
      deps.logger.warn({ error: (recordError as Error).message }, "could not record the analysis failure"),
    );
  });
  worker.on("error", quietErrorLog(deps.logger, "analysis queue worker error"));
  return worker;
}

/** The page says what happened in plain words; the error's own text (maybe SQL) stays in the log. */
async function recordFailure(prisma: PrismaClient, introRequestId: string, givenUp: boolean): Promise<void> {
  const analysisError = givenUp
    ? "SafeIntro could not analyse this request after several tries. It tries again within the hour."
    : "The analysis of this request failed; SafeIntro is trying again.";
  await prisma.$transaction(async (tx) => {
    const updated = await tx.introRequest.updateMany({ where: { id: introRequestId }, data: { analysisError } });
    if (updated.count === 0 || !givenUp) return;
    const { state } = await tx.introRequest.findUniqueOrThrow({
      where: { id: introRequestId },
      select: { state: true },
    });
    await tx.introRequestEvent.create({
      data: {
        introRequestId,
        kind: "analysis_failed",
        fromState: state,
        toState: state,
        actor: "safeintro",
        reason: analysisError,
      },
    });
  });
}
