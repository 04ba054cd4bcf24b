// What the state machine refuses: every (state, event) pair outside the table, a second answer
// from the target, and events caused by anyone but their actor, each with its message.
import { describe, expect, it } from "vitest";
import {
  EVENT_ACTORS,
  REQUEST_STATES,
  transition,
  TRANSITION_EVENT_TYPES,
  TRANSITIONS,
} from "../../src/requests/index.js";
import { ACTORS, EXPECTED, ILLEGAL, rejection, sample } from "./state-machine-fixtures.js";

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
