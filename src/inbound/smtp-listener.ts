import { hostname } from "node:os";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import type { Logger } from "../logger.js";
import { authenticateSmtpSender } from "./authenticate-sender.js";
import type { DnsResolver } from "./dns-resolver.js";
import type { InboundOutcome, InboundReceiver } from "./inbound-types.js";

/**
 * SafeIntro's own SMTP listener for the forward-to addresses (the MX of INBOUND_DOMAIN). It
 * only receives: no AUTH, no relaying. An unknown address is refused at RCPT; a message is
 * read whole (up to maxBytes), its sender checked (SPF, DKIM, DMARC) and handed to the
 * receiver, which has stored it before we answer 250. Whenever the failure is ours (the
 * database, Redis, DNS), the answer is 4xx so the sending server keeps the message and tries
 * again: nothing is lost. The logs get addresses and outcomes, never the message.
 */

export interface SmtpListenerOptions {
  /** Interface to listen on ("0.0.0.0" for an MX host, "127.0.0.1" in tests). */
  host: string;
  /** 0: any free port (see the port of the started listener). */
  port: number;
  receiver: InboundReceiver;
  /** The largest message accepted (INBOUND_MAX_BYTES); advertised with SIZE. */
  maxBytes: number;
  /** DNS for the sender checks; the system's when not given. */
  resolver?: DnsResolver;
  /** A certificate for STARTTLS; without it no TLS is offered. */
  tls?: { key: Buffer; cert: Buffer };
  logger: Logger;
  /** The host name in the greeting and in the checks' comments; the machine's by default. */
  name?: string;
}

export interface SmtpListener {
  host: string;
  port: number;
  /** Stops accepting connections and waits for the open ones to finish (at most 30 s). */
  close(): Promise<void>;
}

/**
 * One recipient per transaction: the message then belongs to one connector and gets one
 * answer. A sending server told 452 at a second RCPT keeps that recipient for another
 * transaction (RFC 5321 4.5.3.1.10), so a message to two connectors still reaches both.
 */
const MAX_RECIPIENTS = 1;

/** An error whose code smtp-server answers the client with. */
const smtpError = (responseCode: number, message: string): Error & { responseCode: number } =>
  Object.assign(new Error(message), { responseCode });

export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const { receiver, maxBytes, logger } = options;
  const name = options.name ?? hostname();
  const log = logger.child({ component: "inbound-smtp" });

  const server = new SMTPServer({
    name,
    banner: "SafeIntro forwarding",
    secure: false,
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
    disabledCommands: options.tls ? ["AUTH"] : ["AUTH", "STARTTLS"],
    authOptional: true,
    size: maxBytes,
    maxRecipients: MAX_RECIPIENTS,
    // smtp-server would look the client's name up in DNS: we have no use for it, and tests
    // must not reach the network.
    disableReverseLookup: true,
    logger: false,

    onRcptTo(address, session, callback) {
      const recipient = address.address.toLowerCase();
      receiver.knowsRecipient(recipient).then(
        (known) => {
          if (known) return callback();
          log.info({ session: session.id, recipient }, "inbound smtp: unknown recipient refused");
          callback(smtpError(550, `Unknown address <${recipient}>: no SafeIntro forwarding address by that name`));
        },
        (error: unknown) => {
          log.error({ session: session.id, recipient, err: describe(error) }, "inbound smtp: recipient check failed");
          callback(smtpError(451, "Cannot check the address just now, try again later"));
        },
      );
    },

    onData(stream, session, callback) {
      readMessage(stream, maxBytes).then(
        async (raw) => {
          if (raw === null) {
            log.info({ session: session.id, bytes: stream.byteLength }, "inbound smtp: message too large refused");
            return callback(smtpError(552, `Message exceeds ${maxBytes} bytes`));
          }
          const [reply, logFields] = await deliver(raw, session);
          log.info({ session: session.id, ...logFields }, "inbound smtp: message handled");
          if (reply instanceof Error) callback(reply);
          else callback(null, reply);
        },
        (error: unknown) => {
          // The client went away mid-message (smtp-server destroys the stream): nothing was
          // received, nothing to answer; the reply below goes nowhere if the socket is gone.
          log.info({ session: session.id, err: describe(error) }, "inbound smtp: message not received in full");
          callback(smtpError(451, "Message not received in full, try again"));
        },
      );
    },
  });

  /** Authenticates and hands over; returns the reply for the client and what to log. */
  async function deliver(
    raw: Buffer,
    session: SMTPServerSession,
  ): Promise<[reply: string | Error, logFields: Record<string, unknown>]> {
    const recipient = (session.envelope.rcptTo[0]?.address ?? "").toLowerCase();
    const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
    const fields: Record<string, unknown> = { recipient, mailFrom, bytes: raw.length };
    try {
      const { temporaryFailure, ...authentication } = await authenticateSmtpSender(
        raw,
        { ip: session.remoteAddress, helo: session.hostNameAppearsAs || "", mailFrom, mta: name },
        options.resolver,
      );
      Object.assign(fields, { from: authentication.from, authentication: authentication.summary });
      if (temporaryFailure) {
        // DNS failed: the sender may well pass once it answers, so have the client retry
        // rather than refuse the connector's forward for good.
        return [
          smtpError(451, `Cannot check the sender just now (${authentication.summary}), try again later`),
          fields,
        ];
      }
      const outcome = await receiver.receive({ route: "inbound_smtp", recipient, raw, authentication });
      fields.outcome = outcome.accepted ? "accepted" : outcome.refusal;
      return [outcome.accepted ? "Accepted: forwarded to SafeIntro" : refusalReply(outcome), fields];
    } catch (error) {
      fields.outcome = "failed";
      fields.err = describe(error);
      return [smtpError(451, "Cannot store the message just now, try again later"), fields];
    }
  }

  server.on("error", (error) => {
    // A client's socket error (reset, timeout) or the listener's: logged, never fatal.
    log.warn({ err: describe(error) }, "inbound smtp: connection error");
  });

  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    server.server.once("error", failed);
    server.listen(options.port, options.host, () => {
      server.server.off("error", failed);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  log.info({ host: options.host, port, tls: Boolean(options.tls) }, "inbound smtp: listening");

  return {
    host: options.host,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The whole message, or null when it is over maxBytes (then the rest is read and dropped, so
 * that the client gets our answer). Rejects when the client goes away before the end.
 */
function readMessage(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    stream.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    stream.once("end", () => resolve(stream.sizeExceeded || received > maxBytes ? null : Buffer.concat(chunks)));
    stream.once("error", reject);
    // A destroyed stream may close without 'error' or 'end'; the settled promise ignores repeats.
    stream.once("close", () => reject(new Error("the connection closed before the end of the message")));
  });
}

function refusalReply(outcome: Extract<InboundOutcome, { accepted: false }>): Error {
  // A refusal is for good (5xx): the sending server bounces it to the connector with the reason.
  return smtpError(outcome.refusal === "too_large" ? 552 : 550, outcome.reason);
}

/**
 * An error's name, code and the first line of its message, for the log. Only the first line:
 * some libraries' messages go on to quote the call's arguments, which may hold the message.
 */
function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 200) };
  const code = (error as { code?: unknown }).code;
  const firstLine = error.message.split("\n").find((line) => line.trim().length > 0) ?? "";
  return { name: error.name, message: firstLine.trim().slice(0, 200), ...(typeof code === "string" ? { code } : {}) };
}
