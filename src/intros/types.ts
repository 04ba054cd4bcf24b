/**
 * The analysis of one message: the public shape printed by `safeintro analyze --json`
 * and stored for every captured request. Changing a field here is a breaking change
 * of a documented interface (README, "JSON schema").
 */

import type { Person } from "../intake/index.js";

export type { Person };

export interface Target extends Person {
  organization: string | null;
  role: string | null;
}

export type SpecificityBand = "low" | "medium" | "high";

export type SignalId =
  | "named_target"
  | "target_org_or_role"
  | "reason"
  | "concrete_ask"
  | "benefit_to_target"
  | "blurb"
  | "respects_judgement"
  | "vague_ask";

export interface Signal {
  id: SignalId;
  present: boolean;
  /** Points this signal contributed (negative for signals that count against). 0 when absent. */
  points: number;
  /** The words of the request that support the signal; null when absent. */
  evidence: string | null;
}

export interface Specificity {
  score: number;
  band: SpecificityBand;
  signals: Signal[];
}

export interface Analysis {
  isIntroRequest: boolean;
  requester: Person;
  forwardedBy: Person | null;
  target: Target | null;
  reason: string | null;
  ask: string | null;
  benefitToTarget: string | null;
  blurb: string | null;
  /** Present only for intro requests. */
  specificity: Specificity | null;
  /** Set (true) when the message arrived cut off and was analysed from what arrived. */
  truncated?: true;
  /**
   * Set only when the optional LLM judge (off by default) gave an opinion the analysis used:
   * it agreed with the local analysis ("confirmed"), found a request the local analysis
   * missed ("found"), or found none where the local analysis saw one ("overruled").
   */
  secondOpinion?: "confirmed" | "found" | "overruled";
}
