import { type BatchOutcome, type BatchSizing, DEFAULT_BATCH_SIZING } from "./adaptive-batch-size.js";
import { type BatchCall, MAX_BATCH_CALLS, sendGmailBatch } from "./batch-request.js";
import { type BatchSizeMemory, processBatchSizes } from "./batch-size-memory.js";
import { type GmailError, isRetryableGmailError, translateGmailError } from "./gmail-error.js";
import { QUOTA_UNITS } from "./google-endpoints.js";
import { isTooManyConcurrent, readMessagePart, type RawMessage } from "./message-part.js";
import { batchSizeToSend, messagesPerSecond, planBatch } from "./plan-batch.js";
import type { QuotaLimiter } from "./quota-limiter.js";
import { withGmailRetries, type RetryOptions } from "./retry.js";
import { type GetAccessToken, withAccessToken } from "./with-access-token.js";

export type { FetchSkipReason, MessageBytes, RawMessage, SkippedMessage } from "./message-part.js";

export interface RawMessageFetch {
  batchUrl: string;
  /** Path of the Gmail API on the batch host, "/" for Google ("/gmail/v1/…" follows). */
  apiPath: string;
  getAccessToken: GetAccessToken;
  limiter: QuotaLimiter;
  accountId: string;
  retry?: RetryOptions;
  /** The most calls in one batch (default 50, Gmail's advice); the size adapts below it. */
  batchSize?: number;
  /** How the size adapts (DEFAULT_BATCH_SIZING); `batchSize` is its ceiling. */
  batchSizing?: Partial<Omit<BatchSizing, "max">>;
  /** Where each account's size is kept; by default one memory for the whole process. */
  batchSizes?: BatchSizeMemory;
  /** The largest message kept (MAX_MESSAGE_BYTES, default 25 MiB); a larger one is skipped as too_large. */
  maxMessageBytes?: number;
  /** Sizes of messages known before fetching (bytes), so that batches are bounded by bytes too. */
  sizeEstimates?: ReadonlyMap<string, number>;
  /** The most bytes of known size in one batch (default 64 MiB). */
  maxBatchBytes?: number;
  /** How long to pause the account after a 429 that named no Retry-After. */
  defaultPauseMs: number;
  fetchImpl?: typeof fetch;
}

/** Gmail's own limit on a message, and MAX_MESSAGE_BYTES' default. */
export const DEFAULT_MAX_MESSAGE_BYTES = 26_214_400;
const DEFAULT_MAX_BATCH_BYTES = 64 * 1024 * 1024;
/** Of a part's JSON other than the raw message: Google's is a few hundred bytes. */
const MAX_OTHER_PART_BYTES = 1024 * 1024;

/**
 * messages.get(format=raw) for many ids, in batches whose size adapts to what Gmail takes at
 * once for the account (adaptive-batch-size.ts), rounded to a size that fills a second of
 * quota, or a probe one call past what is known to go through (plan-batch.ts). Each batch
 * reserves its quota (5 units a message) before it is sent.
 * - A part refused with "Too many concurrent requests" goes back in the queue, at the front,
 *   for the next (smaller) batch, with no pause: the limit is on calls at once, not per second.
 *   Only when no part of a batch got through does the account back off.
 * - Parts that failed with another 429 or a 5xx are sent again, alone, with backoff.
 * - A 404 means the message was deleted (null). A message without raw, or over
 *   maxMessageBytes (dropped as it streams), is returned as skipped, with the reason.
 * - Any other part failure throws.
 */
export async function fetchRawMessages(
  ids: readonly string[],
  options: RawMessageFetch,
): Promise<Map<string, RawMessage | null>> {
  const queue = [...new Set(ids)];
  const sizing: BatchSizing = {
    ...DEFAULT_BATCH_SIZING,
    ...options.batchSizing,
    max: Math.max(1, Math.min(options.batchSize ?? DEFAULT_BATCH_SIZING.max, MAX_BATCH_CALLS)),
  };
  const memory = options.batchSizes ?? processBatchSizes;
  const perSecond = messagesPerSecond(options.limiter.unitsPerSecond, QUOTA_UNITS.messagesGet);
  // One batch must fit in one second of the account's budget, or its reservation never could.
  const mostPerReservation = Math.max(1, Math.floor(options.limiter.unitsPerSecond / QUOTA_UNITS.messagesGet));
  const maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  const results = new Map<string, RawMessage | null>();
  const learn = (outcome: BatchOutcome) => memory.record(options.accountId, outcome, sizing);
  while (queue.length > 0) {
    const state = memory.get(options.accountId, sizing);
    const count = planBatch(queue, {
      maxCount: batchSizeToSend(state, { perSecond, mostPerReservation }),
      maxBytes: maxBatchBytes,
      ...(options.sizeEstimates ? { sizeOf: (id: string) => options.sizeEstimates?.get(id) } : {}),
    });
    const refused = await fetchBatch(queue.splice(0, count), options, results, learn);
    queue.unshift(...refused);
  }
  return results;
}

/**
 * One batch, with its retries. Returns the ids Gmail refused for too many calls at once,
 * for the caller to send in its next batch.
 */
async function fetchBatch(
  ids: string[],
  options: RawMessageFetch,
  results: Map<string, RawMessage | null>,
  learn: (outcome: BatchOutcome) => void,
): Promise<string[]> {
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const limits = { maxRawChars: Math.ceil(maxMessageBytes / 3) * 4, maxOtherBytes: MAX_OTHER_PART_BYTES };
  const refused: string[] = [];
  let pending = ids;
  const attempt = async (accessToken: string) => {
    await options.limiter.reserve(options.accountId, QUOTA_UNITS.messagesGet * pending.length);
    const requests: BatchCall[] = pending.map((id) => ({
      method: "GET",
      path: `${options.apiPath}gmail/v1/users/me/messages/${encodeURIComponent(id)}?format=raw`,
    }));
    let parts;
    try {
      parts = await sendGmailBatch({ batchUrl: options.batchUrl, accessToken, requests, limits }, options.fetchImpl);
    } catch (error) {
      const failure = translateGmailError(error, "other");
      if (failure.code === "rate_limited" && /concurrent/i.test(failure.message)) {
        learn({ sent: pending.length, rejected: pending.length });
      }
      throw await pauseIfRateLimited(failure, options);
    }
    const again: string[] = [];
    const tooMany: string[] = [];
    let retryError: GmailError | undefined;
    let concurrencyError: GmailError | undefined;
    let unauthorized: GmailError | undefined;
    parts.forEach((part, index) => {
      const id = pending[index]!;
      if (part.status >= 200 && part.status < 300) {
        results.set(id, readMessagePart(part, maxMessageBytes));
        return;
      }
      const error = translateGmailError(part, "message");
      if (error.code === "not_found") {
        results.set(id, null);
        return;
      }
      if (isTooManyConcurrent(part)) {
        tooMany.push(id);
        concurrencyError = error;
        return;
      }
      if (error.code === "unauthorized") unauthorized = error;
      else if (!isRetryableGmailError(error)) throw error;
      else retryError = moreUrgent(retryError, error);
      again.push(id);
    });
    // Only Gmail's limit on calls at once sizes batches. A 429 of the per-second quota (network
    // jitter let two seconds' batches reach Gmail within one) is the limiter's to absorb: halving
    // the batch for it would hold the account at half speed for probeAfter batches.
    learn({ sent: pending.length, rejected: tooMany.length });
    if (tooMany.length < pending.length) {
      refused.push(...tooMany);
    } else if (concurrencyError) {
      // Not one call got through: the user's other clients hold every slot. Back off, as for a rate limit.
      again.push(...tooMany);
      retryError = moreUrgent(retryError, concurrencyError);
    }
    pending = again;
    // A refused token first: withAccessToken refreshes it and sends the failed parts again.
    if (unauthorized) throw unauthorized;
    if (retryError) throw await pauseIfRateLimited(retryError, options);
  };
  await withGmailRetries(() => withAccessToken(options.getAccessToken, attempt), options.retry);
  return refused;
}

/** A rate limit outranks a server error, and the longest Retry-After wins. */
function moreUrgent(current: GmailError | undefined, next: GmailError): GmailError {
  if (!current) return next;
  if (current.code !== next.code) return next.code === "rate_limited" ? next : current;
  return (next.retryAfterMs ?? 0) > (current.retryAfterMs ?? 0) ? next : current;
}

/** Every process working on this account backs off, not only the one that saw the 429. */
export async function pauseIfRateLimited(
  error: GmailError,
  options: { limiter: QuotaLimiter; accountId: string; defaultPauseMs: number },
): Promise<GmailError> {
  if (error.code === "rate_limited")
    await options.limiter.pauseAccount(options.accountId, error.retryAfterMs ?? options.defaultPauseMs);
  return error;
}
