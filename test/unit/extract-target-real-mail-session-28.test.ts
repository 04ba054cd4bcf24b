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

describe("extractTarget: not the candidate the message is about (session 28)", () => {
  it("takes no candidate named by their resume or their search for the target", () => {
    const ask = "I appreciate your offer to find areas within Calpine that could use her skills.";
    expect(target(`Thank you for reviewing Ana's resume. ${ask} Ana Ruiz.pdf`, ask)?.name ?? null).toBeNull();
    const search = "Let me know if you have hiring needs, or can provide names for networking.";
    const fresh = `Tomas Berg, back from Lima, is currently seeking a new position. ${search}`;
    expect(target(fresh, search)?.name ?? null).toBeNull();
  });

  it("still takes the person the candidate's resume is to go to", () => {
    const ask = "Could you pass the resume of my niece Ana Ruiz to Omar Haddad?";
    expect(target(ask, ask)).toMatchObject({ name: "Omar Haddad" });
  });
});
