import { describe, expect, it } from "vitest";
import {
  allowedEvents,
  EVENT_ACTORS,
  IllegalTransitionError,
  REQUEST_STATES,
  TERMINAL_STATES,
  transition,
  TRANSITION_EVENT_TYPES,
  TRANSITIONS,
  type IntroRequestState,
  type RequestActor,
  type TransitionEffect,
  type TransitionEvent,
  type TransitionEventType,
} from "../../src/requests/index.js";

const ACTORS: readonly RequestActor[] = ["connector", "target", "requester", "safeintro"];
const UNTIL = new Date("2030-01-15T09:00:00Z");

/** An event of each type, with valid details where it has some. */
function sample(type: TransitionEventType): TransitionEvent {
  if (type === "connector_snoozes") return { type, until: UNTIL };
  return { type } as TransitionEvent;
}

/** The error `run` throws, which must be an IllegalTransitionError. */
function rejection(run: () => unknown): IllegalTransitionError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(IllegalTransitionError);
    return error as IllegalTransitionError;
  }
  throw new Error("expected the transition to be rejected");
}

const CANCEL: TransitionEffect = { kind: "cancel_timers" };
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
const DECLINE_NOTE: TransitionEffect = {
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
const EXPECTED: readonly [IntroRequestState, TransitionEventType, IntroRequestState, TransitionEffect[]][] = [
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
const ILLEGAL = REQUEST_STATES.flatMap((from) =>
  TRANSITION_EVENT_TYPES.filter((event) => !legal.has(`${from} ${event}`)).map((event) => [from, event] as const),
);

describe("the table", () => {
  it("is exactly the transitions written out here, each with its event's one actor", () => {
    expect(TRANSITIONS.map((rule) => `${rule.from} ${rule.event} → ${rule.to}`).sort()).toEqual(
      EXPECTED.map(([from, event, to]) => `${from} ${event} → ${to}`).sort(),
    );
    for (const rule of TRANSITIONS) expect(rule.actor).toBe(EVENT_ACTORS[rule.event]);
    expect(new Set(TRANSITIONS.map((rule) => `${rule.from} ${rule.event}`)).size).toBe(TRANSITIONS.length);
  });

  it("reaches every state, and every event is used somewhere", () => {
    const reached = new Set(["detected", ...TRANSITIONS.map((rule) => rule.to)]);
    expect([...REQUEST_STATES].filter((state) => !reached.has(state))).toEqual([]);
    expect(TRANSITION_EVENT_TYPES.filter((event) => !TRANSITIONS.some((rule) => rule.event === event))).toEqual([]);
  });
});

describe("every legal transition, with its effects", () => {
  it.each(EXPECTED)("%s + %s → %s", (from, event, to, effects) => {
    expect(transition(from, sample(event), EVENT_ACTORS[event])).toEqual({ to, effects });
  });

  it("a decline sends the requester a note only when the connector chose one", () => {
    for (const from of ["detected", "analyzed", "awaiting_connector", "needs_details"] as const) {
      expect(transition(from, { type: "connector_declines", noteToRequester: true }, "connector").effects).toEqual([
        CANCEL,
        DECLINE_NOTE,
      ]);
      expect(transition(from, { type: "connector_declines", noteToRequester: false }, "connector").effects).toEqual([
        CANCEL,
      ]);
    }
  });

  it("takes the reminder and expiry days from the options", () => {
    const options = { reminderAfterDays: 3, expiryAfterDays: 10 };
    expect(
      transition("awaiting_connector", { type: "connector_asks_target" }, "connector", options).effects,
    ).toContainEqual({ kind: "schedule_reminder", afterDays: 3 });
    expect(transition("awaiting_target", { type: "reminder_due" }, "safeintro", options).effects).toContainEqual({
      kind: "schedule_expiry",
      afterDays: 10,
    });
  });

  it("refuses days that make no sense, and a snooze without a date", () => {
    for (const days of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() =>
        transition("awaiting_target", { type: "reminder_due" }, "safeintro", {
          reminderAfterDays: 5,
          expiryAfterDays: days,
        }),
      ).toThrow(RangeError);
    expect(() =>
      transition("awaiting_connector", { type: "connector_snoozes", until: new Date("not a date") }, "connector"),
    ).toThrow("A snooze needs a valid date");
    expect(() =>
      transition("awaiting_connector", { type: "nonsense" } as unknown as TransitionEvent, "connector"),
    ).toThrow(RangeError);
    expect(() =>
      transition("awaiting_connector", { type: "toString" } as unknown as TransitionEvent, "connector"),
    ).toThrow(RangeError);
  });
});

describe("illegal transitions", () => {
  it("leaves out every other (state, event) pair", () => {
    expect(ILLEGAL.length).toBe(REQUEST_STATES.length * TRANSITION_EVENT_TYPES.length - EXPECTED.length);
  });

  it.each(ILLEGAL)("%s + %s is rejected, even from the event's own actor", (from, event) => {
    const actor = EVENT_ACTORS[event];
    const error = rejection(() => transition(from, sample(event), actor));
    const answered = actor === "target" && ["accepted", "introduced", "declined_by_target"].includes(from);
    expect([error.name, error.code, error.from, error.event, error.actor]).toEqual([
      "IllegalTransitionError",
      answered ? "already_answered" : "not_allowed",
      from,
      event,
      actor,
    ]);
    expect(error.message).toMatch(answered ? /^You already answered .+\.$/ : /^This request [^;]+; [^.]+\.$/);
  });

  it.each([
    [
      "declined_by_connector",
      "connector_asks_target",
      "This request was already declined; it cannot be sent to the target.",
    ],
    [
      "awaiting_target",
      "connector_asks_target",
      "This request is waiting for the target's answer; it cannot be sent to the target.",
    ],
    ["introduced", "connector_declines", "This request has already led to an introduction; it cannot be declined."],
    [
      "withdrawn",
      "connector_asks_details",
      "This request was withdrawn by the requester; the requester cannot be asked for details.",
    ],
    [
      "awaiting_connector",
      "connector_sends_decline_note",
      "This request has not been sent to anyone yet; no note can go to the requester.",
    ],
    ["detected", "connector_asks_target", "This request is still being analysed; it cannot be sent to the target."],
    ["expired", "target_says_yes", "This request has expired; there is nothing to answer."],
    ["withdrawn", "target_says_yes", "This request was withdrawn by the requester; there is nothing to answer."],
    [
      "awaiting_connector",
      "target_says_no",
      "This request has not been sent to anyone yet; there is nothing to answer.",
    ],
    [
      "awaiting_connector",
      "requester_answers_details",
      "This request has not been sent to anyone yet; it is not waiting for details.",
    ],
    ["accepted", "requester_withdraws", "This request was accepted by the target; it cannot be withdrawn."],
    ["expired", "reminder_due", "This request has expired; it needs no reminder."],
    ["declined_by_target", "expiry_due", "This request was declined by the target; it cannot expire."],
    ["awaiting_target", "snooze_ends", "This request is waiting for the target's answer; it is not snoozed."],
    ["awaiting_connector", "analysed", "This request has not been sent to anyone yet; there is nothing to analyse."],
    ["analyzed", "connector_asks_target", "This request is being analysed again; it cannot be sent to the target."],
    [
      "needs_details",
      "connector_snoozes",
      "This request is waiting for the requester's details; it cannot be snoozed.",
    ],
  ] as const)("%s + %s: %s", (from, event, message) => {
    const error = rejection(() => transition(from, sample(event), EVENT_ACTORS[event]));
    expect(error.code).toBe("not_allowed");
    expect(error.message).toBe(message);
  });

  it("a second answer from the target is 'already answered', whatever the button", () => {
    const answers = ["target_says_yes", "target_says_no", "target_says_not_now", "target_opts_out"] as const;
    const cases = [
      ["accepted", "You already answered yes: the introduction is on its way."],
      ["introduced", "You already answered yes: the introduction has been made."],
      ["declined_by_target", "You already answered this request; there is nothing more to do."],
    ] as const;
    for (const [from, message] of cases)
      for (const event of answers) {
        if (from === "declined_by_target" && event === "target_opts_out") continue; // honoured: see the table
        const error = rejection(() => transition(from, sample(event), "target"));
        expect([error.code, error.message]).toEqual(["already_answered", message]);
      }
  });
});

describe("actors", () => {
  it("rejects every legal event caused by anyone but its actor, before looking at the state", () => {
    for (const rule of TRANSITIONS)
      for (const actor of ACTORS.filter((a) => a !== rule.actor)) {
        const error = rejection(() => transition(rule.from, sample(rule.event), actor));
        expect([error.code, error.actor]).toEqual(["wrong_actor", actor]);
        expect(error.message).toMatch(/^Only (the (connector|target|requester)|SafeIntro) can [^.]+\.$/);
      }
    expect(rejection(() => transition("introduced", { type: "target_says_yes" }, "connector")).code).toBe(
      "wrong_actor",
    );
  });

  it.each([
    ["awaiting_target", "connector_declines", "target", "Only the connector can decline a request."],
    ["awaiting_target", "target_says_yes", "connector", "Only the target can accept an introduction."],
    ["awaiting_target", "target_says_yes", "requester", "Only the target can accept an introduction."],
    ["needs_details", "requester_answers_details", "connector", "Only the requester can send the details asked for."],
    ["awaiting_target", "expiry_due", "connector", "Only SafeIntro can let a request expire."],
    ["accepted", "introduction_sent", "target", "Only SafeIntro can mark a request introduced."],
  ] as const)("%s + %s by the %s: %s", (from, event, actor, message) => {
    expect(rejection(() => transition(from, sample(event), actor)).message).toBe(message);
  });
});

describe("allowedEvents: what a page may offer", () => {
  it.each([
    [
      "awaiting_connector",
      "connector",
      ["connector_asks_target", "connector_asks_details", "connector_snoozes", "connector_declines"],
    ],
    ["needs_details", "connector", ["connector_asks_target", "connector_declines"]],
    ["detected", "connector", ["connector_declines"]],
    ["awaiting_target", "connector", []],
    ["awaiting_target", "target", ["target_says_yes", "target_says_no", "target_says_not_now", "target_opts_out"]],
    ["awaiting_target", "safeintro", ["reminder_due", "expiry_due"]],
    ["awaiting_target", "requester", ["requester_withdraws"]],
    ["accepted", "target", []],
    ["declined_by_target", "connector", ["connector_sends_decline_note"]],
    ["introduced", "connector", []],
  ] as const)("%s, for the %s: %j", (state, actor, events) => {
    expect(allowedEvents(state, actor)).toEqual(events);
  });

  it("offers exactly the events transition() accepts", () => {
    for (const state of REQUEST_STATES)
      for (const actor of ACTORS)
        for (const event of TRANSITION_EVENT_TYPES) {
          const accepted = (() => {
            try {
              transition(state, sample(event), actor);
              return true;
            } catch {
              return false;
            }
          })();
          expect(allowedEvents(state, actor).includes(event)).toBe(accepted);
        }
  });
});

describe("terminal states", () => {
  it("are introduced, both declines, expired and withdrawn", () => {
    expect([...TERMINAL_STATES].sort()).toEqual(
      ["declined_by_connector", "declined_by_target", "expired", "introduced", "withdrawn"].sort(),
    );
  });

  it.each([...TERMINAL_STATES])("%s takes only a note to the requester or a target's opt-out, and stays", (state) => {
    const offered = ACTORS.flatMap((actor) => allowedEvents(state, actor));
    expect(offered.every((event) => event === "connector_sends_decline_note" || event === "target_opts_out")).toBe(
      true,
    );
    for (const event of offered) expect(transition(state, sample(event), EVENT_ACTORS[event]).to).toBe(state);
  });
});

describe("journeys", () => {
  /** Runs events in order from `detected`; returns the states passed through and every effect kind. */
  function walk(steps: [TransitionEvent, RequestActor][]): { states: IntroRequestState[]; emails: string[] } {
    let state: IntroRequestState = "detected";
    const states: IntroRequestState[] = [state];
    const emails: string[] = [];
    for (const [event, actor] of steps) {
      const result = transition(state, event, actor);
      state = result.to;
      states.push(state);
      for (const effect of result.effects) if (effect.kind === "send_email") emails.push(effect.template);
    }
    return { states, emails };
  }

  it("double opt-in: nothing reaches the requester until the target says yes", () => {
    const { states, emails } = walk([
      [{ type: "analysed" }, "safeintro"],
      [{ type: "connector_snoozes", until: UNTIL }, "connector"],
      [{ type: "snooze_ends" }, "safeintro"],
      [{ type: "connector_asks_target" }, "connector"],
      [{ type: "target_says_not_now" }, "target"],
      [{ type: "reminder_due" }, "safeintro"],
      [{ type: "target_says_yes" }, "target"],
      [{ type: "introduction_sent" }, "safeintro"],
    ]);
    expect(states.at(-1)).toBe("introduced");
    expect(emails).toEqual(["ask_target", "reminder", "introduction"]);
  });

  it("details: the requester's answer goes back to analysis, then to the connector", () => {
    const { states, emails } = walk([
      [{ type: "analysed" }, "safeintro"],
      [{ type: "connector_asks_details" }, "connector"],
      [{ type: "requester_answers_details" }, "requester"],
      [{ type: "analysed" }, "safeintro"],
      [{ type: "connector_asks_details" }, "connector"],
    ]);
    expect(states).toEqual([
      "detected",
      "awaiting_connector",
      "needs_details",
      "analyzed",
      "awaiting_connector",
      "needs_details",
    ]);
    expect(emails).toEqual(["ask_requester_for_details", "ask_requester_for_details"]);
  });

  it("silence: one reminder, then the request expires and the connector may send a note", () => {
    const { states, emails } = walk([
      [{ type: "analysed" }, "safeintro"],
      [{ type: "connector_asks_target" }, "connector"],
      [{ type: "reminder_due" }, "safeintro"],
      [{ type: "expiry_due" }, "safeintro"],
      [{ type: "connector_sends_decline_note" }, "connector"],
    ]);
    expect(states.slice(-3)).toEqual(["awaiting_target", "expired", "expired"]);
    expect(emails).toEqual(["ask_target", "reminder", "decline_note"]);
  });
});
