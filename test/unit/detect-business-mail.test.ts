import { describe, expect, it } from "vitest";
import { detectIntroRequest } from "../../src/intros/detect.js";
import { detect } from "../support/request-examples.js";

/**
 * The asks of business mail and of the blind holdouts 5–8, each family in new words (never the
 * holdouts' own sentences), with the near misses each must leave alone.
 */
describe("detectIntroRequest: the ways real business mail asks (blind holdout-5 misses, in new words)", () => {
  it.each([
    // "Do you know anyone" asked with "any chance", in phone-typed lower case.
    "any chance u know someone at bellwether grain? want to get our quote in front of the buyer. thx",
    "Wondering if you know anybody over at Tidewater Rail who handles car leasing?",
    // A contact asked for, after saying whom for.
    "My niece wants to get into museum conservation. Any names come to mind?",
    // A meeting arranged for the writer with a third person, asked politely.
    "Would you be willing to set up a breakfast with Orla Finch before the vote?",
    "I'm hoping you could arrange a short call between Hugo and me next week.",
    "Could you arrange a meeting for my partner and me with Dr. Ines Carvalho?",
    // Someone asked to call the writer.
    "Could you get Tomas Brandt at Keystone Mutual to give me a call about the renewal?",
    "Is Ruth still running purchasing there? If so, could you have her give me a ring?",
    // A name passed on.
    "if you see any of the Albany people at the hearing mention my name would you?",
    "If you hear of anything, I'd really appreciate you passing my name along.",
    // A document carried to a named person.
    "Would you be willing to forward the attached one-page proposal to Dr. Lena Marsh?",
    "Could you get this resume to Paul Okafor in the treasury group?",
    // "an e-mail introduction", with its hyphen.
    "I'd be grateful if you would make an e-mail introduction to Walt Brenner.",
  ])("sees a request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it.each([
    // A boss to an assistant: scheduling, not an introduction.
    "Shirley, please set up a meeting with Arturo Diaz next Tuesday.",
    // Boilerplate under every notice.
    "If you have any questions please contact me.",
    // Distribution to the reader's own group.
    "Please pass this along to your scheduling group.",
    // The reader asked to accept an introduction (a double opt-in), not to make one.
    "Would you be open to an intro? He's building reconciliation software.",
    // A meeting with the writer or the reader is scheduling.
    "Could you set up a call with us next week?",
    "Please forward the proposal to the committee by Friday.",
  ])("sees no request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });

  it("splits lower-case sentences, so thanks in one do not hide the ask in the next", () => {
    const result = detect("thanks for the note. if you run into jo at the expo mention my name would you?");
    expect(result).toEqual({
      isIntroRequest: true,
      requestSentence: "if you run into jo at the expo mention my name would you?",
    });
  });
});

describe("detectIntroRequest: more of business mail's asks (blind holdout-6 misses, in new words)", () => {
  it.each([
    "I'd appreciate it if you could get us into a conversation with the grid planning staff.",
    "Can you get us 15 min w/ Rosa Iqbal on the finance committee staff next week?",
    "Any chance you could help me get in front of somebody at the harbour board?",
    "Would you be willing to forward our one-page summary (attached) to Greta and ask if she'd take a call with me?",
    "Could someone at your office ask Viktor Hale at the exchange to give me a call?",
    "pete - u know anybody at lakeside credit union? need a loan officer there",
    "If you are knowing anybody in Saraswati Bank who can guide us, kindly connect.",
    "If you know who runs interconnection for them now, a name and a number would save us weeks.",
    "If you happen to think of someone in the museum world who'd have a short chat, I'd be so grateful.",
    "I would welcome any assistance in getting us in contact with the chamber's president.",
  ])("sees a request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it.each([
    // Referrals for a search: a recruiter's ask, not an introduction for the writer.
    "Do you know anyone who might be a fit for the controller role?",
    "Running a CFO search for a logistics firm. Any names come to mind?",
    // A course, not an introduction.
    "1. Intro to Portfolio Theory webinar, Tuesday at noon.",
  ])("sees no request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });

  it("reads an ASKS list item of an update as the ask", () => {
    const text = "ASKS\n\n1. Intro to Rafe Dunn, VP Operations at Kestle Freight. We want to pilot there.";
    expect(detect(text)).toMatchObject({ isIntroRequest: true });
  });

  it.each([
    "Contact at Westvale Generation?",
    "Someone at the port authority?",
    "Forwardable: intro to Ama Boateng at Tidal?",
    "anyone you know at Harlow Partners??",
    "any way you could get me in front of someone at the Marlin County treasurer's office?",
  ])("sees the ask of subject %j", (subject) => {
    const result = detectIntroRequest({
      fresh: "We keep getting bounced between their groups.",
      subject,
      isBulk: false,
      isCalendarInvite: false,
      sentByConnector: false,
    });
    expect(result.isIntroRequest).toBe(true);
  });
});

describe("detectIntroRequest: general forms, beyond any one set's phrasings", () => {
  it.each([
    "Could you help me reach Mei Lin on their grid team?",
    "Is there any way you could get us some time with the Tallis board chair?",
    "Would you be able to help us get in to see Dr. Abernathy before the filing?",
    "Who should I talk to at Northgate Rail about leasing cars?",
    "Who's the right person at Calverton Gas for storage capacity?",
  ])("sees a request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it.each([
    "Could you help me understand the invoice?",
    "Can you let me talk to you about it on Monday?",
    "Who should I talk to about my expense report?",
  ])("sees no request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });
});

describe("detectIntroRequest: the broad stage, a favour linking the writer with a third person (holdout-7)", () => {
  it.each([
    "do you have anyone over at the water board you could hook me up with?",
    "I'd be very grateful if you'd hand him my resume.",
    "Could I trouble you to drop her a line and ask whether she'd be open to a short call with me?",
    "Would it be an imposition to send Irma his resume with a line from you?",
    "Any chance you could flag my application to her, or pass along a referral?",
    "Any chance you could lean on him a little to return my call?",
    "Could you find out who runs credit there and get me a phone call with them?",
    "Can you set up a sit-down so Rita and I can walk him through the swap?",
    "If you get a minute with her, put in a good word for us and see whether she'd see Amy and me next week.",
    "P.S. If you run across a banker who likes small deals, send him my way.",
    "If you'd be good enough to let her know I'll be ringing her in the new year, I'd be much obliged.",
    "It would mean a lot if he heard about us from you first.",
    "If you hear of anybody who's hiring, could you mention him?",
    "Would it be weird to ask you to put Leah on his radar?",
    "Any contacts at Veridane Computer?",
    "We'd love a 30-minute call with her or whoever she delegates to.",
    "Could you pass the attached two-page summary to Ned and ask whether someone on his desk would look at it?",
  ])("sees a request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it.each([
    // Delegation and errands: the reader deals with a third person for the writer's business.
    "Could you call him and get the Q3 numbers?",
    "Can you send her the contract by Friday?",
    "Please have someone from billing call me about the double charge.",
    // The writer offers; the reader is the one to be introduced.
    "Would you like me to mention you to her?",
    "Any questions, call me.",
    // Scheduling with the reader.
    "Could you set up a call with me next week?",
  ])("sees no request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });
});

describe("detectIntroRequest: holdout-8's families, in new words", () => {
  it.each([
    "Might I impose on you to write him a line on my behalf?",
    "Would you forward him the paragraph below with a word from you?",
    "Could you wave Dara's note (below) under his nose?",
    "What I'm asking: a note from you to Ilse saying I'm worth twenty minutes.",
    "If you're comfortable, would you mention to her that I'll be phoning?",
    "Would it be possible that you arrange for me one hour with her during the visit?",
    "Wants you to set him up with whoever runs the freight desk at Tarrow Point.",
    "If you still see him, I'd be obliged if he knew I was trying to reach him.",
    "that fellow from the co-op you mentioned -- I'd like to meet him if you can swing it.",
    "you don't happen to know anybody in the salvage business, do you?",
    "who do you know at Wrenfield? need a warm path in.",
    "If anyone comes to mind who's doing good work in that space, I'd love an intro.",
    "If there's somebody you could drop my name to, I'd owe you a steak.",
  ])("sees a request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it("leaves a recruiter's 'send them my way' alone", () => {
    const text =
      "If anyone in your network comes to mind, send them my way; our referral bonus is $2,000 on placement.";
    expect(detect(text).isIntroRequest).toBe(false);
  });
});
