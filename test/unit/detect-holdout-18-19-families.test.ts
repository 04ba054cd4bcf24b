import { describe, expect, it } from "vitest";
import { detectWithSubject, itTellsAsksApart, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 18 and 19 were measured blind (0.944 / 0.68 and 0.842 / 0.64) and then learnt from.
 * The general forms behind their misses and false alarms, each in new words (never the sets'
 * own sentences), with the near misses each must leave alone.
 */
describe("detectIntroRequest: holdouts 18 and 19's families, in new words", () => {
  const requests = [
    // Phone-typed: names in lower case, the question mark left off.
    "hey - you still know priya raman at the water board?",
    "do you know anyone at the big publishers. trying to get my novel read by an actual editor",
    // A meeting asked for in an hour's words, or for the writer's principal.
    "Could you get me half an hour with Anneke Vries before the hearing?",
    "Our chairman asked me to find out whether you would be willing to arrange a lunch for him with Tomasz Wrona.",
    "Would you be willing to set up a drink or a short call between Lucia and Dev?",
    // Material passed on, in any order of words.
    "Would you be comfortable sending Oskar the paragraph below?",
    "Could you get our grant proposal in front of Miriam Choi at the Aldous Trust?",
    // The reader's name as the opening, and the writer made known.
    "Would it be out of line to tell him you suggested I write?",
    "I wouldn't mind one bit if my name happened to come up when you see the dean.",
    "If you could tell her I'm the one leading the bid, and that I'd welcome a call, it would help enormously.",
    "If you meet anyone at the regional arts councils who might hear us out, I'd be glad to have the name.",
  ];
  const nearMisses = [
    // A search's "if anyone comes to mind" asks for candidates.
    "I'm running a search for two senior paralegals. If anyone comes to mind from your old firm, I'd be grateful.",
    // Errands and disowned asks.
    "When you see Rob at the board meeting, could you remind him the audit letter still needs his signature?",
    "I'm really not asking you to reach out to her; I just wondered how you would put it.",
    // Scheduling with the reader, and a name in passing.
    "Could you get me half an hour with you before the hearing?",
    "I was surprised my name came up at the meeting.",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);

  it("reads 'Is there someone at … who could help?' in a subject as the ask", () => {
    const withSubject = (subject: string) => detectWithSubject(subject, "Long story, details when we talk.");
    expect(withSubject("Is there someone at the county assessor's office who could look at our appeal?")).toBe(true);
    expect(withSubject("Is there parking at City Hall?")).toBe(false);
  });
});

/**
 * Three of their misses were messages the model scored as requests (0.99 and more) whose asking
 * sentence the evidence check refused, for want of the words: material sent "to Mrs. X" in a
 * non-native order, "a few lines from you", a third person asked to watch or read the writer's
 * work, "who I should write to" and "this person".
 */
describe("asksTheReader: the evidence check's words from holdouts 18 and 19", () => {
  itTellsAsksApart(
    [
      "Would you be so kind to send to Mrs. Haldane the summary I attach, with a few lines from you?",
      "You know Hugo Lind who does programming for the festival - you think you can ask him to watch my short?",
      "Can you tell me who I should write to there, and maybe warn this person that I will?",
    ],
    [
      "Could you send to me the summary again?",
      "Can you ask him to watch the gate while we unload?",
      "Could you remind her that the invoice is still unpaid?",
    ],
  );
});
