import { describe, expect, it } from "vitest";
import { asksAboutSomeone, detectIntroRequest } from "../../src/intros/detect.js";
import { trainedRequestModel } from "../../src/intros/trained-request-model.js";

/**
 * When the learned model is sure a message is a request (0.9 or above), its evidence may be a
 * sentence that asks the reader about someone else with no word of contact in it.
 */
describe("asksAboutSomeone", () => {
  it.each([
    "Would Dr. Ferrante have a half hour for him some afternoon in May?",
    "Is there any way Nadia could shadow her for a day this spring?",
    "Could Tomas tag along with them on a survey day?",
  ])("takes %j as an ask about someone else", (sentence) => {
    expect(asksAboutSomeone(sentence)).toBe(true);
  });

  it.each([
    // Nobody but the writer and the reader.
    "Would you have a half hour some afternoon in May?",
    // A capitalised thing is no person.
    "Is the firm doing anything through the Political Action Committee or the Business Development Offices?",
    // The reader's own time or advice.
    "Could I buy you and Nadia a coffee next week?",
    "Any thoughts on whether she should take the offer?",
    // Work handed on through the reader.
    "Can you ask him to send the invoice?",
    "Could you have Priya sign the lease before Friday?",
    // Not an ask at all.
    "Tomas will bring his transcript and the letter from his supervisor.",
  ])("finds no ask about someone else in %j", (sentence) => {
    expect(asksAboutSomeone(sentence)).toBe(false);
  });
});

const message = (subject: string, fresh: string) => ({
  fresh,
  subject,
  isBulk: false,
  isCalendarInvite: false,
  sentByConnector: false,
});

describe("detection with a confident model", () => {
  const nephew = message(
    "Ferrante",
    "Hi Jo,\n\nMy nephew Tomas finishes his nursing degree in June and has his heart set on the neonatal unit at St. Columba's. You mentioned Dr. Ines Ferrante runs it now. Might Dr. Ferrante spare him an afternoon in May? He'd bring his transcript and the letter from his clinical supervisor.\n\nThanks either way,\nRuth",
  );

  it("finds an ask with no word of contact when the model is sure", () => {
    // The premise: the shipped weights are sure of this message, and the cues alone miss it.
    // ("Would Dr. Ferrante have a half hour for him…?" was the ask until session 31's cues for
    // someone's time asked of the reader, calendar-asks.ts, learnt to read it.)
    expect(trainedRequestModel.confidence(nephew.subject, nephew.fresh)).toBeGreaterThanOrEqual(0.9);
    expect(detectIntroRequest(nephew, { withModel: false }).isIntroRequest).toBe(false);
    expect(detectIntroRequest(nephew)).toEqual({
      isIntroRequest: true,
      requestSentence: "Might Dr. Ferrante spare him an afternoon in May?",
    });
  });

  it("still needs a sentence that asks about someone", () => {
    const withoutTheAsk = message(nephew.subject, nephew.fresh.replace(/Might Dr\. Ferrante[^?]*\?/, ""));
    expect(detectIntroRequest(withoutTheAsk).isIntroRequest).toBe(false);
  });
});
