import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import { createMailboxClient } from "../../../src/gmail/mailbox-client.js";
import { createQuotaLimiter } from "../../../src/gmail/quota-limiter.js";
import { redisPrefix, redisUrl } from "../../support/services.js";
import { backendError503 } from "../../unit/gmail/google-error-bodies.js";

const endpoints = googleEndpoints();
const gmail = () => nock(new URL(endpoints.gmailRoot).origin);
const SEND = "/gmail/v1/users/me/messages/send";
// Bytes whose base64 holds "+", "/" and "=": base64url must turn them into "-", "_" and nothing.
const RAW = Buffer.from("Subject: ?\r\n\r\n\xfb\xff\xbe", "latin1");

/**
 * The mailbox client's send and search, against nock for the answers the emulator cannot
 * give on demand: a connection dropped under a send, a 503.
 */
describe("sending through the mailbox client", () => {
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

  function setup(unitsPerSecond = 250, sendTimeoutMs?: number) {
    const reserved: number[] = [];
    const sleeps: number[] = [];
    const limiter = createQuotaLimiter(redis, {
      keyPrefix: `${redisPrefix()}:${randomUUID()}`,
      unitsPerSecond,
      onReserved: ({ units }) => reserved.push(units),
    });
    const client = createMailboxClient({
      endpoints,
      getAccessToken: async () => "ya29.send-test-token",
      limiter,
      accountId: "account-1",
      retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
      ...(sendTimeoutMs ? { sendTimeoutMs } : {}),
    });
    return { client, reserved, sleeps };
  }

  it("posts the raw message in base64url with the thread, for 100 units", async () => {
    const { client, reserved } = setup();
    let body: unknown;
    gmail()
      .post(SEND, (sent: unknown) => ((body = sent), true))
      .reply(200, { id: "18c0ffee00000001", threadId: "18c0ffee00000000", labelIds: ["SENT"] });
    await expect(client.sendMessage(RAW, "18c0ffee00000000")).resolves.toEqual({
      id: "18c0ffee00000001",
      threadId: "18c0ffee00000000",
    });
    expect(body).toEqual({ raw: RAW.toString("base64url"), threadId: "18c0ffee00000000" });
    expect(RAW.toString("base64")).toMatch(/[+/=]/);
    expect(reserved).toEqual([100]);
  });

  it("a connection dropped under a send is not sent again: Gmail may have taken it", async () => {
    const { client, reserved, sleeps } = setup();
    gmail()
      .post(SEND)
      .once()
      .replyWithError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
    const again = gmail().post(SEND).reply(200, { id: "18c0ffee00000002", threadId: "18c0ffee00000002" });
    await expect(client.sendMessage(RAW)).rejects.toMatchObject({ name: "GmailError", code: "temporary" });
    expect(again.isDone()).toBe(false);
    expect(reserved).toEqual([100]);
    expect(sleeps).toEqual([]);
  });

  it("a 503 is not retried here either: the job queue retries, after looking for the message", async () => {
    const { client } = setup();
    gmail().post(SEND).once().reply(503, backendError503);
    const again = gmail().post(SEND).reply(200, { id: "18c0ffee00000003", threadId: "18c0ffee00000003" });
    await expect(client.sendMessage(RAW)).rejects.toMatchObject({ code: "temporary", status: 503 });
    expect(again.isDone()).toBe(false);
  });

  it("a send that hangs is given up after its timeout as a temporary failure, and not made again", async () => {
    const { client } = setup(250, 200);
    gmail().post(SEND).once().delay(2_000).reply(200, { id: "18c0ffee00000006", threadId: "18c0ffee00000006" });
    const again = gmail().post(SEND).reply(200, { id: "18c0ffee00000007", threadId: "18c0ffee00000007" });
    await expect(client.sendMessage(RAW)).rejects.toMatchObject({ code: "temporary", reason: "TimeoutError" });
    expect(again.isDone()).toBe(false);
  });

  it("a quota budget below one send's price takes the whole second instead of refusing for ever", async () => {
    const { client, reserved } = setup(50);
    gmail().post(SEND).reply(200, { id: "18c0ffee00000004", threadId: "18c0ffee00000004" });
    await client.sendMessage(RAW);
    expect(reserved).toEqual([50]);
  });

  it("looks a Message-ID up without its brackets, in Sent and in Trash, for 5 units", async () => {
    const { client, reserved } = setup();
    gmail()
      .get("/gmail/v1/users/me/messages")
      .query({ q: "rfc822msgid:abc-1@safeintro.example", includeSpamTrash: "true", maxResults: "10" })
      .reply(200, { messages: [{ id: "18c0ffee00000005", threadId: "18c0ffee00000000" }], resultSizeEstimate: 1 });
    gmail()
      .get("/gmail/v1/users/me/messages")
      .query({ q: "rfc822msgid:abc-2@safeintro.example", includeSpamTrash: "true", maxResults: "10" })
      .reply(200, { resultSizeEstimate: 0 });
    await expect(client.findSentByMessageId("<abc-1@safeintro.example>")).resolves.toEqual({
      id: "18c0ffee00000005",
      threadId: "18c0ffee00000000",
    });
    await expect(client.findSentByMessageId("<abc-2@safeintro.example>")).resolves.toBeNull();
    expect(reserved).toEqual([5, 5]);
    // Nothing that could change the query gets into it.
    await expect(client.findSentByMessageId("<a b@x> OR in:inbox")).rejects.toMatchObject({ code: "permanent" });
  });
});
