import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { readMessageText } from "../../src/intake/read-message-text.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";
import { itTellsAsksApart, itTellsRequestsFromNearMisses } from "../support/request-examples.js";
import { analyseOutlookForward, outlookForward } from "../support/outlook-forward.js";

/**
 * Session 25's blind Enron sets (gq-de to gq-dl: eight helpers, about 5,400 messages of traders,
 * lawyers and schedulers not read before): 7 of 20 requests found on arrival, 7 false alarms in
 * 92 near misses. Their general forms, in new words (the mail stays outside the repository); the
 * near misses are what the same words do in ordinary mail.
 */
describe("detectIntroRequest: session 25's whom-to-contact questions and contacts asked for, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "If the board likes the idea, who should I contact with regards to booking the hall at Corvane?",
      "Who do you think we would need to call about putting a kiosk in the new terminal?",
      "Who would you suggest I talk to at Halvorsen?",
      "Any ideas on who to refer this to?",
      "Do you know who to send this request on to?",
      "My niece has applied at Brightwater but knows nobody there, so I was wondering if any of you had a contact there.",
      "Do you have a contact at Calpine?",
      "If you cannot sponsor me yourself, any help you could offer as far as contacting other chapter members would be much appreciated.",
      "I'll probably need the help of one of you in contacting Dana Pruitt.",
      "If you know anyone who wants the spare office, might want to give Rolf a ring and put them in touch.",
      "Who would be a good contact regarding the transmission agreement between Corvane and Halvorsen?",
      "Do you have Marta's (the surveyor) last name and/or telephone number? I wanted to see if she could help.",
      "Thanks. Do you have her number?",
      [
        "Thanks for taking the time to forward my credentials within Halvorsen to their solar group.",
        "I have a resume and a short cover letter attached to this email.",
      ].join(" "),
    ],
    [
      "Who should I contact about my password?",
      "Who can I talk to regarding the printer on five?",
      "Who should I call about last month's invoice?",
      "Should I contact him for you?",
      "Thanks for your help in contacting Dana Pruitt.",
      "I put them in touch last week.",
      "I have a contact there if you need one.",
      "I was wondering whether any of you had a contact at Calpine for the confirmation letters.",
      "Would you consider sponsoring a table at the gala this year?",
      "If y'all hear of anything, please send it my way.",
      "Thank you for taking the time to forward my resume to Calgary.",
      "Do you have the number for the help desk?",
      "Can you get the new screens to Tomas, like the system that you set me up with?",
      "Here is the resume of a chemist sent to me by Dana Pruitt. I don't know if we are looking right now, but just in case.",
    ],
  );
});

/**
 * The last blind set of session 25 (gq-dq, a chief executive's folders): 2 of 8 requests found on
 * arrival, no false alarm in 13 near misses. Its general forms, in new words.
 */
describe("detectIntroRequest: session 25's gq-dq forms, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "I need to give him an answer, as I know his mother well. Can you send me to the right person?",
      "I would welcome the opportunity to meet with you or the appropriate person within your group at any time.",
      "Would you please assist in setting up a meeting for the bid team with the Minister next month?",
      "Could you help us with arranging a call with Dana Pruitt?",
    ],
    [
      "Can you send me the right form?",
      "I would welcome the opportunity to meet with you at any time.",
      "Can you help with setting up a meeting with the auditors?",
      "Could you help me set up a meeting with you next week?",
    ],
  );
});

/**
 * The learned model's evidence must ask about someone else for the writer: not set the reader to
 * serve a client the writer hands over ("be his contact for pricing": session 25's gq-de, a near
 * miss the model took for a request).
 */
describe("asksTheReader: the reader set to serve someone, session 25", () => {
  itTellsAsksApart(
    ["Could you ask Ines whether she would meet me about pricing?", "Can you pass my report on to him?"],
    ["Could you make contact with Ines and be her contact for pricing?"],
  );
});

function forwardOf(note: string, originalFrom: string, originalAsk: string): Buffer {
  const body = `I have some questions about the storage figures on your website and I am not sure you are\r\nthe right person. ${originalAsk}\r\n\r\nThanks`;
  return outlookForward(note, body, originalFrom);
}

const analyse = async (raw: Buffer) => analyzeEmail(await parseEmail(raw, { maxBytes: 1_000_000 }));

/**
 * A forward whose note hands the reader the forwarded writer ("John, can you give Konni a call",
 * "Can you please respond to Ray's E-mail?", real Enron mail, session 25's gq-dh and gq-dl): the
 * forwarder chose whom the writer talks to, and it is the reader. Both were near misses.
 */
describe("analyzeEmail: a forward that hands the writer on to the reader", () => {
  const ask = "Could you tell me who the right person to talk to at Northwind would be?";

  it("is no request when the note asks the reader to call the writer", async () => {
    const analysis = await analyse(
      forwardOf("Owen, can you give Greta a call.", '"Vance, Greta" <gvance@ftdata.example>', ask),
    );
    expect(analysis.isIntroRequest).toBe(false);
  });

  it("is no request when the note asks the reader to answer the writer's mail", async () => {
    const analysis = await analyse(
      forwardOf("Can you please respond to Greta's e-mail?", '"Vance, Greta" <gvance@ftdata.example>', ask),
    );
    expect(analysis.isIntroRequest).toBe(false);
  });

  it("is still the writer's request under a note that hands on nothing", async () => {
    const analysis = await analyse(forwardOf("Owen, see below.", '"Vance, Greta" <gvance@ftdata.example>', ask));
    expect(analysis.isIntroRequest).toBe(true);
  });

  it("is still a request when the one to call is someone other than the writer", async () => {
    const analysis = await analyse(
      forwardOf(
        "Owen, can you give Mary Jones a call for her?",
        '"Vance, Greta" <gvance@ftdata.example>',
        "Could you introduce me to Mary Jones at Calpine?",
      ),
    );
    expect(analysis.isIntroRequest).toBe(true);
  });
});

/**
 * A Notes reply whose header lost its name and date line, as some of the released Enron mail
 * has ("Start with Joe hillings in DC" over "To: Steven J Kean/HOU/EES@EES", "cc:",
 * "Subject: MEC", a near miss among the shared real mail): what it answers is history.
 */
describe("readMessageText: a Lotus Notes reply header without its date line", () => {
  const reply = [
    "Try Nell Hardy in the Austin office.",
    "",
    "",
    "To: Walter Crane/HOU/EES@EES",
    "cc:  ",
    "Subject: Tax breaks",
    "",
    "Walter,",
    "",
    "Who should I contact to discuss tax breaks on the new plant?",
    "",
    "Thanks,",
    "Mo",
  ].join("\n");

  it("reads only the reply as the writer's new text", () => {
    expect(readMessageText("Re: Tax breaks", reply).fresh.trim()).toBe("Try Nell Hardy in the Austin office.");
  });

  it("leaves a writer's own To: line alone when it is no Notes address", () => {
    const memo =
      "Please read the note below.\n\nTo: all staff\ncc: HR\nSubject: Parking\n\nWho should I contact at Corvane about the tournament?";
    expect(readMessageText("Parking", memo).fresh).toContain("Who should I contact at Corvane");
  });
});

/** A forward's note that routes what it forwards onward: a resume is routed for someone, news is not. */
describe("analyzeEmail: a forwarded resume passed on to the right people", () => {
  const note = "Owen, could you pass this on to the right people in your group?";

  it("is a request when a resume is forwarded", async () => {
    const body = "Lena, attached is my resume. I am looking for a trading role in Houston.";
    expect((await analyseOutlookForward(note, body)).isIntroRequest).toBe(true);
  });

  it("is no request when news is forwarded", async () => {
    const body = "Lena, the storage report for October is attached. Volumes were up 4%.";
    expect((await analyseOutlookForward(note, body)).isIntroRequest).toBe(false);
  });
});
