import { Piscina } from "piscina";
import type { Logger } from "../logger.js";
import type { SecondOpinion } from "../intros/index.js";
import type { JudgeRequest, Verdict } from "./judge-raw-message.js";
import { createSlots } from "./slots.js";

export type { SkipReason, Verdict } from "./judge-raw-message.js";

/** Judges raw messages off the main thread, each within a time limit. */
/** Who the message is judged for, and how it arrived (JudgeRequest). */
export interface JudgeContext {
  connectorAddresses: readonly string[];
  plusAddressTag?: string | null;
  asSubmission?: boolean;
  /** The connector turned the LLM judge on (src/llm-judge): the verdict says what it may be shown. */
  llmJudge?: boolean;
  /** The LLM judge's opinion, for a second look at the message. */
  secondOpinion?: SecondOpinion | null;
}

export interface MessageAnalyzer {
  judge(raw: Uint8Array, context: JudgeContext): Promise<Verdict>;
  close(): Promise<void>;
}

export interface AnalysisPoolOptions {
  /** Longest a message may take, from the moment a thread starts on it; then it is skipped. */
  timeLimitMs: number;
  /** Worker threads; messages beyond that wait their turn (not counted in their time). */
  threads: number;
  maxMessageBytes: number;
  logger: Logger;
}

/**
 * Heap of each analysis thread. Generous for a 25 MiB message (mailparser holds a few
 * copies of it), small enough that a message which would blow up memory takes only its
 * thread down, not the process.
 */
const THREAD_HEAP_MB = 1024;
/** A thread left idle this long is stopped: a web-only process never keeps one. */
const IDLE_THREAD_MS = 60_000;

/**
 * Messages are analysed in worker threads so that no message, however hostile, can hold
 * up the process's event loop (the web app's answers, BullMQ's lock renewals). A message
 * that runs over the time limit has its thread terminated and comes back as skipped, with
 * `time_limit` as its reason; a thread that crashes gives `analysis_failed`. Either way the
 * caller records the message as seen and carries on.
 */
export function createAnalysisPool(options: AnalysisPoolOptions): MessageAnalyzer {
  const pool = new Piscina<JudgeRequest, Verdict>({
    filename: workerFile().href,
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: IDLE_THREAD_MS,
    resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
  });
  // The time limit starts when the task is handed over, so tasks are handed over only when a
  // thread is free: a message never pays for the time others spent ahead of it in a queue.
  const slots = createSlots(options.threads);

  return {
    async judge(raw, context) {
      const release = await slots.acquire();
      try {
        return await pool.run(
          {
            raw,
            maxMessageBytes: options.maxMessageBytes,
            connectorAddresses: [...context.connectorAddresses],
            plusAddressTag: context.plusAddressTag ?? null,
            asSubmission: context.asSubmission ?? false,
            llmJudge: context.llmJudge ?? false,
            secondOpinion: context.secondOpinion ?? null,
          },
          { signal: AbortSignal.timeout(options.timeLimitMs) },
        );
      } catch (error) {
        return verdictOfFailure(error, options);
      } finally {
        release();
      }
    },
    close: () => pool.close({ force: true }),
  };
}

function verdictOfFailure(error: unknown, options: AnalysisPoolOptions): Verdict {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  if (name === "AbortError" || name === "TimeoutError") {
    return {
      kind: "skipped",
      reason: "time_limit",
      detail: `analysis took longer than ${options.timeLimitMs} ms (ANALYSIS_TIME_LIMIT_MS)`,
    };
  }
  // A bug or an exhausted thread: logged for the team (the message's content never is), and the
  // message is skipped rather than stopping the mailbox's sync for good.
  options.logger.error({ error: { name, message } }, "analysis of a message failed");
  return { kind: "skipped", reason: "analysis_failed", detail: "the analysis failed on this message" };
}

/** Run from TypeScript sources (tsx), the thread needs a bootstrap that registers tsx; compiled, it does not. */
function workerFile(): URL {
  const fromSource = import.meta.url.endsWith(".ts");
  return new URL(fromSource ? "./analysis-worker-from-source.mjs" : "./analysis-worker.js", import.meta.url);
}
