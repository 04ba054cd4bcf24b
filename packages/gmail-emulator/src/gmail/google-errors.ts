import type { ApiResponse } from "./api-types.js";
import type { GmailMethod } from "./quota-prices.js";

/** One entry of Google's legacy `errors` array. */
export interface GoogleErrorItem {
  message: string;
  domain: string;
  reason: string;
  location?: string;
  locationType?: string;
}

/** Google's JSON error envelope, as every googleapis.com API answers. */
export interface GoogleErrorBody {
  error: { code: number; message: string; errors: GoogleErrorItem[]; status: string; details?: unknown[] };
}

export function googleErrorBody(
  code: number,
  message: string,
  status: string,
  item: Partial<GoogleErrorItem> & { reason: string },
  details?: unknown[],
): GoogleErrorBody {
  const errors = [{ message: item.message ?? message, domain: "global", ...item }];
  return { error: { code, message, errors, status, ...(details ? { details } : {}) } };
}

function respond(code: number, body: GoogleErrorBody, headers?: Record<string, string>): ApiResponse {
  return headers ? { status: code, body, headers } : { status: code, body };
}

export function unauthenticated(): ApiResponse {
  return respond(
    401,
    googleErrorBody(
      401,
      "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
      "UNAUTHENTICATED",
      {
        message: "Invalid Credentials",
        reason: "authError",
        location: "Authorization",
        locationType: "header",
      },
    ),
    { "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
  );
}

export function notFound(): ApiResponse {
  return respond(404, googleErrorBody(404, "Requested entity was not found.", "NOT_FOUND", { reason: "notFound" }));
}

export function invalidArgument(message: string): ApiResponse {
  return respond(400, googleErrorBody(400, message, "INVALID_ARGUMENT", { reason: "invalidArgument" }));
}

export function badRequest(message: string): ApiResponse {
  return respond(400, googleErrorBody(400, message, "INVALID_ARGUMENT", { reason: "badRequest" }));
}

export function delegationDenied(userId: string): ApiResponse {
  const message = `Delegation denied for ${userId}`;
  return respond(403, googleErrorBody(403, message, "PERMISSION_DENIED", { reason: "forbidden" }));
}

/** A refusal Gmail explains in its message alone (reason "forbidden"). */
export function forbidden(message: string): ApiResponse {
  return respond(403, googleErrorBody(403, message, "PERMISSION_DENIED", { reason: "forbidden" }));
}

/**
 * Gmail's backend method behind each API method, as its ErrorInfo names it. GetProfile,
 * ListLabels, ListMessages and ListHistory are seen in real answers; the others follow their
 * pattern (no client should read this name, and SafeIntro does not).
 */
const BACKEND_METHODS: Record<GmailMethod, string> = {
  getProfile: "GetProfile",
  "labels.list": "ListLabels",
  "messages.list": "ListMessages",
  "messages.get": "GetMessage",
  "messages.attachments.get": "GetAttachment",
  "messages.modify": "ModifyMessage",
  "messages.send": "SendMessage",
  "history.list": "ListHistory",
  watch: "Watch",
  stop: "Stop",
  "settings.sendAs.list": "ListSendAs",
};

/**
 * The token has none of the scopes the method accepts: Google's current answer, with the
 * ErrorInfo detail, and the WWW-Authenticate challenge naming the scopes that would do
 * (RFC 6750's insufficient_scope), so that a client can ask for one of them.
 */
export function insufficientScopes(method: GmailMethod, accepted: readonly string[]): ApiResponse {
  const detail = {
    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
    reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
    domain: "googleapis.com",
    metadata: {
      method: `caribou.api.proto.MailboxService.${BACKEND_METHODS[method]}`,
      service: "gmail.googleapis.com",
    },
  };
  return respond(
    403,
    googleErrorBody(
      403,
      "Request had insufficient authentication scopes.",
      "PERMISSION_DENIED",
      { message: "Insufficient Permission", reason: "insufficientPermissions" },
      [detail],
    ),
    {
      "WWW-Authenticate": `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="${accepted.join(" ")}"`,
    },
  );
}

/**
 * Gmail's per-user rate limit, as real answers show it: the time to retry is in the message
 * alone (with Google's two spaces before "Retry"), and no Retry-After header comes with it.
 */
export function rateLimitExceeded(retryAt: Date): ApiResponse {
  const message = `User-rate limit exceeded.  Retry after ${retryAt.toISOString()}`;
  return respond(429, googleErrorBody(429, message, "RESOURCE_EXHAUSTED", { reason: "rateLimitExceeded" }));
}

/**
 * users.watch for a topic Gmail cannot publish to. Gmail publishes a test message at watch
 * time, and passes on what Pub/Sub said: the topic does not exist (404), or
 * gmail-api-push@system.gserviceaccount.com may not publish to it (403).
 */
export function pushTopicRefused(topicName: string, problem: "not_found" | "not_authorized"): ApiResponse {
  const prefix = `Error sending test message to Cloud PubSub ${topicName} : `;
  if (problem === "not_authorized") return forbidden(`${prefix}User not authorized to perform this action.`);
  const topicId = topicName.slice(topicName.lastIndexOf("/") + 1);
  const message = `${prefix}Resource not found (resource=${topicId}).`;
  return respond(404, googleErrorBody(404, message, "NOT_FOUND", { reason: "notFound" }));
}

/** The generic body Google sends for a status, used by injected faults without a body of their own. */
export function errorForStatus(code: number): GoogleErrorBody {
  switch (code) {
    case 400:
      return googleErrorBody(400, "Bad Request", "INVALID_ARGUMENT", { reason: "badRequest" });
    case 401:
      return unauthenticated().body as GoogleErrorBody;
    case 403:
      return googleErrorBody(403, "The caller does not have permission", "PERMISSION_DENIED", { reason: "forbidden" });
    case 404:
      return notFound().body as GoogleErrorBody;
    case 429:
      return googleErrorBody(429, "Resource has been exhausted (e.g. check quota).", "RESOURCE_EXHAUSTED", {
        reason: "rateLimitExceeded",
      });
    case 500:
      return googleErrorBody(500, "Internal error encountered.", "INTERNAL", { reason: "backendError" });
    case 502:
      return googleErrorBody(502, "Bad Gateway", "UNAVAILABLE", { reason: "backendError" });
    case 503:
      return googleErrorBody(503, "The service is currently unavailable.", "UNAVAILABLE", { reason: "backendError" });
    default:
      return googleErrorBody(code, `Error ${code}`, "UNKNOWN", { reason: "unknown" });
  }
}
