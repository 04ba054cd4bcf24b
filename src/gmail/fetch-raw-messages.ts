import { z } from "zod";
import { sendGmailBatch, type BatchCall } from "./batch-request.js";
import { GmailError, isRetryableGmailError, translateGmailError } from "./gmail-error.js";
import { QUOTA_UNITS } from "./google-endpoints.js";
import type { QuotaLimiter } from "./quota-limiter.js";
import { withGmailRetries, type RetryOptions } from "./retry.js";
import { type GetAccessToken, withAccessToken } from "./with-access-token.js";

export interface RawMessage {
  /** The RFC 822 message as Gmail stores it. */
  raw: Buffer;
  threadId: string;
  internalDate: Date;
  historyId: string;
}

export interface RawMessageFetch {
  batchUrl: string;
  /** Path of the Gmail API on the batch host, "/" for Google ("/gmail/v1/…" follows). */
  apiPath: string;
  getAccessToken: GetAccessToken;
  limiter: QuotaLimiter;
  accountId: string;
  retry?: RetryOptions;
  /** Calls per batch; Gmail advises at most 50, and larger batches draw 429s. */
  batchSize?: number;
  /** How long to pause the account after a 429 that named no Retry-After. */
  defaultPauseMs: number;
  fetchImpl?: typeof fetch;
}

const DEFAULT_BATCH_SIZE = 50;

const RawMessageBody = z.object({
  id: z.string(),
  threadId: z.string(),
  raw: z.string(),
  internalDate: z.string().regex(/^\d+$/),
  historyId: z.string(),
});

/**
 * messages.get(format=raw) for many ids, in batches. Each batch reserves its quota (5 units a
 * message) before it is sent. Parts that failed with a 429 or 5xx are sent again, alone, with
 * backoff; a 404 means the message was deleted (null); any other part failure throws.
 */
export async function fetchRawMessages(
  ids: readonly string[],
  options: RawMessageFetch,
): Promise<Map<string, RawMessage | null>> {
  const unique = [...new Set(ids)];
  // One batch must fit in one second of the account's budget, or its reservation never could.
  const perSecond = Math.floor(options.limiter.unitsPerSecond / QUOTA_UNITS.messagesGet);
  const size = Math.max(1, Math.min(options.batchSize ?? DEFAULT_BATCH_SIZE, perSecond, 100));
  const results = new Map<string, RawMessage | null>();
  for (let start = 0; start < unique.length; start += size) {
    await fetchBatch(unique.slice(start, start + size), options, results);
  }
  return results;
}

async function fetchBatch(
  ids: string[],
  options: RawMessageFetch,
  results: Map<string, RawMessage | null>,
): Promise<void> {
  let pending = ids;
  const attempt = async (accessToken: string) => {
    await options.limiter.reserve(options.accountId, QUOTA_UNITS.messagesGet * pending.length);
    const requests: BatchCall[] = pending.map((id) => ({
      method: "GET",
      path: `${options.apiPath}gmail/v1/users/me/messages/${encodeURIComponent(id)}?format=raw`,
    }));
    let parts;
    try {
      parts = await sendGmailBatch({ batchUrl: options.batchUrl, accessToken, requests }, options.fetchImpl);
    } catch (error) {
      throw await pauseIfRateLimited(translateGmailError(error, "other"), options);
    }
    const again: string[] = [];
    let retryError: GmailError | undefined;
    let unauthorized: GmailError | undefined;
    parts.forEach((part, index) => {
      const id = pending[index]!;
      if (part.status >= 200 && part.status < 300) {
        results.set(id, readRawMessage(part.body));
        return;
      }
      const error = translateGmailError(part, "message");
      if (error.code === "not_found") {
        results.set(id, null);
        return;
      }
      if (error.code === "unauthorized") unauthorized = error;
      else if (!isRetryableGmailError(error)) throw error;
      else retryError = moreUrgent(retryError, error);
      again.push(id);
    });
    pending = again;
    // A refused token first: withAccessToken refreshes it and sends the failed parts again.
    if (unauthorized) throw unauthorized;
    if (retryError) throw await pauseIfRateLimited(retryError, options);
  };
  await withGmailRetries(() => withAccessToken(options.getAccessToken, attempt), options.retry);
}

function readRawMessage(body: unknown): RawMessage {
  const parsed = RawMessageBody.safeParse(body);
  if (!parsed.success)
    throw new GmailError(
      "permanent",
      "Gmail answered messages.get(format=raw) without id, threadId, raw, internalDate or historyId",
    );
  const { raw, threadId, internalDate, historyId } = parsed.data;
  return { raw: Buffer.from(raw, "base64url"), threadId, internalDate: new Date(Number(internalDate)), historyId };
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
