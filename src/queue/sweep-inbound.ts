import type { PrismaClient } from "../db/index.js";
import type { Logger } from "../logger.js";
import type { InboundJobs } from "./inbound-jobs.js";

/** An accepted forward still waiting this long lost its job (Redis down when it came, a crash). */
const LOST_AFTER_MS = 60_000;
const BATCH = 200;

/**
 * Queues the forwards that were stored but never processed: the receiver answers 250 once a
 * message is in PostgreSQL, and queues its job after; Redis can fail in between.
 */
export async function sweepInbound(
  deps: { prisma: PrismaClient; inbound: InboundJobs; logger: Logger },
  now: Date = new Date(),
): Promise<number> {
  const waiting = await deps.prisma.inboundMessage.findMany({
    where: { status: "accepted", receivedAt: { lt: new Date(now.getTime() - LOST_AFTER_MS) } },
    select: { id: true },
    orderBy: { receivedAt: "asc" },
    take: BATCH,
  });
  for (const { id } of waiting) await deps.inbound.requestProcessing(id);
  if (waiting.length > 0) deps.logger.info({ forwards: waiting.length }, "queued forwards the queue had lost");
  return waiting.length;
}
