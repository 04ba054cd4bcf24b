import { isRetryableGmailError, translateGmailError, type GmailError } from "./gmail-error.js";

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  /** The cap of the exponential delay; also the longest Retry-After we wait for in-process. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
  onRetry?: (retry: { attempt: number; delayMs: number; error: GmailError }) => void;
}

export const DEFAULT_RETRY = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 32_000 } as const;

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
 * Runs `operation` until it succeeds, retrying temporary failures and rate limits only.
 * Errors that are not GmailErrors are translated with context "other"; an operation that
 * needs another context (history, message) translates its own errors first.
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
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (caught) {
      const error = translateGmailError(caught, "other");
      const tooLong = error.retryAfterMs !== undefined && error.retryAfterMs > settings.maxDelayMs;
      if (!isRetryableGmailError(error) || attempt >= maxAttempts || tooLong) throw error;
      const delayMs = retryDelayMs(attempt, settings, error.retryAfterMs);
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}
