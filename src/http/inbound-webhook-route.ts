import { type Request, type Response, Router } from "express";
import {
  InboundFormError,
  type InboundReceiver,
  MAILGUN_SIGNATURE_MAX_AGE_MS,
  type ReplayGuard,
  readInboundForm,
  type SenderAuthentication,
  verifyMailgunSignature,
} from "../inbound/index.js";
import type { Logger } from "../logger.js";

/** Where a Mailgun route forwards to: forward("https://<host>/inbound/mailgun/mime"). The "mime" ending asks for the raw message. */
export const MAILGUN_MIME_PATH = "/inbound/mailgun/mime";

/** What Mailgun says about the sender, for our own checks (authenticate-sender.ts). */
export interface ProviderVerdicts {
  spf: string | null;
  mailFrom: string | null;
}

export interface InboundWebhookDeps {
  /** Mailgun's HTTP webhook signing key. */
  signingKey: string;
  /** Spent tokens, in Redis (createReplayGuard); it must keep them for 2 × the signature window. */
  replayGuard: ReplayGuard;
  receiver: InboundReceiver;
  authenticate: (raw: Buffer, provider: ProviderVerdicts) => Promise<SenderAuthentication>;
  /** INBOUND_MAX_BYTES: the largest message taken. The body may be a little larger (see BODY_ALLOWANCE). */
  maxBytes: number;
  logger: Logger;
  /** The clock signatures are checked against, in milliseconds (tests move it). */
  now?: () => number;
}

/**
 * Room for the form around the message: the other fields (a few hundred bytes), and the
 * percent-escapes of a urlencoded post (CRLFs, "+", "/", "=" and 8-bit bytes take three
 * bytes each; Mailgun posts urlencoded only for messages without attachments, the small ones).
 */
const bodyLimit = (maxBytes: number) => maxBytes + Math.ceil(maxBytes / 4) + 64 * 1024;

type Answer = { status: number; body: Record<string, unknown> };
const NOT_AUTHENTICATED: Answer = { status: 401, body: { error: "not authenticated" } };
const TRY_LATER: Answer = { status: 503, body: { error: "unavailable, try again later" } };

/**
 * POST /inbound/mailgun/mime: a message forwarded to a connector's inbound address, posted
 * raw by Mailgun. Mailgun reads the status only: 200 done, 406 refused for good, anything
 * else is posted again for 8 hours. So: a refusal the sender cannot fix by waiting is 406,
 * our own trouble (database, Redis) is 503, and a post we cannot authenticate is 401 (if it
 * was Mailgun with a key not yet configured, its retries get through once it is).
 *
 * It answers quickly: the receiver only stores the message and queues its analysis.
 * No session, cookie or CSRF token: the signature is the credential. It reads its own body,
 * so it must be mounted before the app's body parsers. Its logs carry addresses and
 * outcomes, never the message.
 */
export function inboundWebhookRouter(deps: InboundWebhookDeps): Router {
  const router = Router();
  const now = deps.now ?? Date.now;
  router.post(MAILGUN_MIME_PATH, async (request: Request, response: Response) => {
    const answer = await handle(request, deps, now);
    if (answer.status === 413) response.set("Connection", "close");
    response.status(answer.status).json(answer.body);
  });
  return router;
}

async function handle(request: Request, deps: InboundWebhookDeps, now: () => number): Promise<Answer> {
  const { logger } = deps;
  if (request.body !== undefined) {
    logger.error({ path: request.path }, "inbound webhook mounted after a body parser: it cannot read the message");
    return { status: 500, body: { error: "misconfigured" } };
  }
  let form;
  try {
    form = await readInboundForm(request, { maxBytes: bodyLimit(deps.maxBytes) });
  } catch (error) {
    if (!(error instanceof InboundFormError)) throw error;
    // Too large is worth an operator's eye (INBOUND_MAX_BYTES may be too small); malformed is the sender's problem.
    logger[error.problem === "too_large" ? "info" : "debug"]({ problem: error.problem }, "inbound post refused");
    return { status: error.status, body: { error: error.problem } };
  }
  const { fields, mime } = form;

  const signed = verifyMailgunSignature(
    { timestamp: fields.timestamp, token: fields.token, signature: fields.signature },
    deps.signingKey,
    now(),
    MAILGUN_SIGNATURE_MAX_AGE_MS,
  );
  if (!signed.ok) {
    // A wrong signing key or a skewed clock shows here first.
    logger.warn({ reason: signed.reason }, "inbound post not authenticated");
    return NOT_AUTHENTICATED;
  }
  const token = fields.token ?? "";
  const recipient = fields.recipient?.trim().toLowerCase();
  const mailFrom = fields.sender?.trim() || null;
  if (!mime || !recipient) {
    // Signed, so Mailgun's: a route whose URL does not end in "mime" posts no body-mime.
    logger.warn({ recipient, hasMime: mime !== null }, "inbound post without body-mime or recipient");
    return { status: 400, body: { error: "malformed" } };
  }
  if (mime.length > deps.maxBytes) {
    logger.info({ recipient, mailFrom, bytes: mime.length }, "inbound message too large");
    return { status: 413, body: { error: "too_large" } };
  }

  let claim;
  try {
    claim = await deps.replayGuard.claim(token);
  } catch (error) {
    logger.warn({ recipient, error: errorMessage(error) }, "inbound replay guard unavailable");
    return TRY_LATER;
  }
  // A token seen before is a replay: Mailgun posting again because our answer did not reach
  // it (its retries carry the same token), or someone who captured a post. Either way the
  // first post was answered for good, and nothing is created twice; 200 stops Mailgun's retries.
  if (claim === "already_received") {
    logger.info({ recipient, mailFrom }, "inbound post already received");
    return { status: 200, body: { alreadyReceived: true } };
  }
  // The same token is being handled right now: its outcome is not known yet, so "try again".
  if (claim === "in_progress") return TRY_LATER;

  let answer: Answer;
  try {
    answer = await deliver(deps, { recipient, mailFrom, mime, spf: field(fields, "X-Mailgun-Spf") });
  } catch (error) {
    logger.warn({ recipient, mailFrom, error: errorMessage(error) }, "inbound message not stored; Mailgun will retry");
    await deps.replayGuard.release(token).catch(() => {});
    return TRY_LATER;
  }
  // The answer stands even if Redis fails now: the message is stored (or refused) already.
  await deps.replayGuard.spend(token).catch((error: unknown) => {
    logger.warn({ recipient, error: errorMessage(error) }, "inbound token not recorded as spent");
  });
  return answer;
}

async function deliver(
  deps: InboundWebhookDeps,
  post: { recipient: string; mailFrom: string | null; mime: Buffer; spf: string | null },
): Promise<Answer> {
  const { logger } = deps;
  const { recipient, mailFrom } = post;
  if (!(await deps.receiver.knowsRecipient(recipient))) {
    logger.info({ recipient, mailFrom }, "inbound post for an unknown address refused");
    return {
      status: 406,
      body: { accepted: false, refusal: "unknown_recipient", reason: "No connector has this address." },
    };
  }
  const authentication = await deps.authenticate(post.mime, { spf: post.spf, mailFrom });
  const outcome = await deps.receiver.receive({ route: "inbound_webhook", recipient, raw: post.mime, authentication });
  const facts = { recipient, mailFrom, from: authentication.from, checks: authentication.summary };
  if (outcome.accepted) {
    logger.info({ ...facts, inboundMessageId: outcome.inboundMessageId }, "inbound message accepted");
    return { status: 200, body: { accepted: true } };
  }
  logger.info({ ...facts, refusal: outcome.refusal }, "inbound message refused");
  return { status: 406, body: { accepted: false, refusal: outcome.refusal, reason: outcome.reason } };
}

/** A form field by name, ignoring case (Mailgun writes X-Mailgun-Spf); null when absent or empty. */
function field(fields: Record<string, string>, name: string): string | null {
  const wanted = name.toLowerCase();
  const key = Object.keys(fields).find((candidate) => candidate.toLowerCase() === wanted);
  return (key && fields[key]?.trim()) || null;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
