import type { PrismaClient } from "../db/index.js";
import type { Logger } from "../logger.js";
import type { AnalysisJobs } from "./analysis-jobs.js";

/** A request still `detected` this long after it was stored lost its job (Redis down, a crash). */
const LOST_AFTER_MS = 60_000;
/** A request whose analysis was given up is tried again this long after its last failure. */
const RETRY_GIVEN_UP_AFTER_MS = 30 * 60_000;
const BATCH = 500;

/**
 * Queues the analysis of requests that have none and no job: the sync stores a request and
 * queues its job in two steps, and Redis can fail between them. PostgreSQL is the record,
 * so the sweep finds them there. Deduplication makes queueing one already queued a no-op.
 */
export async function sweepUnanalysedRequests(
  deps: { prisma: PrismaClient; analysis: AnalysisJobs; logger: Logger },
  now: Date = new Date(),
): Promise<number> {
  const requests = await deps.prisma.introRequest.findMany({
    where: {
      OR: [
        // `analyzed`: sent back for a new judgement (the requester answered with details).
        { state: { in: ["detected", "analyzed"] }, updatedAt: { lt: new Date(now.getTime() - LOST_AFTER_MS) } },
        { analysisError: { not: null }, updatedAt: { lt: new Date(now.getTime() - RETRY_GIVEN_UP_AFTER_MS) } },
      ],
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const { id } of requests) await deps.analysis.requestAnalysis(id);
  if (requests.length > 0) deps.logger.info({ requests: requests.length }, "queued analyses the queue had lost");
  return requests.length;
}

/** Every open request of a connector is judged again: after a full sync, its counters have all its history. */
export async function reanalyseOpenRequests(
  deps: { prisma: PrismaClient; analysis: AnalysisJobs },
  connectorId: string,
): Promise<number> {
  const open = await deps.prisma.introRequest.findMany({
    where: { connectorId, state: { in: ["detected", "analyzed", "awaiting_connector"] } },
    select: { id: true },
  });
  for (const { id } of open) await deps.analysis.requestAnalysis(id);
  return open.length;
}
