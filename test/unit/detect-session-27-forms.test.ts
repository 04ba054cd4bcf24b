import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";
import { outlookForward } from "../support/outlook-forward.js";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 27's blind Enron sets (gq-ed to gq-ek: eight helpers who saw no code, reading chief
 * executives', lawyers' and traders' folders not read before). Their general forms, in new words
 * (the mail stays outside the repository); the near misses are what the same words do in
 * ordinary mail.
 */
describe("detectIntroRequest: a referral asked for, as an alternative (session 27, gq-ed)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I'd welcome half an hour to present our services, or perhaps you could provide a further referral.",
      "If this isn't a fit for you, could you give me another referral within the bank?",
      "Would you be able to offer us a referral to someone in procurement?",
    ],
    [
      "Please provide a referral letter for my landlord by Friday.",
      "We will give you a referral fee for every client you send.",
      "The bank offers a referral bonus this quarter.",
      "Thanks for the referral to Dr. Lee; I saw her on Monday.",
    ],
  );
});

describe("detectIntroRequest: someone else's candidate, and anyone who might want them (gq-ee)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Attached is the resume of Ana Ruiz. Let me know if you see a fit in your group or know of anyone else who might be interested in her.",
      "Please tell me if you know of anybody that may be interested in him; he is a fine scheduler.",
    ],
    [
      "Let me know if you know of anyone who might be interested in them; the tickets are for Saturday.",
      "Let me know if you are interested in him as a speaker for the offsite.",
      "If you know of anyone who might be interested in the sofa, tell them to call me.",
    ],
  );
});

describe("detectIntroRequest: an ask put as advice, with an act that links the writer (gq-ej)", () => {
  itTellsRequestsFromNearMisses(
    [
      "If the board won't move, I'd suggest that you ask Priya (sp?) to have her new counsel call me and Dana next week.",
      "We would suggest you ask your friend at Calpine to get in touch with us before the auction.",
    ],
    [
      "I'd suggest you introduce yourself to Mary at the conference.",
      "I'd suggest you send your resume to Jim Smith directly.",
      "I'd suggest you call John Smith at Dynegy; he knows the tariff.",
      "I would suggest that you ask Tom to send the invoice again.",
    ],
  );
});

describe("detectIntroRequest: a call teed up with a third person (gq-ej)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Could you tee up a call between Tino and Steve Thome next week?",
      "Would you please tee up a meeting with Dr. Alvarez for me and Rhonda?",
    ],
    [
      "Could you tee up a call with us for Tuesday?",
      "I'll tee up a meeting with Steve Thome myself.",
      "Tee up the numbers for the meeting with Steve.",
    ],
  );
});

describe("detectIntroRequest: a talk the writer wants between two others, teed up by the reader (gq-ej)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I'm glad to have Marco talk to her directly--tee it up that way if you can.",
      "Happy to have Ines speak with him. Could you tee it up for next week?",
    ],
    [
      "I'm happy to have Dana talk to him. I'll set it up myself.",
      "Tee it up if you can, the numbers are ready.",
      "Glad to have Jim talk to the board. Please set up the room if you can.",
    ],
  );
});

describe("detectIntroRequest: a letter to be forwarded to whom it is written, and a routing offer recalled (gq-et)", () => {
  itTellsRequestsFromNearMisses(
    [
      "As we discussed, could you please forward this e-mail to Dr. Okafor. Thanks for your help.\n\nDear Dr. Okafor,\nI am a part-time student in the MA program and would value ten minutes of your time.",
      "Would you pass this note on to Mrs. Lindqvist? Hello Mrs. Lindqvist, my name is Dara and I run the youth choir at St. Anne's.",
      "Also, you had mentioned you might be able to pass on my resume, so I am attaching a cover letter and resume.",
      "You said you could forward my CV to your contacts at the agency; I am enclosing the latest version.",
    ],
    [
      "Could you please forward this e-mail to Jim Ruiz? The outage moved to Sunday.",
      "Please forward this to Dr. Okafor. Dear all, the lab is closed on Friday.",
      "You mentioned you could pass on my resume, but I have taken a job in Tulsa.",
    ],
  );
});

describe("detectIntroRequest: work to be staffed, material for the writer's own contact (gq-ej, gq-ef)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Any ideas on who would be the best person at Dynegy to talk to about the storage deal?",
      "Could you introduce me to whoever will handle this at Calpine?",
    ],
    [
      "Got any ideas on who would be the best person in our group to work on this?",
      "Who on your team could take this on while I'm out?",
      "Any thoughts on who should handle it while Sara is out?",
      "Do we have anything else I can email to her before the meeting?",
      "Who should I speak with about adding my name to the distribution?",
      "Who should I talk to about changing my address?",
      "Is there any material I could send to him to get him excited about the project?",
    ],
  );
});

describe("detectIntroRequest: the writer's own interview of a candidate (gq-eq)", () => {
  itTellsRequestsFromNearMisses(
    ["Could you put my son in touch with your hiring manager about an interview?"],
    [
      "He looks strong. Can you schedule a phone interview and then bring him in for rounds?",
      "You're right, she looks good. Could you set up an initial interview?",
    ],
  );
});

function forwardOf(note: string, originalFrom: string, originalText: string): Buffer {
  return outlookForward(note, `Hi Mira,\r\n\r\n${originalText}\r\n\r\nThanks`, originalFrom);
}

/**
 * "T: Would you please set up a meeting with Shanna?" over Shanna's own "Could we get together
 * briefly…?" (session 27's gq-ef: a boss to an assistant): time booked with the one who asked
 * for it, not an introduction.
 */
describe("analyzeEmail: a forward's note asking to book time with its writer", () => {
  const wish = "Could we get together briefly next week to go over the employment agreements?";
  const greta = '"Vance, Greta" <gvance@ftdata.example>';

  it.each([
    [
      "is no request when the meeting is with the forwarded writer",
      "T: Would you please set up a meeting with Greta? Thanks.",
      false,
    ],
    [
      "is still a request when the meeting is with someone else",
      "Could you please set up a meeting for Greta with Mary Jones at Calpine?",
      true,
    ],
  ] as const)("%s", async (_, note, isRequest) => {
    const analysis = await analyzeEmail(await parseEmail(forwardOf(note, greta, wish), { maxBytes: 1_000_000 }));
    expect(analysis.isIntroRequest).toBe(isRequest);
  });
});

/**
 * Session 26's blind requests that both readers called requests once a second reader had read
 * them ("Could you tell me who in legal is assigned to this?", "Also a contact at South Jersey?"),
 * left alone in session 26 on one reader's word. In new words.
 */
describe("detectIntroRequest: who holds a matter in a group, a contact asked in passing", () => {
  itTellsRequestsFromNearMisses(
    [
      "Could you tell me who in tax is assigned to this?",
      "Do you know who in structuring is handling the Calpine deal?",
      "Any word on the renewal? Also a contact at Northwind Gas?",
      "Any contacts at Reliant?",
    ],
    [
      "I know who in legal is assigned to this.",
      "Do you know who in accounting is handling this invoice?",
      "A contact at Duke for the confirms?",
      "Who in legal is assigned to this? I need the file back by Friday.",
    ],
  );
});

/** The same words in ordinary mail, tried after the forms above were learned: none is a request. */
describe("detectIntroRequest: session 27's forms, in ordinary mail", () => {
  itTellsRequestsFromNearMisses(
    ["We would suggest that you ask Priya to have her counsel call us before the auction."],
    [
      "I'd suggest you ask Sally to have her team call me about the outage.",
      "We'd suggest you ask the committee to call us if there are questions.",
      "Please provide a referral number for the claim.",
      "Do you know who in the group is handling the Christmas party?",
      "Let me know if you know of anyone who might be interested in her old desk.",
      "Can you forward this e-mail to Dr. Smith? Dear Dr. Smith, the lab results are attached.",
      "I'd like to have Jim call him about the invoice. Can you arrange that?",
      "Could you tell me who in IT is assigned to my laptop ticket?",
      "Is there someone in your group who could give me 10 minutes on the new expense system?",
      "Any way to get 10 minutes with Sally to go over the invoices?",
      "Would it be OK to use your name on the conference badge?",
      "Can you set up a call for our team with the head of your IT department about the outage?",
      "If you see Bob, tell him I'd welcome a chance to return the ladder.",
    ],
  );
});
