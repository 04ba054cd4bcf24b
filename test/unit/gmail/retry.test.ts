import { describe, expect, it } from "vitest";
import { GmailError, type GmailErrorCode } from "../../../src/gmail/gmail-error.js";
import {
  DEFAULT_RETRY,
  SINGLE_CALL_RETRY,
  retryDelayMs,
  withGmailRetries,
  type RetryOptions,
} from "../../../src/gmail/retry.js";

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
    const limited = new GmailError("rate_limited", "slow down", { status: 429, retryAfterMs: 1500 });
    const { operation } = failing([limited, "temporary"]);
    await withGmailRetries(operation, options);
    expect(sleeps).toEqual([1500, 0]);
  });

  it("throws at once, for the queue to delay the job, when Retry-After is longer than a worker may wait (2 s)", async () => {
    const { sleeps, options } = fakeTime();
    expect(DEFAULT_RETRY.maxDelayMs).toBe(2_000);
    for (const retryAfterMs of [2_001, 3_600_000]) {
      const limited = new GmailError("rate_limited", "slow down", { status: 429, retryAfterMs });
      await expect(withGmailRetries(failing([limited]).operation, options)).rejects.toBe(limited);
    }
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

  it("passes anything but a GmailError through untouched and untried: a database or Redis failure is not Gmail's", async () => {
    const { sleeps, options } = fakeTime();
    for (const foreign of [
      Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001", clientVersion: "6" }),
      new Error("Connection is closed."),
      Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
      new TypeError("undefined is not a function"),
    ]) {
      let calls = 0;
      const failure = await withGmailRetries(async () => {
        calls++;
        throw foreign;
      }, options).catch((error: unknown) => error);
      expect(failure).toBe(foreign);
      expect(calls).toBe(1);
    }
    expect(sleeps).toEqual([]);
  });

  it("reports each retry", async () => {
    const { options } = fakeTime();
    const retries: Array<{ attempt: number; delayMs: number; code: string }> = [];
    const result = await withGmailRetries(failing(["temporary"]).operation, {
      ...options,
      onRetry: ({ attempt, delayMs, error }) => retries.push({ attempt, delayMs, code: error.code }),
    });
    expect(result).toBe("done");
    expect(retries).toEqual([{ attempt: 1, delayMs: 499, code: "temporary" }]);
  });
});

describe("a single REST call's retry (SINGLE_CALL_RETRY)", () => {
  const dropped = () =>
    new GmailError("temporary", "Gmail call failed: network error ECONNRESET", { reason: "ECONNRESET" });

  it("tries a dropped connection once more, at once (under 250 ms)", async () => {
    const { sleeps, options } = fakeTime();
    const { operation, calls } = failing([dropped()]);
    await expect(withGmailRetries(operation, { ...options, ...SINGLE_CALL_RETRY })).resolves.toBe("done");
    expect(calls()).toBe(2);
    expect(sleeps).toEqual([249]);
  });

  it("leaves a second drop, a 5xx and a 429 to the job queue: each call is made at most twice here", async () => {
    const { sleeps, options } = fakeTime();
    const twice = failing([dropped(), dropped()]);
    await expect(withGmailRetries(twice.operation, { ...options, ...SINGLE_CALL_RETRY })).rejects.toMatchObject({
      code: "temporary",
    });
    expect(twice.calls()).toBe(2);
    for (const answered of [
      new GmailError("temporary", "503 backendError", { status: 503 }),
      new GmailError("rate_limited", "429", { status: 429, retryAfterMs: 1000 }),
    ]) {
      const once = failing([answered]);
      await expect(withGmailRetries(once.operation, { ...options, ...SINGLE_CALL_RETRY })).rejects.toBe(answered);
      expect(once.calls()).toBe(1);
    }
    expect(sleeps).toEqual([249]);
  });
});
