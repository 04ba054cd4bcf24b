import { describe, expect, it } from "vitest";
import { asksAboutSomeone, asksTheReader } from "../../src/intros/detect.js";
import { ASKED_ACT, VAGUE_CUES } from "../../src/intros/signal-cues.js";
import { detect, detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Forms from session 26's review of the earlier blind Enron sets, in new words (the mail stays
 * outside the repository); the near misses are what the same words do in ordinary mail.
 */
describe("detectIntroRequest: a contact asked for, not for paperwork (session 26)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Do you have a contact at Duke who runs their gas origination desk?",
      "Do you still have any friends at Calpine? My brother is looking to move there.",
    ],
    [
      "Do you have a contact at Duke for the confirmation letters?",
      "Do you have a contact at Calpine for our confirms?",
      "Do you know any contacts at the bank for the letters of credit?",
    ],
  );
});

/**
 * Session 26's blind Enron sets (gq-dr to gq-dy: eight helpers who saw no code, reading traders',
 * schedulers' and lawyers' folders not read before). Their general forms, in new words.
 */
describe("detectIntroRequest: session 26's blind forms, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      // Whom to contact, asked or wished known (gq-ds, gq-dx, gq-dw)
      "Could you please provide me with the names of the engineers I need to contact and/or whoever leads the rollout?",
      "Can you give me the name of the person I need to contact at Calpine?",
      "Could you send me the names of the people we would need to talk to about the pipeline expansion?",
      "I would like to know whom I should contact to get our firm on the approved counsel list.",
      "Who would I speak to about the wholesale accounts.",
      // A meeting wished with the right people at a place (gq-dy, gq-dx)
      "It would be very helpful to meet with the right people in Structuring who work on weather deals.",
      "Would it be useful at this point for me to talk with anyone else at Dynegy, just to make a personal connection?",
      // Contacts and their details (gq-dw, gq-du, gq-dt)
      "Can you give me the name for a Calpine contact?",
      "Could you send me contact information for Dr. Ana Ruiz at Rice?",
      "I was hoping to get Maria's email address; I'd love to ask her about life in Denver and maybe grab dinner.",
      // A word for the writer (gq-dx, gq-dt)
      "If you still support the bonus plan, could you please convey that to Greg Whalley before Friday?",
      "If you are still willing to write a letter to him in support of my application, I would be grateful.",
      "Could you drop a note to the person you know at Stanford?",
      "Please mention to your brother-in-law that I'm very interested in the role.",
      // Resumes passed on with no one named (gq-dw, gq-dv)
      "I have attached my CV and if you could pass it on, I'd be grateful.",
      "I'd like to pass along resumes from two old colleagues who were let go at Dynegy. If you could look them over and pass these on, I would really appreciate it.",
      "I've attached my resume, which explains what I've been up to. Let me know if anyone there has interest in a gas scheduler with ten years' experience.",
      "I would like to have my attached resume forwarded to the hiring manager for the analyst posting, please.",
      [
        "Thanks for the note and the offer to forward my resume to the right people.",
        "I saw one posting that fits: job 4471 in Calgary. I appreciate any help you can give.",
      ].join(" "),
    ],
    [
      "Can you give me the name of the person I need to contact about my expense report?",
      "Please send me the names of the people I need to contact for the invoices.",
      "I will send you the names of the people you need to contact.",
      "I would like to know whom I should contact about my expense report.",
      "Who would I talk to about my password.",
      "I know whom I should contact.",
      "It would be helpful to meet with the relevant individuals in Accounting to go over the invoices.",
      "It would be helpful to meet with you next week.",
      "Can you give me the info for a Sprint contact for billing?",
      "Could you send me contact information for John Smith so I can send him the contract?",
      "I need to get his email address to send him the invoice.",
      "If you support the proposal, please communicate that to the committee by Friday.",
      "I sent an email to her in support of the budget.",
      "Please tell your friend that we moved the party to Saturday.",
      "Please relay to your team that the system will be down tonight.",
      "We will resume deliveries on Monday. Please pass this on.",
      "Here is the revised schedule. Please pass this on.",
      "I will have my resume sent to the recruiter tomorrow.",
      "Thanks for your willingness to make the calls to the vendors. Attached is the price sheet.",
      "Thanks for the offer to forward my resume, but I have accepted a job in Tulsa.",
    ],
  );

  it("reads calls offered for the writer as a request when the resume goes with them", () => {
    const thanks = "Thanks for lunch and for your willingness to make the calls we discussed. Take care.";
    expect(detectWithSubject("Petra's resume", thanks)).toBe(true);
    expect(detectWithSubject("Lunch", thanks)).toBe(false);
    expect(
      detectWithSubject("Re: resume", "Thanks for the offer to forward my resume, but I have accepted a job in Tulsa."),
    ).toBe(false);
  });
});

/**
 * Session 26's three false alarms on arrival, all the learned model's (gq-du, gq-dy), in new words:
 * the writer sent to the reader by someone else, news passed on to those a list missed, and a
 * client brought to the reader to talk to; and from gq-dz and gq-ea, discretion asked and a question
 * routed only if it is not the reader's. The model may take such messages for requests; these
 * sentences may no longer stand as its evidence.
 */
describe("the model's evidence: session 26's near misses", () => {
  it.each([
    "I would also appreciate that we keep this correspondence between us and the appropriate people within your group.",
    "If you aren't the right person, who should I ask?",
    "Greg Allen thought that maybe you could help me.",
    // (Noticed in session 25: a matter raised with someone, not the writer made known.)
    "Perhaps you could mention it to Greg at the staff meeting.",
    "Johnny recommended I have you speak to them- can you give me a few minutes during the day to talk to them about the east in general.",
    "Please pass this on to people who I may have inadvertently missed.",
  ])("%j asks nothing about someone else", (sentence) => {
    expect(asksAboutSomeone(sentence)).toBe(false);
    expect(asksTheReader(sentence)).toBe(false);
  });

  it("lends no one to a brief ask from news passed on", () => {
    const news = [
      "I'm not sure if you have heard our news yet, but Sam and I are moving to Chicago in the spring!",
      "I will keep working for Calpine while looking for something new up there.",
      "We would love to see everybody before we leave.",
      "Please pass this on to people who I may have inadvertently missed. Cheers, Heather",
    ].join(" ");
    expect(detectWithSubject("Big news!", news)).toBe(false);
  });
});

/**
 * gq-du's resume for an internship (session 26): the apology before the ask ("everyone wants to get
 * their foot in the door") was read as the ask, and "if you are hiring for internships… the person
 * hiring for those positions" as a recruiter's search, which hid the routing asked for.
 */
describe("detectIntroRequest: a resume routed to whoever hires, past an apology", () => {
  itTellsRequestsFromNearMisses(
    [
      [
        "Sorry for all the resumes lately, but everyone wants to get their foot in the door at Calpine.",
        "This resume is from my neighbour's son, who is looking for a summer internship at Calpine.",
        "I don't know if you are hiring for internships; if not, could you please forward this on to the person hiring for those positions?",
      ].join(" "),
      "Could you help my nephew get a foot in the door at Calpine?",
    ],
    [
      "Sorry for all the resumes lately, but everyone wants to get their foot in the door at Calpine.",
      "We are hiring for two scheduler positions. If you know anyone, please forward this on to them.",
    ],
  );

  it("reads the ask, not the apology, and counts forwarding on as a concrete ask", () => {
    const message = [
      "Sorry for all the resumes lately, but everyone wants to get their foot in the door at Calpine.",
      "This resume is from my neighbour's son, who is looking for a summer internship at Calpine.",
      "I don't know if you are hiring for internships; if not, could you please forward this on to the person hiring for those positions?",
    ].join(" ");
    const found = detect(message);
    expect(found.isIntroRequest && found.requestSentence).toMatch(/^I don't know if you are hiring/);
  });
});

describe("signal cues: forwarding on is a concrete ask; everyone's foot in the door is not a vague one", () => {
  it("reads them so", () => {
    expect(ASKED_ACT.test("could you please forward this on to the person hiring for those positions?")).toBe(true);
    expect(VAGUE_CUES.some((cue) => cue.test("everyone wants to get their foot in the door at Calpine"))).toBe(false);
    expect(VAGUE_CUES.some((cue) => cue.test("I just want to get my foot in the door"))).toBe(true);
  });
});

/**
 * Session 26's forms tried again in other words after the tests above passed (my own paraphrases,
 * not blind mail: they widen the families and say nothing of recall on new mail).
 */
describe("detectIntroRequest: session 26's forms in yet other words", () => {
  itTellsRequestsFromNearMisses(
    [
      "resume attached. pls pass it along, thx",
      "Here's my resume - if you could pass it around I'd appreciate it.",
      "Attached are resumes for two of my former analysts. Would you mind passing them on?",
      "my resume is attached. let me know if anybody over there is interested.",
      "Thank you for offering to pass my resume along. I've attached the latest version.",
      "Thanks for agreeing to make a few calls for me. My resume is attached.",
      "I'd like to have my resume passed on to the head of the origination group if possible.",
      "It would be great to meet with the right people at Reliant who handle storage.",
      "Would it make sense for me to meet with anyone else at El Paso while I'm in town?",
      "I'd appreciate knowing who I should talk to about getting on your vendor list.",
      "who do i talk to about the retail book",
      "who in your group should I talk to about the Houston pipeline deal?",
      "Do you know the name of the person I should call at TXU about their storage needs?",
      "can you send me the name of a Williams contact?",
      "Do you think I could get Sarah's phone number? I'd like to ask her about the Austin market.",
      "If you agree with the plan, please voice your support to Mark Frevert.",
      "Could you send an email to the guy you know at Duke?",
      "pls mention to your cousin that I'm still very interested",
    ],
    [
      "Here are the meeting notes. Please pass them along.",
      "I'll pass it along to the group.",
      "Attached is the updated schedule. Let me know if anyone has questions.",
      "Thanks for making the calls to the pipelines yesterday.",
      "I'd like to have the contract sent to the counterparty today.",
      "It would be great to meet with you at the conference.",
      "It would be helpful to meet with the right people in Accounting to close the books.",
      "Who should I talk to about my parking pass.",
      "Who do I talk to about this invoice",
      "Can you give me the info for a Verizon contact for our phone bill?",
      "Could you give me contact info for Mr. Tom Reyes so I can send him the confirm?",
      "Please voice your concerns to Mark at the meeting.",
      "I wrote a letter to him about the billing error.",
      "Tell your cousin I said hi.",
      "Please mention to your team that I'll be out Friday.",
    ],
  );
});

/**
 * The last three blind sets of session 26 (gq-dz, gq-ea, gq-eb: a research head's resumes folder,
 * a chief of staff's and a trading head's mail): 9 of 16 requests found on arrival, 4 false alarms
 * in 35 near misses. Their general forms, in new words.
 */
describe("detectIntroRequest: session 26's last blind forms, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "Our second interviewer dropped out. Do you have anyone in mind I could contact?",
      "My brother-in-law suggested I send my resume to you for Reliant's consideration. I appreciate your help.",
      "One of my students applied for this opening. Do you know who posted this job?",
    ],
    [
      "I have someone in mind I could contact.",
      "I am forwarding my resume to you for your consideration.",
      "I would appreciate it if we could keep this note between us and the right people in your group.",
      "I spoke with Dana Reyes and she is interested. Please call her directly and give my name as a reference.",
      "Can you tell me whether we are licensed to sell power in Maine? If you aren't the right person, who should I ask?",
    ],
  );
});

/** Session 26's extra blind set (gq-ec, measured with the session's final code): its one miss, in new words. */
describe("detectIntroRequest: the best person in the reader's organisation, asked", () => {
  itTellsRequestsFromNearMisses(
    [
      "Attached is the resume of Dana Ruiz, an analyst in our gas group. Who is the best person in your organization to pass on her interest and my recommendation?",
      "Who would be the right person at your company to talk to about a summer position for my son?",
    ],
    [
      "Who is the best person in your group to approve my expense report?",
      "Who is the best person in your organization to send the invoices to?",
    ],
  );
});

describe("detectIntroRequest: a matter raised with someone is no introduction", () => {
  itTellsRequestsFromNearMisses(
    [
      "Could you mention me to Greg at the staff meeting?",
      "Perhaps you could mention my name to Greg when you see him.",
    ],
    [
      "Perhaps you could mention it to Greg at the staff meeting.",
      "Can you mention this to Dana before Friday's review?",
    ],
  );
});
