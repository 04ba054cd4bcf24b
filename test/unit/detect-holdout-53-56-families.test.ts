import { describe, expect, it } from "vitest";
import { detect, detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 53–56 (energy-company mail of 1999–2004 beside modern inboxes) were measured blind in
 * session 17 after the rounds on holdouts 41–52 (82 of 100 requests found, precision 0.901: the
 * same detections as the session's starting code), then learnt from. Their general forms, in
 * new words (never the sets' own sentences).
 */
describe("detectIntroRequest: holdouts 53 to 56's families, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "What I'm after is 20 minutes with her, or whoever she designates, before the markup.",
      "Can you get Dana Whitfield (House Energy staff) to call Ben Ortiz this week?",
      "Could you get Ray Cardenas at Tidewell to take a call from my guy Arjun Mehta?",
      "Would you be able to ask the charge nurse whether she or one of her nurses could spare 15 minutes?",
      "If you could kindly present us to Mr. Deane and ask him for one hour meeting, it would be very helpful.",
      "I would like very much that you present my curriculum to the chief of the drilling group.",
      "If there's anybody in-house at a utility you think might have a coffee with him, he'd be thrilled.",
      "Could she have 20 minutes with Rafael Ilunga on your data team before the deadline?",
      "I would be very grateful if you can indicate me some person in the ministry who could receive me.",
      "I should be most grateful if you would consider arranging a meeting between the two of them.",
      "Need someone who worked the 2001 peaker contracts. Anybody you can point my way?",
    ],
    [
      "I particularly don't want to be introduced to anybody.",
      "Please don't pass my name on to the committee or anyone else.",
      "Could you steer a few names my way - people you liked but had no spot for?",
      "They asked for references from a supervisor. Would you be willing to be one?",
      "If any of your member companies would like to put in a foursome, I'd be grateful if you'd mention it.",
      "Would you be willing to introduce me at the Thursday luncheon yourself?",
      "I was hoping you could get me a few minutes with Marcus Yee, but he's on the panel Thursday, so I'll just catch him there.",
      "can you grab the exhibit binders from Lorraine at the front desk on your way up?",
    ],
  );

  it('reads a third person\'s wish for time with someone, then "can you set up a call?"', () => {
    const text =
      "Dale - the underwriter you did the snow deal with, Sandeep Rao. Structuring wants to talk to him about a rain cover. " +
      "Can you set up a call this week?";
    expect(detect(text).isIntroRequest).toBe(true);
    expect(detect("Structuring wants to talk to him about a rain cover.").isIntroRequest).toBe(false);
  });

  it("reads someone named as the person the writer needs, when the reader works beside them", () => {
    const text = "Rhoda Kessling in your policy shop is the person I need. You two share a hallway, right?";
    expect(detect(text).isIntroRequest).toBe(true);
    expect(detect("Rhoda Kessling in your policy shop is the person I need.").isIntroRequest).toBe(false);
  });

  it("reads a subject asking who at a firm handles something, or who there could walk the writer through it", () => {
    expect(detectWithSubject("Who at Corvane handles community sponsorships?", "Thanks so much!\nMarjorie")).toBe(true);
    expect(detectWithSubject("who over there could walk me through the relicensing files?", "swamped, sorry.\nM")).toBe(
      true,
    );
  });
});
