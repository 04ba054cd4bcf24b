import { REQUEST_STATES, type IntroRequestState } from "./labels.js";
import { illegalTransition } from "./state-machine-errors.js";

export { IllegalTransitionError, type IllegalTransitionCode } from "./state-machine-errors.js";

// The life of an intro request as one table (docs/state-machine.md): which event, from whom,
// moves a request from which state to which, and what must happen with it. Pure: the caller
// writes the new state, the event row and the effects in one transaction, and decides nothing.

/** Who caused an event; the value of intro_request_events.actor. */
export type RequestActor = "connector" | "target" | "requester" | "safeintro";

/** The inputs. Each is caused by one actor only (EVENT_ACTORS). */
export type TransitionEvent =
  | { type: "analysed" }
  | { type: "connector_asks_target" }
  | { type: "connector_asks_details" }
  /** noteToRequester: the connector chose to send the requester a kind, neutral note. */
  | { type: "connector_declines"; noteToRequester?: boolean }
  /** The request stays with the connector, out of mind until the date. */
  | { type: "connector_snoozes"; until: Date }
  | { type: "snooze_ends" }
  | { type: "connector_sends_decline_note" }
  | { type: "target_says_yes" }
  | { type: "target_says_no" }
  | { type: "target_says_not_now" }
  /** "Please don't send me requests." */
  | { type: "target_opts_out" }
  | { type: "reminder_due" }
  | { type: "expiry_due" }
  | { type: "introduction_sent" }
  | { type: "requester_answers_details" }
  | { type: "requester_withdraws" };

export type TransitionEventType = TransitionEvent["type"];

export const EVENT_ACTORS: Readonly<Record<TransitionEventType, RequestActor>> = {
  analysed: "safeintro",
  connector_asks_target: "connector",
  connector_asks_details: "connector",
  connector_declines: "connector",
  connector_snoozes: "connector",
  snooze_ends: "safeintro",
  connector_sends_decline_note: "connector",
  target_says_yes: "target",
  target_says_no: "target",
  target_says_not_now: "target",
  target_opts_out: "target",
  reminder_due: "safeintro",
  expiry_due: "safeintro",
  introduction_sent: "safeintro",
  requester_answers_details: "requester",
  requester_withdraws: "requester",
};

export const TRANSITION_EVENT_TYPES = Object.keys(EVENT_ACTORS) as readonly TransitionEventType[];

/** The email's purpose, as outbox_emails.purpose spells it. */
export type EmailTemplate = "ask_target" | "introduction" | "ask_requester_for_details" | "decline_note" | "reminder";

/** What the connector is told about, on their page and by email. */
export type ConnectorNotice =
  "request_to_review" | "snooze_over" | "target_declined" | "target_opted_out" | "target_silent" | "requester_withdrew";

/** What the caller carries out, in the same transaction as the state change. */
export type TransitionEffect =
  | {
      kind: "send_email";
      template: EmailTemplate;
      to: readonly ("target" | "requester")[];
      /** "requester": a reply in the requester's original thread; "new": a thread of its own. */
      thread: "requester" | "new";
      /** At most one such email per request: key the outbox row by request and template, and skip a repeat. */
      once: boolean;
    }
  /** Fire `reminder_due` this many days from now. */
  | { kind: "schedule_reminder"; afterDays: number }
  /** Fire `expiry_due` this many days from now. */
  | { kind: "schedule_expiry"; afterDays: number }
  /** Fire `snooze_ends` at this moment (replacing an earlier snooze). */
  | { kind: "schedule_snooze_end"; until: Date }
  /** Drop the request's pending reminder, expiry and snooze end: they no longer apply. */
  | { kind: "cancel_timers" }
  /** Protect the request's target for this connector (setTargetProtection). */
  | { kind: "protect_target" }
  /** Queue the analysis again: the requester sent details. */
  | { kind: "reanalyse" }
  | { kind: "notify_connector"; about: ConnectorNotice };

export interface StateMachineOptions {
  /** Days after asking the target before the one reminder. */
  reminderAfterDays: number;
  /** Days after the reminder before the request expires. */
  expiryAfterDays: number;
}

export const DEFAULT_STATE_MACHINE_OPTIONS: Readonly<StateMachineOptions> = {
  reminderAfterDays: 5,
  expiryAfterDays: 5,
};

/** One row of the table. `effects` reads the event's details and the options, nothing else. */
export interface TransitionRule {
  from: IntroRequestState;
  event: TransitionEventType;
  actor: RequestActor;
  to: IntroRequestState;
  effects: (event: TransitionEvent, options: StateMachineOptions) => TransitionEffect[];
}

const email = (template: EmailTemplate, to: readonly ("target" | "requester")[], thread: "requester" | "new") =>
  ({ kind: "send_email", template, to, thread, once: template !== "ask_requester_for_details" }) as const;
const ASK_TARGET = email("ask_target", ["target"], "new");
const INTRODUCTION = email("introduction", ["target", "requester"], "new");
const ASK_DETAILS = email("ask_requester_for_details", ["requester"], "requester");
const DECLINE_NOTE = email("decline_note", ["requester"], "requester");
const REMINDER = email("reminder", ["target"], "new");
const CANCEL = { kind: "cancel_timers" } as const;
const notify = (about: ConnectorNotice) => ({ kind: "notify_connector", about }) as const;

type Row = [
  from: IntroRequestState,
  event: TransitionEventType,
  to: IntroRequestState,
  effects: TransitionRule["effects"],
];
const none = (): TransitionEffect[] => [];

const BEFORE_THE_CONNECTOR: readonly IntroRequestState[] = ["detected", "analyzed"];
const WITH_THE_CONNECTOR: readonly IntroRequestState[] = ["awaiting_connector", "needs_details"];
const ENDED_WITHOUT_INTRO: readonly IntroRequestState[] = ["declined_by_connector", "declined_by_target", "expired"];

const ROWS: readonly Row[] = [
  ...BEFORE_THE_CONNECTOR.map((from): Row => [
    from,
    "analysed",
    "awaiting_connector",
    () => [notify("request_to_review")],
  ]),
  ["needs_details", "requester_answers_details", "analyzed", () => [{ kind: "reanalyse" }]],
  ...WITH_THE_CONNECTOR.map((from): Row => [
    from,
    "connector_asks_target",
    "awaiting_target",
    (_, options) => [CANCEL, ASK_TARGET, { kind: "schedule_reminder", afterDays: options.reminderAfterDays }],
  ]),
  ["awaiting_connector", "connector_asks_details", "needs_details", () => [CANCEL, ASK_DETAILS]],
  [
    "awaiting_connector",
    "connector_snoozes",
    "awaiting_connector",
    (event) => [CANCEL, { kind: "schedule_snooze_end", until: snoozeUntil(event) }],
  ],
  ["awaiting_connector", "snooze_ends", "awaiting_connector", () => [notify("snooze_over")]],
  ...[...BEFORE_THE_CONNECTOR, ...WITH_THE_CONNECTOR].map((from): Row => [
    from,
    "connector_declines",
    "declined_by_connector",
    (event) => (event.type === "connector_declines" && event.noteToRequester ? [CANCEL, DECLINE_NOTE] : [CANCEL]),
  ]),
  ...[...BEFORE_THE_CONNECTOR, ...WITH_THE_CONNECTOR, "awaiting_target" as const].map((from): Row => [
    from,
    "requester_withdraws",
    "withdrawn",
    () => [CANCEL, notify("requester_withdrew")],
  ]),
  ["awaiting_target", "target_says_yes", "accepted", () => [CANCEL, INTRODUCTION]],
  ["awaiting_target", "target_says_no", "declined_by_target", () => [CANCEL, notify("target_declined")]],
  // "Not now" is silence with manners: the reminder already planned still comes, then the expiry.
  ["awaiting_target", "target_says_not_now", "awaiting_target", none],
  [
    "awaiting_target",
    "target_opts_out",
    "declined_by_target",
    () => [CANCEL, { kind: "protect_target" }, notify("target_opted_out")],
  ],
  [
    "awaiting_target",
    "reminder_due",
    "awaiting_target",
    (_, options) => [REMINDER, { kind: "schedule_expiry", afterDays: options.expiryAfterDays }],
  ],
  ["awaiting_target", "expiry_due", "expired", () => [CANCEL, notify("target_silent")]],
  ["accepted", "introduction_sent", "introduced", none],
  ...ENDED_WITHOUT_INTRO.map((from): Row => [from, "connector_sends_decline_note", from, () => [DECLINE_NOTE]]),
  // A target's wish not to be asked again is honoured whenever their link still reaches us.
  ...(["declined_by_target", "expired", "withdrawn"] as const).map((from): Row => [
    from,
    "target_opts_out",
    from,
    () => [{ kind: "protect_target" }],
  ]),
];

/** The table, in the order docs/state-machine.md lists it. */
export const TRANSITIONS: readonly TransitionRule[] = ROWS.map(([from, event, to, effects]) => ({
  from,
  event,
  actor: EVENT_ACTORS[event],
  to,
  effects,
}));

const RULES = new Map(TRANSITIONS.map((rule) => [`${rule.from} ${rule.event}`, rule]));

/** States no event leads out of (some still take a note to the requester, or a target's opt-out). */
export const TERMINAL_STATES: readonly IntroRequestState[] = REQUEST_STATES.filter((state) =>
  TRANSITIONS.every((rule) => rule.from !== state || rule.to === state),
);

/**
 * Where `event`, caused by `actor`, takes a request in state `from`, and what must happen
 * with it. Throws IllegalTransitionError when the actor may not cause that event, or the
 * event cannot happen in that state; RangeError for options or a snooze date that make no sense.
 */
export function transition(
  from: IntroRequestState,
  event: TransitionEvent,
  actor: RequestActor,
  options: StateMachineOptions = DEFAULT_STATE_MACHINE_OPTIONS,
): { to: IntroRequestState; effects: TransitionEffect[] } {
  if (!Object.hasOwn(EVENT_ACTORS, event.type)) throw new RangeError(`Unknown event "${String(event.type)}"`);
  const expected = EVENT_ACTORS[event.type];
  const rule = RULES.get(`${from} ${event.type}`);
  if (actor !== expected || !rule) throw illegalTransition(from, event.type, actor, expected);
  checkOptions(options);
  return { to: rule.to, effects: rule.effects(event, options) };
}

/** The events `actor` may cause in `state`, in table order: what a page may offer. */
export function allowedEvents(state: IntroRequestState, actor: RequestActor): TransitionEventType[] {
  return TRANSITIONS.filter((rule) => rule.from === state && rule.actor === actor).map((rule) => rule.event);
}

function snoozeUntil(event: TransitionEvent): Date {
  const until = event.type === "connector_snoozes" ? event.until : undefined;
  if (!(until instanceof Date) || Number.isNaN(until.getTime())) throw new RangeError("A snooze needs a valid date");
  return until;
}

function checkOptions(options: StateMachineOptions): void {
  for (const name of ["reminderAfterDays", "expiryAfterDays"] as const)
    if (!Number.isFinite(options[name]) || options[name] <= 0)
      throw new RangeError(`${name} must be a positive number of days`);
}
