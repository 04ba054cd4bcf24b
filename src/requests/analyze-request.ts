import type { PrismaClient } from "../db/index.js";
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
import { findTargetCandidates, readContactCounters, readSharedThreads } from "./read-contacts.js";
import { readKarmaLedger, readTargetProtection } from "./read-ledger.js";

export type AnalysisOutcome = "analysed" | "gone";

/**
 * The analysis job's work for one request: who the target is among the connector's
 * contacts, the three ties, the karma ledger, the target's protection and the
 * recommendation, stored as the request's judgement. A new request moves from `detected`
 * to `awaiting_connector` with an event. Idempotent: run again, it computes the same from
 * the same counters and moves nothing twice. It reads stored counters only, never mail.
 */
export async function analyzeIntroRequest(
  prisma: PrismaClient,
  introRequestId: string,
  now: Date = new Date(),
): Promise<AnalysisOutcome> {
  const request = await prisma.introRequest.findUnique({
    where: { id: introRequestId },
    include: { connector: { include: { googleAccount: { select: { id: true, email: true } } } } },
  });
  const account = request?.connector.googleAccount;
  // Deleted meanwhile (disconnected): nothing to judge.
  if (!request || !account) return "gone";
  const connectorAddresses = [...new Set([request.connector.email, account.email].map((a) => a.toLowerCase()))];
  const requesterEmail = request.requesterEmail.toLowerCase();

  const target = await resolveRequestTarget(prisma, account.id, request, [...connectorAddresses, requesterEmail]);
  const targetEmails = targetEmailsOf(target);
  const counters = await readContactCounters(prisma, account.id, [requesterEmail, ...targetEmails]);
  const requesterCounters = counters.get(requesterEmail) ?? null;
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

  const targetKey = targetKeyOf({ email: singleTargetEmail(target), name: request.targetName });
  const nameKey = targetKeyOf({ email: null, name: request.targetName });
  const targetKeys = [...new Set([targetKey, nameKey].filter((key): key is string => key !== null))];
  const [ledger, protection] = await Promise.all([
    readKarmaLedger(prisma, {
      connectorId: request.connectorId,
      accountId: account.id,
      connectorAddresses,
      requesterEmail,
      introRequestId,
    }),
    readTargetProtection(prisma, { connectorId: request.connectorId, introRequestId, targetKeys, now }),
  ]);
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

  await prisma.$transaction(async (tx) => {
    const data = {
      targetKey,
      recommendation,
      judgement: JSON.parse(JSON.stringify(judgement)) as object,
      analyzedAt: now,
      analysisError: null,
    };
    // Only a request still waiting for its first analysis moves; a later run updates the judgement.
    const moved = await tx.introRequest.updateMany({
      where: { id: introRequestId, state: "detected" },
      data: { ...data, state: "awaiting_connector" },
    });
    if (moved.count === 1) {
      await tx.introRequestEvent.create({
        data: {
          introRequestId,
          kind: "transition",
          fromState: "detected",
          toState: "awaiting_connector",
          actor: "safeintro",
          reason: `Analysed: ${reasons[0]?.text ?? recommendation}`,
        },
      });
    } else {
      await tx.introRequest.update({ where: { id: introRequestId }, data });
    }
  });
  return "analysed";
}

async function resolveRequestTarget(
  prisma: PrismaClient,
  accountId: string,
  request: { targetName: string | null; targetEmail: string | null; targetOrganization: string | null },
  excluded: string[],
): Promise<TargetResolution | null> {
  const named = { name: request.targetName, email: request.targetEmail, organization: request.targetOrganization };
  if (!named.email && !named.name) return null;
  const candidates =
    named.name && !named.email ? await findTargetCandidates(prisma, accountId, named.name, excluded) : [];
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
function specificityOf(request: {
  specificityScore: number | null;
  specificityBand: "low" | "medium" | "high" | null;
  specificitySignals: unknown;
}): { score: number; band: "low" | "medium" | "high"; missing: SignalId[] } | null {
  if (request.specificityScore === null || request.specificityBand === null) return null;
  const signals = Array.isArray(request.specificitySignals) ? (request.specificitySignals as Signal[]) : [];
  const missing = signals.filter((signal) => !signal.present && signal.id !== "vague_ask").map((signal) => signal.id);
  return { score: request.specificityScore, band: request.specificityBand, missing };
}
