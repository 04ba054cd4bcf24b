import { describe, expect, it } from "vitest";
import { GmailError } from "../../../src/gmail/gmail-error.js";
import { JOB_ATTEMPTS, jobRetryDelayMs, rateLimitDelayMs } from "../../../src/queue/retry-policy.js";

const low = () => 0;
const high = () => 0.999_999;

describe("the job retry policy (BullMQ's backoffStrategy)", () => {
  it("backs off exponentially from 5 s, with equal jitter: never at once, never in step", () => {
    expect([1, 2, 3, 4].map((attempt) => jobRetryDelayMs(attempt, new Error("x"), low))).toEqual([
      2_500, 5_000, 10_000, 20_000,
    ]);
    expect([1, 2, 3, 4].map((attempt) => jobRetryDelayMs(attempt, new Error("x"), high))).toEqual([
      5_000, 10_000, 20_000, 40_000,
    ]);
  });

  it("is capped at 10 minutes; eight attempts span 5 to 11 minutes before the job is given up", () => {
    expect(jobRetryDelayMs(30, new Error("x"), high)).toBe(600_000);
    const span = (random: () => number) =>
      Array.from({ length: JOB_ATTEMPTS - 1 }, (_, index) => jobRetryDelayMs(index + 1, null, random)).reduce(
        (sum, ms) => sum + ms,
        0,
      );
    expect(span(low)).toBe(317_500);
    expect(span(high)).toBe(635_000);
  });

  it("never retries sooner than Google asked (Retry-After, or 'Retry after <time>' in a 429)", () => {
    const asked = new GmailError("temporary", "503", { status: 503, retryAfterMs: 90_000 });
    expect(jobRetryDelayMs(1, asked, low)).toBe(90_000);
    const sooner = new GmailError("rate_limited", "429", { status: 429, retryAfterMs: 1_000 });
    expect(jobRetryDelayMs(1, sooner, low)).toBe(2_500);
  });
});

describe("a rate-limited job's wait in the queue", () => {
  const limited = (retryAfterMs?: number) =>
    new GmailError("rate_limited", "429", { status: 429, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });

  it("is what Google asked for, plus up to a tenth so that limited jobs spread out", () => {
    expect(rateLimitDelayMs(limited(60_000), 1, low)).toBe(60_000);
    expect(rateLimitDelayMs(limited(60_000), 1, high)).toBe(65_999);
    // A long wait (a daily limit) spreads by 30 s at most.
    expect(rateLimitDelayMs(limited(6 * 3_600_000), 1, high)).toBe(6 * 3_600_000 + 29_999);
  });

  it("without Retry-After, a second (Gmail's quota is about a second's average), longer each time it comes back", () => {
    expect([1, 2, 3, 4].map((times) => rateLimitDelayMs(limited(), times, low))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(rateLimitDelayMs(limited(), 40, low)).toBe(300_000);
  });
});
