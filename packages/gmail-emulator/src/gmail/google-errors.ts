import type { ApiResponse } from "./api-types.js";

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
  error: { code: number; message: string; errors: GoogleErrorItem[]; status: string };
}

export function googleErrorBody(
  code: number,
  message: string,
  status: string,
  item: Partial<GoogleErrorItem> & { reason: string },
): GoogleErrorBody {
  return {
    error: { code, message, errors: [{ message: item.message ?? message, domain: "global", ...item }], status },
  };
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

export function insufficientScopes(): ApiResponse {
  return respond(
    403,
    googleErrorBody(403, "Request had insufficient authentication scopes.", "PERMISSION_DENIED", {
      message: "Insufficient Permission",
      reason: "insufficientPermissions",
    }),
  );
}

/** Gmail's per-user rate limit answer; note Google's two spaces before "Retry". */
export function rateLimitExceeded(retryAt: Date, retryAfterSeconds: number): ApiResponse {
  const message = `User-rate limit exceeded.  Retry after ${retryAt.toISOString()}`;
  return respond(
    429,
    googleErrorBody(429, message, "RESOURCE_EXHAUSTED", { domain: "usageLimits", reason: "rateLimitExceeded" }),
    {
      "Retry-After": String(retryAfterSeconds),
    },
  );
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
        domain: "usageLimits",
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
