import { describe, expect, it } from "vitest";
import { asksAboutSomeone } from "../../src/intros/detect.js";
import { DISOWNED_ASK } from "../../src/intros/request-cues.js";
import {
  detect,
  detectWithSubject,
  itTellsAsksApart,
  itTellsRequestsFromNearMisses,
} from "../support/request-examples.js";

/**
 * Holdouts 41–44 were measured blind at the end of session 16 (80 of 100 requests found,
 * precision 0.920) and left unread; session 17 learnt from them. The general forms behind their
 * misses and false alarms, in new words (never the sets' own sentences).
 */
describe("detectIntroRequest: holdouts 41 to 44's families, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      // A call with a third person, asked for in everyday words.
      "Could you get me on the phone with Priya Nandakumar at Solway Freight this week?",
      "can u get us on a call with their head of partnerships?",
      // Someone to text or e-mail the writer.
      "could you ask your cousin to text me 555-0142?",
      "Would you ask Dr. Ames to email me when she has a minute?",
      // Someone else's number passed to a third person.
      "could you pass his number along to her?",
      // Customers steered to someone the writer speaks for.
      "If you run into anyone who needs a piano tuned, send them his way.",
      "if u hear of any couples needing a florist steer em her way",
      // Time wanted with someone the writer cannot name, or between two others.
      "Need 20 min with whoever handles vendor onboarding at your place.",
      "Kim - need half an hour between your CFO and the founder of one of my companies.",
      // A kind of person asked to come and speak to the writer's group.
      "any retired engineers from the plant who'd come talk to our robotics club?",
    ],
    [
      // Recruiters' "send them my way" and a flyer for the reader's own people.
      "If anyone comes to mind, send them my way.",
      "Would you mind sharing the attached flyer with your parents and posting it by the door?",
      // A letter of reference; the reader's own coffee with someone.
      "Would you be willing to recommend me for the Dunmore Fellowship?",
      "Would you be willing to grab a coffee with him so he can ask you about the job?",
      // Time between meetings, time with the reader, a narrowing that is not about an ask.
      "Need 15 min between meetings to eat something.",
      "Need 15 min with you before the board meets.",
      "I'm not asking you to do anything, just letting you know.",
    ],
  );

  it("reads an ask about someone on a team at a firm in a subject over a short note", () => {
    expect(detectWithSubject("anyone on the credit side at Harlow Bank?", "no rush.\nJ")).toBe(true);
    expect(detectWithSubject("anybody in the grants team at the Pell Trust?", "asking for a friend")).toBe(true);
    // A reply's subject is someone else's words.
    expect(detectWithSubject("Re: anyone on the credit side at Harlow Bank?", "no rush.\nJ")).toBe(false);
  });

  it('reads "I\'m not asking you to…, only…" as narrowing the ask, not taking it back', () => {
    expect(DISOWNED_ASK.test("I'm not asking you to vouch for us, only to say we're a real shop.")).toBe(false);
    expect(DISOWNED_ASK.test("I'm not asking you to introduce me, just wanted you to know.")).toBe(true);
    expect(DISOWNED_ASK.test("I'm not asking you to do anything awkward.")).toBe(true);
  });

  it("reads a wish to sit down with someone the text says the reader knows", () => {
    const text =
      "Marta - I know you and Lionel Achterberg go back to the grain board days. " +
      "I'd very much like to sit down with him at the spring meeting, lunch on me.";
    expect(detect(text)).toEqual({
      isIntroRequest: true,
      requestSentence: "I'd very much like to sit down with him at the spring meeting, lunch on me.",
    });
    expect(detect("I'd very much like to sit down with him at the spring meeting, lunch on me.").isIntroRequest).toBe(
      false,
    );
  });
});

describe("the model's evidence: the reader met, not a way to someone", () => {
  itTellsAsksApart(
    ["Would you be willing to have a coffee with him and mention my name?"],
    ["Would you be willing to have a coffee with him, or a call, so he can ask you about teaching?"],
  );

  it("is not asked about someone else when the reader is the one met", () => {
    expect(asksAboutSomeone("Could you grab a lunch with her sometime?")).toBe(false);
    expect(asksAboutSomeone("Could you see if Dr. Lund has a slot for her?")).toBe(true);
  });
});
