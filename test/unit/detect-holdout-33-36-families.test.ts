import { describe, expect, it } from "vitest";
import { detect, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 33–36 were measured blind in session 16 (precision / recall 0.952 / 0.80, 0.833 /
 * 0.80, 0.917 / 0.88, 0.955 / 0.84), then learnt from. The general forms behind their misses
 * and false alarms, in new words (never the sets' own sentences).
 */
describe("detectIntroRequest: holdouts 33 to 36's near misses, in new words", () => {
  itTellsRequestsFromNearMisses(
    [],
    [
      // A client handed on: the reader is to make themself known.
      "Please introduce yourself to Walt Brenner at the Elm Street depot when you're out there next.",
      "Could you introduce yourself to Dr. Mara Quist at the clinic?",
    ],
  );

  it("takes a search firm's mandate for a recruiter's, whatever the ask's words", () => {
    const search =
      "I've been retained by a regional bank to find a head of treasury. " +
      "If anyone you've worked with comes to mind, I'd be grateful for a name, or have them call me directly.";
    expect(detect(search).isIntroRequest).toBe(false);
    const mandate =
      "We have been retained to fill a plant manager seat in Ohio. I'd welcome a name or two. " +
      "Could we find fifteen minutes this week to talk it over?";
    expect(detect(mandate).isIntroRequest).toBe(false);
  });
});
