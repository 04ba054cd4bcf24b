import type { MessageAnalyzer } from "../analysis/index.js";
import type { PrismaClient } from "../db/index.js";
import { MAX_SUBJECT_CHARS } from "../intake/index.js";
import type { Logger } from "../logger.js";
import { connectorAddresses } from "./receive-inbound.js";
import { recordSubmission } from "./record-submission.js";

export interface ProcessInboundDeps {
  prisma: PrismaClient;
  analyzer: MessageAnalyzer;
  logger: Logger;
}

export type ProcessedInbound =
  | { outcome: "recorded"; introRequestId: string; created: boolean }
  | { outcome: "unreadable" }
  /** Already processed (a job run twice): nothing to do. */
  | { outcome: "done_before" };

/**
 * The job's work on one accepted forward: analyse it as a submission (a request is recorded
 * whatever the analysis finds), record it or join the request it repeats, and drop the raw
 * message, all in one transaction. A message the analysis cannot read at all is recorded on
 * the forwarded-items list with the reason, and creates no request.
 */
export async function processInboundMessage(
  deps: ProcessInboundDeps,
  inboundMessageId: string,
): Promise<ProcessedInbound> {
  const row = await deps.prisma.inboundMessage.findUnique({
    where: { id: inboundMessageId },
    select: {
      connectorId: true,
      route: true,
      status: true,
      raw: true,
      receivedAt: true,
    },
  });
  if (!row || row.status !== "accepted" || row.raw === null) return { outcome: "done_before" };
  const own = await connectorAddresses(deps.prisma, row.connectorId);
  const verdict = await deps.analyzer.judge(row.raw, { connectorAddresses: own, asSubmission: true });
  if (verdict.kind === "skipped" || verdict.submission === null) {
    const detail = verdict.kind === "skipped" ? verdict.detail : "no forwarded message in it";
    await deps.prisma.inboundMessage.updateMany({
      where: { id: inboundMessageId, status: "accepted" },
      data: { status: "processed", raw: null, outcome: `Could not be read: ${detail}` },
    });
    deps.logger.info({ inboundMessageId }, "inbound forward unreadable: %s", detail);
    return { outcome: "unreadable" };
  }
  const { submission, identity } = verdict;
  return deps.prisma.$transaction(async (tx) => {
    // Taken first: a second run of the same job (a retry after a crash) finds it processed.
    const claimed = await tx.inboundMessage.updateMany({
      where: { id: inboundMessageId, status: "accepted" },
      data: { status: "processed", raw: null, subject: submission.subject.slice(0, MAX_SUBJECT_CHARS) },
    });
    if (claimed.count === 0) return { outcome: "done_before" } as const;
    const recorded = await recordSubmission(tx, {
      connectorId: row.connectorId,
      route: row.route,
      sourceKey: `inbound:${inboundMessageId}`,
      submission,
      identity,
      arrivedAt: row.receivedAt,
    });
    await tx.inboundMessage.update({
      where: { id: inboundMessageId },
      data: {
        introRequestId: recorded.introRequestId,
        outcome: recorded.created
          ? submission.unrecognised
            ? "Recorded; no intro request recognised in it"
            : "Recorded as a request"
          : "The same request was already recorded",
      },
    });
    return { outcome: "recorded", ...recorded } as const;
  });
}
