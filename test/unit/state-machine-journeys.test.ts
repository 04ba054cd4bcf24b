// Whole journeys through the state machine from `detected`: the double opt-in, a request for
// details, and a target who stays silent.
import { describe, expect, it } from "vitest";
import {
  transition,
  type IntroRequestState,
  type RequestActor,
  type TransitionEvent,
} from "../../src/requests/index.js";
import { UNTIL } from "./state-machine-fixtures.js";

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
