import { describe, expect, it } from "vitest";
import { asksTheReader, detectIntroRequest } from "../../src/intros/detect.js";

/**
 * The asks of business mail and of the blind holdouts 5–8, each family in new words (never the
 * holdouts' own sentences), with the near misses each must leave alone.
 */
/** Examples that should hold and ones that should not, as one table of [text, expected]. */
const labelled = (yes: readonly string[], no: readonly string[]) => [
  ...yes.map((text) => [text, true] as const),
  ...no.map((text) => [text, false] as const),
];

const detect = (fresh: string) =>
  detectIntroRequest({ fresh, isBulk: false, isCalendarInvite: false, sentByConnector: false });

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

describe("asksTheReader: the learned model's evidence, in more of the ways people ask (holdout-9)", () => {
  const asking = [
    "Any chance you could point her at the right person in their credit group?",
    "Would you sound him out on whether he'd take a consulting client this spring?",
    "could you slip my cousin's resume to Dmitri?",
    "If you could circulate it to anybody there who is hiring, we would sure appreciate it.",
    "no pressure, but if you ever feel like mentioning me to anyone at your shop, I wouldn't say no",
    "Could you see whether Dr. Ruth Amadi might be available for a call next month?",
  ];
  const notAsking = [
    "Given that he has talked to Gramm before, what should we ask Ken to cover?",
    "I would appreciate it if you could update the talking points as appropriate.",
    "Could you set up a call with me next week?",
    "Thanks so much for passing my resume to Dmitri!",
  ];
  it.each(labelled(asking, notAsking))("%j asks the reader about someone else: %j", (sentence, asks) =>
    expect(asksTheReader(sentence)).toBe(asks),
  );
});

describe("detectIntroRequest: holdout-9's families, in new words", () => {
  const requests = [
    "Could I prevail on you to ask her and see whether a morning in May would suit her?",
    "Would you see if Dr. Ilse Maren might be available for a call in March?",
    "Is there any chance you could get Tomas ten minutes on the phone with him?",
    "Would you be kind enough to find out who at Harrow Gas handles new supplier applications?",
    "Any chance you'd arrange a dinner for the two of them when he's in town?",
    "If anybody here knows someone at the county planning office, point me at them.",
    "We'd love to get in front of the treasury people at Corvel. Anything you can do would help enormously.",
  ];
  const nearMisses = [
    "Could you see if the boardroom is free on Tuesday?",
    "Please set up a meeting between Tom and Sara for Friday.",
    "Could you find out who at the office left the lights on?",
    "If anybody has the minutes from Monday, send them to Jill.",
  ];
  it.each(labelled(requests, nearMisses))("%j is a request: %j", (text, isRequest) =>
    expect(detect(text).isIntroRequest).toBe(isRequest),
  );
});

describe("detectIntroRequest: holdout-10's families, in new words", () => {
  const requests = [
    "Any way you could get me in front of someone at the Harlan County assessor's office?",
    "Would you mind recommending me? Anybody hiring data analysts, really.",
    "Could you find out whether Senator Brill's scheduler would sit down with us next week?",
  ];
  const nearMisses = [
    "Marge - please get me 20 min with Hal Osei in Tax on Friday.",
    "Would you mind recommending me a good accountant?",
    "Could you recommend the steak or the fish?",
  ];
  it.each(labelled(requests, nearMisses))("%j is a request: %j", (text, isRequest) =>
    expect(detect(text).isIntroRequest).toBe(isRequest),
  );
});

describe("asksTheReader: holdout-10's words for the model's evidence", () => {
  it.each(
    labelled(
      [
        "Could you get me on the list for one of Ada Osei's supper dinners?",
        "I wonder if you would be willing to approach Dr. Kovic and ask whether he would review it.",
      ],
      ["Could you get me on the list for the Friday dinner?"],
    ),
  )("%j asks the reader about someone else: %j", (sentence, asks) => expect(asksTheReader(sentence)).toBe(asks));
});

describe("detectIntroRequest: real mail's false alarms and misses, in new words", () => {
  it.each([
    "I'd like to talk to Maria about the filing. I'll see her at the board meeting tomorrow.",
    "Anyone at the FERC or the state PUC we should send copies of the brochure to? We want to send brochures to everyone.",
    "Anybody at the county we want to send invitations to?",
  ])("sees no request in %j", (text) => {
    expect(detect(text).isIntroRequest).toBe(false);
  });

  it.each([
    ["Do you know who has posted this ad: Sr Tax Analyst, req 4471? My nephew fits it.", true],
    ["Do you know who posted the minutes from Tuesday?", false],
  ])("asks for the one hiring in %j: %j", (text, isRequest) => {
    expect(detect(text).isIntroRequest).toBe(isRequest);
  });

  it("still sees the wish to talk to someone the writer cannot reach alone", () => {
    expect(detect("I'd like to talk to Maria Ochoa about the filing. Could you help?").isIntroRequest).toBe(true);
  });

  it("never takes a signature garbled by a wrong charset for a question", () => {
    expect(asksTheReader("Jo Rafter?Contributing Writer, The Standard?columnist?714.555.0122 /phone?????")).toBe(false);
  });
});

describe("detectIntroRequest: holdout-11's families, in new words", () => {
  const requests = [
    "If you hear of anyone in radio who takes on interns, would you think of me?",
    "If anything comes up at your firm, I'd appreciate you keeping my nephew in mind.",
    "Could you help me get a conversation going with someone in their grid planning group?",
    "Would you mind sending her the abstract with a line about my work on your team?",
    "Could you ask Marisol whether he could shadow her for a week in June?",
    "can you get me in the door at the county clerk's office",
    "P.S. If you know anybody at the water board who could help with the permit, send them my way?",
    "Would you be willing to pass the attached product sheet to him when you next speak?",
    "WHO DO YOU KNOW that sponsors youth teams?? anyone at all",
  ];
  const nearMisses = [
    "Please give the attached to Ken before the call.",
    "Keep us in mind for your next renovation project!",
    "Could you ask Tom whether we could move the review to Friday?",
  ];
  it.each(labelled(requests, nearMisses))("%j is a request: %j", (text, isRequest) =>
    expect(detect(text).isIntroRequest).toBe(isRequest),
  );
});

describe("detectIntroRequest: holdout-12's families, in new words", () => {
  const requests = [
    "You still sit on the hospital board with Dara Quill, right? Would you mind asking her if she'd hop on a call with our nurses' council?",
    "If you do, would you mind asking him to give me a ring this week?",
    "I don't suppose you still talk to Felix Mbeki at the port authority?",
    "I don't suppose you still see much of Rosa Lindahl?",
    "Is Tomasz Wren someone you could reach before Friday?",
    "Do you still have a contact at the county assessor's office?",
    "What I'm hoping for is fifteen minutes on the phone with Irene Castellanos before the bid.",
    "P.S. If you run into anybody from the arts council who might help with the mural grant we're applying for this spring, keep us in mind.",
  ];
  const nearMisses = [
    "I don't suppose you know the answer to question 4?",
    "Is Friday someone's birthday?",
    "Keep us in mind for your next catering order!",
  ];
  it.each(labelled(requests, nearMisses))("%j is a request: %j", (text, isRequest) =>
    expect(detect(text).isIntroRequest).toBe(isRequest),
  );
});
