import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";

/**
 * "If I can be of further help give me a call at (407) 293-4000" (real Enron mail, session 23's
 * blind set gq-cm; new words here): the writer's own availability, offered in closing, is no
 * concrete ask of the target; "have her give me a call" still is.
 */
const ask = "Could you refer Tomas to someone in your organization?";
const concreteAsk = (fresh: string) =>
  extractRequestParts({ fresh, withInlineQuotes: fresh }, ask, null).evidence.concrete_ask;

describe("a call offered in closing", () => {
  it("is not a concrete ask", () => {
    for (const closing of [
      "If I can be of further help give me a call at 555-0134.",
      "If you have any questions, give me a call.",
      "Please feel free to give me a call on my cell.",
      "Don't hesitate to drop me a line.",
    ]) {
      expect(concreteAsk(`${ask} ${closing}`)).toBeNull();
    }
  });

  it("leaves the target's call asked for a concrete ask", () => {
    const call = "Could you have her give me a call at 555-0134?";
    expect(concreteAsk(`${ask} ${call}`)).toBe(call);
  });
});

/**
 * An ask for no one in particular (real Enron mail, sessions 20–23: "please forward this resume to
 * the appropriate person in your company", labelled low by its readers) counts as vague; an ask
 * that means someone ("could u ask her…") does not, though no name was found.
 */
describe("an ask for no one in particular", () => {
  const vague = (sentence: string) =>
    extractRequestParts({ fresh: sentence, withInlineQuotes: sentence }, sentence, null).evidence.vague_ask;

  it("counts against when no one is named or meant", () => {
    const ask = "If you would be so kind, please forward this resume to the appropriate person in your company.";
    expect(vague(ask)).toBe(ask);
  });

  it("does not when the ask means someone", () => {
    expect(vague("could u ask her if my roommate could come stage there for a day?")).toBeNull();
    expect(vague("Would you see if he'd give me a call?")).toBeNull();
  });

  // (Session 27 narrowed this: a place alone, "the appropriate person at Halvorsen", is still a kind
  // of person, which two readers of its blind sets banded low; a post at the place is not.)
  it("does not when the target's post and place are known", () => {
    const ask = "Please forward this resume to the appropriate person in your company.";
    const fresh = { fresh: ask, withInlineQuotes: ask };
    const target = { name: null, email: null, organization: "Halvorsen", role: "head of HR" };
    expect(extractRequestParts(fresh, ask, target).evidence.vague_ask).toBeNull();
    const placeOnly = { name: null, email: null, organization: "Halvorsen", role: null };
    expect(extractRequestParts(fresh, ask, placeOnly).evidence.vague_ask).toBe(ask);
  });
});

/**
 * "…find out if there is any way that we might be able to help your group. I attach a short
 * presentation which outlines the rationale" (real Enron mail, session 23's blind set gq-cq, labelled
 * medium; new words here): help offered to the reader's group is a benefit for whoever works there,
 * and an attached presentation is material to pass on, as a deck is.
 */
describe("help for the reader's group and an attached presentation", () => {
  const ask = "Could you point me to the right person in your treasury team?";
  const parts = (extra: string) => {
    const fresh = `${ask} ${extra}`;
    return extractRequestParts({ fresh, withInlineQuotes: fresh }, ask, null).evidence;
  };

  it("counts help offered to the reader's group as a benefit", () => {
    expect(parts("We may be able to help your desk cut its hedging costs.").benefit_to_target).not.toBeNull();
    // (Not help the writer asks for.)
    expect(parts("Could your team help us with the filing?").benefit_to_target).toBeNull();
  });

  it("counts an attached presentation as material to pass on", () => {
    expect(parts("I attach a short presentation on the fund.").blurb).not.toBeNull();
    expect(parts("I enjoyed your presentation last week.").blurb).toBeNull();
  });
});
