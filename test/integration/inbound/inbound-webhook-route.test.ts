import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import express from "express";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type InboundWebhookDeps, inboundWebhookRouter } from "../../../src/http/inbound-webhook-route.js";
import type {
  InboundDelivery,
  InboundOutcome,
  InboundReceiver,
  SenderAuthentication,
} from "../../../src/inbound/inbound-types.js";
import { MAILGUN_SIGNATURE_MAX_AGE_MS, signMailgunPayload } from "../../../src/inbound/mailgun-signature.js";
import { createReplayGuard } from "../../../src/inbound/replay-guard.js";
import { capturedLog } from "../../support/captured-log.js";
import { redisPrefix, redisUrl } from "../../support/services.js";

const KEY = "test-webhook-signing-key";
const INBOX = "in-7k2@safeintro.test";
const CONNECTOR = "ana@example.org";
/** Only in the message's body: it must never reach a log. */
const SECRET_LINE = "Confidential: the Q3 numbers are 4.2M";
/** A message with a byte that is not UTF-8 (latin1 "é"): it must reach the receiver unchanged. */
const MIME = Buffer.concat([
  Buffer.from(`From: Ana <${CONNECTOR}>\r\nTo: ${INBOX}\r\nSubject: Fwd: intro to Bo\r\n`),
  Buffer.from("Content-Type: text/plain; charset=iso-8859-1\r\n\r\nCaf"),
  Buffer.from([0xe9]),
  Buffer.from(`\r\n${SECRET_LINE}\r\n`),
]);
const TTL_MS = 2 * MAILGUN_SIGNATURE_MAX_AGE_MS;

/**
 * The receiver's contract, kept in memory: one connector with one address, the sender policy
 * of inbound-types.ts (From must be the connector's, and authenticated).
 */
class RecordingReceiver implements InboundReceiver {
  readonly deliveries: InboundDelivery[] = [];
  failure: Error | null = null;
  /** When set, receive() waits for it: a post that is still being handled. */
  hold: Promise<void> | null = null;

  async knowsRecipient(address: string): Promise<boolean> {
    if (this.failure) throw this.failure;
    return address === INBOX;
  }

  async receive(delivery: InboundDelivery): Promise<InboundOutcome> {
    if (this.hold) await this.hold;
    if (this.failure) throw this.failure;
    if (delivery.authentication.from !== CONNECTOR) {
      return { accepted: false, refusal: "sender_not_connector", reason: "Forward from your own address." };
    }
    if (!delivery.authentication.passes) {
      return { accepted: false, refusal: "sender_not_authenticated", reason: "Your provider did not sign it." };
    }
    this.deliveries.push(delivery);
    return { accepted: true, inboundMessageId: `msg-${this.deliveries.length}` };
  }
}

/** Reads the From header and believes it when Mailgun said SPF passed: enough to drive the route. */
function recordingAuthenticate() {
  const calls: Array<{ spf: string | null; mailFrom: string | null }> = [];
  const authenticate = async (
    raw: Buffer,
    provider: { spf: string | null; mailFrom: string | null },
  ): Promise<SenderAuthentication> => {
    calls.push(provider);
    const from = /^From:.*<([^>]+)>/im.exec(raw.toString("latin1"))?.[1]?.toLowerCase() ?? null;
    return { from, passes: provider.spf === "Pass", summary: `spf=${provider.spf ?? "none"}` };
  };
  return { authenticate, calls };
}

let redis: Redis;
const keyPrefixes: string[] = [];
const servers: Server[] = [];

beforeAll(() => {
  redis = new Redis(redisUrl(), { maxRetriesPerRequest: 1 });
});
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
afterAll(async () => {
  for (const prefix of keyPrefixes) {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis.quit();
});

function newKeyPrefix(): string {
  const prefix = `${redisPrefix()}inbound-webhook-test:${randomUUID()}:`;
  keyPrefixes.push(prefix);
  return prefix;
}

async function listen(app: express.Express): Promise<string> {
  const server = await new Promise<Server>((resolve, reject) => {
    const listening: Server = app.listen(0, "127.0.0.1", (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  servers.push(server);
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/inbound/mailgun/mime`;
}

/** The router in an app of its own, as app.ts mounts it: before any body parser. */
async function startRoute(overrides: Partial<InboundWebhookDeps> = {}) {
  const receiver = new RecordingReceiver();
  const { authenticate, calls } = recordingAuthenticate();
  const log = capturedLog();
  const keyPrefix = newKeyPrefix();
  const deps: InboundWebhookDeps = {
    signingKey: KEY,
    replayGuard: createReplayGuard(redis, keyPrefix, TTL_MS),
    receiver,
    authenticate,
    maxBytes: 20_000,
    logger: log.logger,
    ...overrides,
  };
  const app = express();
  app.use(inboundWebhookRouter(deps));
  app.use(express.urlencoded({ extended: false, limit: "16kb" }));
  return { url: await listen(app), receiver, calls, logs: log.entries, keyPrefix };
}

/** The fields Mailgun posts with a raw message, signed now (or at `atMs`). */
function mailgunFields(overrides: Record<string, string> = {}, atMs = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(atMs / 1000));
  const token = randomBytes(25).toString("hex");
  return {
    recipient: INBOX,
    sender: CONNECTOR,
    from: `Ana <${CONNECTOR}>`,
    subject: "Fwd: intro to Bo",
    "X-Mailgun-Spf": "Pass",
    timestamp,
    token,
    signature: signMailgunPayload(timestamp, token, KEY),
    ...overrides,
  };
}

function without(fields: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => key !== name));
}

/** Multipart, as Mailgun posts a message with attachments; body-mime as a file part (exact bytes) by default. */
function postMultipart(url: string, fields: Record<string, string>, mime: Buffer | null = MIME, asFile = true) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (mime) {
    if (asFile) form.set("body-mime", new Blob([mime], { type: "message/rfc822" }), "message.mime");
    else form.set("body-mime", mime.toString("utf8"));
  }
  return fetch(url, { method: "POST", body: form });
}

/** Urlencoded, as Mailgun posts a message without attachments. */
function postUrlencoded(url: string, fields: Record<string, string>, mime: string) {
  return fetch(url, { method: "POST", body: new URLSearchParams({ ...fields, "body-mime": mime }) });
}

describe("POST /inbound/mailgun/mime (Mailgun's raw-MIME forward)", () => {
  it("multipart: a signed post is handed to the receiver with exactly the message's bytes", async () => {
    const route = await startRoute();
    const response = await postMultipart(route.url, mailgunFields());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: true });
    expect(route.receiver.deliveries).toHaveLength(1);
    const [delivery] = route.receiver.deliveries;
    expect(delivery?.route).toBe("inbound_webhook");
    expect(delivery?.recipient).toBe(INBOX);
    expect(delivery?.raw.equals(MIME)).toBe(true);
    expect(delivery?.authentication).toEqual({ from: CONNECTOR, passes: true, summary: "spf=Pass" });
    // Mailgun's verdicts reach the sender check: its SPF field and the envelope sender.
    expect(route.calls).toEqual([{ spf: "Pass", mailFrom: CONNECTOR }]);
  });

  it("multipart with body-mime as a text field", async () => {
    const route = await startRoute();
    const text = `From: Ana <${CONNECTOR}>\r\nSubject: Café ☕\r\n\r\nHello + / = & %\r\n`;
    const response = await postMultipart(route.url, mailgunFields(), Buffer.from(text, "utf8"), false);
    expect(response.status).toBe(200);
    expect(route.receiver.deliveries[0]?.raw.toString("utf8")).toBe(text);
  });

  it("urlencoded: a signed post is accepted, the message intact", async () => {
    const route = await startRoute();
    const text = `From: Ana <${CONNECTOR}>\r\nTo: ${INBOX}\r\nSubject: Fwd: Café\r\n\r\nIntro please + thanks & bye 100%\r\n`;
    const response = await postUrlencoded(route.url, mailgunFields({ recipient: "  IN-7K2@SafeIntro.test " }), text);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: true });
    expect(route.receiver.deliveries[0]?.raw.toString("utf8")).toBe(text);
    // The envelope address is compared as an address: case and spaces do not matter.
    expect(route.receiver.deliveries[0]?.recipient).toBe(INBOX);
  });

  it("logs addresses and the outcome, never the message", async () => {
    const route = await startRoute();
    expect((await postMultipart(route.url, mailgunFields())).status).toBe(200);
    const logged = JSON.stringify(route.logs);
    expect(logged).toContain("inbound message accepted");
    expect(logged).toContain(INBOX);
    expect(logged).not.toContain(SECRET_LINE);
    expect(logged).not.toContain("Fwd: intro to Bo");
  });

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

  it("without X-Mailgun-Spf the sender check is told there is no verdict", async () => {
    const route = await startRoute();
    const fields = without(mailgunFields({ sender: "" }), "X-Mailgun-Spf");
    await postMultipart(route.url, fields);
    expect(route.calls).toEqual([{ spf: null, mailFrom: null }]);
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
