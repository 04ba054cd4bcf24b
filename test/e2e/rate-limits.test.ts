import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUSH_LIMIT, SIGN_IN_LIMIT, clientKey } from "../../src/http/rate-limits.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";
import { freePort } from "../../src/dev/ports.js";
import {
  LEVEL,
  PUSH_TOKEN,
  producerRedis,
  push,
  silentRedis,
  someClient,
  startSignIn,
  startWebApp,
  times,
} from "../support/web-app.js";

describe("rate limits, counted in Redis under the app's prefix", () => {
  let product: RunningProduct;
  beforeAll(async () => {
    product = await startProduct({ emulator: { mailboxes: {} }, workers: false });
  });
  afterAll(async () => {
    await product?.stop();
  });

  const prefix = () => product.services.prefix;
  const redisClients: Redis[] = [];
  const webApps: Array<Awaited<ReturnType<typeof startWebApp>>> = [];
  const webProcess = async (redis: Redis) => {
    redisClients.push(redis);
    const web = await startWebApp(product, { rateLimits: { redis, prefix: prefix() } });
    webApps.push(web);
    return web;
  };
  afterAll(async () => {
    await Promise.all(webApps.map((web) => web.close()));
    for (const redis of redisClients) redis.disconnect();
  });

  it(`sign-in: ${SIGN_IN_LIMIT.points} starts per client in ${SIGN_IN_LIMIT.durationSeconds / 60} minutes, across web processes`, async () => {
    const first = await webProcess(await producerRedis());
    const second = await webProcess(await producerRedis());
    const client = someClient();
    expect(await times(SIGN_IN_LIMIT.points, () => startSignIn(first.url, client))).toEqual(
      Array(SIGN_IN_LIMIT.points).fill(303),
    );

    // The second process has never seen this client: only the shared count can refuse it.
    for (const web of [second, first]) {
      const refused = await startSignIn(web.url, client);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= SIGN_IN_LIMIT.durationSeconds).toBe(true);
      expect(refused.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await refused.text()).toContain(SIGN_IN_LIMIT.message);
      // Refused before anything was written: no attempt cookie, no way on to Google.
      expect(refused.headers.get("location")).toBeNull();
      expect(refused.headers.getSetCookie()).toEqual([]);
    }
    expect((await startSignIn(first.url, someClient())).status).toBe(303);

    const redis = redisClients[0];
    const key = `${prefix()}:ratelimit:signin:${client}`;
    expect(await redis?.get(key)).toBe(String(SIGN_IN_LIMIT.points + 2));
    expect(await redis?.ttl(key)).toBeGreaterThan(0);
    // Logged once, by the process that refused first; not once per refused request.
    expect([...second.logs, ...first.logs].filter((record) => record.msg === "rate limit reached")).toEqual([
      expect.objectContaining({ level: LEVEL.info, limit: "signin", client }),
    ]);
  });

  it("believes X-Forwarded-For only from the proxies TRUST_PROXY names", async () => {
    // The test connects from loopback: trusted by default, not when only a range it is not in is trusted.
    const untrusting = await startWebApp(product, {
      rateLimits: { redis: await producerRedis(), prefix: prefix() },
      trustProxy: "10.0.0.0/8",
    });
    webApps.push(untrusting);
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMIT.points; i++)
      statuses.push((await startSignIn(untrusting.url, someClient())).status);
    // Every "client" is the same loopback peer now: the last start is refused.
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1)).toEqual(Array(SIGN_IN_LIMIT.points).fill(303));
  });

  it("counts an IPv6 /64 as one client", async () => {
    const web = await webProcess(await producerRedis());
    const network = "2001:db8:1:2";
    const addresses = Array.from({ length: SIGN_IN_LIMIT.points }, (_, i) => `${network}:${(i + 1).toString(16)}::1`);
    const statuses: number[] = [];
    for (const address of addresses) statuses.push((await startSignIn(web.url, address)).status);
    expect(statuses).toEqual(Array(SIGN_IN_LIMIT.points).fill(303));
    expect((await startSignIn(web.url, `${network}:ffff:ffff:ffff:ffff`)).status).toBe(429);
    expect((await startSignIn(web.url, "2001:db8:ffff:ffff::1")).status).toBe(303);
    expect(clientKey("2001:DB8:0:1:2:3:4:5")).toBe("2001:db8:0:1::/64");
    expect(clientKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(clientKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
  });

  it(`Gmail push: ${PUSH_LIMIT.points} a minute per client, counted before the token check`, async () => {
    const web = await webProcess(await producerRedis());
    const client = someClient();
    // Unauthenticated pushes count too: they are what a flood would be made of.
    expect(new Set(await times(PUSH_LIMIT.points, () => push(web.url, client)))).toEqual(new Set([401]));
    const refused = await push(web.url, client, `?token=${PUSH_TOKEN}`);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= PUSH_LIMIT.durationSeconds).toBe(true);
    expect(await refused.json()).toEqual({ error: PUSH_LIMIT.message });
    // Another client's genuine push goes through (to the schema check: "{}" is no notification).
    expect((await push(web.url, someClient(), `?token=${PUSH_TOKEN}`)).status).toBe(400);
  });

  it("with Redis down, sign-in still starts, and each process still counts on its own", async () => {
    const web = await webProcess(
      await producerRedis(`redis://127.0.0.1:${await freePort()}`, { waitUntilReady: false }),
    );
    const client = someClient();
    expect(await times(SIGN_IN_LIMIT.points, () => startSignIn(web.url, client))).toEqual(
      Array(SIGN_IN_LIMIT.points).fill(303),
    );
    expect((await startSignIn(web.url, client)).status).toBe(429);
  });

  it("with a Redis that stopped answering, sign-in still starts", async () => {
    const silent = await silentRedis();
    try {
      const web = await webProcess(await producerRedis(silent.url));
      const started = await startSignIn(web.url, someClient());
      expect(started.status).toBe(303);
      // The counter's script went out and was never answered.
      expect(silent.commandsLeftUnanswered).toContainEqual(expect.stringMatching(/^eval(sha)?$/i));
    } finally {
      await silent.close();
    }
  });
});
