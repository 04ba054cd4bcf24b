import { GmailError } from "../gmail/index.js";

/**
 * The longest a worker waits in-process for Gmail's quota: the limiter's own pacing (a
 * second's window, 1.03 s) and a short Retry-After fit; a longer pause does not. Matches
 * src/gmail/retry.ts's DEFAULT_RETRY.maxDelayMs.
 */
export const LONGEST_QUOTA_WAIT_MS = 2_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The quota limiter's sleep in the workers. A reservation that would wait longer than
 * LONGEST_QUOTA_WAIT_MS (the account is paused after a 429, set by this or another process)
 * fails instead as a rate limit with that wait, and the job waits in the queue, its worker
 * slot free, rather than a worker sleeping through it.
 */
export function quotaWaitOrHandBack(ms: number): Promise<void> {
  if (ms <= LONGEST_QUOTA_WAIT_MS) return sleep(ms);
  return Promise.reject(
    new GmailError("rate_limited", `Gmail's quota for this mailbox is paused for ${Math.ceil(ms / 1000)} s`, {
      retryAfterMs: ms,
    }),
  );
}
