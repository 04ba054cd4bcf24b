// The webhook's replay guard on the run's Redis: one claim per token (spent stays spent, released
// is free again, an abandoned claim lapses), and exactly one winner when two processes race.
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { createReplayGuard } from "../../../src/inbound/replay-guard.js";
import { redisUrl } from "../../support/services.js";
import { newKeyPrefix, redis, useRedisAndListeners } from "./inbound-webhook-harness.js";

useRedisAndListeners();

describe("the replay guard", () => {
  it("one claim per token; spent stays spent, released is free again, an abandoned claim lapses", async () => {
    const guard = createReplayGuard(redis, newKeyPrefix(), 60_000, 100);
    expect(await guard.claim("t1")).toBe("first");
    expect(await guard.claim("t1")).toBe("in_progress");
    await guard.spend("t1");
    expect(await guard.claim("t1")).toBe("already_received");

    expect(await guard.claim("t2")).toBe("first");
    await guard.release("t2");
    expect(await guard.claim("t2")).toBe("first");

    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await guard.claim("t2")).toBe("first");
    expect(await guard.claim("t1")).toBe("already_received");
  });

  it("two processes racing for one token: exactly one wins", async () => {
    const prefix = newKeyPrefix();
    const other = new Redis(redisUrl(), { maxRetriesPerRequest: 1 });
    try {
      const guards = [createReplayGuard(redis, prefix, 60_000), createReplayGuard(other, prefix, 60_000)];
      const claims = await Promise.all(Array.from({ length: 20 }, (_, n) => guards[n % 2]?.claim("race")));
      expect(claims.filter((claim) => claim === "first")).toHaveLength(1);
    } finally {
      await other.quit();
    }
  });
});
