import { z } from "zod";
import type { BatchPart } from "./batch-request.js";

/** A message's bytes as Gmail stores them, with Gmail's ids for it. */
export interface MessageBytes {
  /** The RFC 822 message. */
  raw: Buffer;
  threadId: string;
  internalDate: Date;
  historyId: string;
  skipped?: undefined;
}

/**
 * Why a message Gmail answered for was recorded without its bytes:
 * - `no_raw`: the answer had no raw message to read (old chat items have none);
 * - `too_large`: the message is over MAX_MESSAGE_BYTES, and was dropped as it streamed.
 */
export type FetchSkipReason = "no_raw" | "too_large";

/** A message recorded as seen without being read, so that it is not fetched again and again. */
export interface SkippedMessage {
  skipped: { reason: FetchSkipReason; detail: string };
  /** "" when Gmail's answer did not say. */
  threadId: string;
  internalDate: Date | null;
  historyId: string | null;
  raw?: undefined;
}

/** What messages.get(format=raw) gave for one id: the message, or why it was skipped. */
export type RawMessage = MessageBytes | SkippedMessage;

const MessageIds = z.object({
  threadId: z.string().min(1).optional().catch(undefined),
  internalDate: z.string().regex(/^\d+$/).optional().catch(undefined),
  historyId: z.string().min(1).optional().catch(undefined),
});

/**
 * Reads a 2xx answer to messages.get(format=raw). An answer Gmail gave for a message always
 * becomes something to record: a message whose answer we cannot read must not stop the
 * account's sync for good (the next sync would meet it again), so it is skipped with its
 * reason instead of failing the batch.
 */
export function readMessagePart(part: BatchPart, maxMessageBytes: number): RawMessage {
  const body = isRecord(part.body) ? part.body : {};
  const ids = MessageIds.parse(body);
  const skip = (reason: FetchSkipReason, detail: string): SkippedMessage => ({
    skipped: { reason, detail },
    threadId: ids.threadId ?? "",
    internalDate: ids.internalDate ? new Date(Number(ids.internalDate)) : null,
    historyId: ids.historyId ?? null,
  });
  if (part.omitted?.field === "raw" || part.omitted?.field === "body") {
    // base64url: 4 characters for 3 bytes.
    const bytes = part.omitted.field === "raw" ? Math.floor((part.omitted.bytes * 3) / 4) : part.omitted.bytes;
    return skip("too_large", tooLarge(bytes, maxMessageBytes, true));
  }
  if (typeof body.raw !== "string" || body.raw === "") {
    const labels = Array.isArray(body.labelIds) ? ` (labels ${body.labelIds.join(", ")})` : "";
    return skip("no_raw", `Gmail answered messages.get(format=raw) without raw${labels}`);
  }
  const raw = Buffer.from(body.raw, "base64url");
  if (raw.length > maxMessageBytes) return skip("too_large", tooLarge(raw.length, maxMessageBytes, false));
  if (!ids.threadId || !ids.internalDate || !ids.historyId) {
    return skip("no_raw", "Gmail answered messages.get(format=raw) without threadId, internalDate or historyId");
  }
  return {
    raw,
    threadId: ids.threadId,
    internalDate: new Date(Number(ids.internalDate)),
    historyId: ids.historyId,
  };
}

/**
 * Gmail's 429 "Too many concurrent requests for user": the part was not run because too many
 * of the user's calls were running at once. Unlike the per-second quota's 429 ("User-rate
 * limit exceeded.  Retry after …"), waiting does not help: fewer calls at once does.
 */
export function isTooManyConcurrent(part: BatchPart): boolean {
  if (part.status !== 429 || !isRecord(part.body) || !isRecord(part.body.error)) return false;
  const { error } = part.body;
  const first = Array.isArray(error.errors) && isRecord(error.errors[0]) ? error.errors[0] : {};
  return [error.message, first.message].some((message) => typeof message === "string" && /concurrent/i.test(message));
}

/** The same wording as the analysis' own size limit (intake's messageTooLarge). */
function tooLarge(bytes: number, maxBytes: number, atLeast: boolean): string {
  const megabytes = (count: number) => `${(count / (1024 * 1024)).toFixed(1)} MB`;
  return `message is ${atLeast ? "more than " : ""}${megabytes(bytes)}, over the ${megabytes(maxBytes)} limit (MAX_MESSAGE_BYTES)`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
