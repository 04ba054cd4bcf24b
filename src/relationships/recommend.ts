import type { SignalId, SpecificityBand } from "../intros/index.js";
import type {
  Judgement,
  KarmaLedger,
  Recommendation,
  RecommendationReason,
  TargetProtection,
  TargetResolution,
  TieStrength,
} from "./types.js";

/** What the recommendation is decided from: the analysis, the relationships and the records. */
export interface RecommendationInput {
  /** The request's specificity and the signals it lacks; null when it was not scored. */
  specificity: { score: number; band: SpecificityBand; missing: SignalId[] } | null;
  target: TargetResolution | null;
  ties: Judgement["ties"];
  ledger: KarmaLedger;
  protection: TargetProtection;
  requesterName: string | null;
  targetName: string | null;
}

/** One row of the rule table: what the docs show. */
export interface RecommendationRule {
  id: string;
  /** When the rule applies, in words. */
  condition: string;
  recommendation: Recommendation;
}

/** Other requests for the same target in 90 days, and its past declines, that protect it. */
export const FATIGUE_LIMITS = { requestsLast90Days: 2, pastDeclines: 1 } as const;
/** How far the karma ledger may lean before the connector should talk first. */
export const KARMA_LIMITS = { imbalance: 3, declinedRequests: 2 } as const;

interface Names {
  requester: string;
  target: string;
}

interface Rule extends RecommendationRule {
  applies(input: RecommendationInput): boolean;
  reason(input: RecommendationInput, names: Names): string;
}

const RULES: readonly Rule[] = [
  {
    id: "protected_target",
    condition: "You marked the target protected: ask me before any request reaches them",
    recommendation: "decline",
    applies: (input) => input.protection.isProtected,
    reason: (_input, names) => `You asked to be asked before any request reaches ${names.target}.`,
  },
  {
    id: "target_fatigue",
    condition: "The target was asked 2 or more other times in the last 90 days, or declined a request before",
    recommendation: "decline",
    applies: ({ protection }) =>
      protection.requestsLast90Days >= FATIGUE_LIMITS.requestsLast90Days ||
      protection.pastDeclines >= FATIGUE_LIMITS.pastDeclines,
    reason: ({ protection }, names) => {
      const facts: string[] = [];
      if (protection.requestsLast90Days >= FATIGUE_LIMITS.requestsLast90Days) {
        facts.push(`was asked ${protection.requestsLast90Days} other times in the last 90 days`);
      }
      if (protection.pastDeclines >= FATIGUE_LIMITS.pastDeclines) {
        facts.push(`declined ${plural(protection.pastDeclines, "request")} before`);
      }
      return `${capitalise(names.target)} ${facts.join(" and ")}: protect their time.`;
    },
  },
  {
    id: "weak_target_tie",
    condition:
      "The target is not in your mail, or your tie with them (with every candidate, when several match) is weak or none",
    recommendation: "decline",
    // Several candidates: the tie given is the best of theirs, so a weak one is weak whoever it is.
    applies: ({ target, ties }) =>
      target?.status === "unknown" ||
      (isIdentified(target) && !atLeastModerate(ties.target)) ||
      (target?.status === "ambiguous" && ties.target !== null && !atLeastModerate(ties.target)),
    reason: ({ target, ties }, names) => {
      const evidence = target?.status === "unknown" ? target.why : (ties.target?.evidence ?? "no mail with them");
      return `You and ${names.target} hardly crossed paths (${evidence}): an intro from you would carry no weight.`;
    },
  },
  {
    id: "weak_requester_tie",
    condition: "Your tie with the requester is weak or none",
    recommendation: "decline",
    applies: ({ ties }) => !atLeastModerate(ties.requester),
    reason: ({ ties }, names) =>
      `You hardly know ${names.requester} (${ties.requester.evidence}): an intro would vouch for someone you cannot speak for.`,
  },
  {
    id: "strong_ties_vague_request",
    condition: "You know both at least moderately, one of them strongly, and the request is vague (specificity low)",
    recommendation: "suggest_call",
    applies: ({ ties, specificity }) =>
      specificity?.band === "low" &&
      atLeastModerate(ties.requester) &&
      atLeastModerate(ties.target) &&
      (ties.requester.band === "strong" || ties.target?.band === "strong"),
    reason: (_input, names) =>
      `You know ${names.requester} and ${names.target} well but the request is vague: a call with ${names.requester} will sort it out faster than an email thread.`,
  },
  {
    id: "karma_unbalanced",
    condition:
      "You made at least 3 more intros for the requester than they made for you, or 2 or more of their earlier requests were declined",
    recommendation: "suggest_call",
    applies: ({ ledger }) =>
      ledger.madeForRequester - ledger.madeByRequester >= KARMA_LIMITS.imbalance ||
      ledger.previousRequests.declined >= KARMA_LIMITS.declinedRequests,
    reason: ({ ledger }, names) => {
      const facts: string[] = [];
      if (ledger.madeForRequester - ledger.madeByRequester >= KARMA_LIMITS.imbalance) {
        facts.push(
          `you made ${plural(ledger.madeForRequester, "intro")} for ${names.requester} and they made ${ledger.madeByRequester} for you`,
        );
      }
      if (ledger.previousRequests.declined >= KARMA_LIMITS.declinedRequests) {
        facts.push(`${ledger.previousRequests.declined} of their earlier requests were declined`);
      }
      return `${capitalise(facts.join(", and "))}: talk with ${names.requester} before another one.`;
    },
  },
  {
    id: "unclear_target",
    condition: "The request names no one, or several people in your mail match the name",
    recommendation: "ask_requester_for_details",
    applies: ({ target }) => target === null || target.status === "ambiguous",
    reason: ({ target }, names) =>
      target === null
        ? `The request names no one: ask ${names.requester} who they want to meet.`
        : `Several people in your mail could be ${names.target}: ask ${names.requester} for their address or organisation.`,
  },
  {
    id: "missing_details",
    condition: "The request does not say why this target, or has no blurb to forward (and you know the requester)",
    recommendation: "ask_requester_for_details",
    applies: ({ specificity, ties }) =>
      specificity !== null &&
      (specificity.missing.includes("reason") || specificity.missing.includes("blurb")) &&
      atLeastModerate(ties.requester),
    reason: ({ specificity }, names) => {
      const gaps: string[] = [];
      if (specificity?.missing.includes("reason")) gaps.push(`why ${names.target}`);
      if (specificity?.missing.includes("blurb")) gaps.push("a blurb you could forward");
      return `The request lacks ${gaps.join(" and ")}: ask ${names.requester} for it.`;
    },
  },
  {
    id: "ready_for_target",
    condition:
      "The request is specific (high, or medium with reason, concrete ask and benefit), names one person, and you know both at least moderately",
    recommendation: "ask_target",
    applies: ({ specificity, target, ties }) =>
      isSpecific(specificity) &&
      isIdentified(target) &&
      atLeastModerate(ties.requester) &&
      atLeastModerate(ties.target),
    reason: (_input, names) =>
      `The request is specific, and you know ${names.requester} and ${names.target} well enough to vouch for the intro.`,
  },
];

const FALLBACK: Rule = {
  id: "needs_more",
  condition: "None of the above",
  recommendation: "ask_requester_for_details",
  applies: () => true,
  reason: ({ specificity }, names) =>
    specificity === null
      ? `The request could not be scored: ask ${names.requester} for details.`
      : `The request is not specific enough yet (${specificity.score} of 100): ask ${names.requester} for details.`,
};

/** The rules in order, first match wins: the table docs/relationships.md shows. */
export const RECOMMENDATION_RULES: readonly RecommendationRule[] = [...RULES, FALLBACK].map(
  ({ id, condition, recommendation }) => ({ id, condition, recommendation }),
);

/**
 * Recommends what the connector should do with a request. The first rule that applies decides;
 * every later rule that applies adds its reason, so the connector sees all that counted. Pure.
 */
export function recommend(input: RecommendationInput): {
  recommendation: Recommendation;
  reasons: RecommendationReason[];
} {
  const names = namesOf(input);
  const applying = RULES.filter((rule) => rule.applies(input));
  const decisive = applying[0] ?? FALLBACK;
  const used = applying.length > 0 ? applying : [FALLBACK];
  return {
    recommendation: decisive.recommendation,
    reasons: used.map((rule) => ({ rule: rule.id, text: rule.reason(input, names) })),
  };
}

function namesOf(input: RecommendationInput): Names {
  const target = input.target;
  const known = target?.status === "resolved" ? target.displayName : target?.status === "address" ? target.email : null;
  return {
    requester: input.requesterName?.trim() || "the requester",
    target: input.targetName?.trim() || known || "the target",
  };
}

/** The target is one known person or address: their tie means something. */
function isIdentified(target: TargetResolution | null): boolean {
  return target?.status === "resolved" || target?.status === "address";
}

function atLeastModerate(tie: TieStrength | null): boolean {
  return tie?.band === "moderate" || tie?.band === "strong";
}

function isSpecific(specificity: RecommendationInput["specificity"]): boolean {
  if (specificity === null) return false;
  if (specificity.band === "high") return true;
  const needed: SignalId[] = ["reason", "concrete_ask", "benefit_to_target"];
  return specificity.band === "medium" && needed.every((signal) => !specificity.missing.includes(signal));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
