// What each state offers: the events allowedEvents() lists for a page, always exactly those
// transition() accepts, and the terminal states that take only a note or an opt-out.
import { describe, expect, it } from "vitest";
import {
  allowedEvents,
  EVENT_ACTORS,
  REQUEST_STATES,
  TERMINAL_STATES,
  transition,
  TRANSITION_EVENT_TYPES,
} from "../../src/requests/index.js";
import { ACTORS, sample } from "./state-machine-fixtures.js";

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
