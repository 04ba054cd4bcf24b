import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Parts of session 28's blind Enron requests that the analysis missed, in new words: the ask was
 * read from a thanks for what was already done, a copy attached "for easy forwarding" was no
 * material, and the ways real mail leaves the reader free to say no were not known.
 */
const parts = (fresh: string, ask: string) => {
  const target = extractTarget({ fresh, quoted: "", requestSentence: ask, knownPeople: [] });
  return extractRequestParts({ fresh, withInlineQuotes: fresh }, ask, target).evidence;
};

describe("the ask, the material and the reader's freedom in real mail's words (session 28)", () => {
  it("reads the ask, not a thanks for what was already done", () => {
    const ask = "What would be the best way to get my proposal in front of Omar Haddad?";
    const fresh = `Thank you again for passing my resume to Dana Ruiz. ${ask}`;
    expect(parts(fresh, ask).concrete_ask).toBe(ask);
    const ahead = "Thanks in advance for passing my resume to Dana Ruiz.";
    expect(parts(ahead, ahead).concrete_ask).toBe(ahead);
  });

  it("counts a copy attached for easy forwarding as material to pass on", () => {
    const ask = "Could you pass my resume to Omar Haddad?";
    expect(parts(`${ask} I am attaching an electronic copy for easy forwarding.`, ask).blurb).not.toBeNull();
    expect(parts(`${ask} I forgot to attach it.`, ask).blurb).toBeNull();
  });

  it("knows 'if this is in any way not ok, just say so' and 'let me know if you will not be able'", () => {
    const ask = "Could you call Omar Haddad about our bid?";
    for (const free of [
      'If this is in any way "not ok" please just say so.',
      "Please let me know if you will not be able to take this on and I will find another way.",
      "Let me know if this will be ok.",
    ])
      expect(parts(`${ask} ${free}`, ask).respects_judgement).toBe(free);
    expect(parts(`${ask} Let me know if the room is ok.`, ask).respects_judgement).toBeNull();
  });

  it("knows 'if you think this is an option' and why the reader can ask them", () => {
    const ask = "Could you mention the role to Omar Haddad?";
    const option = "If you think this is an option, please go ahead.";
    expect(parts(`${ask} ${option}`, ask).respects_judgement).toBe(option);
    const board = "You and Mr. Haddad serve together on the Board of the Houston Partnership.";
    expect(parts(`${board} ${ask}`, ask).reason).toBe(board);
    const known = "He has known you for 25 years.";
    expect(parts(`${ask} ${known}`, ask).reason).toBe(known);
    expect(parts(`${ask} You and Mr. Haddad are both invited.`, ask).reason).toBeNull();
  });
});
