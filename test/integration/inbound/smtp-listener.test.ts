import { connect, type Socket } from "node:net";
import nodemailer from "nodemailer";
import getTLSOptions from "smtp-server/lib/tls-options.js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DnsResolver } from "../../../src/inbound/dns-resolver.js";
import type { InboundDelivery, InboundOutcome, InboundReceiver } from "../../../src/inbound/inbound-types.js";
import { startSmtpListener, type SmtpListener } from "../../../src/inbound/smtp-listener.js";
import { capturedLog, type LogEntry } from "../../support/captured-log.js";
import { forwardedMessage, inboundDns, type InboundDns } from "../../support/inbound-dns.js";

const INBOUND = "intros-k3x9@in.safeintro.test";
const CONNECTOR = "sam@rivera.example";
const SECRET_TEXT = "introduce me to Leo";

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

let dns: InboundDns;
beforeAll(() => {
  dns = inboundDns({ domain: "rivera.example" }, { domain: "forger.example", spf: "v=spf1 ip4:203.0.113.9 -all" });
});

const opened: SmtpListener[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((listener) => listener.close()));
});

async function listen(
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
async function send(listener: SmtpListener, raw: Buffer, envelope: { from?: string; to?: string | string[] } = {}) {
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
async function refusal(
  sending: Promise<unknown>,
): Promise<{ responseCode?: number; response?: string; code?: string }> {
  try {
    await sending;
  } catch (error) {
    return error as { responseCode?: number; response?: string; code?: string };
  }
  throw new Error("the message was accepted");
}

const noMessageContent = (entries: LogEntry[]) => expect(JSON.stringify(entries)).not.toContain(SECRET_TEXT);

describe("the inbound SMTP listener", () => {
  it("accepts the connector's signed forward with 250 once the receiver has it", async () => {
    const { listener, receiver, log } = await listen();
    const signed = await dns.sign(forwardedMessage({ from: `Sam Rivera <${CONNECTOR}>` }), {
      domain: "rivera.example",
    });

    const info = await send(listener, signed);

    expect(info.response).toMatch(/^250 .*Accepted: forwarded to SafeIntro/);
    expect(receiver.deliveries).toHaveLength(1);
    const delivery = receiver.deliveries[0]!;
    expect(delivery).toMatchObject({
      route: "inbound_smtp",
      recipient: INBOUND,
      authentication: { from: CONNECTOR, passes: true, summary: "spf=pass dkim=pass (rivera.example) dmarc=pass" },
    });
    expect(Object.keys(delivery.authentication).sort()).toEqual(["from", "passes", "summary"]);
    expect(delivery.raw.equals(signed)).toBe(true);
    expect(log).toContainEqual(expect.objectContaining({ recipient: INBOUND, outcome: "accepted" }));
    noMessageContent(log);
  });

  it("refuses an unknown recipient with 550 at RCPT, before any data", async () => {
    const { listener, receiver } = await listen();
    const error = await refusal(
      send(listener, forwardedMessage({ from: CONNECTOR }), { to: "intros-gone@in.safeintro.test" }),
    );
    expect(error.code).toBe("EENVELOPE");
    expect(error.responseCode).toBe(550);
    expect(error.response).toMatch(/Unknown address <intros-gone@in\.safeintro\.test>/);
    expect(receiver.deliveries).toHaveLength(0);
  });

  it("answers 451 at RCPT when the recipient cannot be checked, so the sender retries", async () => {
    const { listener, receiver } = await listen();
    receiver.recipientCheckFails = true;
    const error = await refusal(send(listener, forwardedMessage({ from: CONNECTOR })));
    expect(error.responseCode).toBe(451);
    expect(receiver.deliveries).toHaveLength(0);
  });

  it("takes one recipient per transaction: a second RCPT gets 452 and only the first is delivered", async () => {
    const { listener, receiver } = await listen();
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const info = await send(listener, signed, { to: [INBOUND, "intros-other@in.safeintro.test"] });
    expect(info.accepted).toEqual([INBOUND]);
    expect(info.rejected).toEqual(["intros-other@in.safeintro.test"]);
    expect(info.rejectedErrors?.[0]).toMatchObject({ responseCode: 452 });
    expect(receiver.deliveries.map((delivery) => delivery.recipient)).toEqual([INBOUND]);
  });

  it("refuses a message over maxBytes with 552 and does not hand it over", async () => {
    const { listener, receiver, log } = await listen({ maxBytes: 2_000 });
    const big = forwardedMessage({ from: CONNECTOR, body: `${SECRET_TEXT}\r\n${"x".repeat(76)}\r\n`.repeat(60) });
    const error = await refusal(send(listener, big));
    expect(error.responseCode).toBe(552);
    expect(error.response).toContain("exceeds 2000 bytes");
    expect(receiver.deliveries).toHaveLength(0);
    noMessageContent(log);
  });

  it("refuses a forged From with 550 and the receiver's reason", async () => {
    const { listener, receiver, log } = await listen();
    const forged = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "forger.example" });
    const error = await refusal(send(listener, forged, { from: "x@forger.example" }));
    expect(error.responseCode).toBe(550);
    expect(error.response).toContain(
      `From ${CONNECTOR} but not authenticated (spf=fail dkim=pass (forger.example, not aligned) dmarc=fail)`,
    );
    expect(receiver.deliveries).toHaveLength(1);
    expect(log).toContainEqual(expect.objectContaining({ outcome: "sender_not_authenticated", from: CONNECTOR }));
    noMessageContent(log);
  });

  it("answers 451 when the receiver fails (database or Redis down), so the sender keeps the message", async () => {
    const { listener, receiver, log } = await listen();
    receiver.receiveFails = true;
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const error = await refusal(send(listener, signed));
    expect(error.responseCode).toBe(451);
    expect(error.response).toMatch(/try again later/);
    expect(log).toContainEqual(expect.objectContaining({ outcome: "failed" }));

    receiver.receiveFails = false;
    const info = await send(listener, signed);
    expect(info.response).toMatch(/^250 /);
  });

  it("answers 451 without handing over when DNS fails while checking the sender", async () => {
    const timingOut: DnsResolver = async () => {
      throw Object.assign(new Error("queryTxt ETIMEOUT"), { code: "ETIMEOUT" });
    };
    const { listener, receiver } = await listen({ resolver: timingOut });
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const error = await refusal(send(listener, signed));
    expect(error.responseCode).toBe(451);
    expect(error.response).toContain("temperror");
    expect(receiver.deliveries).toHaveLength(0);
  });

  it("refuses garbage without headers with a clear 550, and keeps serving", async () => {
    const { listener, receiver } = await listen();
    const garbage = Buffer.from([0x00, 0xff, 0xfe, 0x41, 0x0d, 0x0a, 0x0d, 0x0a, 0x7f, 0x80, 0x0d, 0x0a]);
    const error = await refusal(send(listener, garbage));
    expect(error.responseCode).toBe(550);
    expect(error.response).toContain("No From address");
    expect(receiver.deliveries[0]?.authentication).toEqual({ from: null, passes: false, summary: "no From address" });

    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    expect((await send(listener, signed)).response).toMatch(/^250 /);
  });

  it("survives a client that disconnects in the middle of DATA, and serves the next one", async () => {
    const { listener, receiver, log } = await listen();
    const client = await rawClient(listener.port);
    expect(await client.command("EHLO mail.rivera.example")).toMatch(/^250/);
    expect(await client.command(`MAIL FROM:<${CONNECTOR}>`)).toMatch(/^250/);
    expect(await client.command(`RCPT TO:<${INBOUND}>`)).toMatch(/^250/);
    expect(await client.command("DATA")).toMatch(/^354/);
    client.socket.write(`From: ${CONNECTOR}\r\nSubject: half\r\n\r\n${SECRET_TEXT}, and then the line`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    client.socket.destroy();

    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    expect((await send(listener, signed)).response).toMatch(/^250 /);
    expect(receiver.deliveries).toHaveLength(1);
    expect(log).toContainEqual(expect.objectContaining({ msg: "inbound smtp: message not received in full" }));
    noMessageContent(log);
  });

  it("offers neither AUTH nor STARTTLS without a certificate, and advertises the size limit", async () => {
    const { listener } = await listen({ maxBytes: 4_096 });
    const client = await rawClient(listener.port);
    const ehlo = await client.command("EHLO mail.rivera.example");
    client.socket.end("QUIT\r\n");
    expect(ehlo).toContain("SIZE 4096");
    expect(ehlo).not.toContain("AUTH");
    expect(ehlo).not.toContain("STARTTLS");
  });

  it("offers STARTTLS with a certificate, and receives over it", async () => {
    // smtp-server's built-in test certificate: its key is public, which is fine for a test.
    const { key, cert } = getTLSOptions();
    const { listener, receiver } = await listen({
      tls: { key: Buffer.from(String(key)), cert: Buffer.from(String(cert)) },
    });
    const client = await rawClient(listener.port);
    const ehlo = await client.command("EHLO mail.rivera.example");
    client.socket.end("QUIT\r\n");
    expect(ehlo).toContain("STARTTLS");
    expect(ehlo).not.toContain("AUTH");

    const transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: listener.port,
      secure: false,
      requireTLS: true,
      tls: { rejectUnauthorized: false },
      name: "mail.rivera.example",
    });
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    try {
      const info = await transport.sendMail({ envelope: { from: CONNECTOR, to: INBOUND }, raw: signed });
      expect(info.response).toMatch(/^250 /);
    } finally {
      transport.close();
    }
    expect(receiver.deliveries[0]?.authentication.passes).toBe(true);
  });
});

/** A bare SMTP client over node:net, to do what a well-behaved client would not. */
async function rawClient(port: number): Promise<{ socket: Socket; command(line: string): Promise<string> }> {
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
