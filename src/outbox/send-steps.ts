import type { PrismaClient } from "../db/index.js";

// The database side of sending one outbox email (the send worker, src/queue/send-worker.ts, is
// the other side). Each step is one committed statement or transaction of its own: a crash
// between two steps leaves the row saying how far it got.

const DAY_MS = 24 * 60 * 60_000;
/** How long an email waits when other emails of the account are being sent right now. */
const IN_FLIGHT_WAIT_MS = 60_000;

export interface OutboxEmailToSend {
  id: string;
  connectorId: string;
  messageId: string;
  raw: Uint8Array | null;
  gmailThreadId: string | null;
  status: "pending" | "sent" | "failed";
  attempts: number;
}

export async function loadOutboxEmail(prisma: PrismaClient, id: string): Promise<OutboxEmailToSend | null> {
  return prisma.outboxEmail.findUnique({
    where: { id },
    select: {
      id: true,
      connectorId: true,
      messageId: true,
      raw: true,
      gmailThreadId: true,
      status: true,
      attempts: true,
    },
  });
}

export type Claim =
  /** attempts went up by one, committed: the email may be sent now. */
  | { kind: "claimed" }
  /** The cap would be passed: nothing changed; try again at `until`. */
  | { kind: "capped"; until: Date; sentInWindow: number }
  /** Another worker claimed it meanwhile, or it is no longer pending: leave it alone. */
  | { kind: "taken" };

/**
 * The last step before Gmail is called: checks the account's daily send cap and, if there is
 * room, counts the attempt (attempts + 1) in the same transaction. The count is committed
 * before the send, so that a retry after any crash knows this email may have gone out and
 * looks for it first. Per connector, claims run one at a time (a transaction-scoped advisory
 * lock), so two workers cannot both take the last place under the cap. Emails claimed and
 * not yet marked (being sent, or whose send failed and will be retried) count as sent: the cap
 * is never passed, though it may be reached a little early.
 */
export async function claimSend(
  prisma: PrismaClient,
  email: Pick<OutboxEmailToSend, "id" | "connectorId" | "attempts">,
  settings: { dailyCap: number; now?: Date },
): Promise<Claim> {
  const now = settings.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`outbox-send:${email.connectorId}`}, 0))`;
    const sent = await tx.outboxEmail.findMany({
      where: { connectorId: email.connectorId, status: "sent", sentAt: { gt: new Date(now.getTime() - DAY_MS) } },
      select: { sentAt: true },
      orderBy: { sentAt: "asc" },
    });
    const inFlight = await tx.outboxEmail.count({
      where: { connectorId: email.connectorId, status: "pending", attempts: { gt: 0 }, id: { not: email.id } },
    });
    const over = sent.length + inFlight - settings.dailyCap + 1;
    if (over > 0) {
      // Enough sends must leave the 24-hour window to make room; without enough of them (the
      // rest are in flight), wait a minute for those to settle.
      const leaving = sent[over - 1]?.sentAt;
      const until = leaving
        ? new Date(leaving.getTime() + DAY_MS + 1_000)
        : new Date(now.getTime() + IN_FLIGHT_WAIT_MS);
      return { kind: "capped", until, sentInWindow: sent.length };
    }
    const claimed = await tx.outboxEmail.updateMany({
      where: { id: email.id, status: "pending", attempts: email.attempts },
      data: { attempts: { increment: 1 }, lastError: null },
    });
    return claimed.count === 1 ? { kind: "claimed" } : { kind: "taken" };
  });
}

/**
 * Gmail took it: one statement records which message it became, and the thread it went to (a
 * later email about the same request, the target's reminder, is sent in that thread). False
 * if it was no longer pending.
 */
export async function markSent(
  prisma: PrismaClient,
  id: string,
  sent: { id: string; threadId: string },
  now: Date = new Date(),
): Promise<boolean> {
  const marked = await prisma.outboxEmail.updateMany({
    where: { id, status: "pending" },
    data: { status: "sent", gmailMessageId: sent.id, gmailThreadId: sent.threadId, sentAt: now, lastError: null },
  });
  return marked.count === 1;
}

/** Given up, with the reason in plain words for the page. */
export async function markFailed(prisma: PrismaClient, id: string, reason: string): Promise<void> {
  await prisma.outboxEmail.updateMany({
    where: { id, status: "pending" },
    data: { status: "failed", lastError: reason },
  });
}

/** Still pending; the words say why it waits or what went wrong (best effort: the database may be what failed). */
export async function notePending(prisma: PrismaClient, id: string, words: string): Promise<void> {
  await prisma.outboxEmail.updateMany({ where: { id, status: "pending" }, data: { lastError: words } });
}
