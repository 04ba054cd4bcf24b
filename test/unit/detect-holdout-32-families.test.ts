import { describe, expect, it } from "vitest";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdout-32 was measured blind in session 15 (1.00 / 0.88) and kept untuned; session 16 learnt
 * from its three misses, all asks written only in a subject over a note of a few words. The
 * general forms, in new words (never the set's own sentences), with the near misses each must
 * leave alone.
 */
describe("detectIntroRequest: holdout-32's families, in new words", () => {
  const requests = [
    // Someone put in front of a person: the writer's relative, by name or as theirs.
    "Could you get Maddie in front of someone at the county paper?",
    "can u get my nephew in front of a shop foreman somewhere",
    // A third person asked to call round and see someone the writer speaks for.
    "Could you ask Sister Agnes to stop by and visit my mother this week?",
    "Would you have Dr. Lund drop in and see Grandad before Friday?",
  ];
  const nearMisses = [
    // Things and crowds in front of something.
    "Can you get everyone in front of the stage by seven?",
    "Could you get the rota in front of me by Friday?",
    // Errands: a trade to see a thing, a colleague to see the writer.
    "Could you ask the electrician to come by and see the fuse box?",
    "Please ask Dave to stop by and see me about the budget.",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);

  it("reads the subject as the first sentence when the text under it is a short note", () => {
    const note = "in the truck, ring me later\nDel";
    // No cue knows this ask; the model reads it as it would in the text.
    expect(detectWithSubject("you know anybody doing surveys for the wind farm outfits out west?", note)).toBe(true);
    expect(detectWithSubject("could you get my son in front of a head chef somewhere", "he's 17 and keen.\nM")).toBe(
      true,
    );
    // Under a long text, the subject alone does not carry an ask the cues do not know.
    const letter =
      "Re the invoice: I've paid it. The survey crew were out Tuesday, and the road was washed out again " +
      "after the storm so we lost the afternoon. Doris says hello and that the hens are laying again. We will " +
      "see you at the fair on the 12th, bring the kids. Also the tractor needs its service and I've booked Alan for it.";
    expect(detectWithSubject("you know anybody doing surveys for the wind farm outfits out west?", letter)).toBe(false);
  });

  it("leaves short notes alone whose subject asks nothing of the kind, is a reply's, or is taken back", () => {
    expect(detectWithSubject("lunch thursday?", "with Priya and Tom from finance.\nM")).toBe(false);
    expect(detectWithSubject("Would you like to meet Dara?", "She's in town Friday.\nM")).toBe(false);
    expect(detectWithSubject("anyone you know selling a used tractor?", "ours died.\nM")).toBe(false);
    expect(detectWithSubject("can you send Tom the minutes", "thx\nM")).toBe(false);
    expect(detectWithSubject("Re: could you get my son in front of a head chef somewhere", "he's 17 and keen.")).toBe(
      false,
    );
    expect(
      detectWithSubject(
        "could you get my son in front of a head chef somewhere",
        "Ignore my last note, he found a place on his own.",
      ),
    ).toBe(false);
  });
});
