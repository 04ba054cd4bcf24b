// Shared by the inbound SMTP listener's tests (smtp-listener-*.test.ts): a receiver that records
// what it is handed, test DNS for the sender checks, a listener on a free port closed after each
// test, nodemailer to send as a forwarding mail server would, and a bare client for what a
// well-behaved one would not do. Call useSmtpListeners() at the top of each test file.
import { connect, type Socket } from "node:net";
import nodemailer from "nodemailer";
import { afterEach, beforeAll, expect } from "vitest";
import type { DnsResolver } from "../../../src/inbound/dns-resolver.js";
import type { InboundDelivery, InboundOutcome, InboundReceiver } from "../../../src/inbound/inbound-types.js";
import { startSmtpListener, type SmtpListener } from "../../../src/inbound/smtp-listener.js";
import { capturedLog, type LogEntry } from "../../support/captured-log.js";
import { inboundDns, type InboundDns } from "../../support/inbound-dns.js";

export const INBOUND = "intros-k3x9@in.safeintro.test";
export const CONNECTOR = "sam@rivera.example";
export const SECRET_TEXT = "introduce me to Leo";

/**
 * The seam: a receiver that records what it is handed and applies a simplified policy (the
 * real one is src/inbound/receive-inbound.ts, tested end to end elsewhere).
 */
class RecordingReceiver implements InboundReceiver {
  deliveries: InboundDelivery[] = [];
  checkedRecipients: string[] = [];
  recipientCheckFails = false;
  receiveFails = false;

  async knowsRecipient(address: string): Promise<boolean> {
    this.checkedRecipients.push(address);
    if (this.recipientCheckFails) throw new Error("database unreachable");
    return address === INBOUND;
  }

  async receive(delivery: InboundDelivery): Promise<InboundOutcome> {
    this.deliveries.push(delivery);
    if (this.receiveFails) throw new Error("Redis unreachable");
    const { from, passes, summary } = delivery.authentication;
    if (from === null) return { accepted: false, refusal: "malformed", reason: "No From address: nothing to forward" };
    if (from !== CONNECTOR)
      return { accepted: false, refusal: "sender_not_connector", reason: `${from} is not the connector` };
    if (!passes)
      return {
        accepted: false,
        refusal: "sender_not_authenticated",
        reason: `From ${from} but not authenticated (${summary})`,
      };
    return { accepted: true, inboundMessageId: `inbound-${this.deliveries.length}` };
  }
}

/** The test domains' DNS: made by useSmtpListeners(). */
export let dns: InboundDns;
const opened: SmtpListener[] = [];

/** The test DNS for the file's tests, and each test's listeners closed after it. */
export function useSmtpListeners(): void {
  beforeAll(() => {
    dns = inboundDns({ domain: "rivera.example" }, { domain: "forger.example", spf: "v=spf1 ip4:203.0.113.9 -all" });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((listener) => listener.close()));
  });
}

/** A listener on a free port, with a recording receiver and a log to read. */
export async function listen(
  options: { maxBytes?: number; resolver?: DnsResolver; tls?: { key: Buffer; cert: Buffer } } = {},
) {
  const receiver = new RecordingReceiver();
  const log = capturedLog();
  const listener = await startSmtpListener({
    host: "127.0.0.1",
    port: 0,
    receiver,
    maxBytes: options.maxBytes ?? 1_000_000,
    resolver: options.resolver ?? dns.resolver,
    logger: log.logger,
    name: "in.safeintro.test",
    ...(options.tls ? { tls: options.tls } : {}),
  });
  opened.push(listener);
  return { listener, receiver, log: log.entries };
}

/** Sends `raw` as the envelope says, the way a mail server forwarding for the connector would. */
export async function send(
  listener: SmtpListener,
  raw: Buffer,
  envelope: { from?: string; to?: string | string[] } = {},
) {
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: listener.port,
    secure: false,
    ignoreTLS: true,
    name: "mail.rivera.example",
  });
  try {
    return await transport.sendMail({
      envelope: { from: envelope.from ?? CONNECTOR, to: envelope.to ?? INBOUND },
      raw,
    });
  } finally {
    transport.close();
  }
}

/** The error nodemailer rejects with, to look at its SMTP reply. */
export async function refusal(
  sending: Promise<unknown>,
): Promise<{ responseCode?: number; response?: string; code?: string }> {
  try {
    await sending;
  } catch (error) {
    return error as { responseCode?: number; response?: string; code?: string };
  }
  throw new Error("the message was accepted");
}

export const noMessageContent = (entries: LogEntry[]) => expect(JSON.stringify(entries)).not.toContain(SECRET_TEXT);

/** A bare SMTP client over node:net, to do what a well-behaved client would not. */
export async function rawClient(port: number): Promise<{ socket: Socket; command(line: string): Promise<string> }> {
  const socket = connect({ host: "127.0.0.1", port });
  let buffered = "";
  let waiting: ((reply: string) => void) | null = null;
  socket.setEncoding("utf8");
  socket.on("error", () => {});
  // A reply is complete at a line whose code is followed by a space (not "250-").
  const deliver = () => {
    const end = buffered.match(/(?:^|\r\n)\d{3} [^\r\n]*\r\n/);
    if (!end || !waiting) return;
    const length = (end.index ?? 0) + end[0].length;
    const reply = buffered.slice(0, length);
    buffered = buffered.slice(length);
    const resolve = waiting;
    waiting = null;
    resolve(reply.trimStart());
  };
  socket.on("data", (chunk: string) => {
    buffered += chunk;
    deliver();
  });
  const nextReply = () =>
    new Promise<string>((resolve) => {
      waiting = resolve;
      deliver();
    });
  const greeting = await nextReply();
  expect(greeting).toMatch(/^220 in\.safeintro\.test/);
  return {
    socket,
    command(line) {
      const reply = nextReply();
      socket.write(`${line}\r\n`);
      return reply;
    },
  };
}
