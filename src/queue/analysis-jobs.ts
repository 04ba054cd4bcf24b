import { type ConnectionOptions, Queue } from "bullmq";
import { z } from "zod";
import { withinTime } from "./within-time.js";

/** The queue of request analyses: relationships, karma, protection and the recommendation. */
export const ANALYSIS_QUEUE = "analysis";

/** The one job of the analysis queue. It carries the request's id, never its content. */
export const AnalyzeRequestPayload = z.object({ introRequestId: z.uuid() }).strict();
export type AnalyzeRequestPayload = z.infer<typeof AnalyzeRequestPayload>;

/** Attempts before a request's analysis is given up (its page says so). */
export const ANALYSIS_ATTEMPTS = 5;

/** What the sync, the web app and the repair sweep may ask of the `analysis` queue. */
export interface AnalysisJobs {
  /**
   * Queues (again) the analysis of one request. Deduplicated by request: asked for while one
   * is queued, nothing more is added; while one runs, one more runs after it, so a change made
   * meanwhile (a protected target, new mail) is never missed.
   */
  requestAnalysis(introRequestId: string): Promise<void>;
  close(): Promise<void>;
}

export interface AnalysisJobSettings {
  connection: ConnectionOptions;
  prefix?: string;
  /** How long a request may wait for Redis before it fails (default 3 s). */
  timeoutMs?: number;
  onError?: (error: Error) => void;
}

export function createAnalysisJobs(settings: AnalysisJobSettings): AnalysisJobs {
  const queue = new Queue(ANALYSIS_QUEUE, {
    connection: settings.connection,
    ...(settings.prefix ? { prefix: settings.prefix } : {}),
  });
  queue.on("error", settings.onError ?? (() => undefined));
  const timeoutMs = settings.timeoutMs ?? 3000;
  return {
    async requestAnalysis(introRequestId) {
      const data = AnalyzeRequestPayload.parse({ introRequestId });
      await withinTime(
        queue.add("analyze-request", data, {
          deduplication: { id: `analyze:${introRequestId}`, keepLastIfActive: true },
          attempts: ANALYSIS_ATTEMPTS,
          // 1 s, 2 s, 4 s, 8 s: a database blip or a deploy passes; a bug is reported within a minute.
          backoff: { type: "exponential", delay: 1000 },
          removeOnComplete: 1000,
          removeOnFail: 5000,
        }),
        timeoutMs,
      );
    },
    async close() {
      await queue.close();
    },
  };
}
