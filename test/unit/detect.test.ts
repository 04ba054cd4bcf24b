import { describe, expect, it } from "vitest";
import { detectIntroRequest } from "../../src/intros/detect.js";

const detect = (
  fresh: string,
  flags: { isBulk?: boolean; isCalendarInvite?: boolean; sentByConnector?: boolean } = {},
) =>
  detectIntroRequest({
    fresh,
    isBulk: flags.isBulk ?? false,
    isCalendarInvite: flags.isCalendarInvite ?? false,
    sentByConnector: flags.sentByConnector ?? false,
  });

describe("detectIntroRequest", () => {
  it.each([
    "Could you introduce me to Mary Jones in HR at XYZ Corp?",
    "Would you be willing to make an intro to Leo?",
    "Hi Sam,\nI was wondering if you could connect me with Priya at Globex.",
    "I'd love an intro to the founders of Initech.",
    "We would really appreciate a warm introduction to Dana Whitfield.",
    "Any chance you could put me in touch with their CFO?",
    "Would you mind introducing my cofounder to Leo Park?",
    "I'm hoping to be introduced to someone on the Stripe payments team.",
    "An intro to Stripe's payments team would be amazing.",
    "Do you know anyone at Google who works on Maps?",
    "Anyone at Google?",
    "Can you intro us? I think there's a fit.",
    "Could you introduce Jo Chen to your friend at Acme?",
  ])("sees a request in %j", (text) => {
    const result = detect(text);
    expect(result.isIntroRequest).toBe(true);
  });

  it("quotes the sentence that asks as evidence", () => {
    const result = detect("Hope you're well!\n\nCould you introduce me to Mary Jones?\n\nThanks, Alex");
    expect(result).toEqual({ isIntroRequest: true, requestSentence: "Could you introduce me to Mary Jones?" });
  });

  it.each([
    "Dana, meet Leo. Leo, meet Dana. I'll let you two take it from here.",
    "I wanted to introduce you to Leo, who runs partnerships at Globex.",
    "Let me introduce myself: I'm Kim, founder of Finch.",
    "I hope you don't mind me introducing myself.",
    "Thank you so much for introducing me to Priya, we had a great call!",
    "Can we connect tomorrow about the report?",
    "Could you give a reference for Tom Baker, who worked with you at Initech?",
    "I don't know her well enough to make the intro, sorry.",
    "Would you like me to introduce you to Leo?",
    "Shall I introduce you to my friend at Acme?",
    "Lunch on Thursday at noon works for me.",
  ])("sees no request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });

  it("never treats bulk mail or calendar invitations as requests, whatever they say", () => {
    const ask = "Could you introduce me to Mary Jones?";
    expect(detect(ask, { isBulk: true })).toEqual({
      isIntroRequest: false,
      why: "bulk or automated mail (list headers)",
    });
    expect(detect(ask, { isCalendarInvite: true })).toEqual({ isIntroRequest: false, why: "a calendar invitation" });
  });

  it("never treats the connector's own mail as a request to the connector", () => {
    const ask = "Could you introduce me to Mary Jones?";
    expect(detect(ask, { sentByConnector: true })).toEqual({ isIntroRequest: false, why: "sent by the connector" });
  });
});

describe("detectIntroRequest in everyday words", () => {
  it.each([
    "hey sam mind sharing my details w Rosa Lindqvist at Kestrel Bank?",
    "Could you hook me up with Dimitri Volkov from Aperture Games?",
    "Could you loop me in with Priyanka Desai at Larkspur Ventures?",
    "Quick one: can you ping Leo for me and see if he'd talk to us?",
    "Is it possible you make me known to Sofia Brandão from Verdant Foods?",
    "Would you be up for making a connection with Helen Marsh?",
    "Hoping you can help with an introduction.",
  ])("sees a request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it("sees a sought contact that the sender then asks the reader to help with", () => {
    expect(detect("I'm trying to get in touch with Nadia Petrov. Any chance you could help?").isIntroRequest).toBe(
      true,
    );
    expect(detect("I'm trying to get in touch with Nadia Petrov. I will write to her on Monday.").isIntroRequest).toBe(
      false,
    );
  });

  it.each([
    "Never mind -- I sat next to her at the conference, so no intro needed! Thanks anyway.",
    'Asking a friend "can you connect me with someone in HR at a big company?" gets you nowhere.',
    "Thanks so much for putting me in touch with Priya, could not have gone better.",
    "I'd be happy to introduce you to Leo if you like.",
    "Could you introduce our keynote speaker, Dr. Amelia Okonjo, at the start of the afternoon?",
  ])("sees no request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });
});

describe("detectIntroRequest in the words of business mail", () => {
  it.each([
    "If there is an opening on your side, could you direct me to the appropriate person?",
    "Please have someone from your procurement group contact me about the pilot.",
    "We would like Dana to phone Marcus Whitfield and ask for his support on the bid.",
    "I am sending you the resume of Olivia Brandt, who is moving back to the private sector.",
  ])("sees a request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it.each([
    // Distribution, not a connection for the writer.
    "Please feel free to pass this along to others who might find it useful.",
    "After you read it, please pass this on to your team.",
    // The writer offers the introduction.
    "If you would be interested in talking with Ron, I would be happy to introduce him to you.",
    // Someone's own resume, sent straight to who might hire them.
    "I am sending you my resume for the analyst opening.",
    // Scheduling between writer and reader.
    "We would like you to call us when you land.",
  ])("sees no request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });
});

describe("detectIntroRequest: asks in the subject, and more everyday acts", () => {
  it.each([
    ["Intro to Priya Raman at Quillstone?", "Priya runs their data team and we cut pipeline costs by a third."],
    ["would you introduce me to Leo Park?", "He leads partnerships there; we just shipped the integration."],
    ["anyone at Harrowgate Insurance?", "Trying to understand how their broker portal works."],
  ])("sees the ask of subject %j when the text gives only reasons", (subject, fresh) => {
    const result = detectIntroRequest({
      fresh,
      subject,
      isBulk: false,
      isCalendarInvite: false,
      sentByConnector: false,
    });
    expect(result).toEqual({ isIntroRequest: true, requestSentence: subject });
  });

  it.each([
    "Re: Intro to Priya Raman at Quillstone?",
    "Introduction: Priya, meet Leo",
    "Thanks for the intro to Priya",
  ])("does not take subject %j for an ask", (subject) => {
    const result = detectIntroRequest({
      fresh: "Great to hear from you.",
      subject,
      isBulk: false,
      isCalendarInvite: false,
      sentByConnector: false,
    });
    expect(result.isIntroRequest).toBe(false);
  });

  it.each([
    "If you run into Maya Lind at the expo, could you ask her to give me a call?",
    "Would you be comfortable mentioning me to the head of grants there?",
    "Would you be willing to forward her resume to the hiring manager?",
    "Could you set up a lunch with Bernard Ellis for the two of us?",
    "If you know anyone at the city planning office it'd be good to have a contact there.",
    "You know their CTO, right? Would you be willing to connect them?",
  ])("sees a request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(true);
  });

  it.each([
    "Could you set up a lunch with me next week?",
    "Please connect them to the network before Friday.",
    "Can you ask him to send the invoice?",
  ])("sees no request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });
});
