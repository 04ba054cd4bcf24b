import { describe, expect, it } from "vitest";
import { asksTheReader } from "../../src/intros/detect.js";
import { detect, itTellsAsksApart, itTellsRequestsFromNearMisses, labelled } from "../support/request-examples.js";

/**
 * The asks of the blind holdouts 9–12 and of the real mail's false alarms and misses, each
 * family in new words (never the sets' own sentences), with the near misses each must leave
 * alone. Holdout-13 is left untuned, as the next baseline.
 */
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
  itTellsAsksApart(asking, notAsking);
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
  itTellsRequestsFromNearMisses(requests, nearMisses);
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
  itTellsRequestsFromNearMisses(requests, nearMisses);
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

  it.each([
    // Real mail 174389: "I'd be very grateful if you could pass along a nod of benign interest in this."
    ["I'd be grateful if you could pass along a word of interest in our bid.", true],
    ["Could you pass along a quiet nod of support for the proposal?", true],
    // A greeting relayed to a team is an errand.
    ["Could you pass along a word of support to the team before Friday?", false],
  ])("reads a nod of interest passed along in %j: %j", (text, isRequest) => {
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
  itTellsRequestsFromNearMisses(requests, nearMisses);
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
  itTellsRequestsFromNearMisses(requests, nearMisses);
});
