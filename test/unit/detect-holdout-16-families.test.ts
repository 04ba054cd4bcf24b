import { describe, expect, it } from "vitest";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdout-16 was measured blind (precision 0.857, recall 0.72: the detection of the session's
 * start, after three rounds) and then learnt from. The general forms behind its misses and
 * false alarms, each in new words (never the set's own sentences), with the near misses each
 * must leave alone. Holdout-17 is left untuned, as the next baseline.
 */
describe("detectIntroRequest: holdout-16's families, in new words", () => {
  const requests = [
    "Is it possible that you ask Doctor Lindahl if she would accept to see my son for ten minutes?",
    "If you'd let her know I'm looking for a place on the night desk, I'd owe you dinner.",
    "Would Ingrid mind if I wrote to her directly, and could I say you suggested it?",
    "May I use your name when I write to the foundation's director?",
    "Could you set up a short call with your head of compliance before the audit?",
    "If you know anyone on the planning board who might listen, we'd be grateful for a word in the right ear.",
    "Any thoughts on who at the Herald might want to read it?",
  ];
  const nearMisses = [
    "You sat next to him for years - how would you approach him?",
    "Could you pass this along to your students?",
    "Do you know any nurses who might be open to a move?",
    "May I use your printer when I come by on Friday?",
    "Any thoughts on who will win the election?",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);

  it("reads 'intro to someone at …?' in a subject as the ask", () => {
    const withSubject = (subject: string) => detectWithSubject(subject, "Long story. Call me when you can.");
    expect(withSubject("intro to someone at the Ledger?")).toBe(true);
    expect(withSubject("intro to the new billing system")).toBe(false);
  });
});
