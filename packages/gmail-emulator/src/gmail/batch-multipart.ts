import { randomBytes } from "node:crypto";
import type { ApiResponse } from "./api-types.js";

/** One `application/http` part of a batch request. */
export interface BatchPart {
  contentId: string | undefined;
  method: string;
  /** As written in the request line: a path with query, or a full URL. */
  target: string;
  headers: Record<string, string>;
  body: string;
}

/** A part that is not an HTTP request; answered with its own 400 part. */
export interface MalformedPart {
  contentId: string | undefined;
  malformed: true;
}

export const MAX_BATCH_PARTS = 100;

export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/mixed\b/i.test(contentType)) return undefined;
  return /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)?.slice(1).find(Boolean);
}

/** Splits a multipart/mixed batch body into its HTTP requests, in order. */
export function parseBatchBody(body: string, boundary: string): (BatchPart | MalformedPart)[] {
  const delimiter = `--${boundary}`;
  const sections = body.split(delimiter).slice(1);
  const parts: (BatchPart | MalformedPart)[] = [];
  for (const section of sections) {
    if (section.startsWith("--")) break; // the closing delimiter
    const [outerHead, inner] = splitHead(section.replace(/^\r?\n/, ""));
    const outerHeaders = parseHeaders(outerHead);
    const contentId = outerHeaders["content-id"];
    const [innerHead, innerBody] = splitHead(inner);
    const [requestLine = "", ...headerLines] = innerHead.split(/\r?\n/);
    const request = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d(?:\.\d)?)?$/.exec(requestLine.trim());
    if (!request?.[1] || !request[2]) {
      parts.push({ contentId, malformed: true });
      continue;
    }
    parts.push({
      contentId,
      method: request[1],
      target: request[2],
      headers: parseHeaders(headerLines.join("\n")),
      body: innerBody.replace(/\r?\n$/, ""),
    });
  }
  return parts;
}

function splitHead(text: string): [string, string] {
  const match = /\r?\n\r?\n/.exec(text);
  return match ? [text.slice(0, match.index), text.slice(match.index + match[0].length)] : [text, ""];
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

const REASONS: Record<number, string> = {
  200: "OK",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

/** Google's batch answer: one application/http part per request, in order. */
export function formatBatchResponse(answers: { contentId: string | undefined; response: ApiResponse }[]): {
  boundary: string;
  body: string;
} {
  const boundary = `batch_${randomBytes(12).toString("base64url")}`;
  const chunks = answers.map(({ contentId, response }) => {
    const lines = [`--${boundary}`, "Content-Type: application/http"];
    if (contentId) lines.push(`Content-ID: ${responseContentId(contentId)}`);
    lines.push("", `HTTP/1.1 ${response.status} ${REASONS[response.status] ?? "Status"}`);
    for (const [name, value] of Object.entries(response.headers ?? {})) lines.push(`${name}: ${value}`);
    if (response.body === undefined) {
      lines.push("", "");
    } else {
      const json = JSON.stringify(response.body, null, 2);
      lines.push("Content-Type: application/json; charset=UTF-8", "Vary: Origin", "Vary: X-Origin", "Vary: Referer");
      lines.push(`Content-Length: ${Buffer.byteLength(json)}`, "", json, "");
    }
    return lines.join("\r\n");
  });
  return { boundary, body: `${chunks.join("")}--${boundary}--\r\n` };
}

/** "<item1>" → "<response-item1>", as Google names the answer to a Content-ID. */
function responseContentId(contentId: string): string {
  const bracketed = /^<(.*)>$/.exec(contentId);
  return bracketed ? `<response-${bracketed[1]}>` : `response-${contentId}`;
}
