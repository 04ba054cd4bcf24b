import { describe, expect, it } from "vitest";
import { detect, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 18 measured the analysis blind on emails quoted in public guides, blog posts and
 * archives on asking for introductions (sets kept outside the repository: the pages' text is
 * theirs). On the first (startups, sales) recall was 13 of 26 and precision 0.72: the short asks
 * of job seekers and founders, and the connector's own side of an introduction (the double
 * opt-in check, the ask for a blurb, the target's "check with me first") were what it knew
 * least. The second (careers) gave two more forms. Their general forms, in new words.
 */
describe("detectIntroRequest: asks as guides quote them, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "Would you be comfortable telling your team lead about me?",
      "Could you tell Dr. Okafor about my application when you see her?",
      "hey can you forward my resume for any open analyst roles?",
      "Could you pass my CV on for the logistics opening at your place?",
      "Can you pass my resume on to your contacts who might be hiring?",
      "We're closing a pre-seed round, would love to connect with Priya Natarajan.",
      "If a name comes to mind, a short introduction would mean a great deal.",
      "Here's a short blurb you can forward along.",
      "• Warm intro to anyone at Orchard Freight: their COO wants a pilot.",
      "If this isn't your area, could you point me to someone better placed?",
      "I'm applying for the planner job at Brisk Foods and hoped you could give a referral for me.",
    ],
    [
      "Could you tell me about your time at the agency?",
      "Could you send my resume back with your comments on it?",
      "Here's a note you can forward to your team about the office move.",
      "Would you mind if I make a quick introduction so the two of you can compare notes?",
      "Happy to make the intro. Can you send me a few lines about yourself and what you're after?",
      "In future please check with me first before connecting me to anyone.",
      "Could you write a few words of recommendation on my behalf for my portfolio site?",
      "I would love to connect with you when you are next in town.",
      "Thanks for the referral you sent our way last month.",
    ],
  );

  it("reads 'I would like you to' as asking (real mail found in public repositories), not for a boss's meeting", () => {
    expect(detect("i would like you to put me in contact with someone at harwell here in leeds.").isIntroRequest).toBe(
      true,
    );
    expect(detect("I'd like you to set up a meeting with Dora Finch on Tuesday.").isIntroRequest).toBe(false);
  });

  it("reads a telling-about-me ask only of someone else, not of the reader", () => {
    expect(detect("Would you feel okay telling Marta Lindqvist about me?").isIntroRequest).toBe(true);
    expect(detect("Would you feel okay telling me about Marta Lindqvist?").isIntroRequest).toBe(false);
  });
});
