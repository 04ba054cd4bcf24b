import { randomBytes } from "node:crypto";
import { BatchResponseParser, type ParsedBatchPart } from "./batch-response-parser.js";
import { GmailError, translateGmailError } from "./gmail-error.js";
import type { PartBodyLimits } from "./part-body-sink.js";

/** One call inside a batch; `path` is absolute on the API host ("/gmail/v1/users/me/messages/ID?format=raw"). */
export interface BatchCall {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  body?: unknown;
}

/** One call's answer: its own status, headers (lower-cased names) and body (parsed JSON, or text). */
export interface BatchPart {
  status: number;
  headers: Record<string, string>;
  /** Undefined when the body was over its limit (see `omitted`). */
  body: unknown;
  /** What was over its limit and dropped unread: a message's raw value, or the whole body. */
  omitted?: { field: "raw" | "body"; bytes: number };
}

/** How much of each part's body is kept (see PartBodySink); the rest is dropped as it streams. */
export type BatchReadLimits = PartBodyLimits;

/** Gmail refuses batches of more than 100 calls (and advises at most 50). */
export const MAX_BATCH_CALLS = 100;

/** Raw values up to Gmail's own 25 MiB limit on a message, unless the caller says otherwise. */
export const DEFAULT_BATCH_READ_LIMITS: BatchReadLimits = {
  maxRawChars: Math.ceil(26_214_400 / 3) * 4,
  maxOtherBytes: 1024 * 1024,
};

/** Of a failed batch's answer, what is read for the error: Google's error bodies are small. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/**
 * Sends calls as one Gmail batch (multipart/mixed of application/http parts; googleapis has no
 * batch support) and returns the answers in the order of `requests`. The outer request's
 * Authorization applies to every part, so parts carry no token of their own. The answer is
 * read as a stream, part by part (BatchResponseParser), so its size is not bounded by what
 * one string or one buffer can hold.
 * Throws a GmailError when the batch as a whole fails; a part's failure is in its status.
 */
export async function sendGmailBatch(
  batch: { batchUrl: string; accessToken: string; requests: readonly BatchCall[]; limits?: BatchReadLimits },
  fetchImpl: typeof fetch = fetch,
): Promise<BatchPart[]> {
  const { requests } = batch;
  if (requests.length > MAX_BATCH_CALLS)
    throw new RangeError(`a Gmail batch holds at most ${MAX_BATCH_CALLS} calls, got ${requests.length}`);
  if (requests.length === 0) return [];
  const boundary = `batch_${randomBytes(16).toString("hex")}`;
  let response: Response;
  try {
    response = await fetchImpl(batch.batchUrl, {
      method: "POST",
      headers: {
        authorization: `Bearer ${batch.accessToken}`,
        "content-type": `multipart/mixed; boundary=${boundary}`,
      },
      body: buildBatchBody(requests, boundary),
    });
  } catch (error) {
    throw translateGmailError(error, "other");
  }
  if (!response.ok) {
    const text = await readCapped(response, MAX_ERROR_BODY_BYTES);
    throw translateGmailError({ status: response.status, body: text, headers: response.headers }, "other");
  }
  const responseBoundary = boundaryOf(response.headers.get("content-type") ?? "");
  if (!responseBoundary) {
    await response.body?.cancel().catch(() => undefined);
    throw new GmailError("temporary", "Gmail batch answer is not multipart/mixed", { status: response.status });
  }
  const parser = new BatchResponseParser(responseBoundary, batch.limits ?? DEFAULT_BATCH_READ_LIMITS);
  try {
    if (response.body) for await (const chunk of response.body) parser.write(chunk);
  } catch (error) {
    if (error instanceof GmailError) throw error;
    // The connection broke off mid-answer: whatever the cause, another attempt may get it whole.
    const translated = translateGmailError(error, "other");
    throw translated.code === "temporary"
      ? translated
      : new GmailError("temporary", "Gmail batch answer broke off", { status: response.status });
  }
  return matchParts(parser.end(), requests.length);
}

/** The multipart/mixed body of a batch; each part is named `<item-N>`, N counted from 1. */
export function buildBatchBody(requests: readonly BatchCall[], boundary: string): string {
  const parts = requests.map((request, index) => {
    const lines = [
      `--${boundary}`,
      "Content-Type: application/http",
      `Content-ID: <item-${index + 1}>`,
      "",
      `${request.method} ${request.path}`,
    ];
    if (request.body !== undefined) {
      const json = JSON.stringify(request.body);
      lines.push("Content-Type: application/json", `Content-Length: ${Buffer.byteLength(json)}`, "", json);
    } else {
      lines.push("");
    }
    return lines.join("\r\n");
  });
  return `${parts.join("\r\n")}\r\n--${boundary}--\r\n`;
}

/** The parts of a batch answer held whole in a string, in the order received, each with its Content-ID if any. */
export function parseBatchResponse(
  text: string,
  boundary: string,
  limits: BatchReadLimits = DEFAULT_BATCH_READ_LIMITS,
): ParsedBatchPart[] {
  const parser = new BatchResponseParser(boundary, limits);
  parser.write(Buffer.from(text, "utf8"));
  return parser.end();
}

/** Puts parts in request order: by `response-item-N` when every part has one, else as received. */
function matchParts(parts: ParsedBatchPart[], expected: number): BatchPart[] {
  if (parts.length !== expected)
    throw new GmailError("temporary", `Gmail batch answered ${parts.length} parts for ${expected} calls`);
  const indexes = parts.map((part) => Number(/^response-item-(\d+)$/.exec(part.contentId ?? "")?.[1]) - 1);
  const idsUsable =
    indexes.every((index) => Number.isInteger(index) && index >= 0 && index < expected) &&
    new Set(indexes).size === expected;
  const ordered: BatchPart[] = new Array<BatchPart>(expected);
  parts.forEach(({ status, headers, body, omitted }, position) => {
    ordered[idsUsable ? indexes[position]! : position] = { status, headers, body, ...(omitted ? { omitted } : {}) };
  });
  return ordered;
}

/** At most `maxBytes` of a body, as text; the rest is not downloaded. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of response.body ?? []) {
      chunks.push(Buffer.from(chunk));
      length += chunk.byteLength;
      if (length >= maxBytes) break;
    }
  } catch {
    // An error answer cut short still names its status; its body is a courtesy.
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8");
}

function boundaryOf(contentType: string): string | undefined {
  if (!/^\s*multipart\//i.test(contentType)) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}
