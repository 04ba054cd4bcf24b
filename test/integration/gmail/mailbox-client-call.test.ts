import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../../src/db/client.js";
import { freePort } from "../../../src/dev/ports.js";
import { GmailError, translateGmailError } from "../../../src/gmail/gmail-error.js";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import { createMailboxClient } from "../../../src/gmail/mailbox-client.js";
import { createOAuthClient } from "../../../src/gmail/oauth-client.js";
import { createQuotaLimiter, type QuotaLimiter } from "../../../src/gmail/quota-limiter.js";
import type { GetAccessToken } from "../../../src/gmail/with-access-token.js";
import { redisPrefix, redisUrl } from "../../support/services.js";
import { backendError503, invalidGrant400 } from "../../unit/gmail/google-error-bodies.js";

const endpoints = googleEndpoints();
const gmail = nock.bind(null, new URL(endpoints.gmailRoot).origin);
const TOKEN = "ya29.call-secret-token";
const PROFILE = { emailAddress: "c@example.com", messagesTotal: 1, historyId: "5" };

/**
 * One REST call of the mailbox client: what is Google's (translated, retried only for a
 * dropped connection) and what is not (the token lookup in PostgreSQL and the quota
 * reservation in Redis, passed through untouched for the job queue to retry and name).
 */
describe("a single Gmail call of the mailbox client", () => {
  let redis: Redis;
  const closers: Array<() => Promise<unknown>> = [];
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
    redis = new Redis(redisUrl(), { maxRetriesPerRequest: 1 });
  });
  afterEach(() => nock.cleanAll());
  afterAll(async () => {
    nock.enableNetConnect();
    await Promise.all(closers.map((close) => close()));
    await redis.quit();
  });

  function setup(options: { getAccessToken?: GetAccessToken; limiter?: QuotaLimiter } = {}) {
    const sleeps: number[] = [];
    const reserved: number[] = [];
    const real =
      options.limiter ??
      createQuotaLimiter(redis, {
        keyPrefix: `${redisPrefix()}:${randomUUID()}`,
        onReserved: ({ units }) => reserved.push(units),
      });
    const client = createMailboxClient({
      endpoints,
      getAccessToken: options.getAccessToken ?? (async () => TOKEN),
      limiter: real,
      accountId: "account-1",
      retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
    });
    return { client, reserved, sleeps };
  }

  it("a 503 is not retried here: it is a temporary failure for the job queue, and the call was made once", async () => {
    const { client, reserved, sleeps } = setup();
    const scope = gmail().get("/gmail/v1/users/me/profile").once().reply(503, backendError503);
    const later = gmail().get("/gmail/v1/users/me/profile").reply(200, PROFILE);
    await expect(client.getProfile()).rejects.toMatchObject({ name: "GmailError", code: "temporary", status: 503 });
    expect(scope.isDone()).toBe(true);
    expect(later.isDone()).toBe(false);
    expect(reserved).toEqual([1]);
    expect(sleeps).toEqual([]);
  });

  it("a dropped connection is tried once more, at once", async () => {
    const { client, reserved, sleeps } = setup();
    gmail()
      .get("/gmail/v1/users/me/profile")
      .once()
      .replyWithError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    gmail().get("/gmail/v1/users/me/profile").reply(200, PROFILE);
    await expect(client.getProfile()).resolves.toMatchObject({ historyId: "5" });
    expect(reserved).toEqual([1, 1]);
    expect(sleeps).toEqual([125]);
  });

  it("a refused refresh token (invalid_grant, translated where it is refreshed) is needs_reconnect, before any quota is spent", async () => {
    const oauth = createOAuthClient({
      clientId: "id",
      clientSecret: "secret",
      redirectUri: "http://localhost/cb",
      endpoints,
    });
    oauth.setCredentials({ refresh_token: "1//revoked-refresh-token" });
    nock(new URL(endpoints.tokenUrl).origin).post(new URL(endpoints.tokenUrl).pathname).reply(400, invalidGrant400);
    // As src/gmail/access-tokens.ts does: the token endpoint is a Google call, translated there.
    const getAccessToken = async () => {
      try {
        return (await oauth.getAccessToken()).token ?? "";
      } catch (error) {
        throw translateGmailError(error, "other");
      }
    };
    const { client, reserved } = setup({ getAccessToken });
    await expect(client.getProfile()).rejects.toMatchObject({ code: "needs_reconnect", reason: "invalid_grant" });
    expect(reserved).toEqual([]);
  });

  it("PostgreSQL unreachable during the token lookup: the database's own error comes out, not a Gmail error", async () => {
    const deadDatabase = createPrismaClient(`postgresql://postgres@127.0.0.1:${await freePort()}/nowhere`);
    closers.push(() => deadDatabase.$disconnect());
    // The lookup that createAccessTokens makes first.
    const getAccessToken = async () => {
      await deadDatabase.googleAccount.findUnique({ where: { id: randomUUID() } });
      return TOKEN;
    };
    const { client } = setup({ getAccessToken });
    const scope = gmail().get("/gmail/v1/users/me/profile").reply(200, PROFILE);
    const failure = await client.getProfile().catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(GmailError);
    expect(failure).toMatchObject({ name: "PrismaClientKnownRequestError", code: "P1001" });
    expect(scope.isDone()).toBe(false);
  });

  it("Redis gone during the quota reservation: ioredis' own error comes out, not a Gmail error", async () => {
    const closed = new Redis(redisUrl(), { maxRetriesPerRequest: 1, lazyConnect: true });
    closed.disconnect();
    const limiter = createQuotaLimiter(closed, { keyPrefix: `${redisPrefix()}:${randomUUID()}` });
    const { client } = setup({ limiter });
    const scope = gmail().get("/gmail/v1/users/me/profile").reply(200, PROFILE);
    const failure = await client.getProfile().catch((error: unknown) => error);
    expect(failure).not.toBeInstanceOf(GmailError);
    expect(failure).toMatchObject({ message: "Connection is closed." });
    expect(scope.isDone()).toBe(false);
  });
});
