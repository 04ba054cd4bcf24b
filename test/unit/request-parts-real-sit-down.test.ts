import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * A colleague the writer has not met, named by first name alone, a sit-down with them wanted and
 * the reader asked to mention it (a form of real Enron mail, session 21; new words). Before, the
 * target was not found and the ask counted as nothing concrete, so a medium request scored 0.
 */
describe("a sit-down with someone the writer has not met, the reader asked to mention it", () => {
  const wish = "I would like Dara and me to sit down with Milo and walk through the outage model.";
  const ask = "I haven't met Milo yet, so if you could mention this to him I would appreciate it.";
  const fresh = `${wish} ${ask}`;

  it("takes the one not yet met for the target", () => {
    expect(extractTarget({ fresh, quoted: "", requestSentence: ask, knownPeople: [] })?.name).toBe("Milo");
    // (Not someone met already: "I met Milo at the offsite" names no one to be introduced to.)
    const met = "I met Milo at the offsite, so could you mention this to him?";
    expect(extractTarget({ fresh: met, quoted: "", requestSentence: met, knownPeople: [] })?.name ?? null).toBeNull();
  });

  it.each([
    [fresh, wish],
    [ask, ask],
  ])("reads a concrete ask in %j", (text, evidence) => {
    const target = { name: "Milo", email: null, organization: null, role: null };
    expect(extractRequestParts({ fresh: text, withInlineQuotes: text }, ask, target).evidence.concrete_ask).toBe(
      evidence,
    );
  });

  it("does not count a sit-down with the reader", () => {
    const own = "I would also like to sit down with you this week.";
    const target = { name: "Milo", email: null, organization: null, role: null };
    const text = `${own} Could you put me in touch with Milo?`;
    expect(
      extractRequestParts({ fresh: text, withInlineQuotes: text }, "Could you put me in touch with Milo?", target)
        .evidence.concrete_ask,
    ).toBeNull();
  });
});
