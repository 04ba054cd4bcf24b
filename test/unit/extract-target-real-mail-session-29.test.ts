import { describe, expect, it } from "vitest";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Targets that session 29's blind Enron mail was given wrongly, in new words: a surname called at
 * a firm ("Please ring Draper at AEP") lost to full names the message gives of others, and the
 * firm of "who do we talk with in Dynegy" was not read.
 */
const target = (fresh: string, requestSentence: string) =>
  extractTarget({ fresh, quoted: "", requestSentence, knownPeople: [] });

describe("extractTarget: a surname called at a firm (session 29)", () => {
  it("takes the surname the ask calls, not another man named in full", () => {
    const ask = "Please ring Haldane at Corvex.";
    const fresh = `${ask} Their credit man, Frank Hilton, keeps cutting our lines. Anything you can do to help is appreciated.`;
    expect(target(fresh, ask)).toMatchObject({ name: "Haldane", organization: "Corvex" });
  });

  it("takes a full name given elsewhere for that surname", () => {
    const ask = "Could you call Haldane at Corvex?";
    const fresh = `Ruth Haldane runs their trading. ${ask}`;
    expect(target(fresh, ask)).toMatchObject({ name: "Ruth Haldane" });
  });

  it("takes no day or month for a surname", () => {
    expect(target("Can you call Monday at Corvex?", "Can you call Monday at Corvex?")?.name ?? null).toBeNull();
  });
});

describe("extractTarget: the firm of 'who do we talk with in X' (session 29)", () => {
  it.each([
    "Mark who do we talk with in Dynegy to inform them that we are selling?",
    "Who should I speak to at Dynegy about the sale?",
  ])("%j", (ask) => {
    expect(target(ask, ask)).toMatchObject({ name: null, organization: "Dynegy" });
  });
});
