import { describe, expect, it } from "vitest";
import { isTooManyConcurrent, readMessagePart } from "../../../src/gmail/message-part.js";
import { rawMessage } from "./batch-fixtures.js";
import { resourceExhausted429, tooManyConcurrent429, userRateLimit429 } from "./google-error-bodies.js";

const MAX = 1000;
const ok = (body: unknown, omitted?: { field: "raw" | "body"; bytes: number }) => ({
  status: 200,
  headers: {},
  body,
  ...(omitted ? { omitted } : {}),
});

describe("reading a messages.get(format=raw) answer", () => {
  it("decodes the raw message and Gmail's ids for it", () => {
    expect(readMessagePart(ok(rawMessage("m1")), MAX)).toEqual({
      raw: Buffer.from("Subject: hello m1\r\n\r\nbody of m1\r\n"),
      threadId: "t-m1",
      internalDate: new Date(1_700_000_000_000),
      historyId: "9000",
    });
  });

  it("skips a message Gmail answered without raw (an old chat item), keeping its ids", () => {
    const chat = { ...rawMessage("c1"), labelIds: ["CHAT"], raw: undefined };
    expect(readMessagePart(ok(chat), MAX)).toEqual({
      skipped: { reason: "no_raw", detail: "Gmail answered messages.get(format=raw) without raw (labels CHAT)" },
      threadId: "t-c1",
      internalDate: new Date(1_700_000_000_000),
      historyId: "9000",
    });
    expect(readMessagePart(ok({ ...chat, raw: "" }), MAX)).toMatchObject({ skipped: { reason: "no_raw" } });
    expect(readMessagePart(ok("not json at all"), MAX)).toEqual({
      skipped: { reason: "no_raw", detail: "Gmail answered messages.get(format=raw) without raw" },
      threadId: "",
      internalDate: null,
      historyId: null,
    });
    const undated = { ...rawMessage("u1"), internalDate: undefined };
    expect(readMessagePart(ok(undated), MAX)).toMatchObject({ skipped: { reason: "no_raw" }, threadId: "t-u1" });
  });

  it("skips a message over the limit: dropped as it streamed, or decoded and found too large", () => {
    const ids = { ...rawMessage("big"), raw: undefined };
    expect(readMessagePart(ok(ids, { field: "raw", bytes: 800_000_000 }), 25 * 1024 * 1024)).toEqual({
      skipped: {
        reason: "too_large",
        detail: "message is more than 572.2 MB, over the 25.0 MB limit (MAX_MESSAGE_BYTES)",
      },
      threadId: "t-big",
      internalDate: new Date(1_700_000_000_000),
      historyId: "9000",
    });
    expect(readMessagePart(ok(rawMessage("b2", "y".repeat(MAX + 1))), MAX)).toMatchObject({
      skipped: { reason: "too_large", detail: "message is 0.0 MB, over the 0.0 MB limit (MAX_MESSAGE_BYTES)" },
      threadId: "t-b2",
    });
    expect(readMessagePart(ok(undefined, { field: "body", bytes: 2_000_000 }), MAX)).toMatchObject({
      skipped: { reason: "too_large" },
      threadId: "",
    });
  });
});

describe("Gmail's 429 for too many calls at once", () => {
  it("is told from the per-second quota's 429 by its message", () => {
    expect(isTooManyConcurrent({ status: 429, headers: {}, body: tooManyConcurrent429 })).toBe(true);
    expect(isTooManyConcurrent({ status: 429, headers: {}, body: userRateLimit429("2030-01-01T00:00:00Z") })).toBe(
      false,
    );
    expect(isTooManyConcurrent({ status: 429, headers: {}, body: resourceExhausted429 })).toBe(false);
    expect(isTooManyConcurrent({ status: 403, headers: {}, body: tooManyConcurrent429 })).toBe(false);
    expect(isTooManyConcurrent({ status: 429, headers: {}, body: "Too many concurrent requests" })).toBe(false);
  });
});
