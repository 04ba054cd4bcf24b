import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  GmailError,
  isRetryableGmailError,
  readRetryAfterMs,
  translateGmailError,
  type GmailErrorContext,
} from "../../../src/gmail/gmail-error.js";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import { createOAuthClient } from "../../../src/gmail/oauth-client.js";
import * as bodies from "./google-error-bodies.js";

const endpoints = googleEndpoints();
const gmailHost = new URL(endpoints.gmailRoot).origin;
const ACCESS_TOKEN = "ya29.a0-secret-access-token";
const REFRESH_TOKEN = "1//0g-secret-refresh-token-abcdefghijklmnop";
const NOW = Date.parse("2024-11-12T11:16:00.000Z");

function oauthClient() {
  return createOAuthClient({
    clientId: "client-id",
    clientSecret: "client-secret",
    redirectUri: "http://localhost/cb",
    endpoints,
  });
}

/** What googleapis' transport (gaxios) throws for a Gmail call nock answered with `status` and `body`. */
async function gmailFailure(
  path: string,
  status: number,
  body: object,
  headers: Record<string, string> = {},
): Promise<unknown> {
  nock(gmailHost).get(path).reply(status, body, headers);
  const client = oauthClient();
  client.setCredentials({ access_token: ACCESS_TOKEN });
  try {
    await client.request({ url: `${gmailHost}${path}`, retry: false });
  } catch (error) {
    return error;
  }
  throw new Error("the call should have failed");
}

const translate = (error: unknown, context: GmailErrorContext) => translateGmailError(error, context, NOW);

describe("translateGmailError on Google's own error bodies", () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  it.each([
    ["403 userRateLimitExceeded", 403, bodies.userRateLimitExceeded403, "userRateLimitExceeded"],
    ["403 rateLimitExceeded", 403, bodies.rateLimitExceeded403, "rateLimitExceeded"],
    ["429 RESOURCE_EXHAUSTED", 429, bodies.resourceExhausted429, "rateLimitExceeded"],
  ])("%s → rate_limited", async (_name, status, body, reason) => {
    const error = translate(await gmailFailure("/gmail/v1/users/me/profile", status, body), "other");
    expect(error).toMatchObject({ code: "rate_limited", status, reason });
    expect(error.retryAfterMs).toBeUndefined();
  });

  it("429 with Retry-After in seconds", async () => {
    const failure = await gmailFailure("/gmail/v1/users/me/profile", 429, bodies.resourceExhausted429, {
      "Retry-After": "7",
    });
    expect(translate(failure, "other")).toMatchObject({ code: "rate_limited", retryAfterMs: 7000 });
  });

  it("429 with Retry-After as an HTTP-date", async () => {
    const failure = await gmailFailure("/gmail/v1/users/me/profile", 429, bodies.resourceExhausted429, {
      "Retry-After": new Date(NOW + 30_000).toUTCString(),
    });
    expect(translate(failure, "other")).toMatchObject({ code: "rate_limited", retryAfterMs: 30_000 });
  });

  it("429 whose message says 'Retry after <ISO time>'", async () => {
    const failure = await gmailFailure(
      "/gmail/v1/users/me/messages/abc",
      429,
      bodies.userRateLimit429("2024-11-12T11:16:42.247Z"),
    );
    expect(translate(failure, "message")).toMatchObject({ code: "rate_limited", retryAfterMs: 42_247 });
  });

  it.each([
    ["500 backendError", 500, bodies.backendError500],
    ["503 backendError", 503, bodies.backendError503],
  ])("%s → temporary", async (_name, status, body) => {
    const error = translate(await gmailFailure("/gmail/v1/users/me/messages", status, body), "other");
    expect(error).toMatchObject({ code: "temporary", status, reason: "backendError" });
  });

  it("401 authError → unauthorized (refresh and try again), and the token stays out of the error", async () => {
    const error = translate(await gmailFailure("/gmail/v1/users/me/profile", 401, bodies.authError401), "other");
    expect(error).toMatchObject({ code: "unauthorized", status: 401, reason: "authError" });
    expect(`${error.message} ${JSON.stringify(error)} ${String(error.stack)}`).not.toContain(ACCESS_TOKEN);
  });

  it("403 insufficientPermissions (a scope was refused) → needs_reconnect", async () => {
    const error = translate(
      await gmailFailure("/gmail/v1/users/me/profile", 403, bodies.insufficientPermissions403),
      "other",
    );
    expect(error).toMatchObject({ code: "needs_reconnect", reason: "insufficientPermissions" });
  });

  it("403 insufficientPermissions on a send (gmail.send not granted) → insufficient_scope, not retried, no reconnect", async () => {
    const failure = await gmailFailure("/gmail/v1/users/me/messages/send", 403, bodies.insufficientPermissions403);
    const error = translate(failure, "send");
    expect(error).toMatchObject({ code: "insufficient_scope", status: 403, reason: "insufficientPermissions" });
    expect(error.message).toBe(
      "Gmail send call failed: 403 insufficientPermissions: Request had insufficient authentication scopes.",
    );
    expect(isRetryableGmailError(error)).toBe(false);
    // Any other refusal of a send is what it would be for any call.
    const limited = translate(
      await gmailFailure("/gmail/v1/users/me/messages/send", 403, bodies.dailyLimitExceeded403),
      "send",
    );
    expect(limited).toMatchObject({ code: "permanent", reason: "dailyLimitExceeded" });
  });

  it("404 notFound on history → cursor_expired; on a message → not_found", async () => {
    const history = await gmailFailure("/gmail/v1/users/me/history?startHistoryId=1", 404, bodies.notFound404);
    expect(translate(history, "history")).toMatchObject({ code: "cursor_expired", status: 404, reason: "notFound" });
    const message = await gmailFailure("/gmail/v1/users/me/messages/gone", 404, bodies.notFound404);
    expect(translate(message, "message")).toMatchObject({ code: "not_found", status: 404 });
  });

  it.each([
    ["403 dailyLimitExceeded", 403, bodies.dailyLimitExceeded403, "dailyLimitExceeded"],
    ["400 failedPrecondition", 400, bodies.failedPrecondition400, "failedPrecondition"],
  ])("%s → permanent", async (_name, status, body, reason) => {
    expect(translate(await gmailFailure("/gmail/v1/users/me/profile", status, body), "other")).toMatchObject({
      code: "permanent",
      status,
      reason,
    });
  });

  it("400 invalid_grant from the token endpoint → needs_reconnect, without the refresh token", async () => {
    nock(new URL(endpoints.tokenUrl).origin)
      .post(new URL(endpoints.tokenUrl).pathname)
      .reply(400, bodies.invalidGrant400);
    const client = oauthClient();
    client.setCredentials({ refresh_token: REFRESH_TOKEN });
    const failure = await client.getAccessToken().then(
      () => new Error("the refresh should have failed"),
      (error: unknown) => error,
    );
    const error = translate(failure, "other");
    expect(error).toMatchObject({ code: "needs_reconnect", status: 400, reason: "invalid_grant" });
    expect(error.message).toContain("Token has been expired or revoked.");
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(REFRESH_TOKEN);
  });

  it.each([
    [401, { error: "invalid_client", error_description: "The OAuth client was not found." }],
    [401, { error: "unauthorized_client", error_description: "Unauthorized" }],
    [400, { error: "redirect_uri_mismatch", error_description: "Bad Request" }],
  ])(
    "%i %o from the token endpoint → configuration: SafeIntro's own settings, no account is to blame",
    async (status, body) => {
      nock(new URL(endpoints.tokenUrl).origin).post(new URL(endpoints.tokenUrl).pathname).reply(status, body);
      const client = oauthClient();
      client.setCredentials({ refresh_token: REFRESH_TOKEN });
      const failure = await client.getAccessToken().then(
        () => new Error("the refresh should have failed"),
        (error: unknown) => error,
      );
      expect(translate(failure, "other")).toMatchObject({ code: "configuration", status, reason: body.error });
    },
  );

  it.each([
    ["ECONNRESET", "socket hang up"],
    ["ETIMEDOUT", "connect ETIMEDOUT 142.250.1.95:443"],
  ])("network error %s → temporary", async (code, message) => {
    nock(gmailHost)
      .get("/gmail/v1/users/me/profile")
      .replyWithError(Object.assign(new Error(message), { code }));
    const client = oauthClient();
    client.setCredentials({ access_token: ACCESS_TOKEN });
    const failure = await client
      .request({ url: `${gmailHost}/gmail/v1/users/me/profile`, retry: false })
      .catch((error: unknown) => error);
    expect(translate(failure, "other")).toMatchObject({ code: "temporary", reason: code });
  });
});

describe("translateGmailError on plain values", () => {
  it("reads a batch part ({ status, headers, body })", () => {
    const part = { status: 429, headers: { "retry-after": "3" }, body: bodies.resourceExhausted429 };
    expect(translate(part, "message")).toMatchObject({ code: "rate_limited", retryAfterMs: 3000 });
  });

  it("reads a JSON text body", () => {
    expect(translate({ status: 404, body: JSON.stringify(bodies.notFound404) }, "history")).toMatchObject({
      code: "cursor_expired",
    });
  });

  it("treats a bare 'socket hang up' as temporary and an unknown error as permanent", () => {
    expect(translate(new Error("socket hang up"), "other").code).toBe("temporary");
    expect(translate(new TypeError("x is not a function"), "other").code).toBe("permanent");
  });

  it("passes a GmailError through", () => {
    const error = new GmailError("not_found", "gone");
    expect(translate(error, "history")).toBe(error);
  });

  it("redacts anything that looks like a token", () => {
    const error = translate(
      { status: 400, body: { error: { code: 400, message: `bad header Bearer ${ACCESS_TOKEN}` } } },
      "other",
    );
    expect(error.message).not.toContain(ACCESS_TOKEN);
  });

  it("never returns a negative wait for a Retry-After in the past", () => {
    expect(readRetryAfterMs(new Date(NOW - 5000).toUTCString(), undefined, NOW)).toBe(0);
    expect(readRetryAfterMs(undefined, "no hint here", NOW)).toBeUndefined();
  });
});
