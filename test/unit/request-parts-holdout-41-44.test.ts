import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";
import type { SignalEvidence } from "../../src/intros/score-specificity.js";

/**
 * Specific requests of holdouts 41–44 scored a band low: an attachment handed on in the ask,
 * a reader deferred to in other words, and what the target gets read as a blurb because the
 * ask said "forward the attached…". New words, never the sets' own.
 */
const target = { name: "Lena Ward", email: null, organization: null, role: null };
const parts = (fresh: string, requestSentence: string) =>
  extractRequestParts({ fresh, withInlineQuotes: fresh }, requestSentence, target);
const evidence = (fresh: string, requestSentence: string): SignalEvidence => parts(fresh, requestSentence).evidence;

describe("extractRequestParts: holdouts 41–44's parts, in new words", () => {
  it.each([
    "Would you hand Lena the attached sheet next time you're over there?",
    "Could you pass my name to Lena, and maybe the attached one-sheet?",
  ])("reads %j as material to pass on", (ask) => {
    expect(evidence(ask, ask).blurb).toBe(ask);
  });

  it.each([
    "If you don't think it's the right time, I'll follow your lead.",
    "Or if you'd rather this went through her office, say so.",
  ])("reads %j as leaving the connector free", (sentence) => {
    const ask = "Would you be willing to pass our one-sheet to Lena Ward?";
    expect(evidence(`${ask}\n${sentence}`, ask).respects_judgement).toBe(sentence);
  });

  it("keeps what the target gets out of a blurb when the ask forwards an attachment", () => {
    const ask = "Would you be willing to forward the attached overview to Lena and ask whether she'd take a call?";
    const gain = "What's in it for her: a first look at twelve trained apprentices a year.";
    const result = parts(`${ask} ${gain}`, ask);
    expect(result.benefitToTarget).toBe(gain);
    expect(result.evidence.blurb).toBe(ask);
  });

  it("still takes the text after an offer to forward it as the blurb", () => {
    const ask = "Here's a blurb you can forward:";
    const blurb = "Sam runs a small bakery and would like to supply your cafe.";
    expect(parts(`Could you pass this to Lena?\n\n${ask}\n${blurb}`, "Could you pass this to Lena?").blurb).toBe(blurb);
  });

  it("does not read an attachment mentioned in passing as one handed on", () => {
    const ask = "Could you mention me to Lena?";
    expect(evidence(`${ask}\nThe invoice is the attached one.`, ask).blurb).toBeNull();
  });
});
