import { describe, expect, it } from "vitest";
import { detect, detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 58–60 were measured blind in session 17 after the rounds on holdouts 41–56 (61 of 75
 * requests found, precision 0.94; holdout-57, written beside them, is left unread), then learnt
 * from. Their general forms, in new words (never the sets' own sentences).
 */
describe("detectIntroRequest: holdouts 58 to 60's families, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "I figured you'd know a few through your clients - would any of them take a call from him?",
      "Mum wanted me to ask you if you know anybody at the council who hires apprentices.",
      "do u know any grads doing consulting in denver who would talk to me for 10 min?",
      "If you hear of any dispatch supervisors who need help, I'd take it as a personal favor if you'd mention his name to them.",
      "Kindly I request you to help for arranging one call of 30 minutes with him this week.",
      "I'd really value an hour with him on how he sequenced the cutover.",
      "If possible, we wish to have a meeting of about one hour with Mr. Lawrence Dupree.",
      "I'd like to ask whether you would forward the attached one-page summary to him.",
      "Is there a current student, maybe a second-year, he could write to?",
      "Is there somebody she should be talking to at the district about the tester list?",
      "Would you please ask whoever is managing that design at Stanton & Reyes to call me?",
      "I don't suppose anyone on your floor knows a person like that.",
    ],
    [
      "Is there someone I should contact to get on the mailing list?",
      "Is there a time next week that I can speak with you by phone?",
      "Can you swing by and pick them up on your way in?",
    ],
  );

  it('reads a third person\'s need to sit down with whoever owns something, then "can you make that happen?"', () => {
    const text =
      "Our GM, Ron Ybarra, needs to sit down with whoever at the board owns the pumping tariff. Can you make that happen?";
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it("reads a subject ordering someone to call the writer", () => {
    expect(detectWithSubject("get Hal Strickland at Pecan Bayou to call me re withdrawals", "thx\nRay")).toBe(true);
    expect(detectWithSubject("get the printer to call me when it jams", "thx\nRay")).toBe(false);
  });
});
