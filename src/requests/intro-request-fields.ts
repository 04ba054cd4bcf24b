import type { Analysis } from "../intros/index.js";

/** The columns of an intro request that come from the analysis of its message. */
export function introRequestFields(analysis: Analysis) {
  return {
    requesterName: analysis.requester.name,
    requesterEmail: analysis.requester.email ?? "",
    forwardedByEmail: analysis.forwardedBy?.email ?? null,
    targetName: analysis.target?.name ?? null,
    targetEmail: analysis.target?.email ?? null,
    targetOrganization: analysis.target?.organization ?? null,
    targetRole: analysis.target?.role ?? null,
    reason: analysis.reason,
    ask: analysis.ask,
    benefitToTarget: analysis.benefitToTarget,
    blurb: analysis.blurb,
    specificityScore: analysis.specificity?.score ?? null,
    specificityBand: analysis.specificity?.band ?? null,
    specificitySignals: analysis.specificity ? JSON.parse(JSON.stringify(analysis.specificity.signals)) : undefined,
    secondOpinion: analysis.secondOpinion ?? null,
  };
}
