import { GmailError, isRetryableGmailError } from "./gmail-error.js";

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  /** The cap of the exponential delay; also the longest Retry-After we wait for in-process. */
  maxDelayMs?: number;
  /** Which failures are worth another attempt here (default: temporary failures and rate limits). */
  retryable?: (error: GmailError) => boolean;
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
  onRetry?: (retry: { attempt: number; delayMs: number; error: GmailError }) => void;
}

/**
 * What a Gmail batch does in-process (fetch-raw-messages.ts): parts that drew a 429 or a 5xx
 * are sent again within the same fetch. A worker waits at most 2 s for it: a longer
 * Retry-After is thrown, and the job queue delays the job instead (src/queue/retry-policy.ts).
 */
export const DEFAULT_RETRY = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 2_000 } as const;

/**
 * A dropped connection (no HTTP status: reset, refused, timed out) is tried once more at
 * once: a keep-alive socket closed by Google's front end as it was reused is common and
 * harmless, and failing the whole job for it would cost a restart. Anything Google answered
 * (5xx, 429) goes to the job queue, which backs off without holding a worker.
 */
export const SINGLE_CALL_RETRY = {
  maxAttempts: 2,
  baseDelayMs: 250,
  maxDelayMs: 250,
  retryable: isDroppedConnection,
} as const;

/** A temporary failure with no HTTP status: the request or its answer was lost on the way. */
export function isDroppedConnection(error: GmailError): boolean {
  return error.code === "temporary" && error.status === undefined;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Truncated exponential backoff with full jitter (a random wait in [0, min(cap, base·2^n))),
 * so that many workers hit by the same 429 do not come back in step; never sooner than
 * Google's Retry-After. `attempt` is the number of the attempt that just failed (1-based).
 */
export function retryDelayMs(
  attempt: number,
  settings: { baseDelayMs: number; maxDelayMs: number; random: () => number },
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.floor(settings.random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Runs `operation` until it succeeds, retrying the Gmail failures `retryable` allows. Only
 * GmailErrors are considered: each Google call translates its own errors where it is made
 * (translateGmailError). Anything else, a database or Redis failure on the way (the token
 * lookup, the quota reservation) or a bug, is not Gmail's doing: it passes through untouched
 * and untried, for the job queue to retry and the status page to name.
 *
 * A Retry-After longer than maxDelayMs is not slept through here: the error is thrown so the
 * job queue can delay the job instead of a worker holding it idle (its retryAfterMs says how long).
 */
export async function withGmailRetries<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_RETRY.maxAttempts;
  const settings = {
    baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    random: options.random ?? Math.random,
  };
  const retryable = options.retryable ?? isRetryableGmailError;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!(error instanceof GmailError)) throw error;
      const tooLong = error.retryAfterMs !== undefined && error.retryAfterMs > settings.maxDelayMs;
      if (!retryable(error) || attempt >= maxAttempts || tooLong) throw error;
      const delayMs = retryDelayMs(attempt, settings, error.retryAfterMs);
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}
