import type { IntroRequestState } from "./labels.js";
import type { RequestActor, TransitionEventType } from "./state-machine.js";

/**
 * - wrong_actor: someone else causes this event (a target cannot decline for the connector);
 * - already_answered: the target answered before (a second click on an email's button);
 * - not_allowed: the event cannot happen in the request's state.
 */
export type IllegalTransitionCode = "wrong_actor" | "already_answered" | "not_allowed";

/** An event the state machine rejects; its message is plain words a page can show as it is. */
export class IllegalTransitionError extends Error {
  override readonly name = "IllegalTransitionError";

  constructor(
    readonly code: IllegalTransitionCode,
    readonly from: IntroRequestState,
    readonly event: TransitionEventType,
    readonly actor: RequestActor,
    message: string,
  ) {
    super(message);
  }
}

/** "This request …", completed by the state. */
const STATE_PHRASES: Readonly<Record<IntroRequestState, string>> = {
  detected: "is still being analysed",
  analyzed: "is being analysed again",
  awaiting_connector: "has not been sent to anyone yet",
  needs_details: "is waiting for the requester's details",
  awaiting_target: "is waiting for the target's answer",
  accepted: "was accepted by the target",
  introduced: "has already led to an introduction",
  declined_by_connector: "was already declined",
  declined_by_target: "was declined by the target",
  expired: "has expired",
  withdrawn: "was withdrawn by the requester",
};

/** [what cannot happen, after "This request … ;"; what only the right actor can do]. */
const EVENT_PHRASES: Readonly<Record<TransitionEventType, readonly [cannot: string, only: string]>> = {
  analysed: ["there is nothing to analyse", "mark a request analysed"],
  connector_asks_target: ["it cannot be sent to the target", "send a request to the target"],
  connector_asks_details: ["the requester cannot be asked for details", "ask the requester for details"],
  connector_declines: ["it cannot be declined", "decline a request"],
  connector_snoozes: ["it cannot be snoozed", "snooze a request"],
  snooze_ends: ["it is not snoozed", "end a snooze"],
  connector_sends_decline_note: ["no note can go to the requester", "send the requester a note"],
  target_says_yes: ["there is nothing to answer", "accept an introduction"],
  target_says_no: ["there is nothing to answer", "turn down an introduction"],
  target_says_not_now: ["there is nothing to answer", "answer “not now”"],
  target_opts_out: ["there is nothing to answer", "ask not to be sent requests"],
  reminder_due: ["it needs no reminder", "send the target a reminder"],
  expiry_due: ["it cannot expire", "let a request expire"],
  introduction_sent: ["it cannot be marked introduced", "mark a request introduced"],
  requester_answers_details: ["it is not waiting for details", "send the details asked for"],
  requester_withdraws: ["it cannot be withdrawn", "withdraw a request"],
};

const ACTOR_NAMES: Readonly<Record<RequestActor, string>> = {
  connector: "the connector",
  target: "the target",
  requester: "the requester",
  safeintro: "SafeIntro",
};

/** The states in which the target has answered: one more click on an answer is "already answered". */
const ALREADY_ANSWERED: Partial<Record<IntroRequestState, string>> = {
  accepted: "You already answered yes: the introduction is on its way.",
  introduced: "You already answered yes: the introduction has been made.",
  declined_by_target: "You already answered this request; there is nothing more to do.",
};

/** The error for `actor` causing `event` in state `from`, which only `expected` may cause or which the table lacks. */
export function illegalTransition(
  from: IntroRequestState,
  event: TransitionEventType,
  actor: RequestActor,
  expected: RequestActor,
): IllegalTransitionError {
  const [cannot, only] = EVENT_PHRASES[event];
  if (actor !== expected)
    return new IllegalTransitionError("wrong_actor", from, event, actor, `Only ${ACTOR_NAMES[expected]} can ${only}.`);
  const answered = ALREADY_ANSWERED[from];
  if (actor === "target" && answered !== undefined)
    return new IllegalTransitionError("already_answered", from, event, actor, answered);
  return new IllegalTransitionError(
    "not_allowed",
    from,
    event,
    actor,
    `This request ${STATE_PHRASES[from]}; ${cannot}.`,
  );
}
