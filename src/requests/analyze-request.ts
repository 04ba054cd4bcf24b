import type { Prisma, PrismaClient } from "../db/index.js";
import type { Signal, SignalId } from "../intros/index.js";
import {
  type Judgement,
  type TargetResolution,
  type TieStrength,
  recommend,
  resolveTarget,
  scoreSharedThreads,
  scoreTie,
  targetKeyOf,
} from "../relationships/index.js";
import { type RequestToJudge, readRequestToJudge, saveJudgement } from "./judgement-store.js";
import { findTargetCandidates, readContactCounters, readSharedThreads } from "./read-contacts.js";
import { readLedgerAndProtection } from "./read-ledger.js";

export type AnalysisOutcome = "analysed" | "gone";

export interface AnalysisOptions {
  /**
   * What a request's first judgement calls for (the review email to the connector), written
   * in the transaction that stores the judgement; what it returns runs after the commit.
   * Called only when the save moved the request from `detected`, never for a re-judgement.
   */
  afterFirstJudgement?: (
    tx: Prisma.TransactionClient,
    introRequestId: string,
    judgement: Judgement,
    now: Date,
  ) => Promise<(() => Promise<void>) | null>;
}

/**
 * The analysis job's work for one request: who the target is among the connector's
 * contacts, the three ties, the karma ledger, the target's protection and the
 * recommendation, stored as the request's judgement. A new request moves from `detected`
 * to `awaiting_connector` with an event. Idempotent: run again, it computes the same from
 * the same counters and moves nothing twice. It reads stored counters only, never mail,
 * in at most five statements (request, candidates, counters with the ledger, shared
 * threads, the save): `npm run bench -- relationships` times it. A request judged for the
 * first time, with `afterFirstJudgement`, is saved in a transaction that also writes what
 * that calls for.
 */
export async function analyzeIntroRequest(
  prisma: PrismaClient,
  introRequestId: string,
  now: Date = new Date(),
  options: AnalysisOptions = {},
): Promise<AnalysisOutcome> {
  const request = await readRequestToJudge(prisma, introRequestId);
  // Deleted meanwhile (disconnected): nothing to judge.
  if (!request) return "gone";
  const target = await resolveRequestTarget(prisma, request);
  const targetEmails = targetEmailsOf(target);
  const targetKey = targetKeyOf({ email: singleTargetEmail(target), name: request.targetName });
  const nameKey = targetKeyOf({ email: null, name: request.targetName });
  const targetKeys = [...new Set([targetKey, nameKey].filter((key): key is string => key !== null))];

  const [counters, { ledger, protection }] = await Promise.all([
    readContactCounters(prisma, request.accountId, [request.requesterEmail, ...targetEmails]),
    readLedgerAndProtection(prisma, {
      connectorId: request.connectorId,
      accountId: request.accountId,
      connectorAddresses: request.connectorAddresses,
      requesterEmail: request.requesterEmail,
      introRequestId,
      targetKeys,
      now,
    }),
  ]);
  const requesterCounters = counters.get(request.requesterEmail) ?? null;
  const requesterTie = scoreTie(requesterCounters, now, request.requesterName);
  // Several candidates: the tie with the one the connector knows best, since that is whom an intro would reach.
  let targetTie: TieStrength | null = null;
  let targetContactId: string | null = null;
  for (const email of targetEmails) {
    const tie = scoreTie(counters.get(email) ?? null, now, request.targetName);
    if (targetTie === null || tie.score > targetTie.score) {
      targetTie = tie;
      targetContactId = counters.get(email)?.id ?? null;
    }
  }
  const requesterTarget =
    targetTie === null
      ? null
      : scoreSharedThreads(
          requesterCounters && targetContactId
            ? await readSharedThreads(prisma, requesterCounters.id, targetContactId)
            : { threads: 0, lastAt: null },
          now,
        );

  const ties = { requester: requesterTie, target: targetTie, requesterTarget };
  const { recommendation, reasons } = recommend({
    specificity: specificityOf(request),
    target,
    ties,
    ledger,
    protection,
    requesterName: request.requesterName,
    targetName: request.targetName,
  });
  const judgement: Judgement = {
    version: 1,
    computedAt: now.toISOString(),
    target,
    ties,
    ledger,
    protection,
    recommendation,
    reasons,
  };
  const judged = { judgement, targetKey, reason: `Analysed: ${reasons[0]?.text ?? recommendation}`, now };
  const { afterFirstJudgement } = options;
  // A request never goes back to `detected`: one read otherwise can only be judged again.
  if (!afterFirstJudgement || request.state !== "detected") {
    await saveJudgement(prisma, introRequestId, judged);
    return "analysed";
  }
  const afterCommit = await prisma.$transaction(async (tx) =>
    (await saveJudgement(tx, introRequestId, judged)) === "detected"
      ? afterFirstJudgement(tx, introRequestId, judgement, now)
      : null,
  );
  await afterCommit?.();
  return "analysed";
}

async function resolveRequestTarget(prisma: PrismaClient, request: RequestToJudge): Promise<TargetResolution | null> {
  const named = { name: request.targetName, email: request.targetEmail, organization: request.targetOrganization };
  if (!named.email && !named.name) return null;
  const excluded = [...request.connectorAddresses, request.requesterEmail];
  const candidates =
    named.name && !named.email ? await findTargetCandidates(prisma, request.accountId, named.name, excluded) : [];
  return resolveTarget(named, candidates);
}

/** The addresses whose tie counts as the connector's tie with the target. */
function targetEmailsOf(target: TargetResolution | null): string[] {
  if (target === null) return [];
  switch (target.status) {
    case "address":
    case "resolved":
      return [target.email.toLowerCase()];
    case "ambiguous":
      return target.candidates.map((candidate) => candidate.email.toLowerCase());
    case "unknown":
      return [];
  }
}

function singleTargetEmail(target: TargetResolution | null): string | null {
  return target?.status === "address" || target?.status === "resolved" ? target.email.toLowerCase() : null;
}

/** The stored specificity, and which of its signals are missing. */
function specificityOf(
  request: RequestToJudge,
): { score: number; band: "low" | "medium" | "high"; missing: SignalId[] } | null {
  if (request.specificityScore === null || request.specificityBand === null) return null;
  const signals = Array.isArray(request.specificitySignals) ? (request.specificitySignals as Signal[]) : [];
  const missing = signals.filter((signal) => !signal.present && signal.id !== "vague_ask").map((signal) => signal.id);
  return { score: request.specificityScore, band: request.specificityBand, missing };
}
