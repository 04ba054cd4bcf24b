import { describe, expect, it } from "vitest";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Targets that session 28's blind Enron mail was given wrongly, in new words: a student taking up
 * an offer to pass her resume on was read as asking for her husband, named under her signature.
 */
const target = (fresh: string, requestSentence: string) =>
  extractTarget({ fresh, quoted: "", requestSentence, knownPeople: [] });

describe("extractTarget: not a name under the writer's closing (session 28)", () => {
  it("takes no one named in the signature for the target", () => {
    const ask = "Thanks for offering to pass my resume to the trading people at your firm.";
    const fresh = `${ask} Please find it attached.\n\nThanks again\nAna Ruiz\n(Tomas Berg's sister)\nphone 555-0101`;
    expect(target(fresh, ask)?.name ?? null).toBeNull();
  });

  it("still takes a name given before the closing", () => {
    const ask = "Could you pass my resume on to him?";
    const fresh = `Your colleague Omar Haddad runs the gas desk. ${ask}\n\nRegards,\nAna Ruiz`;
    expect(target(fresh, ask)).toMatchObject({ name: "Omar Haddad" });
  });
});
