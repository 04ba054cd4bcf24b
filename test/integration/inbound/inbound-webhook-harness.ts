// Shared by the Mailgun webhook route's tests (inbound-webhook-*.test.ts): a receiver and a
// sender check that record what they are handed, the route in an app of its own, posts signed
// as Mailgun signs them, and the run's Redis for the replay guard. Call useRedisAndListeners()
// at the top of each test file.
import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import express from "express";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll } from "vitest";
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

export const KEY = "test-webhook-signing-key";
export const INBOX = "in-7k2@safeintro.test";
export const CONNECTOR = "ana@example.org";
/** Only in the message's body: it must never reach a log. */
export const SECRET_LINE = "Confidential: the Q3 numbers are 4.2M";
/** A message with a byte that is not UTF-8 (latin1 "é"): it must reach the receiver unchanged. */
export const MIME = Buffer.concat([
  Buffer.from(`From: Ana <${CONNECTOR}>\r\nTo: ${INBOX}\r\nSubject: Fwd: intro to Bo\r\n`),
  Buffer.from("Content-Type: text/plain; charset=iso-8859-1\r\n\r\nCaf"),
  Buffer.from([0xe9]),
  Buffer.from(`\r\n${SECRET_LINE}\r\n`),
]);
export const TTL_MS = 2 * MAILGUN_SIGNATURE_MAX_AGE_MS;

/**
 * The receiver's contract, kept in memory: one connector with one address, the sender policy
 * of inbound-types.ts (From must be the connector's, and authenticated).
 */
export class RecordingReceiver implements InboundReceiver {
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
export function recordingAuthenticate() {
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

/** The run's Redis, for the replay guard: connected by useRedisAndListeners(). */
export let redis: Redis;
const keyPrefixes: string[] = [];
const servers: Server[] = [];

/** Redis for the file's tests; each test's route servers closed after it, and the keys they left removed. */
export function useRedisAndListeners(): void {
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
}

export function newKeyPrefix(): string {
  const prefix = `${redisPrefix()}inbound-webhook-test:${randomUUID()}:`;
  keyPrefixes.push(prefix);
  return prefix;
}

export async function listen(app: express.Express): Promise<string> {
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
export async function startRoute(overrides: Partial<InboundWebhookDeps> = {}) {
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
export function mailgunFields(overrides: Record<string, string> = {}, atMs = Date.now()): Record<string, string> {
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

export function without(fields: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => key !== name));
}

/** Multipart, as Mailgun posts a message with attachments; body-mime as a file part (exact bytes) by default. */
export function postMultipart(url: string, fields: Record<string, string>, mime: Buffer | null = MIME, asFile = true) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (mime) {
    if (asFile) form.set("body-mime", new Blob([mime], { type: "message/rfc822" }), "message.mime");
    else form.set("body-mime", mime.toString("utf8"));
  }
  return fetch(url, { method: "POST", body: form });
}

/** Urlencoded, as Mailgun posts a message without attachments. */
export function postUrlencoded(url: string, fields: Record<string, string>, mime: string) {
  return fetch(url, { method: "POST", body: new URLSearchParams({ ...fields, "body-mime": mime }) });
}
