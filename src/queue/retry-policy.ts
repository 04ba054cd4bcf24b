import type { BackoffStrategy } from "bullmq";
import { GmailError } from "../gmail/index.js";

/**
 * One retry layer: BullMQ retries a failed job, and nothing else in a worker waits for long.
 * (In-process, only a dropped connection is tried again at once, and a batch sends its
 * failed parts again within 2 s: src/gmail/retry.ts.) Eight attempts with the backoff below
 * span 5 to 11 minutes before a job is given up; the mailbox's next poll (or, with push, its
 * safety poll) asks for a new one, so an outage longer than that loses nothing either.
 */
export const JOB_ATTEMPTS = 8;

/** The backoff type jobs name; the worker's `settings.backoffStrategy` computes it. */
export const GMAIL_BACKOFF = "gmail";

const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 10 * 60_000;
/** Gmail's quota is a moving average over about a second: a 429 without Retry-After waits that long. */
const RATE_LIMIT_PAUSE_MS = 1_000;
const MAX_RATE_LIMIT_PAUSE_MS = 5 * 60_000;

/**
 * The wait before a failed job's next attempt (`attemptsMade` counts the one that just failed):
 * truncated exponential backoff with equal jitter (half the ceiling, plus a random half, so
 * that jobs that failed together do not come back in step, and none comes back at once);
 * never sooner than the wait Google asked for (the GmailError's retryAfterMs).
 */
export function jobRetryDelayMs(attemptsMade: number, error: unknown, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attemptsMade - 1));
  const backoff = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.max(backoff, retryAfterOf(error));
}

/**
 * How long a rate-limited job waits, put aside in the queue (not counted as a failed attempt):
 * what Google asked for, else a second, longer each time the same job is limited again
 * (`timesLimited`, 1 for the first), plus up to a tenth more so limited jobs spread out.
 */
export function rateLimitDelayMs(error: GmailError, timesLimited: number, random: () => number = Math.random): number {
  const escalating = Math.min(MAX_RATE_LIMIT_PAUSE_MS, RATE_LIMIT_PAUSE_MS * 2 ** Math.max(0, timesLimited - 1));
  const wait = Math.max(error.retryAfterMs ?? 0, escalating);
  return wait + Math.floor(random() * Math.min(wait / 10, 30_000));
}

/** The worker's `settings.backoffStrategy`, for jobs whose backoff type is GMAIL_BACKOFF. */
export const gmailBackoffStrategy: BackoffStrategy = (attemptsMade, _type, error) =>
  jobRetryDelayMs(attemptsMade, error);

function retryAfterOf(error: unknown): number {
  return error instanceof GmailError ? (error.retryAfterMs ?? 0) : 0;
}
