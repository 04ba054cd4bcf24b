import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 39's forms, from its blind sets (real Enron mail from parts of folders no one had read,
 * mail quoted on the web, and three blind writers' checks; helpers who saw no code, measured on
 * arrival), each written in words of our own beside near misses in the same words.
 */
describe("detectIntroRequest: the reader told they may connect the writer (session 39)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Or better yet, you can ask Marta to call Olu Bankole at 713-555-0190.",
      "You can send me the list, or you could just give me an introduction to each of them.",
      "You could forward my resume to Dana at Arcadia.",
      "Perhaps you could ask Mr. Hale to ring Ines Moreau before Friday.",
    ],
    [
      "You can reach me at 713-555-1212.",
      "You can call Dana yourself about the invoice.",
      "You can ask Lisa for the file.",
      "Here is a short intro you could read before I speak.",
      "Feel free to make the intro; Tuesday works on my end.",
      "You could have told me Dana was leaving.",
      "You can have your daughter email me with a resume and a cover letter.",
    ],
  );
});

describe("detectIntroRequest: someone on the reader's side to work with or to talk to (session 39)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Is there someone I should be working with to decide what to do with the remote sites?",
      "Is there a person in your legal team I ought to be working with on the addendum?",
      "Who should I be working with to sort out the backup tapes?",
      "Our credit department will need to speak to someone in your office for credit information.",
      "Our auditors would also like to talk to somebody in your IT department about access controls.",
    ],
    [
      "Is there something I should be working on?",
      "We'll need to speak with you about the renewal.",
      "I'd like to talk to someone in your billing department about the invoice.",
      "We'll need to speak with someone in your accounts payable team about the duplicate payment.",
      "Is there anyone I should invite to the offsite?",
    ],
  );
});

describe("detectIntroRequest: a way to reach someone named, not their details for an errand (session 39)", () => {
  itTellsRequestsFromNearMisses(
    ["Any way for me to get a hold of Scott?", "Is there any way to reach Dana Ruiz this week?"],
    [
      "Any way for me to get a hold of the report?",
      "I have misplaced Lori Sandoval's cell number and need to move our appointment. Help.",
      "Do you still have Henrik Solberg's mobile? The one I have bounces.",
      "Do you have his email address? I need to send him the contract.",
      "You can reach me at my mobile.",
    ],
  );
});

describe("detectIntroRequest: near misses the session's blind sets raised (session 39)", () => {
  itTellsRequestsFromNearMisses(
    ["Who at Acme handles the contracts?", "Could you send Dana a note about me?"],
    [
      "Who has the contracts for the Bridgeline storage? I would like to read them.",
      "If you would like to speak with Mrs. Lane or me about this letter, please feel free to do so.",
      "Feel free to contact my references at any time.",
      "Please send Jeff a note with any update once you have spoken to Franz.",
      "I told Helen I'd ask around, but I don't know anyone at NHS Digital, so don't worry about it.",
      "I'm not in a position to help, but if you want to talk to him he seems decent.",
      "Mr. Kowalski from the lumber yard left a message. Please follow up with him at 555-0108 and sort out the delivery.",
      "I would love to have lunch one day. Call Cindy and get on my calendar.",
      "I would like to know if you have any internships for the summer.",
    ],
  );

  it.each([
    ["Introduction to FlowDesk", "I'm Kyle from FlowDesk. We help finance teams close the books faster."],
    ["Introduction to Kestrel Drone Surveys", "Kestrel provides drone surveys for mining and construction."],
    ["Introduction to the DealBench B2B platform", "I was hoping to talk to you about your strategy."],
  ])("a seller's subject %j over %j is no request", (subject, text) => {
    expect(detectWithSubject(subject, text)).toBe(false);
  });

  it("a subject naming a person to meet still asks", () => {
    expect(detectWithSubject("Intro to Noor Haddad at Lanternfish?", "Noor runs operations there.")).toBe(true);
  });
});

/** A forward from a colleague (not the connector) of what someone asked of the colleague. */
function forward(note: string, separator = "---------- Forwarded message ---------"): Buffer {
  return Buffer.from(
    [
      "From: Nadia Brook <nadia@harrowgate.example>",
      "To: Sam Rivera <sam@rivera.example>",
      "Subject: Fwd: Tomas Ferreira",
      "Date: Tue, 03 Mar 2026 10:00:00 +0000",
      "Message-ID: <s39-forward@harrowgate.example>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      note,
      "",
      separator,
      "From: Ivo Lindqvist <ivo@lindqvist.example>",
      "Date: Mon, 2 Mar 2026 at 09:12",
      "Subject: Tomas Ferreira",
      "To: Nadia Brook <nadia@harrowgate.example>",
      "",
      "Nadia, could you introduce me to Karin Holt at Brightwater? I'd like to pitch her our storage service.",
      "",
      "Ivo",
      "",
    ].join("\r\n"),
  );
}

const analyse = async (raw: Buffer) =>
  analyzeEmail(await parseEmail(raw, { maxBytes: 1_000_000 }), { connectorAddresses: ["sam@rivera.example"] });

describe("analyzeEmail: a forward whose note says it is handled, or shares it for a laugh (session 39)", () => {
  it.each([
    "For your reading enjoyment.",
    "FYI. I'll take care of it.",
    "I've put Ivo in touch with Karin myself, just so you're in the loop.",
    "I already emailed Karin myself, so nothing for you to do.",
    "Mark has already sent him the contact at Brightwater.",
    "Ha! Thought you'd get a kick out of this one.",
    "Forwarded as requested.",
    "Forwarding in case you want to talk to him -- he has a good background in storage.",
    "Follow up if you want to talk with him. I wanted to give you first crack.",
  ])("the forwarded ask is not the reader's under %j", async (note) => {
    expect((await analyse(forward(note))).isIntroRequest).toBe(false);
  });

  it.each([
    "Can you help Ivo with this one?",
    "See below -- could you introduce him to Karin? You know her well.",
    "He has already written to Karin twice with no answer. Can you help?",
  ])("the note %j still makes it a request", async (note) => {
    expect((await analyse(forward(note))).isIntroRequest).toBe(true);
  });
});

describe("unwrapForward: the first forward is the one this message makes (session 39)", () => {
  // (Real Enron mail, session 39's blind r39d: "FW: Job posting" over an Outlook "-----Original
  // Message-----" from a job seeker, whose own history held a Lotus Notes forward further down.)
  it("reads an Outlook forward above a Notes forward in its history, not the Notes one", async () => {
    const raw = Buffer.from(
      [
        "From: Vince Kaminski <vince@enron.example>",
        "To: David Oxley <david@enron.example>",
        "Subject: FW: Job posting",
        "Date: Thu, 25 Oct 2001 08:00:00 -0500",
        "",
        "David,",
        "",
        "She was a student at Rice who took my class. Has this position been posted by your group?",
        "",
        "Vince",
        "",
        " -----Original Message-----",
        'From: \t"Elena Demianenko" <elena@daiter.example>@ENRON',
        "Sent:\tWednesday, October 24, 2001 10:15 PM",
        "To:\tKaminski, Vince J",
        "Subject:\tRE: Job posting",
        "",
        "Dear Vince, would you be able to help me once more to get in contact with the right people?",
        "",
        "Elena",
        "",
        "---------------------- Forwarded by Vince J Kaminski/HOU/ECT on 04/25/2001 09:40 AM ---------------------------",
        "",
        "From: Lee Ferrell/ENRON@enronXgate on 04/24/2001 06:20 PM",
        "To: Vince J Kaminski/HOU/ECT@ECT",
        "cc:",
        "Subject: RE: Job posting",
        "",
        "This posting is for my group. Thanks for the referral.",
        "",
      ].join("\n"),
    );
    const analysis = await analyse(raw);
    expect(analysis.requester.email).toBe("elena@daiter.example");
    expect(analysis.isIntroRequest).toBe(false);
  });
});

describe("detectIntroRequest: a word to get the writer seen, and phone shorthand (session 39's free check)", () => {
  itTellsRequestsFromNearMisses(
    [
      "ur cousin still at Northway Freight? need someone in their sales to call me. can u pass my # on? thx",
      "Could he have a word with the branch manager and see if he'll see me?",
      "Would you ring Alan and tell him I'm worth a look?",
    ],
    [
      "Could you have a word with the landlord and see if he'll sign it?",
      "Tell him I'm all right after the fall.",
      "can u send me the # for the help desk?",
    ],
  );
});

describe("detectIntroRequest: counsel asked for, and things that are not people (session 39's second round)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Do you know who is representing Ben Alvarez and Kristina Moore in the review?",
      "Do you know who represents Acme Power in the rate case?",
      "Can you connect me to the head of trading at Dynegy?",
    ],
    [
      "I know who represents Acme Power in the rate case.",
      "Can you connect me to the shared drive from your end?",
      "Please pass this on to your assistants and paralegals.",
    ],
  );
});
