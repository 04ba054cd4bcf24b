// The state machine's table of legal transitions: exactly the transitions written out by hand,
// and what each one does (its next state and its effects, options included).
import { describe, expect, it } from "vitest";
import {
  EVENT_ACTORS,
  REQUEST_STATES,
  transition,
  TRANSITION_EVENT_TYPES,
  TRANSITIONS,
  type TransitionEvent,
} from "../../src/requests/index.js";
import { CANCEL, DECLINE_NOTE, EXPECTED, sample } from "./state-machine-fixtures.js";

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
