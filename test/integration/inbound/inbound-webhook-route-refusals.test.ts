// The Mailgun webhook route's refusals and failures, and the status Mailgun is told for each: too
// large (413), an unknown address or a refused sender (406, no retry), the receiver or Redis down
// (503, retried), a post without a message or not a form (400), and the route mounted wrongly.
import express from "express";
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { inboundWebhookRouter } from "../../../src/http/inbound-webhook-route.js";
import { createReplayGuard } from "../../../src/inbound/replay-guard.js";
import { capturedLog } from "../../support/captured-log.js";
import {
  KEY,
  listen,
  mailgunFields,
  newKeyPrefix,
  postMultipart,
  postUrlencoded,
  RecordingReceiver,
  recordingAuthenticate,
  redis,
  startRoute,
  TTL_MS,
  useRedisAndListeners,
} from "./inbound-webhook-harness.js";

useRedisAndListeners();

describe("POST /inbound/mailgun/mime (Mailgun's raw-MIME forward)", () => {
  it("a body over the limit is 413, and the server still answers the next post", async () => {
    const route = await startRoute();
    const huge = Buffer.alloc(2 * 1024 * 1024, "a");
    const response = await postMultipart(route.url, mailgunFields(), huge);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "too_large" });
    const big = await postUrlencoded(route.url, mailgunFields(), "x".repeat(200_000));
    expect(big.status).toBe(413);
    expect((await postMultipart(route.url, mailgunFields())).status).toBe(200);
    expect(route.receiver.deliveries).toHaveLength(1);
  });

  it("a message over maxBytes in a body within the form's allowance is 413 too", async () => {
    const route = await startRoute();
    const response = await postMultipart(route.url, mailgunFields(), Buffer.alloc(25_000, "a"));
    expect(response.status).toBe(413);
    expect(route.receiver.deliveries).toEqual([]);
  });

  it("an address no connector has is 406, so that Mailgun does not retry", async () => {
    const route = await startRoute();
    const response = await postMultipart(route.url, mailgunFields({ recipient: "in-gone@safeintro.test" }));
    expect(response.status).toBe(406);
    expect(await response.json()).toMatchObject({ accepted: false, refusal: "unknown_recipient" });
    expect(route.calls).toEqual([]);
    expect(route.receiver.deliveries).toEqual([]);
  });

  it("a refused sender is 406 with the receiver's refusal and reason", async () => {
    const route = await startRoute();
    const notAuthenticated = await postMultipart(route.url, mailgunFields({ "X-Mailgun-Spf": "Fail" }));
    expect(notAuthenticated.status).toBe(406);
    expect(await notAuthenticated.json()).toEqual({
      accepted: false,
      refusal: "sender_not_authenticated",
      reason: "Your provider did not sign it.",
    });
    const stranger = Buffer.from("From: Eve <eve@example.net>\r\n\r\nhello\r\n");
    const notConnector = await postMultipart(route.url, mailgunFields(), stranger);
    expect(notConnector.status).toBe(406);
    expect(await notConnector.json()).toMatchObject({ refusal: "sender_not_connector" });
    expect(route.receiver.deliveries).toEqual([]);
  });

  it("when the receiver fails it is 503, and Mailgun's retry with the same signature gets through", async () => {
    let clock = Date.now();
    const route = await startRoute({ now: () => clock });
    const fields = mailgunFields({}, clock);
    route.receiver.failure = new Error("connect ECONNREFUSED 127.0.0.1:5432");
    const failed = await postMultipart(route.url, fields);
    expect(failed.status).toBe(503);
    expect(route.logs.some((entry) => entry.msg === "inbound message not stored; Mailgun will retry")).toBe(true);
    // Mailgun's first retry, 10 minutes later, carries the original timestamp and token.
    route.receiver.failure = null;
    clock += 10 * 60_000;
    const retried = await postMultipart(route.url, fields);
    expect(retried.status).toBe(200);
    expect(route.receiver.deliveries).toHaveLength(1);
  });

  it("when Redis is unreachable it is 503 and nothing is stored", async () => {
    const closed = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    closed.on("error", () => {});
    const route = await startRoute({ replayGuard: createReplayGuard(closed, newKeyPrefix(), TTL_MS) });
    const response = await postMultipart(route.url, mailgunFields());
    expect(response.status).toBe(503);
    expect(route.receiver.deliveries).toEqual([]);
    closed.disconnect();
  });

  it("a signed post without body-mime is 400", async () => {
    const route = await startRoute();
    const response = await postMultipart(route.url, mailgunFields(), null);
    expect(response.status).toBe(400);
    expect(route.receiver.deliveries).toEqual([]);
    expect(route.logs.some((entry) => entry.msg === "inbound post without body-mime or recipient")).toBe(true);
  });

  it("a body that is not a form is 400", async () => {
    const route = await startRoute();
    const response = await fetch(route.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(mailgunFields()),
    });
    expect(response.status).toBe(400);
  });

  it("mounted after a body parser it says so, instead of reading an empty body", async () => {
    const { authenticate } = recordingAuthenticate();
    const app = express();
    app.use(express.urlencoded({ extended: false }));
    const log = capturedLog();
    app.use(
      inboundWebhookRouter({
        signingKey: KEY,
        replayGuard: createReplayGuard(redis, newKeyPrefix(), TTL_MS),
        receiver: new RecordingReceiver(),
        authenticate,
        maxBytes: 20_000,
        logger: log.logger,
      }),
    );
    const response = await postUrlencoded(await listen(app), mailgunFields(), "From: a@b.c\r\n\r\nx");
    expect(response.status).toBe(500);
    expect(log.entries.some((entry) => String(entry.msg).includes("mounted after a body parser"))).toBe(true);
  });
});
