import { describe, expect, it } from "vitest";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * "Could you see if someone at FERC -- Hebert or Madden, might be available" (real Enron mail,
 * shared set): the one sought at an organisation, then named in apposition, is the target; the
 * first named when two are offered. In new words here.
 */
const target = (sentence: string) =>
  extractTarget({ fresh: sentence, quoted: "", requestSentence: sentence, knownPeople: [] });

describe("extractTarget: someone at an organisation, then named", () => {
  it("takes a surname after a dash, and the organisation before it", () => {
    expect(
      target("Pat -- could you find out if someone at Ofgem -- Whitlow or Barnes, could join the panel?"),
    ).toMatchObject({
      name: "Whitlow",
      organization: "Ofgem",
    });
  });

  it("takes a full name after a hedge, with a comma or a colon", () => {
    expect(target("Would you ask somebody at Calloway Mills, perhaps Dana Okoro, to give me a call?")).toMatchObject({
      name: "Dana Okoro",
      organization: "Calloway Mills",
    });
    expect(target("Could you get anyone at Brightline: say Ruth Amsel, to look at our deck?")).toMatchObject({
      name: "Ruth Amsel",
    });
  });

  it("takes no name from a comma without a hedge: there it gives the office's city", () => {
    expect(target("Do you know anyone at Enron, Houston who buys gas?")).toMatchObject({
      name: null,
      organization: "Enron",
    });
  });
});
