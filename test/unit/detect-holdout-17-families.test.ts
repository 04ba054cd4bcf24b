import { describe } from "vitest";
import { itTellsAsksApart, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdout-17 was left untuned as a baseline over two sessions (0.933 / 0.56 at first, 0.944 /
 * 0.68 after the rounds on holdouts 13–16) and then learnt from, while holdouts 18 and 19 were
 * being written blind. The general forms behind its misses and its false alarm, each in new
 * words (never the set's own sentences), with the near misses each must leave alone.
 */
describe("detectIntroRequest: holdout-17's families, in new words", () => {
  const requests = [
    // A hinted ask: the writer's contact passed on, or the reader as the way through.
    "Do you know the harbourmaster well enough to give him my card at the regatta?",
    "Are you close enough to Ms. Ferrante to hand her my number?",
    "Might she agree to meet us if the request came through you?",
    // A connection in a metaphor, or by telling them about the writer.
    "Could you help build a bridge between us and the cooperative's board?",
    "Would you tell her a little about me and see if she'd meet?",
    // The writer's contact given to someone, and the right person wished for.
    "Would you mind giving Pastor Abernethy our number?",
    "We'd welcome a word with whoever runs purchasing there.",
    // A nudge in their direction; the reader's name as the opening.
    "If someone in your circle funds hardware at seed, I'd be enormously grateful for a push towards them.",
    "Could I mention you when I write to her next week?",
  ];
  const nearMisses = [
    // Relayed greetings are errands.
    "Could you please pass along our thanks to the crew, and tell them the roof held?",
    "Would you give him my best when you see him Sunday?",
    // Offers and plain permissions.
    "Shall I mention you to her?",
    "Could I mention you in the newsletter's thank-you column?",
    // Scheduling with the reader's own side, and advice.
    "I'd love a call with whoever handles procurement at your company.",
    "Can you point me in the right direction on the permit form?",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);
});

/**
 * The model retrained with holdouts 12–16 found more of what it never saw (holdout-19 16 → 18
 * of 25) and flagged one real errand, whose sentence passed the evidence check on "available"
 * and "meeting". A meeting already set ("Monday's meeting", "the board meeting") and a thing
 * made available to someone are not contact with them; a person seen "again" is known already.
 */
describe("asksTheReader: a meeting already set is no contact", () => {
  itTellsAsksApart(
    [
      "Could you see whether her director would be available for a meeting with us in March?",
      "Would you ask him if he'd meet Sonia before the board votes?",
    ],
    [
      "Can you make sure the final draft is available to her for Thursday's meeting?",
      "Could you bring him the minutes from the board meeting?",
      "Would you tell her we'd love to see her again at the picnic?",
    ],
  );
});
