import { ApiError } from "./api-types.js";
import { invalidArgument } from "./google-errors.js";

/** An integer query parameter in [1, max]; Gmail caps maxResults rather than refusing it. */
export function maxResultsParam(query: URLSearchParams, fallback: number, max: number): number {
  const text = query.get("maxResults");
  if (text === null || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new ApiError(
      invalidArgument(`Invalid value '${text}'. Values must match the following regular expression: '[0-9]+'`),
    );
  }
  return Math.min(Math.max(value, 1), max);
}

/** Page tokens are opaque to clients; here they carry a cursor as base64url JSON. */
export function encodePageToken(cursor: unknown): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodePageToken<T>(query: URLSearchParams, isCursor: (value: unknown) => value is T): T | undefined {
  const token = query.get("pageToken");
  if (!token) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, "base64url").toString());
    if (isCursor(value)) return value;
  } catch {
    // falls through to the error below
  }
  throw new ApiError(invalidArgument("Invalid pageToken"));
}

export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
