import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";
import type { SignalEvidence } from "../../src/intros/score-specificity.js";

/**
 * Specific requests of holdouts 29–32 scored a band low: the way out and the target's gain said
 * as people write them, and an ask made only in the subject. New words, never the sets' own.
 */
const ask = "Would you be willing to pass our one-sheet to Lena Ward?";
const target = { name: "Lena Ward", email: null, organization: null, role: null };
const evidence = (fresh: string, requestSentence = ask): SignalEvidence =>
  extractRequestParts({ fresh, withInlineQuotes: fresh }, requestSentence, target).evidence;

describe("extractRequestParts: holdouts 29–32's parts, in new words", () => {
  it.each([
    "If it's awkward with the contract still open, just say so.",
    "If she's too busy or it's an imposition, I'll understand.",
    "If you think it is not the right moment, forget it.",
    "Tell me if she'd find it a bother and I'll drop it.",
    "If they already have a supplier, no harm done.",
    "Please don't twist her arm.",
  ])("reads %j as leaving the connector free", (sentence) => {
    expect(evidence(`${ask}\n${sentence}`).respects_judgement).toBe(sentence);
  });

  it.each([
    "We can pay a $300 honorarium and her travel.",
    "We'd gladly cover her expenses for the day.",
    "I can bring samples for her kitchen without any cost.",
    "The first tasting is free of charge.",
  ])("reads %j as what the target gets", (sentence) => {
    expect(evidence(`${ask}\n${sentence}`).benefit_to_target).toBe(sentence);
  });

  it("does not read a question, a bill or a busy week as either", () => {
    const fresh = `${ask}\nIf you have any questions, let me know. We paid the invoice. I was too busy last week.`;
    expect(evidence(fresh).respects_judgement).toBeNull();
    expect(evidence(fresh).benefit_to_target).toBeNull();
  });

  it("judges an ask made only in the subject with the text under it", () => {
    const subject = "Get me 10 min with Lena Ward before Thursday";
    expect(evidence("The vote is Friday.", subject).concrete_ask).toBe(subject);
  });
});
