import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQuotaLimiter, type QuotaLimiterOptions } from "../../../src/gmail/quota-limiter.js";
import { redisPrefix, redisUrl } from "../../support/services.js";

describe("quota limiter on the run's Redis", () => {
  const connections: Redis[] = [];
  const connect = () => {
    const redis = new Redis(redisUrl(), { maxRetriesPerRequest: 1 });
    connections.push(redis);
    return redis;
  };
  let redis: Redis;
  beforeAll(() => {
    redis = connect();
  });
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.quit()));
  });

  const keyPrefix = () => `${redisPrefix()}:${randomUUID()}`;

  /** A limiter on a fake clock: sleeping moves the clock, nothing waits. */
  function fakeClockLimiter(options: Partial<QuotaLimiterOptions> = {}) {
    const clock = { now: 1_700_000_000_000 };
    const sleeps: number[] = [];
    const limiter = createQuotaLimiter(redis, {
      keyPrefix: keyPrefix(),
      now: () => clock.now,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock.now += ms;
      },
      ...options,
    });
    return { limiter, clock, sleeps };
  }

  it("grants what fits in the last second and waits for the oldest units to leave the window", async () => {
    const { limiter, clock, sleeps } = fakeClockLimiter({ unitsPerSecond: 10 });
    await limiter.reserve("a", 5);
    clock.now += 300;
    await limiter.reserve("a", 5);
    expect(sleeps).toEqual([]);
    await limiter.reserve("a", 5); // must wait for the first 5, reserved 300 ms ago
    expect(sleeps).toEqual([700]);
    await limiter.reserve("a", 5); // and now for the second
    expect(sleeps).toEqual([700, 300]);
  });

  it("counts a restamped reservation from when it was restamped (a send, from Gmail's answer)", async () => {
    const { limiter, clock, sleeps } = fakeClockLimiter({ unitsPerSecond: 250 });
    const first = await limiter.reserve("a", 100);
    clock.now += 100;
    await limiter.reserve("a", 100);
    // The first send's request took 400 ms to be answered: it is counted from then.
    clock.now += 300;
    if (typeof first !== "string") throw new Error("no reservation id");
    await limiter.restamp?.("a", first);
    clock.now += 700; // a second after the second reservation
    await limiter.reserve("a", 100);
    // The second has left the window; the first, restamped 700 ms ago, has 300 ms to go... but
    // 100 + 100 fits in 250: no wait. A fourth must wait for the restamped first to leave.
    expect(sleeps).toEqual([]);
    await limiter.reserve("a", 100);
    expect(sleeps).toEqual([300]);
  });

  it("keeps accounts apart", async () => {
    const { limiter, sleeps } = fakeClockLimiter({ unitsPerSecond: 10 });
    await limiter.reserve("a", 10);
    await limiter.reserve("b", 10);
    expect(sleeps).toEqual([]);
  });

  it("holds every reserve of a paused account until the pause ends, and a shorter pause does not cut it", async () => {
    const { limiter, clock, sleeps } = fakeClockLimiter({ unitsPerSecond: 250 });
    await limiter.pauseAccount("a", 3000);
    await limiter.pauseAccount("a", 1000);
    await limiter.reserve("b", 5);
    expect(sleeps).toEqual([]);
    const start = clock.now;
    await limiter.reserve("a", 5);
    expect(clock.now - start).toBe(3000);
  });

  it("lets its keys expire by themselves", async () => {
    const prefix = keyPrefix();
    const limiter = createQuotaLimiter(redis, { keyPrefix: prefix });
    await limiter.reserve("acct", 5);
    await limiter.pauseAccount("acct", 1500);
    const keys = await redis.keys(`${prefix}:*`);
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(2000);
    }
  });

  it("refuses a reservation that could never fit", async () => {
    const { limiter } = fakeClockLimiter({ unitsPerSecond: 250 });
    await expect(limiter.reserve("a", 251)).rejects.toThrow(RangeError);
    await expect(limiter.reserve("a", 0)).rejects.toThrow(RangeError);
  });

  it("shared by several processes: never over budget in any one-second window, and the budget is not left idle", async () => {
    const budget = 50;
    const prefix = keyPrefix();
    const granted: Array<{ at: number; units: number }> = [];
    // Four limiters on four connections stand for four worker processes; the clock is Redis'.
    const limiters = Array.from({ length: 4 }, () =>
      createQuotaLimiter(connect(), {
        keyPrefix: prefix,
        unitsPerSecond: budget,
        onReserved: ({ at, units }) => granted.push({ at, units }),
      }),
    );
    const sizes = [5, 1, 2, 5, 3];
    const stopAt = Date.now() + 1900;
    await Promise.all(
      Array.from({ length: 12 }, async (_, worker) => {
        const limiter = limiters[worker % limiters.length]!;
        for (let call = worker; Date.now() < stopAt; call++)
          await limiter.reserve("shared", sizes[call % sizes.length]!);
      }),
    );

    granted.sort((x, y) => x.at - y.at);
    let busiest = 0;
    for (const [index, { at }] of granted.entries()) {
      let inWindow = 0;
      for (let next = index; next < granted.length && granted[next]!.at < at + 1000; next++)
        inWindow += granted[next]!.units;
      busiest = Math.max(busiest, inWindow);
    }
    expect(busiest).toBeLessThanOrEqual(budget);

    // Over the span used, the most a sliding window allows is one budget per started second.
    const span = granted.at(-1)!.at - granted[0]!.at;
    const total = granted.reduce((sum, { units }) => sum + units, 0);
    const allowance = budget * (Math.floor(span / 1000) + 1);
    // How close to the whole budget the limiter gets is a benchmark figure (npm run bench --
    // sync: at least 0.9); on a loaded machine it varies. Here: the budget is not starved, as a
    // limiter that waits a whole window between grants (about 0.1 of it) would be.
    expect(total / allowance).toBeGreaterThanOrEqual(0.5);
  });
});
