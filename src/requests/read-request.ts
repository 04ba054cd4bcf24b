import type { PrismaClient } from "../db/index.js";
import type { IntroRequestEventKind, RequestSource, SpecificityBand } from "../generated/prisma/enums.js";
import type { Signal } from "../intros/index.js";
import type { Judgement, Recommendation } from "../relationships/index.js";
import type { IntroRequestState } from "./labels.js";
import { protectionKeysOf } from "./protect-target.js";
import { isUuid } from "./request-id.js";
import { parseJudgement, parseSignals } from "./stored-judgement.js";

/** One entry of a request's timeline. */
export interface RequestEvent {
  id: string;
  kind: IntroRequestEventKind;
  fromState: IntroRequestState | null;
  toState: IntroRequestState;
  /** "connector", "safeintro", … */
  actor: string;
  reason: string | null;
  createdAt: Date;
}

/** One request with everything its page shows. */
export interface RequestDetail {
  id: string;
  state: IntroRequestState;
  requesterName: string | null;
  requesterEmail: string;
  forwardedByEmail: string | null;
  /** How it reached SafeIntro: the inbox, or forwarded by the connector (and by which route). */
  source: RequestSource;
  /** False for a forward in which no intro request was recognised. */
  recognised: boolean;
  /** What the connector wrote above a forwarded request. */
  connectorNote: string | null;
  target: { name: string | null; email: string | null; organization: string | null; role: string | null };
  /** Null until the analysis has run, or when the request names no one. */
  targetKey: string | null;
  reason: string | null;
  ask: string | null;
  benefitToTarget: string | null;
  blurb: string | null;
  specificity: { score: number; band: SpecificityBand; signals: Signal[] } | null;
  /** The optional LLM judge's part in finding it (Analysis.secondOpinion), or null. */
  secondOpinion?: string | null;
  receivedAt: Date | null;
  createdAt: Date;
  /** SafeIntro's recommendation; null until analysed. */
  recommendation: Recommendation | null;
  /** The connector's own choice, when it differs from SafeIntro's. */
  recommendationOverride: Recommendation | null;
  /** The analysis' judgement; null when not analysed yet (or what is stored cannot be read). */
  judgement: Judgement | null;
  analyzedAt: Date | null;
  /** Why the last analysis attempt failed; null once one succeeds. */
  analysisError: string | null;
  /** Snoozed by the connector until then; null when not snoozed. */
  snoozedUntil: Date | null;
  /** The connector protects this request's target (by its key or its name), now; the judgement's copy may be older. */
  targetProtected: boolean;
  /** Oldest first. */
  events: RequestEvent[];
}

/**
 * One of the connector's requests, or null when the connector has no request of that id:
 * another connector's request and an id that is not one read the same.
 */
export async function readRequest(
  prisma: PrismaClient,
  connectorId: string,
  id: string,
): Promise<RequestDetail | null> {
  if (!isUuid(id) || !isUuid(connectorId)) return null;
  const row = await prisma.introRequest.findFirst({
    where: { id, connectorId },
    include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!row) return null;
  const keys = protectionKeysOf(row);
  const targetProtected =
    keys.length > 0 && (await prisma.protectedTarget.count({ where: { connectorId, targetKey: { in: keys } } })) > 0;
  return {
    id: row.id,
    state: row.state,
    requesterName: row.requesterName,
    requesterEmail: row.requesterEmail,
    forwardedByEmail: row.forwardedByEmail,
    source: row.source,
    recognised: row.recognised,
    connectorNote: row.connectorNote,
    target: {
      name: row.targetName,
      email: row.targetEmail,
      organization: row.targetOrganization,
      role: row.targetRole,
    },
    targetKey: row.targetKey,
    reason: row.reason,
    ask: row.ask,
    benefitToTarget: row.benefitToTarget,
    blurb: row.blurb,
    specificity:
      row.specificityScore !== null && row.specificityBand !== null
        ? { score: row.specificityScore, band: row.specificityBand, signals: parseSignals(row.specificitySignals) }
        : null,
    secondOpinion: row.secondOpinion,
    receivedAt: row.receivedAt,
    createdAt: row.createdAt,
    recommendation: row.recommendation,
    recommendationOverride: row.recommendationOverride,
    judgement: parseJudgement(row.judgement),
    analyzedAt: row.analyzedAt,
    analysisError: row.analysisError,
    snoozedUntil: row.snoozedUntil,
    targetProtected,
    events: row.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      fromState: event.fromState,
      toState: event.toState,
      actor: event.actor,
      reason: event.reason,
      createdAt: event.createdAt,
    })),
  };
}
