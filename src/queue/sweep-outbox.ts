import type { PrismaClient } from "../db/index.js";
import type { Logger } from "../logger.js";
import type { SendJobs } from "./send-jobs.js";

/** A pending email this old may have lost its job (Redis down when it was queued, or its data lost). */
const LOST_AFTER_MS = 60_000;
/** An email's raw message is kept this long after it was sent (or failed), then cleared. */
export const KEEP_RAW_MS = 7 * 24 * 60 * 60_000;
const BATCH = 500;

/**
 * The outbox's upkeep, each minute. Queues the pending emails of connected accounts again:
 * a state change writes the row and queues its job in two steps, Redis can fail between them,
 * and a job given up after its last attempt leaves its row pending. PostgreSQL is the record;
 * deduplication makes queueing an email whose job still exists (waiting, delayed for the
 * daily cap, running) a no-op. And clears the raw message of emails sent or failed more than
 * KEEP_RAW_MS ago: their Message-ID, Gmail id and status stay.
 */
export async function sweepOutbox(
  deps: { prisma: PrismaClient; sends: SendJobs; logger: Logger },
  now: Date = new Date(),
): Promise<{ queued: number; cleared: number }> {
  const pending = await deps.prisma.outboxEmail.findMany({
    where: {
      status: "pending",
      createdAt: { lt: new Date(now.getTime() - LOST_AFTER_MS) },
      // One waiting for its connector to reconnect is queued once they have.
      connector: { googleAccount: { is: { status: "active" } } },
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const { id } of pending) await deps.sends.requestSend(id);
  const keptSince = new Date(now.getTime() - KEEP_RAW_MS);
  const { count: cleared } = await deps.prisma.outboxEmail.updateMany({
    where: {
      raw: { not: null },
      OR: [
        { status: "sent", sentAt: { lt: keptSince } },
        { status: "failed", createdAt: { lt: keptSince } },
      ],
    },
    data: { raw: null },
  });
  if (cleared > 0) deps.logger.info({ cleared }, "cleared the content of emails sent more than 7 days ago");
  return { queued: pending.length, cleared };
}
