import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";

/**
 * Holdouts 18 and 19's specific requests were a band low (0.824 and 0.438 measured blind): the
 * ask named a call or material to pass on in words no cue knew, and the text to forward was
 * offered in ways the blurb cues did not read. Each form in new words, with what must not count.
 */
const evidence = (fresh: string, requestSentence: string) =>
  extractRequestParts({ fresh, withInlineQuotes: fresh }, requestSentence, {
    name: "Ada Quill",
    email: null,
    organization: null,
    role: null,
  }).evidence;

describe("extractRequestParts: holdouts 18 and 19's parts, in new words", () => {
  it.each([
    "Could you ask her whether she'd take a call from me in May?",
    "Would you send Ada the short paragraph below?",
    "Would you mind getting my pilot script to Ada?",
  ])("takes an ask that names a call or material as the concrete ask in %j", (ask) => {
    expect(evidence(ask, ask).concrete_ask).toBe(ask);
  });

  it("does not take passing on a name and number, or a plain introduction, as concrete", () => {
    for (const ask of ["Could you pass my name and number to Ada Quill?", "Could you introduce me to Ada Quill?"])
      expect(evidence(ask, ask).concrete_ask).toBeNull();
  });

  it.each([
    ["Would you be ok forwarding her the bit below?\n\nWe run the county's only cold-chain depot.", "bit below"],
    [
      "Could you introduce me to Ada Quill?\n\nOur note for Ada:\nWe run the county's only cold-chain depot.",
      "note for Ada",
    ],
    [
      "Could you introduce me to Ada Quill? Something Tom could paste, if it helps:\n\nWe run the county's depot.",
      "paste",
    ],
    [
      "Could you introduce me to Ada Quill? Here is a summary which you can use as it is: we run a depot.",
      "use as it is",
    ],
  ])("reads the text to pass on in %j", (fresh, cue) => {
    expect(evidence(fresh, "Could you introduce me to Ada Quill?").blurb).toContain(cue);
  });

  it.each([
    "Could you send Ada Quill a note, with the two-page proposal attached?",
    "Would you pass my one-pager (attached) to Ada Quill?",
    "Could you send Ada Quill the proposal which I attach?",
  ])("counts material passed on with the request as the blurb in %j", (fresh) => {
    expect(evidence(fresh, fresh).blurb).not.toBeNull();
  });

  it("does not count material to talk over, or an attachment nobody passes on, as the blurb", () => {
    const ask = "Could you get me half an hour with Ada Quill?";
    expect(evidence(`${ask} The summary below is what I'd walk her through.\n\nRates, routes.`, ask).blurb).toBeNull();
    expect(evidence(`${ask} My proposal is attached.`, ask).blurb).toBeNull();
  });

  it("does not call an ask vague for an alternative, when it names the person by one name", () => {
    const ask = "Would you forward the paragraph below to Ada, or to whoever she thinks should hear it?";
    expect(evidence(ask, ask).vague_ask).toBeNull();
  });
});
