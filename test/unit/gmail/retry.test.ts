import { describe, expect, it } from "vitest";
import { GmailError, type GmailErrorCode } from "../../../src/gmail/gmail-error.js";
import { retryDelayMs, withGmailRetries, type RetryOptions } from "../../../src/gmail/retry.js";

/** Fake time: sleeps are recorded, never waited. */
function fakeTime(random = () => 0.999_999) {
  const sleeps: number[] = [];
  const options: RetryOptions = { sleep: async (ms) => void sleeps.push(ms), random };
  return { sleeps, options };
}

function failing(codes: Array<GmailErrorCode | GmailError>, result = "done") {
  let calls = 0;
  const operation = async () => {
    const next = codes[calls++];
    if (next === undefined) return result;
    throw next instanceof GmailError ? next : new GmailError(next, `failed: ${next}`);
  };
  return { operation, calls: () => calls };
}

describe("withGmailRetries", () => {
  it("backs off exponentially with full jitter, truncated at maxDelayMs", async () => {
    const { sleeps, options } = fakeTime();
    const { operation, calls } = failing(Array<GmailErrorCode>(7).fill("temporary"));
    await expect(
      withGmailRetries(operation, { ...options, maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 8000 }),
    ).resolves.toBe("done");
    expect(calls()).toBe(8);
    // random ≈ 1: each wait is just under its ceiling 500·2^n, capped at 8000.
    expect(sleeps).toEqual([499, 999, 1999, 3999, 7999, 7999, 7999]);
  });

  it("draws each wait uniformly below the ceiling", () => {
    const settings = { baseDelayMs: 500, maxDelayMs: 32_000 };
    expect(retryDelayMs(3, { ...settings, random: () => 0 })).toBe(0);
    expect(retryDelayMs(3, { ...settings, random: () => 0.5 })).toBe(1000);
    expect(retryDelayMs(20, { ...settings, random: () => 0.5 })).toBe(16_000);
  });

  it("never retries sooner than Retry-After", async () => {
    const { sleeps, options } = fakeTime(() => 0);
    const limited = new GmailError("rate_limited", "slow down", { status: 429, retryAfterMs: 2500 });
    const { operation } = failing([limited, "temporary"]);
    await withGmailRetries(operation, options);
    expect(sleeps).toEqual([2500, 0]);
  });

  it("throws at once, for the queue to delay the job, when Retry-After is longer than maxDelayMs", async () => {
    const { sleeps, options } = fakeTime();
    const limited = new GmailError("rate_limited", "daily send limit", { status: 429, retryAfterMs: 3_600_000 });
    await expect(withGmailRetries(failing([limited]).operation, options)).rejects.toBe(limited);
    expect(sleeps).toEqual([]);
  });

  it.each<GmailErrorCode>(["needs_reconnect", "cursor_expired", "not_found", "permanent"])(
    "does not retry %s",
    async (code) => {
      const { sleeps, options } = fakeTime();
      const { operation, calls } = failing([code]);
      await expect(withGmailRetries(operation, options)).rejects.toMatchObject({ code });
      expect(calls()).toBe(1);
      expect(sleeps).toEqual([]);
    },
  );

  it("gives up after maxAttempts with the last error", async () => {
    const { sleeps, options } = fakeTime();
    const { operation, calls } = failing(Array<GmailErrorCode>(10).fill("temporary"));
    await expect(withGmailRetries(operation, { ...options, maxAttempts: 3 })).rejects.toMatchObject({
      code: "temporary",
    });
    expect(calls()).toBe(3);
    expect(sleeps).toHaveLength(2);
  });

  it("translates foreign errors (a dropped connection is retried, a bug is not) and reports each retry", async () => {
    const { options } = fakeTime();
    const retries: Array<{ attempt: number; delayMs: number; code: string }> = [];
    let calls = 0;
    const result = await withGmailRetries(
      async (attempt) => {
        calls++;
        if (attempt === 1) throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
        return attempt;
      },
      { ...options, onRetry: ({ attempt, delayMs, error }) => retries.push({ attempt, delayMs, code: error.code }) },
    );
    expect(result).toBe(2);
    expect(retries).toEqual([{ attempt: 1, delayMs: 499, code: "temporary" }]);

    calls = 0;
    const bug = withGmailRetries(async () => {
      calls++;
      throw new TypeError("undefined is not a function");
    }, options);
    await expect(bug).rejects.toMatchObject({ code: "permanent" });
    expect(calls).toBe(1);
  });
});
