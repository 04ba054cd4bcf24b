import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import { createMailboxClient } from "../../../src/gmail/mailbox-client.js";
import { createQuotaLimiter } from "../../../src/gmail/quota-limiter.js";
import { redisPrefix, redisUrl } from "../../support/services.js";
import { backendError503, insufficientPermissions403, userRateLimit429 } from "../../unit/gmail/google-error-bodies.js";

const endpoints = googleEndpoints();
const gmail = nock.bind(null, new URL(endpoints.gmailRoot).origin);
const PATH = "/gmail/v1/users/me/settings/sendAs";

/** The mailbox client's users.settings.sendAs.list against Google's answers, good and bad. */
describe("listing the connector's send-as addresses", () => {
  let redis: Redis;
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
    redis = new Redis(redisUrl(), { maxRetriesPerRequest: 1 });
  });
  afterEach(() => nock.cleanAll());
  afterAll(async () => {
    nock.enableNetConnect();
    await redis.quit();
  });

  function setup() {
    const reserved: number[] = [];
    const pauses: number[] = [];
    const limiter = createQuotaLimiter(redis, {
      keyPrefix: `${redisPrefix()}:${randomUUID()}`,
      onReserved: ({ units }) => reserved.push(units),
    });
    const client = createMailboxClient({
      endpoints,
      getAccessToken: async () => "ya29.send-as-token",
      limiter: {
        ...limiter,
        pauseAccount: async (accountId, ms) => {
          pauses.push(ms);
          await limiter.pauseAccount(accountId, ms);
        },
      },
      accountId: "account-1",
      retry: { sleep: async () => undefined, random: () => 0.5 },
    });
    return { client, reserved, pauses };
  }

  it("asks for me's list with the token, spends one unit, and returns the primary and accepted aliases", async () => {
    const { client, reserved } = setup();
    const scope = gmail()
      .get(PATH)
      .matchHeader("authorization", "Bearer ya29.send-as-token")
      .reply(200, {
        sendAs: [
          { sendAsEmail: "c@example.com", isPrimary: true, isDefault: true },
          { sendAsEmail: "C@Alias.example", treatAsAlias: true, verificationStatus: "accepted" },
          { sendAsEmail: "pending@alias.example", verificationStatus: "pending" },
        ],
      });
    expect(await client.listSendAsAddresses()).toEqual(["c@example.com", "c@alias.example"]);
    expect(scope.isDone()).toBe(true);
    expect(reserved).toEqual([1]);
  });

  it("a 403 for want of a scope is Gmail's refusal, translated as for any read (needs_reconnect), not retried", async () => {
    const { client } = setup();
    const scope = gmail().get(PATH).once().reply(403, insufficientPermissions403);
    await expect(client.listSendAsAddresses()).rejects.toMatchObject({
      name: "GmailError",
      code: "needs_reconnect",
      status: 403,
      reason: "insufficientPermissions",
    });
    expect(scope.isDone()).toBe(true);
  });

  it("a 503 is a temporary failure, made once", async () => {
    const { client, reserved } = setup();
    gmail().get(PATH).once().reply(503, backendError503);
    const later = gmail().get(PATH).reply(200, { sendAs: [] });
    await expect(client.listSendAsAddresses()).rejects.toMatchObject({ code: "temporary", status: 503 });
    expect(later.isDone()).toBe(false);
    expect(reserved).toEqual([1]);
  });

  it("a 429 is rate_limited, and pauses the account's calls for the time Gmail named", async () => {
    const { client, pauses } = setup();
    const retryAt = new Date(Date.now() + 5_000).toISOString();
    gmail().get(PATH).reply(429, userRateLimit429(retryAt));
    await expect(client.listSendAsAddresses()).rejects.toMatchObject({ code: "rate_limited", status: 429 });
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toBeGreaterThan(3_000);
  });
});
