import type { IntroRequestState } from "../generated/prisma/enums.js";
import type { Recommendation } from "../relationships/index.js";

export type { IntroRequestState };

/** The four recommendations in words, in the order the pages offer them. */
export const RECOMMENDATION_LABELS: Readonly<Record<Recommendation, string>> = {
  ask_target: "Ask the target",
  ask_requester_for_details: "Ask for details",
  suggest_call: "Suggest a call",
  decline: "Decline",
};

export const RECOMMENDATIONS = Object.keys(RECOMMENDATION_LABELS) as readonly Recommendation[];

/** A request's state in words, in the order a request usually goes through them. */
export const STATE_LABELS: Readonly<Record<IntroRequestState, string>> = {
  detected: "Found",
  analyzed: "Analysed",
  awaiting_connector: "Waiting for you",
  needs_details: "Waiting for details",
  awaiting_target: "Waiting for the target",
  accepted: "Accepted by the target",
  introduced: "Introduced",
  declined_by_connector: "Declined by you",
  declined_by_target: "Declined by the target",
  expired: "Expired",
  withdrawn: "Withdrawn",
};

export const REQUEST_STATES = Object.keys(STATE_LABELS) as readonly IntroRequestState[];

export function isRecommendation(value: unknown): value is Recommendation {
  return typeof value === "string" && Object.hasOwn(RECOMMENDATION_LABELS, value);
}

export function isRequestState(value: unknown): value is IntroRequestState {
  return typeof value === "string" && Object.hasOwn(STATE_LABELS, value);
}
