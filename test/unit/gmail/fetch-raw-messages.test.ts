import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createBatchSizeMemory } from "../../../src/gmail/batch-size-memory.js";
import { fetchRawMessages, type RawMessageFetch } from "../../../src/gmail/fetch-raw-messages.js";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import type { QuotaLimiter } from "../../../src/gmail/quota-limiter.js";
import { batchResponseBody, rawMessage, requestedIds, type FakePart } from "./batch-fixtures.js";
import { tooManyConcurrent429 } from "./google-error-bodies.js";

const { batchUrl } = googleEndpoints();
const TOKEN = "ya29.fetch-raw-test";
const BOUNDARY = "batch_fetch_raw";

/** What the fetch did to the account's quota: units reserved per batch, and pauses. */
function fakeQuota() {
  const reserved: number[] = [];
  const pauses: number[] = [];
  const limiter: QuotaLimiter = {
    unitsPerSecond: 250,
    reserve: async (_accountId, units) => void reserved.push(units),
    pauseAccount: async (_accountId, ms) => void pauses.push(ms),
  };
  return { limiter, reserved, pauses };
}

function options(limiter: QuotaLimiter, extra: Partial<RawMessageFetch> = {}): RawMessageFetch {
  return {
    batchUrl,
    apiPath: "/",
    getAccessToken: async () => TOKEN,
    limiter,
    accountId: "account-1",
    defaultPauseMs: 1000,
    retry: { sleep: async () => undefined, random: () => 0.5 },
    batchSizes: createBatchSizeMemory(),
    ...extra,
  };
}

/**
 * Gmail as it behaves: at most `limit` calls of a batch run at once, the others come back 429
 * "Too many concurrent requests for user". Records the ids of each batch.
 */
function gmailWithConcurrencyLimit(limit: number, answer: (id: string) => Omit<FakePart, "item"> = ok) {
  const batches: string[][] = [];
  nock(new URL(batchUrl).origin)
    .post(new URL(batchUrl).pathname)
    .matchHeader("authorization", `Bearer ${TOKEN}`)
    .times(1000)
    .reply((_uri, body) => {
      const ids = requestedIds(String(body));
      batches.push(ids);
      const parts = ids.map((id, index) => ({
        item: index + 1,
        ...(index < limit ? answer(id) : { status: 429, statusText: "Too Many Requests", body: tooManyConcurrent429 }),
      }));
      return [200, batchResponseBody(BOUNDARY, parts), { "Content-Type": `multipart/mixed; boundary=${BOUNDARY}` }];
    });
  return batches;
}
const ok = (id: string) => ({ status: 200, statusText: "OK", body: rawMessage(id) });
const ids = (count: number, prefix = "m") => Array.from({ length: count }, (_, index) => `${prefix}-${index}`);

describe("fetchRawMessages against Gmail's limit on calls at once", () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  it("sends the parts refused for too many calls at once in the next, smaller batch, without pausing the account", async () => {
    const { limiter, reserved, pauses } = fakeQuota();
    const batches = gmailWithConcurrencyLimit(25);
    const wanted = ids(100);

    const messages = await fetchRawMessages(wanted, options(limiter, { batchSizing: { initial: 48 } }));

    expect(batches[0]).toEqual(wanted.slice(0, 48));
    // 23 refused: halved to 24, and the refused ones go first.
    expect(batches[1]).toEqual([...wanted.slice(25, 48), wanted[48]]);
    // 25 are known to go through; 26 is tried once, and its one refused call goes in the next batch.
    expect(batches.map((batch) => batch.length)).toEqual([48, 24, 24, 26, 2]);
    expect(batches[4]?.[0]).toBe(batches[3]?.[25]);
    expect(pauses).toEqual([]);
    expect(reserved[0]).toBe(240);
    expect([...messages.keys()].sort()).toEqual([...wanted].sort());
    expect([...messages.values()].every((message) => message?.raw !== undefined)).toBe(true);
  });

  it("starts an unknown account at 20 (sent as 16, which fills a second of quota), grows one call at a time, and remembers the size across fetches", async () => {
    const { limiter } = fakeQuota();
    const batches = gmailWithConcurrencyLimit(25);
    const memory = createBatchSizeMemory();
    await fetchRawMessages(ids(64, "a"), options(limiter, { batchSizes: memory }));
    // 16 fills a second of quota; past the 20 known to be safe, one more call at a time.
    expect(batches.map((batch) => batch.length)).toEqual([16, 21, 22, 5]);
    expect(memory.get("account-1", { ...defaultsFor(50) })).toMatchObject({ size: 24, known: 22 });

    await fetchRawMessages(ids(48, "b"), options(limiter, { batchSizes: memory }));
    expect(batches.slice(4).map((batch) => batch.length)).toEqual([24, 24]);
    // Another account starts afresh.
    await fetchRawMessages(ids(16, "c"), options(limiter, { batchSizes: memory, accountId: "account-2" }));
    expect(batches.at(-1)).toHaveLength(16);
  });

  it("never sends more than the ceiling it is given (batchSize)", async () => {
    const { limiter } = fakeQuota();
    const batches = gmailWithConcurrencyLimit(100);
    await fetchRawMessages(ids(30), options(limiter, { batchSize: 10, batchSizing: { initial: 40 } }));
    expect(batches.map((batch) => batch.length)).toEqual([8, 8, 8, 6]);
  });

  it("backs off (pauses the account) only when not one part of a batch got through", async () => {
    const { limiter, pauses } = fakeQuota();
    let refuseAll = true;
    const batches: string[][] = [];
    nock(new URL(batchUrl).origin)
      .post(new URL(batchUrl).pathname)
      .times(10)
      .reply((_uri, body) => {
        const asked = requestedIds(String(body));
        batches.push(asked);
        const parts = asked.map((id, index) => ({
          item: index + 1,
          ...(refuseAll ? { status: 429, statusText: "Too Many Requests", body: tooManyConcurrent429 } : ok(id)),
        }));
        refuseAll = false;
        return [200, batchResponseBody(BOUNDARY, parts), { "Content-Type": `multipart/mixed; boundary=${BOUNDARY}` }];
      });
    const messages = await fetchRawMessages(["x", "y"], options(limiter));
    expect(batches).toEqual([
      ["x", "y"],
      ["x", "y"],
    ]);
    expect(pauses).toEqual([1000]);
    expect(messages.size).toBe(2);
  });
});

describe("fetchRawMessages: messages that must not stop a sync", () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  it("a message Gmail answers without raw is skipped (no_raw), and the others are read", async () => {
    const { limiter } = fakeQuota();
    gmailWithConcurrencyLimit(25, (id) => {
      if (id !== "chat") return ok(id);
      // JSON leaves out a key whose value is undefined: the answer has no raw.
      return { status: 200, statusText: "OK", body: { ...rawMessage(id), labelIds: ["CHAT"], raw: undefined } };
    });
    const messages = await fetchRawMessages(["m-1", "chat", "m-2"], options(limiter));
    expect(messages.get("chat")).toEqual({
      skipped: { reason: "no_raw", detail: "Gmail answered messages.get(format=raw) without raw (labels CHAT)" },
      threadId: "t-chat",
      internalDate: new Date(1_700_000_000_000),
      historyId: "9000",
    });
    expect(messages.get("m-1")?.raw?.toString()).toMatch(/^Subject: hello m-1/);
    expect(messages.get("m-2")?.raw).toBeInstanceOf(Buffer);
  });

  it("a message over maxMessageBytes is dropped as it streams and skipped (too_large), with its ids", async () => {
    const { limiter } = fakeQuota();
    const hugeChars = 8 * 1024 * 1024;
    const fetchImpl: typeof fetch = async () => {
      const head = `--${BOUNDARY}\r\nContent-Type: application/http\r\nContent-ID: <response-item-1>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{"id":"big","threadId":"t-big","labelIds":["INBOX"],"sizeEstimate":${(hugeChars * 3) / 4},"raw":"`;
      const tail = `","historyId":"77","internalDate":"1700000000000"}\r\n${batchResponseBody(BOUNDARY, [{ item: 2, ...ok("small") }])}`;
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(Buffer.from(head)),
        pull: (controller) => {
          if (sent < hugeChars) {
            controller.enqueue(Buffer.alloc(64 * 1024, "A"));
            sent += 64 * 1024;
          } else {
            controller.enqueue(Buffer.from(tail));
            controller.close();
          }
        },
      });
      return new Response(stream, { headers: { "content-type": `multipart/mixed; boundary=${BOUNDARY}` } });
    };
    const messages = await fetchRawMessages(
      ["big", "small"],
      options(limiter, { fetchImpl, maxMessageBytes: 1024 * 1024 }),
    );
    expect(messages.get("big")).toEqual({
      skipped: {
        reason: "too_large",
        detail: "message is more than 6.0 MB, over the 1.0 MB limit (MAX_MESSAGE_BYTES)",
      },
      threadId: "t-big",
      internalDate: new Date(1_700_000_000_000),
      historyId: "77",
    });
    expect(messages.get("small")?.raw?.toString()).toMatch(/^Subject: hello small/);
  });
});

function defaultsFor(max: number) {
  return { initial: 20, min: 1, max, increase: 1, decrease: 0.5, probeAfter: 100 };
}
