import { describe, expect, it } from "vitest";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Whom the writer asks for is never the target: the target is who would be asked (and mailed
 * by the double opt-in), not "my brother-in-law Steve" whom they should call.
 */
const knownPeople = [
  { name: "Lorna Pike", email: "lorna@pike.example" },
  { name: "Dale Moss", email: "dale@moss.example" },
];
const targetOf = (fresh: string, requestSentence = fresh) =>
  extractTarget({ fresh, quoted: "", requestSentence, knownPeople });

describe("extractTarget: the writer's own side is never the target", () => {
  it("takes the person asked, not the relative they should call", () => {
    const ask =
      "Would you get hold of your friend at Harwell Mutual, Gary Tusk, and have him call my brother-in-law Steve Rausch?";
    expect(targetOf(ask)?.name).toBe("Gary Tusk");
  });

  it("leaves out a student whose papers are to be passed on", () => {
    const ask = "Would you send my student Priya Nair's CV to Tomas Halloran?";
    expect(targetOf(ask)?.name).toBe("Tomas Halloran");
  });

  it("still reads a target named as the reader's friend", () => {
    const ask = "Could you ask your friend Gary Tusk to call me?";
    expect(targetOf(ask)?.name).toBe("Gary Tusk");
  });
});
