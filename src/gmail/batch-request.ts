import { randomBytes } from "node:crypto";
import { GmailError, translateGmailError } from "./gmail-error.js";

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
  body: unknown;
}

/** Gmail refuses batches of more than 100 calls (and advises at most 50). */
export const MAX_BATCH_CALLS = 100;

/**
 * Sends calls as one Gmail batch (multipart/mixed of application/http parts; googleapis has no
 * batch support) and returns the answers in the order of `requests`. The outer request's
 * Authorization applies to every part, so parts carry no token of their own.
 * Throws a GmailError when the batch as a whole fails; a part's failure is in its status.
 */
export async function sendGmailBatch(
  batch: { batchUrl: string; accessToken: string; requests: readonly BatchCall[] },
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
  const text = await response.text();
  if (!response.ok) {
    throw translateGmailError({ status: response.status, body: text, headers: response.headers }, "other");
  }
  const responseBoundary = boundaryOf(response.headers.get("content-type") ?? "");
  if (!responseBoundary)
    throw new GmailError("temporary", "Gmail batch answer is not multipart/mixed", { status: response.status });
  return matchParts(parseBatchResponse(text, responseBoundary), requests.length);
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

/** The parts of a batch answer, in the order received, each with its Content-ID if any. */
export function parseBatchResponse(text: string, boundary: string): Array<BatchPart & { contentId?: string }> {
  const delimiter = new RegExp(`(?:^|\\r?\\n)--${escapeRegExp(boundary)}(--)?[ \\t]*(?:\\r?\\n|$)`, "g");
  const parts: Array<BatchPart & { contentId?: string }> = [];
  let start: number | undefined;
  for (let match = delimiter.exec(text); match; match = delimiter.exec(text)) {
    // Text before the first delimiter is the preamble, after the closing one the epilogue.
    if (start !== undefined) parts.push(parsePart(text.slice(start, match.index)));
    if (match[1]) break;
    start = match.index + match[0].length;
  }
  return parts;
}

function parsePart(raw: string): BatchPart & { contentId?: string } {
  const [outerHeaderText, inner] = splitHead(raw);
  const outerHeaders = parseHeaderLines(outerHeaderText);
  const [head, bodyText] = splitHead(inner);
  const [statusLine = "", ...headerLines] = head.split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusLine.trim())?.[1];
  if (!status) throw new GmailError("temporary", "Gmail batch answer has a part without an HTTP status line");
  const headers = parseHeaderLines(headerLines.join("\n"));
  const contentId = /<([^>]*)>/.exec(outerHeaders["content-id"] ?? "")?.[1] ?? outerHeaders["content-id"];
  return {
    status: Number(status),
    headers,
    body: parseBody(bodyText, headers["content-type"]),
    ...(contentId ? { contentId } : {}),
  };
}

/** Puts parts in request order: by `response-item-N` when every part has one, else as received. */
function matchParts(parts: Array<BatchPart & { contentId?: string }>, expected: number): BatchPart[] {
  if (parts.length !== expected)
    throw new GmailError("temporary", `Gmail batch answered ${parts.length} parts for ${expected} calls`);
  const indexes = parts.map((part) => Number(/^response-item-(\d+)$/.exec(part.contentId ?? "")?.[1]) - 1);
  const idsUsable =
    indexes.every((index) => Number.isInteger(index) && index >= 0 && index < expected) &&
    new Set(indexes).size === expected;
  const ordered: BatchPart[] = new Array<BatchPart>(expected);
  parts.forEach(({ status, headers, body }, position) => {
    ordered[idsUsable ? indexes[position]! : position] = { status, headers, body };
  });
  return ordered;
}

function splitHead(text: string): [string, string] {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return [text, ""];
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function parseBody(text: string, contentType: string | undefined): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  if (contentType?.includes("json") || /^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function boundaryOf(contentType: string): string | undefined {
  if (!/^\s*multipart\//i.test(contentType)) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
