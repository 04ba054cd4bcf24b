import { describe, expect, it } from "vitest";
import { askedAcrossTwoSentences } from "../../src/intros/detect.js";

/**
 * An ask split over two sentences (read only when the learned model takes the message for a
 * request): a brief asking sentence borrows the person or the act from the sentence beside it.
 */
describe("askedAcrossTwoSentences", () => {
  it.each([
    [
      "Marta Solis runs the kitchen at the Blue Door and is hiring. Any chance you could put a word in?",
      "Marta Solis runs the kitchen at the Blue Door and is hiring. Any chance you could put a word in?",
    ],
    [
      "Would that be possible? My son would love ten minutes on the phone with her.",
      "Would that be possible? My son would love ten minutes on the phone with her.",
    ],
  ])("reads the pair in %j", (text, evidence) => {
    expect(askedAcrossTwoSentences(text, {})).toBe(evidence);
  });

  it.each([
    // An invitation to the reader, beside the greeting that names the reader.
    "Hi Sam, we're having a few friends over for dinner on Tuesday. Come if you can, and bring nothing.",
    // The reader's own time or advice.
    "Could I buy you a coffee next week? Thank you, Kwame Asante",
    "Any chance you're free the week of the 20th? Dana would love to meet you.",
    "Can you give me some suggestions? Then I need to talk to someone about an interview.",
    // A long plea that names no one, beside a suggestion to call someone.
    "Kevin suggested that a call or letter to a council person might help. I would be extremely grateful if there is anything at all you could do to help me and my neighbors here.",
    // The tail of a question split off by its own question mark, beside a call about someone.
    "I was wondering is John Palmisano still works here? for you? I got a call from a conference organizer and I think he has spoken there.",
    // A greeting's question (session 19: a web-quoted letter's "How have you been?").
    "How have you been? I wanted to let you know I met Priya Shah at the fair and she is looking for a contact.",
  ])("finds no ask in %j", (text) => {
    expect(askedAcrossTwoSentences(text, {})).toBeNull();
  });
});
