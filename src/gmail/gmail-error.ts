/**
 * The few outcomes of a failed Gmail call that callers act on (STYLE.md: translate provider
 * errors at the boundary). `permanent` is ours: a 4xx that no retry or reconnect will fix
 * (a bad request, a daily limit, a disabled mail service, a bug).
 * - `unauthorized`: Gmail did not take the access token (401). Google's advice is to refresh
 *   it and try again; only a refused refresh means the connector must reconnect.
 * - `configuration`: Google refused SafeIntro itself (a wrong client secret after a bad
 *   deploy, a client not allowed this grant). No connector can fix it, and no account is
 *   touched: the team must.
 * - `insufficient_scope`: a send refused for want of the gmail.send scope (403
 *   insufficientPermissions on users.messages.send). The mailbox still reads: only sending
 *   needs the connector's consent, asked for apart from signing in (incremental consent).
 */
export type GmailErrorCode =
  | "temporary"
  | "rate_limited"
  | "unauthorized"
  | "needs_reconnect"
  | "configuration"
  | "cursor_expired"
  | "not_found"
  | "insufficient_scope"
  | "permanent";

/**
 * What the failed call was doing: a 404 means a different thing for each, and a missing
 * scope is a reconnect for reading but only a missing permission for sending.
 */
export type GmailErrorContext = "history" | "message" | "send" | "other";

export class GmailError extends Error {
  override readonly name = "GmailError";
  readonly code: GmailErrorCode;
  readonly status?: number;
  /** Google's reason ("userRateLimitExceeded", "invalid_grant", …) or a network error code. */
  readonly reason?: string;
  /** How long Google asked us to wait before the next call, when it said. */
  readonly retryAfterMs?: number;

  constructor(
    code: GmailErrorCode,
    message: string,
    details: { status?: number; reason?: string; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.reason !== undefined) this.reason = details.reason;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}

/** Temporary failures and rate limits may succeed later; nothing else will. */
export function isRetryableGmailError(error: GmailError): boolean {
  return error.code === "temporary" || error.code === "rate_limited";
}

const RATE_LIMIT_REASONS = new Set(["rateLimitExceeded", "userRateLimitExceeded"]);
// invalid_grant: the refresh token was revoked or expired; insufficientPermissions: the
// connector unticked a scope on the consent page. Only a new consent fixes either.
const RECONNECT_REASONS = new Set(["invalid_grant", "insufficientPermissions"]);
// The token endpoint refusing the client itself: its id or secret, or what it may ask for.
const CONFIGURATION_REASONS = new Set(["invalid_client", "unauthorized_client", "redirect_uri_mismatch"]);
// Connection-level failures where the request may never have reached Google, or its answer got lost.
const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ETIMEDOUT",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "EAI_AGAIN",
  "ENOTFOUND",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "TimeoutError",
  "AbortError",
]);
const MAX_MESSAGE_LENGTH = 300;

/**
 * Maps whatever a Gmail or Google OAuth call threw (a gaxios error from googleapis or
 * google-auth-library, a fetch failure, or a plain `{ status, body, headers }` batch part)
 * to a GmailError. The original error is deliberately not kept as `cause`: gaxios errors
 * carry the request config, Authorization header included, and loggers print causes.
 */
export function translateGmailError(error: unknown, context: GmailErrorContext, now: number = Date.now()): GmailError {
  if (error instanceof GmailError) return error;
  const facts = readFacts(error);
  const { status, reason } = facts;
  const where = context === "other" ? "Gmail call" : `Gmail ${context} call`;
  const described = (summary: string) =>
    redact(`${where} failed: ${summary}${facts.message ? `: ${facts.message}` : ""}`);
  const details = { ...(status !== undefined ? { status } : {}), ...(reason !== undefined ? { reason } : {}) };

  if (status === undefined) {
    if (facts.networkCode || /socket hang up|fetch failed|network/i.test(facts.message ?? "")) {
      return new GmailError("temporary", described(`network error ${facts.networkCode ?? ""}`.trim()), {
        ...details,
        ...(facts.networkCode ? { reason: facts.networkCode } : {}),
      });
    }
    return new GmailError("permanent", described("unexpected error"), details);
  }
  if (reason && CONFIGURATION_REASONS.has(reason))
    return new GmailError("configuration", described(`${status} ${reason}`), details);
  // Sending needs gmail.send, granted apart from reading: without it the mailbox still syncs.
  if (context === "send" && status === 403 && reason === "insufficientPermissions")
    return new GmailError("insufficient_scope", described(`${status} ${reason}`), details);
  if (reason && RECONNECT_REASONS.has(reason))
    return new GmailError("needs_reconnect", described(`${status} ${reason}`), details);
  if (status === 401)
    return new GmailError("unauthorized", described(`${status} ${reason ?? "unauthorized"}`), details);
  if (status === 429 || (status === 403 && reason !== undefined && RATE_LIMIT_REASONS.has(reason))) {
    const retryAfterMs = readRetryAfterMs(facts.retryAfterHeader, facts.message, now);
    return new GmailError("rate_limited", described(`${status} ${reason ?? "rate limited"}`), {
      ...details,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (status >= 500 || status === 408)
    return new GmailError("temporary", described(`${status} ${reason ?? "server error"}`), details);
  if (status === 404) {
    const code = context === "history" ? "cursor_expired" : "not_found";
    return new GmailError(code, described(`${status} ${reason ?? "notFound"}`), details);
  }
  return new GmailError("permanent", described(`${status} ${reason ?? "client error"}`), details);
}

interface ErrorFacts {
  status?: number;
  reason?: string;
  message?: string;
  retryAfterHeader?: string;
  networkCode?: string;
}

function readFacts(error: unknown): ErrorFacts {
  const outer = asRecord(error);
  const response = asRecord(outer.response);
  const status = numberOr(response.status) ?? numberOr(outer.status);
  const body = parseBody(response.data ?? outer.body);
  const headers = response.headers ?? outer.headers;
  const facts: ErrorFacts = {};
  if (status !== undefined) facts.status = status;

  // Google API errors: {"error":{"code","message","errors":[{"reason"}],"status"}}.
  // OAuth token endpoint errors: {"error":"invalid_grant","error_description":"…"}.
  const googleError = body.error;
  if (typeof googleError === "string") {
    facts.reason = googleError;
    const description = stringOr(body.error_description);
    if (description) facts.message = description;
  } else if (googleError && typeof googleError === "object") {
    const apiError = asRecord(googleError);
    const first = Array.isArray(apiError.errors) ? asRecord(apiError.errors[0]) : {};
    const reason = stringOr(first.reason) ?? stringOr(apiError.status);
    if (reason) facts.reason = reason;
    const message = stringOr(apiError.message) ?? stringOr(first.message);
    if (message) facts.message = message;
  }
  if (!facts.message && status === undefined) {
    const message = stringOr(outer.message);
    if (message) facts.message = message;
  }
  const retryAfter = readHeader(headers, "retry-after");
  if (retryAfter) facts.retryAfterHeader = retryAfter;

  const networkCode = [outer.code, asRecord(outer.cause).code, asRecord(outer.error).code].find(
    (code): code is string => typeof code === "string" && NETWORK_CODES.has(code),
  );
  if (networkCode) facts.networkCode = networkCode;
  return facts;
}

/**
 * Retry-After is seconds or an HTTP-date; Gmail's 429s often say it only in the message
 * ("User-rate limit exceeded.  Retry after 2024-11-12T11:16:42.247Z").
 */
export function readRetryAfterMs(
  header: string | undefined,
  message: string | undefined,
  now: number,
): number | undefined {
  if (header) {
    const trimmed = header.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const match = message ? /Retry after (\d{4}-\d{2}-\d{2}T[\d:.]+Z)/i.exec(message) : null;
  if (match?.[1]) {
    const date = Date.parse(match[1]);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return undefined;
}

function readHeader(headers: unknown, name: string): string | undefined {
  const record = asRecord(headers);
  // fetch's Headers and node-fetch's (which gaxios uses on Node) are different classes.
  if (typeof record.get === "function") {
    const value: unknown = (record.get as (key: string) => unknown).call(headers, name);
    return typeof value === "string" ? value : undefined;
  }
  for (const [key, value] of Object.entries(record)) {
    if (key.toLowerCase() !== name) continue;
    if (typeof value === "string") return value;
    if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  }
  return undefined;
}

function parseBody(body: unknown): Record<string, unknown> {
  if (typeof body === "string") {
    try {
      return asRecord(JSON.parse(body));
    } catch {
      return {};
    }
  }
  return asRecord(body);
}

/** Google's messages hold no secrets, but a token must never reach a log even if one did. */
function redact(message: string): string {
  const cleaned = message
    .replace(/Bearer\s+[^\s"',]+/gi, "Bearer [redacted]")
    .replace(/\bya29\.[\w.-]+/g, "[redacted]")
    .replace(/\b1\/\/[\w.-]{20,}/g, "[redacted]");
  return cleaned.length > MAX_MESSAGE_LENGTH ? `${cleaned.slice(0, MAX_MESSAGE_LENGTH)}…` : cleaned;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

function numberOr(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 100 ? value : undefined;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}
