// Error bodies as Google sends them (Gmail "Resolve errors" guide, and bodies quoted in public
// issue threads for the newer AIP-193 shape with "status"). Shared by the Gmail tests.

export const userRateLimitExceeded403 = {
  error: {
    code: 403,
    message: "User Rate Limit Exceeded",
    errors: [{ message: "User Rate Limit Exceeded", domain: "usageLimits", reason: "userRateLimitExceeded" }],
    status: "PERMISSION_DENIED",
  },
};

export const rateLimitExceeded403 = {
  error: {
    errors: [{ domain: "usageLimits", message: "Rate Limit Exceeded", reason: "rateLimitExceeded" }],
    code: 403,
    message: "Rate Limit Exceeded",
  },
};

export const dailyLimitExceeded403 = {
  error: {
    errors: [{ domain: "usageLimits", reason: "dailyLimitExceeded", message: "Daily Limit Exceeded" }],
    code: 403,
    message: "Daily Limit Exceeded",
  },
};

export const insufficientPermissions403 = {
  error: {
    code: 403,
    message: "Request had insufficient authentication scopes.",
    errors: [{ message: "Insufficient Permission", domain: "global", reason: "insufficientPermissions" }],
    status: "PERMISSION_DENIED",
  },
};

/** Gmail's per-user 429 names its retry time only in the message. */
export function userRateLimit429(retryAfter: string) {
  const message = `User-rate limit exceeded.  Retry after ${retryAfter}`;
  return {
    error: {
      code: 429,
      message,
      errors: [{ message, domain: "usageLimits", reason: "rateLimitExceeded" }],
      status: "RESOURCE_EXHAUSTED",
    },
  };
}

export const resourceExhausted429 = {
  error: {
    code: 429,
    message: "Resource has been exhausted (e.g. check quota).",
    errors: [
      { message: "Resource has been exhausted (e.g. check quota).", domain: "global", reason: "rateLimitExceeded" },
    ],
    status: "RESOURCE_EXHAUSTED",
  },
};

/**
 * Gmail's answer to a call beyond the user's limit on calls at once, as quoted in public issue
 * threads (amd/gaia#2716, googleapis/google-api-dotnet-client#1982): per part of a batch, with
 * no Retry-After.
 */
export const tooManyConcurrent429 = {
  error: {
    code: 429,
    message: "Too many concurrent requests for user.",
    errors: [{ message: "Too many concurrent requests for user.", domain: "global", reason: "rateLimitExceeded" }],
    status: "RESOURCE_EXHAUSTED",
  },
};

export const backendError500 = {
  error: {
    code: 500,
    message: "Backend Error",
    errors: [{ message: "Backend Error", domain: "global", reason: "backendError" }],
    status: "INTERNAL",
  },
};

export const backendError503 = {
  error: {
    code: 503,
    message: "The service is currently unavailable.",
    errors: [{ message: "The service is currently unavailable.", domain: "global", reason: "backendError" }],
    status: "UNAVAILABLE",
  },
};

export const authError401 = {
  error: {
    code: 401,
    message:
      "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
    errors: [
      {
        message: "Invalid Credentials",
        domain: "global",
        reason: "authError",
        location: "Authorization",
        locationType: "header",
      },
    ],
    status: "UNAUTHENTICATED",
  },
};

export const notFound404 = {
  error: {
    code: 404,
    message: "Requested entity was not found.",
    errors: [{ message: "Requested entity was not found.", domain: "global", reason: "notFound" }],
    status: "NOT_FOUND",
  },
};

export const failedPrecondition400 = {
  error: {
    code: 400,
    message: "Mail service not enabled",
    errors: [{ message: "Mail service not enabled", domain: "global", reason: "failedPrecondition" }],
    status: "FAILED_PRECONDITION",
  },
};

/** The OAuth token endpoint's answer to a revoked or expired refresh token. */
export const invalidGrant400 = { error: "invalid_grant", error_description: "Token has been expired or revoked." };
