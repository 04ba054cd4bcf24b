// Shared by the state machine's tests: the whole transition table written out by hand, the
// (state, event) pairs it leaves out, and helpers that build events and catch rejections.
import { expect } from "vitest";
import {
  IllegalTransitionError,
  REQUEST_STATES,
  TRANSITION_EVENT_TYPES,
  type IntroRequestState,
  type RequestActor,
  type TransitionEffect,
  type TransitionEvent,
  type TransitionEventType,
} from "../../src/requests/index.js";

export const ACTORS: readonly RequestActor[] = ["connector", "target", "requester", "safeintro"];
export const UNTIL = new Date("2030-01-15T09:00:00Z");

/** An event of each type, with valid details where it has some. */
export function sample(type: TransitionEventType): TransitionEvent {
  if (type === "connector_snoozes") return { type, until: UNTIL };
  return { type } as TransitionEvent;
}

/** The error `run` throws, which must be an IllegalTransitionError. */
export function rejection(run: () => unknown): IllegalTransitionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(IllegalTransitionError);
    return error as IllegalTransitionError;
  }
  throw new Error("expected the transition to be rejected");
}

export const CANCEL: TransitionEffect = { kind: "cancel_timers" };
const ASK_TARGET: TransitionEffect = {
  kind: "send_email",
  template: "ask_target",
  to: ["target"],
  thread: "new",
  once: true,
};
const INTRODUCTION: TransitionEffect = {
  kind: "send_email",
  template: "introduction",
  to: ["target", "requester"],
  thread: "new",
  once: true,
};
const ASK_DETAILS: TransitionEffect = {
  kind: "send_email",
  template: "ask_requester_for_details",
  to: ["requester"],
  thread: "requester",
  once: false,
};
export const DECLINE_NOTE: TransitionEffect = {
  kind: "send_email",
  template: "decline_note",
  to: ["requester"],
  thread: "requester",
  once: true,
};
const REMINDER: TransitionEffect = {
  kind: "send_email",
  template: "reminder",
  to: ["target"],
  thread: "new",
  once: true,
};
const PROTECT: TransitionEffect = { kind: "protect_target" };
const notify = (about: string) => ({ kind: "notify_connector", about }) as TransitionEffect;

/** The whole table, written out by hand: state, event → state, effects (default options). */
export const EXPECTED: readonly [IntroRequestState, TransitionEventType, IntroRequestState, TransitionEffect[]][] = [
  ["detected", "analysed", "awaiting_connector", [notify("request_to_review")]],
  ["detected", "connector_declines", "declined_by_connector", [CANCEL]],
  ["detected", "requester_withdraws", "withdrawn", [CANCEL, notify("requester_withdrew")]],
  ["analyzed", "analysed", "awaiting_connector", [notify("request_to_review")]],
  ["analyzed", "connector_declines", "declined_by_connector", [CANCEL]],
  ["analyzed", "requester_withdraws", "withdrawn", [CANCEL, notify("requester_withdrew")]],
  [
    "awaiting_connector",
    "connector_asks_target",
    "awaiting_target",
    [CANCEL, ASK_TARGET, { kind: "schedule_reminder", afterDays: 5 }],
  ],
  ["awaiting_connector", "connector_asks_details", "needs_details", [CANCEL, ASK_DETAILS]],
  [
    "awaiting_connector",
    "connector_snoozes",
    "awaiting_connector",
    [CANCEL, { kind: "schedule_snooze_end", until: UNTIL }],
  ],
  ["awaiting_connector", "snooze_ends", "awaiting_connector", [notify("snooze_over")]],
  ["awaiting_connector", "connector_declines", "declined_by_connector", [CANCEL]],
  ["awaiting_connector", "requester_withdraws", "withdrawn", [CANCEL, notify("requester_withdrew")]],
  ["needs_details", "requester_answers_details", "analyzed", [{ kind: "reanalyse" }]],
  [
    "needs_details",
    "connector_asks_target",
    "awaiting_target",
    [CANCEL, ASK_TARGET, { kind: "schedule_reminder", afterDays: 5 }],
  ],
  ["needs_details", "connector_declines", "declined_by_connector", [CANCEL]],
  ["needs_details", "requester_withdraws", "withdrawn", [CANCEL, notify("requester_withdrew")]],
  ["awaiting_target", "target_says_yes", "accepted", [CANCEL, INTRODUCTION]],
  ["awaiting_target", "target_says_no", "declined_by_target", [CANCEL, notify("target_declined")]],
  ["awaiting_target", "target_says_not_now", "awaiting_target", []],
  ["awaiting_target", "target_opts_out", "declined_by_target", [CANCEL, PROTECT, notify("target_opted_out")]],
  ["awaiting_target", "reminder_due", "awaiting_target", [REMINDER, { kind: "schedule_expiry", afterDays: 5 }]],
  ["awaiting_target", "expiry_due", "expired", [CANCEL, notify("target_silent")]],
  ["awaiting_target", "requester_withdraws", "withdrawn", [CANCEL, notify("requester_withdrew")]],
  ["accepted", "introduction_sent", "introduced", []],
  ["declined_by_connector", "connector_sends_decline_note", "declined_by_connector", [DECLINE_NOTE]],
  ["declined_by_target", "connector_sends_decline_note", "declined_by_target", [DECLINE_NOTE]],
  ["declined_by_target", "target_opts_out", "declined_by_target", [PROTECT]],
  ["expired", "connector_sends_decline_note", "expired", [DECLINE_NOTE]],
  ["expired", "target_opts_out", "expired", [PROTECT]],
  ["withdrawn", "target_opts_out", "withdrawn", [PROTECT]],
];

const legal = new Set(EXPECTED.map(([from, event]) => `${from} ${event}`));
export const ILLEGAL = REQUEST_STATES.flatMap((from) =>
  TRANSITION_EVENT_TYPES.filter((event) => !legal.has(`${from} ${event}`)).map((event) => [from, event] as const),
);
