// Shared by the MailboxClient tests (mailbox-client-*.test.ts): a faked Gmail (nock, no network),
// a client whose real quota limiter (on the run's Redis) and retries share one fake clock, fake
// batch answers, and a token source that counts refreshes. Call useFakedGmail() in the describe.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import nock from "nock";
import { afterAll, afterEach, beforeAll } from "vitest";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import { createMailboxClient } from "../../../src/gmail/mailbox-client.js";
import { GmailError } from "../../../src/gmail/gmail-error.js";
import type { GetAccessToken } from "../../../src/gmail/with-access-token.js";
import { createQuotaLimiter, type QuotaLimiter } from "../../../src/gmail/quota-limiter.js";
import { redisPrefix, redisUrl } from "../../support/services.js";
import { batchResponseBody, rawMessage, requestedIds, type FakePart } from "../../unit/gmail/batch-fixtures.js";

const endpoints = googleEndpoints();
export const gmail = nock.bind(null, new URL(endpoints.gmailRoot).origin);
const batchPath = new URL(endpoints.batchUrl).pathname;
export const TOKEN = "ya29.mailbox-secret-token";
const BOUNDARY = "batch_mailbox_test";

let redis: Redis;

/** No network but nock's, a Redis connection for the limiter, and nock's fakes cleared after each test. */
export function useFakedGmail(): void {
  beforeAll(() => {
    nock.disableNetConnect();
    redis = new Redis(redisUrl(), { maxRetriesPerRequest: 1 });
  });
  afterEach(() => nock.cleanAll());
  afterAll(async () => {
    nock.enableNetConnect();
    await redis.quit();
  });
}

/** A client whose limiter (real, on Redis) and retries share one fake clock: nothing waits. */
export function setup(options: { getAccessToken?: GetAccessToken } = {}) {
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
export function fakeBatches(answer: (id: string, call: number) => Omit<FakePart, "item">) {
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
export const ok = (id: string) => ({ status: 200, statusText: "OK", body: rawMessage(id) });

/** A token source that says when it was asked to refresh (it always hands out TOKEN, which the fakes expect). */
export function tokens(refuseRefresh = false) {
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
