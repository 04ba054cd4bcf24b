import {
  type BackoffStrategy,
  type ConnectionOptions,
  DelayedError,
  type Job,
  UnrecoverableError,
  Worker,
} from "bullmq";
import type { PrismaClient } from "../db/index.js";
import { type GmailError, type MailboxClient, markNeedsReconnect } from "../gmail/index.js";
import type { Logger } from "../logger.js";
import { claimSend, loadOutboxEmail, markFailed, markSent, notePending, waitingWords } from "../outbox/index.js";
import { classifyFailure } from "./classify-failure.js";
import { quietErrorLog } from "./quiet-error-log.js";
import { jobRetryDelayMs, rateLimitDelayMs } from "./retry-policy.js";
import { SEND_QUEUE, SendEmailPayload } from "./send-jobs.js";

export interface SendWorkerDeps {
  prisma: PrismaClient;
  mailboxFor: (accountId: string) => Pick<MailboxClient, "sendMessage" | "findSentByMessageId">;
  logger: Logger;
  /** SEND_DAILY_CAP: emails per account in any 24 hours. */
  dailyCap: number;
  /**
   * Told of each email once it is recorded as sent (the introduction moves its request to
   * `introduced`). A failure fails the job; its retry finds the email sent and tells again,
   * so what it does must be idempotent.
   */
  afterSent?: (outboxId: string) => Promise<void>;
}

export interface SendWorkerSettings {
  connection: ConnectionOptions;
  prefix?: string;
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/**
 * A retry after a send whose answer was lost waits at least this long: Gmail's search may
 * take a moment to show a message it has just taken, and the retry's search must see it.
 */
export const SEND_RETRY_MIN_DELAY_MS = 30_000;

/** The worker's `settings.backoffStrategy`: the Gmail backoff, never under SEND_RETRY_MIN_DELAY_MS. */
export const sendBackoffStrategy: BackoffStrategy = (attemptsMade, _type, error) =>
  Math.max(SEND_RETRY_MIN_DELAY_MS, jobRetryDelayMs(attemptsMade, error));

/** What became of one job; the job's return value, for the queue's records (ids only). */
export type SendOutcome =
  | { result: "sent"; gmailMessageId: string }
  /** A previous attempt had sent it: found in the mailbox by its Message-ID, not sent again. */
  | { result: "found_in_mailbox"; gmailMessageId: string }
  | { result: "skipped"; why: "gone" | "not_pending" | "claimed_elsewhere" }
  | { result: "failed" }
  | { result: "waiting_for_reconnect" };

/**
 * The consumer of the `send` queue: sends one outbox row through the connector's Gmail, at
 * most once (docs/outbox.md). The row says how far earlier attempts got: an email that may
 * have gone out (attempts > 0) is looked for in the mailbox by its Message-ID before it is
 * sent; the attempt is counted, and committed, before Gmail is called; the Gmail id is
 * recorded in one statement after. BullMQ owns the retries; an email is never failed for a
 * wait (the daily cap, a Gmail rate limit): its job is delayed and its page says until when.
 */
export function createSendWorker(deps: SendWorkerDeps, settings: SendWorkerSettings): Worker {
  const worker = new Worker(
    SEND_QUEUE,
    async (job: Job, token: string | undefined) => {
      const { outboxId } = SendEmailPayload.parse(job.data);
      const context: SendContext = { job, token, outboxId, accountId: undefined };
      try {
        return await sendOutboxEmail(deps, context);
      } catch (error) {
        return handleSendFailure(deps, context, error);
      }
    },
    {
      connection: settings.connection,
      ...(settings.prefix ? { prefix: settings.prefix } : {}),
      concurrency: settings.concurrency ?? 4,
      settings: { backoffStrategy: sendBackoffStrategy },
      ...(settings.lockDurationMs ? { lockDuration: settings.lockDurationMs } : {}),
      ...(settings.stalledIntervalMs ? { stalledInterval: settings.stalledIntervalMs } : {}),
    },
  );
  worker.on("failed", (job, error) => {
    if (!job || error.name === "UnrecoverableError") return;
    const givenUp = job.attemptsMade >= (job.opts.attempts ?? 1);
    // The row stays pending: the outbox sweep queues it again.
    if (givenUp)
      deps.logger.error(
        { jobId: job.id, outboxId: asOutboxId(job.data), attempts: job.attemptsMade, error: error.message },
        "send job given up after its last attempt; the outbox sweep queues it again",
      );
  });
  worker.on("error", quietErrorLog(deps.logger, "send queue worker error"));
  return worker;
}

interface SendContext {
  job: Job;
  token: string | undefined;
  outboxId: string;
  accountId: string | undefined;
}

async function sendOutboxEmail(deps: SendWorkerDeps, context: SendContext): Promise<SendOutcome> {
  const { prisma, logger } = deps;
  const email = await loadOutboxEmail(prisma, context.outboxId);
  // Deleted with its connector (disconnected), or already done by an earlier job.
  if (!email) return { result: "skipped", why: "gone" };
  if (email.status !== "pending") {
    // A retry after afterSent failed: tell it again (it is idempotent), or nothing happens after the send.
    if (email.status === "sent") await deps.afterSent?.(email.id);
    return { result: "skipped", why: "not_pending" };
  }
  const facts = { outboxId: email.id, connectorId: email.connectorId };

  const account = await prisma.googleAccount.findUnique({
    where: { connectorId: email.connectorId },
    select: { id: true, status: true },
  });
  if (!account) {
    await markFailed(prisma, email.id, "the connector's Gmail account is no longer connected");
    return { result: "failed" };
  }
  context.accountId = account.id;
  if (account.status !== "active") {
    // The outbox sweep queues it again once the connector has reconnected.
    await notePending(prisma, email.id, waitingWords.reconnect());
    return { result: "waiting_for_reconnect" };
  }
  const mailbox = deps.mailboxFor(account.id);

  if (email.attempts > 0) {
    // An earlier attempt called Gmail and did not record the answer: it may have gone out.
    const found = await mailbox.findSentByMessageId(email.messageId);
    if (found) {
      await markSent(prisma, email.id, found);
      await deps.afterSent?.(email.id);
      logger.info({ ...facts, gmailMessageId: found.id }, "email found in the mailbox: an earlier attempt sent it");
      return { result: "found_in_mailbox", gmailMessageId: found.id };
    }
  }
  if (!email.raw) {
    await markFailed(prisma, email.id, "its content is no longer stored");
    return { result: "failed" };
  }

  const claim = await claimSend(prisma, email, { dailyCap: deps.dailyCap });
  if (claim.kind === "taken") return { result: "skipped", why: "claimed_elsewhere" };
  if (claim.kind === "capped") {
    await notePending(prisma, email.id, waitingWords.dailyCap(deps.dailyCap, claim.until));
    logger.info({ ...facts, until: claim.until }, "daily send cap reached: the email waits");
    await context.job.moveToDelayed(claim.until.getTime(), context.token);
    throw new DelayedError();
  }

  const sent = await mailbox.sendMessage(email.raw, email.gmailThreadId ?? undefined);
  if (!(await markSent(prisma, email.id, sent)))
    logger.warn({ ...facts, gmailMessageId: sent.id }, "email sent, but its row was no longer pending");
  else logger.info({ ...facts, gmailMessageId: sent.id }, "email sent");
  await deps.afterSent?.(email.id);
  return { result: "sent", gmailMessageId: sent.id };
}

/**
 * What a failed send leads to. Always throws: an error BullMQ retries with the send backoff,
 * an UnrecoverableError (the row says why), or DelayedError for a job put aside for a wait.
 */
async function handleSendFailure(deps: SendWorkerDeps, context: SendContext, error: unknown): Promise<never> {
  if (error instanceof DelayedError) throw error;
  const { prisma, logger } = deps;
  const { job, token, outboxId, accountId } = context;
  const failure = classifyFailure(error);
  const facts = { outboxId, accountId, attempt: job.attemptsMade + 1 };
  const note = (words: string) =>
    notePending(prisma, outboxId, words).catch((noteError: unknown) =>
      logger.warn({ outboxId, error: (noteError as Error).message }, "could not record why the email waits"),
    );
  if (failure.kind !== "gmail") {
    await note(
      failure.kind === "database"
        ? "SafeIntro's database was unavailable; it tries again shortly"
        : failure.kind === "queue"
          ? "SafeIntro's job queue was unavailable; it tries again shortly"
          : "SafeIntro ran into a problem of its own; it tries again shortly",
    );
    logger[failure.kind === "unknown" ? "error" : "warn"](
      { ...facts, error: (error as Error).message },
      "send failed on a problem of SafeIntro's own; it is retried",
    );
    throw error;
  }
  const gmail: GmailError = failure.error;
  const gmailFacts = { ...facts, code: gmail.code, status: gmail.status, reason: gmail.reason };
  switch (gmail.code) {
    case "rate_limited": {
      // Gmail sets the pace (its per-user quota, or its own daily sending limit): the job waits
      // in the queue, the worker free meanwhile, and the page says until when.
      const timesLimited = Math.max(1, job.attemptsStarted - job.attemptsMade);
      const until = new Date(Date.now() + rateLimitDelayMs(gmail, timesLimited));
      await note(waitingWords.gmailLimit(until));
      logger.info({ ...gmailFacts, until }, "Gmail asked SafeIntro to slow down: the email waits in the queue");
      await job.moveToDelayed(until.getTime(), token);
      throw new DelayedError();
    }
    case "needs_reconnect":
      // As a sync does: the account waits for its connector; the sweep queues the email again after.
      if (accountId)
        await markNeedsReconnect(prisma, accountId, { grantedBefore: new Date(job.processedOn ?? Date.now()) });
      await note(waitingWords.reconnect());
      logger.warn(gmailFacts, "Google refused the account's grant: the email waits for its connector to reconnect");
      throw new UnrecoverableError("needs reconnect");
    case "configuration":
      await note(waitingWords.configuration());
      logger.error(
        gmailFacts,
        "Google refused SafeIntro's OAuth client: check GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET",
      );
      throw new UnrecoverableError(gmail.message);
    case "insufficient_scope":
    case "not_found":
    case "cursor_expired":
    case "permanent":
      await markFailed(prisma, outboxId, failedWords(gmail));
      logger.warn({ ...gmailFacts, error: gmail.message }, "Gmail refused to send the email: it is failed");
      throw new UnrecoverableError(gmail.message);
    case "temporary":
    case "unauthorized":
      await note("Gmail did not answer; SafeIntro tries again shortly");
      logger.warn({ ...gmailFacts, error: gmail.message }, "send failed; it is retried");
      throw gmail;
  }
}

/** The page's words for a refused send; Google's own message stays in the log. */
function failedWords(error: GmailError): string {
  if (error.code === "insufficient_scope")
    return "Gmail refused to send it: SafeIntro has not been given permission to send email from this Gmail account. Allow sending, then send it again.";
  if (error.code === "not_found") return "Gmail refused to send it: the conversation it replies in no longer exists.";
  const detail = [error.status, error.reason].filter((part) => part !== undefined).join(" ");
  return `Gmail refused to send it${detail ? ` (${detail})` : ""}.`;
}

function asOutboxId(data: unknown): string | undefined {
  const parsed = SendEmailPayload.safeParse(data);
  return parsed.success ? parsed.data.outboxId : undefined;
}
