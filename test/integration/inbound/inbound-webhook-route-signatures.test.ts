// The Mailgun webhook route's signatures and replays: forged, unsigned and stale posts are 401;
// a replayed token creates nothing twice (its hash kept in Redis for the whole window), and a
// replay while the first post is still being handled is told to try later.
import { describe, expect, it } from "vitest";
import { signMailgunPayload } from "../../../src/inbound/mailgun-signature.js";
import {
  INBOX,
  mailgunFields,
  postMultipart,
  postUrlencoded,
  redis,
  startRoute,
  TTL_MS,
  useRedisAndListeners,
  without,
} from "./inbound-webhook-harness.js";

useRedisAndListeners();

describe("POST /inbound/mailgun/mime (Mailgun's raw-MIME forward)", () => {
  it("a forged signature is 401 and reaches nothing", async () => {
    const route = await startRoute();
    const fields = mailgunFields();
    const forged = { ...fields, signature: signMailgunPayload(fields.timestamp ?? "", fields.token ?? "", "guess") };
    const response = await postMultipart(route.url, forged);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "not authenticated" });
    expect(route.receiver.deliveries).toEqual([]);
    expect(route.calls).toEqual([]);
    expect(await redis.keys(`${route.keyPrefix}*`)).toEqual([]);
  });

  it("unsigned is 401 too", async () => {
    const route = await startRoute();
    const unsigned = without(mailgunFields(), "signature");
    expect((await postUrlencoded(route.url, unsigned, "From: a@b.c\r\n\r\nx")).status).toBe(401);
    expect(route.receiver.deliveries).toEqual([]);
  });

  it("a post signed longer ago than Mailgun retries is stale: 401", async () => {
    const route = await startRoute();
    const tenHoursAgo = Date.now() - 10 * 60 * 60_000;
    expect((await postMultipart(route.url, mailgunFields({}, tenHoursAgo))).status).toBe(401);
    expect(route.receiver.deliveries).toEqual([]);
    expect(route.logs.some((entry) => entry.reason === "stale")).toBe(true);
  });

  it("a replayed post creates nothing twice: the second answer is 200 'already received'", async () => {
    const route = await startRoute();
    const fields = mailgunFields();
    expect((await postMultipart(route.url, fields)).status).toBe(200);
    const again = await postMultipart(route.url, fields);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ alreadyReceived: true });
    // The same signature with the fields around it changed is the same token: refused too.
    const tampered = await postUrlencoded(route.url, { ...fields, recipient: INBOX }, "From: x@evil.test\r\n\r\nx");
    expect(await tampered.json()).toEqual({ alreadyReceived: true });
    expect(route.receiver.deliveries).toHaveLength(1);
    expect(route.calls).toHaveLength(1);
  });

  it("the token is kept in Redis as a hash, for the whole window", async () => {
    const route = await startRoute();
    const fields = mailgunFields();
    await postMultipart(route.url, fields);
    const keys = await redis.keys(`${route.keyPrefix}*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(fields.token);
    expect(keys[0]).toMatch(/:[0-9a-f]{64}$/);
    const ttl = await redis.pttl(keys[0] ?? "");
    expect(ttl).toBeGreaterThan(TTL_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(TTL_MS);
  });

  it("a replay while the first post is still being handled is 503 (try later), not a second message", async () => {
    const route = await startRoute();
    let finish = () => {};
    route.receiver.hold = new Promise<void>((resolve) => (finish = resolve));
    const fields = mailgunFields();
    const first = postMultipart(route.url, fields);
    await expect.poll(() => route.calls.length).toBe(1);
    const second = await postMultipart(route.url, fields);
    expect(second.status).toBe(503);
    finish();
    expect((await first).status).toBe(200);
    expect(route.receiver.deliveries).toHaveLength(1);
  });
});
