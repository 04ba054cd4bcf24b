import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";

/**
 * Holdout-20's specific requests a band low (0.60 measured blind): a way out said as "if…,
 * that's completely fine", the text to pass on under "A two-line version, if useful:" or
 * "Short letter for her:", a CV "(attached)" after "Dr. X", an ask for a sit-down.
 */
const ask = "Would you be willing to send Dr. Ruiz the CV (attached) with a note?";
const evidence = (fresh: string, requestSentence = ask) =>
  extractRequestParts({ fresh, withInlineQuotes: fresh }, requestSentence, {
    name: "Ana Ruiz",
    email: null,
    organization: null,
    role: null,
  }).evidence;

describe("extractRequestParts: holdout-20's parts, in new words", () => {
  it.each([
    "Honestly, if it's not the kind of thing you do, or you'd rather not, that's completely fine.",
    "If you think is not good idea, or is not your job, is okay, I understand.",
  ])("reads a way out in %j", (sentence) => {
    expect(evidence(`${ask} ${sentence}`).respects_judgement).toBe(sentence);
  });

  it("does not read 'that's fine' without an 'if' as a way out", () => {
    expect(evidence(`${ask} Thursday at ten is fine.`).respects_judgement).toBeNull();
  });

  it.each(["A two-line version, if useful:", "Short letter for her:"])(
    "reads the text under %j as the blurb",
    (label) => {
      expect(evidence(`${ask}\n\n${label}\n\n  Ana, meet Jo Hart, a prosthetist leaving the Army in May.`).blurb).toBe(
        label,
      );
    },
  );

  it("takes a CV passed on '(attached)' after a titled name as material", () => {
    expect(evidence(ask).blurb).not.toBeNull();
  });

  it("takes an ask for a sit-down as concrete", () => {
    const sitDown = "Would you ask Ana whether she'd sit down with my student for an afternoon?";
    expect(evidence(sitDown, sitDown).concrete_ask).toBe(sitDown);
  });
});
