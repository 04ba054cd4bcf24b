import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import { createMailboxClient } from "../../../src/gmail/mailbox-client.js";
import { GmailError } from "../../../src/gmail/gmail-error.js";
import { DEFAULT_RETRY } from "../../../src/gmail/retry.js";
import type { GetAccessToken } from "../../../src/gmail/with-access-token.js";
import { createQuotaLimiter, type QuotaLimiter } from "../../../src/gmail/quota-limiter.js";
import { redisPrefix, redisUrl } from "../../support/services.js";
import { batchResponseBody, rawMessage, requestedIds, type FakePart } from "../../unit/gmail/batch-fixtures.js";
import { authError401, backendError503, notFound404, userRateLimit429 } from "../../unit/gmail/google-error-bodies.js";

const endpoints = googleEndpoints();
const gmail = nock.bind(null, new URL(endpoints.gmailRoot).origin);
const batchPath = new URL(endpoints.batchUrl).pathname;
const TOKEN = "ya29.mailbox-secret-token";
const BOUNDARY = "batch_mailbox_test";

describe("MailboxClient against a faked Gmail", () => {
  let redis: Redis;
  beforeAll(() => {
    nock.disableNetConnect();
    redis = new Redis(redisUrl(), { maxRetriesPerRequest: 1 });
  });
  afterEach(() => nock.cleanAll());
  afterAll(async () => {
    nock.enableNetConnect();
    await redis.quit();
  });

  /** A client whose limiter (real, on Redis) and retries share one fake clock: nothing waits. */
  function setup(options: { getAccessToken?: GetAccessToken } = {}) {
    const clock = { now: 1_700_000_000_000 };
    const sleeps: number[] = [];
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      clock.now += ms;
    };
    const reserved: number[] = [];
    const pauses: number[] = [];
    const real = createQuotaLimiter(redis, {
      keyPrefix: `${redisPrefix()}:${randomUUID()}`,
      now: () => clock.now,
      sleep,
      onReserved: ({ units }) => reserved.push(units),
    });
    const limiter: QuotaLimiter = {
      unitsPerSecond: real.unitsPerSecond,
      reserve: (accountId, units) => real.reserve(accountId, units),
      pauseAccount: (accountId, ms) => {
        pauses.push(ms);
        return real.pauseAccount(accountId, ms);
      },
    };
    const client = createMailboxClient({
      endpoints,
      getAccessToken: options.getAccessToken ?? (async () => TOKEN),
      limiter,
      // An account of its own: the batch size learnt for an account lasts as long as the process.
      accountId: `account-${randomUUID()}`,
      retry: { sleep, random: () => 0.5 },
    });
    return { client, reserved, pauses, sleeps };
  }

  /** Answers each batch from `answer(id)`, and records the ids each batch asked for. */
  function fakeBatches(answer: (id: string, call: number) => Omit<FakePart, "item">) {
    const batches: string[][] = [];
    nock(new URL(endpoints.batchUrl).origin)
      .post(batchPath)
      .matchHeader("authorization", `Bearer ${TOKEN}`)
      .times(20)
      .reply((_uri, body) => {
        const ids = requestedIds(String(body));
        batches.push(ids);
        const parts = ids.map((id, index) => ({ item: index + 1, ...answer(id, batches.length) }));
        return [200, batchResponseBody(BOUNDARY, parts), { "Content-Type": `multipart/mixed; boundary=${BOUNDARY}` }];
      });
    return batches;
  }
  const ok = (id: string) => ({ status: 200, statusText: "OK", body: rawMessage(id) });

  it("reads the profile, with the token in the Authorization header and 1 unit reserved", async () => {
    const { client, reserved } = setup();
    gmail().get("/gmail/v1/users/me/profile").matchHeader("authorization", `Bearer ${TOKEN}`).reply(200, {
      emailAddress: "connector@example.com",
      messagesTotal: 1234,
      threadsTotal: 900,
      historyId: "98765",
    });
    await expect(client.getProfile()).resolves.toEqual({
      emailAddress: "connector@example.com",
      historyId: "98765",
      messagesTotal: 1234,
    });
    expect(reserved).toEqual([1]);
  });

  it("lists message ids page by page (500 a page, no spam or trash)", async () => {
    const { client, reserved } = setup();
    gmail()
      .get("/gmail/v1/users/me/messages")
      .query({ maxResults: "500", includeSpamTrash: "false" })
      .reply(200, {
        messages: [
          { id: "m1", threadId: "t1" },
          { id: "m2", threadId: "t1" },
        ],
        nextPageToken: "page-2",
        resultSizeEstimate: 3,
      });
    gmail()
      .get("/gmail/v1/users/me/messages")
      .query({ maxResults: "500", includeSpamTrash: "false", pageToken: "page-2" })
      .reply(200, { messages: [{ id: "m3", threadId: "t3" }], resultSizeEstimate: 3 });

    const first = await client.listMessageIds();
    expect(first).toEqual({
      ids: [
        { id: "m1", threadId: "t1" },
        { id: "m2", threadId: "t1" },
      ],
      nextPageToken: "page-2",
    });
    const second = await client.listMessageIds(first.nextPageToken);
    expect(second).toEqual({ ids: [{ id: "m3", threadId: "t3" }] });
    expect(reserved).toEqual([5, 5]);
  });

  it("gets 120 raw messages in batches that start at 16 and grow one call at a time, reserving 5 units a message first; a deleted one is null", async () => {
    const { client, reserved } = setup();
    const batches = fakeBatches((id) =>
      id === "m-77" ? { status: 404, statusText: "Not Found", body: notFound404 } : ok(id),
    );
    const ids = Array.from({ length: 120 }, (_, index) => `m-${index}`);

    const messages = await client.getRawMessages(ids);

    // 20 calls at once are safe, sent as 16 (three fill a second's 48 messages); then one more at a time.
    expect(batches.map((batch) => batch.length)).toEqual([16, 21, 22, 23, 24, 14]);
    expect(batches.flat()).toEqual(ids);
    expect(reserved).toEqual([80, 105, 110, 115, 120, 70]);
    expect(messages.size).toBe(120);
    expect(messages.get("m-77")).toBeNull();
    const first = messages.get("m-0");
    expect(first?.raw?.toString()).toBe("Subject: hello m-0\r\n\r\nbody of m-0\r\n");
    expect(first).toMatchObject({ threadId: "t-m-0", historyId: "9000", internalDate: new Date(1_700_000_000_000) });
  });

  it("sends again only the parts that hit a 429 or a 5xx, after Retry-After, and pauses the account", async () => {
    const { client, reserved, pauses, sleeps } = setup();
    const batches = fakeBatches((id, call) => {
      if (call === 1 && id === "m-2") {
        return {
          status: 429,
          statusText: "Too Many Requests",
          body: userRateLimit429("2030-01-01T00:00:00.000Z"),
          headers: { "Retry-After": "1" },
        };
      }
      if (call === 1 && id === "m-3") return { status: 503, statusText: "Service Unavailable", body: backendError503 };
      return ok(id);
    });

    const messages = await client.getRawMessages(["m-1", "m-2", "m-3", "m-4"]);

    expect(batches).toEqual([
      ["m-1", "m-2", "m-3", "m-4"],
      ["m-2", "m-3"],
    ]);
    expect(reserved).toEqual([20, 10]);
    expect(pauses).toEqual([1000]);
    expect(sleeps[0]).toBeGreaterThanOrEqual(1000);
    expect([...messages.values()].every((message) => message !== null)).toBe(true);
  });

  /** A token source that says when it was asked to refresh (it always hands out TOKEN, which the fakes expect). */
  function tokens(refuseRefresh = false) {
    const refreshes: number[] = [];
    const getAccessToken: GetAccessToken = async (asked) => {
      if (asked?.forceRefresh) {
        refreshes.push(1);
        if (refuseRefresh)
          throw new GmailError("needs_reconnect", "Google refused the refresh token", {
            status: 400,
            reason: "invalid_grant",
          });
      }
      return TOKEN;
    };
    return { getAccessToken, refreshes };
  }

  it("a part answered 401 gets the token refreshed once and is sent again, alone", async () => {
    const { getAccessToken, refreshes } = tokens();
    const { client } = setup({ getAccessToken });
    const batches = fakeBatches((id, call) =>
      id === "m-2" && call === 1 ? { status: 401, statusText: "Unauthorized", body: authError401 } : ok(id),
    );
    const messages = await client.getRawMessages(["m-1", "m-2"]);
    expect([...messages.keys()].sort()).toEqual(["m-1", "m-2"]);
    expect(batches).toEqual([["m-1", "m-2"], ["m-2"]]);
    expect(refreshes).toHaveLength(1);
  });

  it("a part refused again with a fresh token is a temporary failure, not a reconnect", async () => {
    const { getAccessToken, refreshes } = tokens();
    const { client } = setup({ getAccessToken });
    fakeBatches((id) => (id === "m-2" ? { status: 401, statusText: "Unauthorized", body: authError401 } : ok(id)));
    const failure = await client.getRawMessages(["m-1", "m-2"]).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "GmailError", code: "temporary", status: 401 });
    // Retried like any temporary failure, each attempt refreshing at most once.
    expect(refreshes).toHaveLength(DEFAULT_RETRY.maxAttempts);
  });

  it("pages through history, and an expired cursor (404) is cursor_expired", async () => {
    const { client, reserved } = setup();
    const historyQuery =
      (extra: Record<string, string> = {}) =>
      (query: Record<string, unknown>) =>
        JSON.stringify(query) ===
        JSON.stringify({
          startHistoryId: "100",
          historyTypes: ["messageAdded", "messageDeleted"],
          maxResults: "500",
          ...extra,
        });
    gmail()
      .get("/gmail/v1/users/me/history")
      .query(historyQuery())
      .reply(200, {
        history: [
          {
            id: "101",
            messages: [{ id: "a", threadId: "ta" }],
            messagesAdded: [{ message: { id: "a", threadId: "ta", labelIds: ["INBOX"] } }],
          },
          {
            id: "102",
            messages: [{ id: "b", threadId: "tb" }],
            messagesAdded: [{ message: { id: "b", threadId: "tb" } }],
          },
          {
            id: "103",
            messages: [{ id: "b", threadId: "tb" }],
            messagesDeleted: [{ message: { id: "b", threadId: "tb" } }],
          },
          {
            id: "104",
            messages: [{ id: "old", threadId: "to" }],
            messagesDeleted: [{ message: { id: "old", threadId: "to" } }],
          },
        ],
        nextPageToken: "h-2",
        historyId: "110",
      });
    gmail()
      .get("/gmail/v1/users/me/history")
      .query(historyQuery({ pageToken: "h-2" }))
      .reply(200, { historyId: "110" });

    const first = await client.listHistory("100");
    expect(first).toEqual({
      added: [{ id: "a", threadId: "ta" }],
      deleted: ["b", "old"],
      nextPageToken: "h-2",
      historyId: "110",
    });
    await expect(client.listHistory("100", "h-2")).resolves.toEqual({ added: [], deleted: [], historyId: "110" });
    expect(reserved).toEqual([2, 2]);

    gmail().get("/gmail/v1/users/me/history").query(true).reply(404, notFound404);
    await expect(client.listHistory("1")).rejects.toMatchObject({
      name: "GmailError",
      code: "cursor_expired",
      status: 404,
    });
  });

  it("a 401 refreshes the token and calls again, without waiting", async () => {
    const { getAccessToken, refreshes } = tokens();
    const { client, sleeps } = setup({ getAccessToken });
    gmail().get("/gmail/v1/users/me/profile").once().reply(401, authError401);
    gmail().get("/gmail/v1/users/me/profile").once().reply(200, { emailAddress: "c@example.com", historyId: "7" });
    await expect(client.getProfile()).resolves.toMatchObject({ emailAddress: "c@example.com", historyId: "7" });
    expect(refreshes).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("needs a reconnect only when the refresh itself is refused, and keeps the token out of the error", async () => {
    const { getAccessToken, refreshes } = tokens(true);
    const { client, sleeps } = setup({ getAccessToken });
    const scope = gmail().get("/gmail/v1/users/me/profile").once().reply(401, authError401);
    const failure = await client.getProfile().catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "GmailError", code: "needs_reconnect", reason: "invalid_grant" });
    expect(`${String(failure)} ${JSON.stringify(failure)}`).not.toContain(TOKEN);
    expect(scope.isDone()).toBe(true);
    expect(refreshes).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("starts and stops push notifications", async () => {
    const { client, reserved } = setup();
    gmail()
      .post("/gmail/v1/users/me/watch", { topicName: "projects/safeintro/topics/gmail" })
      .reply(200, { historyId: "4242", expiration: "1700604800000" });
    gmail().post("/gmail/v1/users/me/stop").reply(204);
    await expect(client.watch("projects/safeintro/topics/gmail")).resolves.toEqual({
      historyId: "4242",
      expiration: new Date(1_700_604_800_000),
    });
    await client.stop();
    expect(reserved).toEqual([100, 50]);
  });
});
