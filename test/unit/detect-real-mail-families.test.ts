import { describe, expect, it } from "vitest";
import { asksAboutSomeone, asksTheReader } from "../../src/intros/detect.js";
import { detect, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 18 measured the analysis blind on 28 real Enron messages that a helper found in a
 * public repository of the whole corpus (outside the 1,691 in ../shared/real-mail, but one):
 * 11 requests, none found, and 2 false alarms in 17 near misses, with the code of that session's
 * start as with its end until then. Nearly all were resumes and meetings routed through a
 * colleague. Their general forms, in new words (the mail stays outside the repository); and two
 * of a second set from other mailboxes, measured blind with the final code (1 of 4 found).
 */
describe("detectIntroRequest: real mail's routed resumes and meetings, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "Could you please help me arrange a meeting with either Dana Pruitt or Cal Moreno?",
      "What would be the best way to get my resume in front of Lou Hart or the right person in his group?",
      "Maybe you could get it to a recruiter or someone with hiring power.",
      "I would appreciate it if you could forward Marisol's cv to the appropriate person.",
      "Would you please look over my resume and forward it to potentially interested managers?",
      "Thank you for offering to get my resume into the right hands.",
      "I wondered whether you could recommend the right person to speak to in Calgary.",
      "If you can provide additional names for networking, that would be appreciated.",
      "Can I get a contact from you for a buyer at Dunmore Steel?",
    ],
    [
      "Could you please help me arrange a meeting with the facilities team about the move?",
      "What would be the best way to get my expenses approved before Friday?",
      "Thank you in advance for taking the time to review my resume.",
      // A request to session 18's helper, but routing done and thanked for to two blind readers
      // since (sessions 23 and 25): see test/unit/detect-session-25-forms.test.ts.
      "Thanks for taking the time to pass my credentials along within Halvorsen to their solar group.",
      "Could you recommend a good place to eat in Calgary?",
      "Please forward this notice to anyone who might be interested.",
      "Please send her your portfolio and mention my name.",
      "Use my name when you call him, he owes me one.",
    ],
  );

  it("reads a friend's resume sent straight to a hirer as no request", () => {
    const toHirer =
      "Dale, I am attaching the resume of my friend, Ana Ruiz, who wants to get back into tax work. If you have any interest, feel free to contact Ana.";
    expect(detect(toHirer).isIntroRequest).toBe(false);
    const toRoute = "Dale, I am attaching the resume of my friend, Ana Ruiz, who wants to get back into tax work.";
    expect(detect(toRoute).isIntroRequest).toBe(true);
    // To the one who runs the hiring (session 21): the writer asks for the next step, not a path.
    const toRecruiter =
      "Marisol, I am sending the resume of a friend of mine who would suit the analyst program. Let me know what else I need to do to get him in for an interview.";
    expect(detect(toRecruiter).isIntroRequest).toBe(false);
  });
});

/**
 * Session 19 read two more blind sets from the same corpus (Vince Kaminski's mailbox, and other
 * mailboxes): 1 of 9 requests found with the code of that moment. Four of their forms, in new
 * words; the near misses are the errands the same words make in ordinary mail.
 */
describe("detectIntroRequest: session 19's real mail (names and contacts asked for), in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "I would be grateful if you could let me know the name of the recruiting person whom I can follow up with.",
      "Could you send me the names of the people in treasury I should contact about a position?",
      "I was wondering if you knew who is in charge of the gas scheduling group, or who I might contact to ask.",
      "He would like to speak to someone at Halvorsen about the pipeline contract.",
      "She'd like to talk with someone in your firm about the storage lease.",
      "If you still have Rosa's email address, I would love to get back in touch with her.",
    ],
    [
      "Please let me know the name of the hotel we can book for the offsite.",
      "Could you send me the name of the vendor we should contact about the copier?",
      "Do you know who is in charge of the parking garage?",
      "He would like to speak to you about the contract before Friday.",
      "She would like to talk with someone about her benefits.",
      "If you have her email, please add her to the distribution list.",
    ],
  );
});

/**
 * And from the web-quoted sets of session 18, learnt in session 19 (not blind: their labels had
 * been read): a one-line ask with a typo in its verb (spelledOut's typos are tested with its
 * shorthand, in detect-holdout-13-families.test.ts), and a letter asking the reader to pass it on.
 */
describe("detectIntroRequest: asks with a typo, and a letter to pass on, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "hey, i'd liek you to connect me to alumni in consulting",
      "woudl you be able to intorduce me to someone at the county archive?",
      "Would you do me the favour of introducing me to your editor at the Ledger?",
      "If you could pass on my letter I would be most grateful.",
    ],
    [
      "I'd liek to connect my laptop to the projector.",
      "Would you do me the favour of checking the figures before Friday?",
      "Could you pass on my request to the team for another week?",
      "Please pass on my thanks to everyone who came.",
    ],
  );
});

/**
 * Session 19 also read two blind sets of emails quoted on the web (strangers writing to an
 * author, a student reporter, job seekers, an editor): 0 of 13 distinct requests found, one
 * false alarm. Their forms, in new words, with the errands the same words make.
 */
describe("detectIntroRequest: session 19's web-quoted asks, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "if it's not too much trouble, would you pass my sample chapters to your agent?",
      "Do you have the email address for Marguerite Osei?",
      "Do you have any suggestions on whom to contact at the label?",
      "If you can't, your suggestion of someone else who could help would be very welcome.",
      "Do you know anyone who fits the following description?",
      "Do you know any angel investors who might be interested in a seed round for a ferry app?",
      "Could you help me with a referral? Your firm just posted an analyst opening.",
      "Let me know if you hear of anyone hiring near Tacoma.",
    ],
    [
      "Could you pass the invoice to your accounts team?",
      "Do you have the email address for the caterer?",
      "Do you have any suggestions on where to eat in Lisbon?",
      "Do you know any engineers who might be interested in joining us?",
      "Could you help me with a referral letter for my visa application?",
      "We are hiring three people this spring.",
    ],
  );

  it("does not take a question the writer answers ('PS: Why Virginia?') for an ask about someone", () => {
    expect(asksAboutSomeone("PS: Why Virginia?")).toBe(false);
    expect(asksAboutSomeone("Why don't you put him in touch with Marta?")).toBe(true);
  });
});

/** Session 19's sent-mail sets (1 of 4 found blind): an owner asking who would want a proposal. */
describe("detectIntroRequest: who would be interested in a proposal, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "Who is the buyer that might be interested in this offer?",
      "who are the traders who could be interested in his model?",
    ],
    ["Who are the people who might be interested in joining us?", "Who is the person that did this report?"],
  );
});

/**
 * Session 19's last two blind Enron sets, measured with the session's final code (1 of 9
 * requests found, 1 false alarm in 30): their forms, in new words.
 */
describe("detectIntroRequest: session 19's last Enron sets, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "I'd like to take you up on your kind offer to introduce me to the people running EBS.",
      "Please tell anyone who is interested to give me a call.",
      "Should we be speaking with outside counsel on this, and if so who?",
      "If so, who are the commercial contacts at Brightwater and Kestrel?",
      "If there is a need, you can confidently recommend her to talk to someone at Halvorsen.",
    ],
    [
      "If you know of any good Halvorsen talent willing to move here, please pass along my name to them.",
      "Thanks for your offer to introduce me to Sam.",
      "Please tell them to call me about the invoice.",
      "Should we be speaking with legal on this?",
      "Who are the contacts at the office?",
      "You can confidently recommend her for the award.",
    ],
  );

  it("reads 'talk with Jaime and figure out a plan' as work, not an introduction", () => {
    expect(asksTheReader("Can you talk with Jaime and figure out a plan of support for Mexico?")).toBe(false);
    expect(asksTheReader("Can you talk with Jaime about meeting my son?")).toBe(true);
  });
});

/**
 * Session 22's blind Enron sets (found by folder: resumes, recruiting, personal): a resume routed
 * onward ("channel it in the right direction"), thanked for ahead ("I really appreciate you taking
 * the time to review and forward my resume on"), a meeting "with the appropriate person". In new
 * words; the near misses route work, thank for routing done, or ask to meet the reader.
 */
describe("detectIntroRequest: session 22's resumes routed onward and meetings routed, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      "A close friend sent me the resume below and I thought you might be able to channel it in the right direction.",
      "Could you get my cv into the right hands at Halvorsen?",
      "I'm in Calgary until Friday and would be grateful for any chance to meet with the appropriate person.",
      "I really appreciate you taking the time to look over and forward my resume on.",
      "Thank you in advance for passing my resume along to the right people.",
    ],
    [
      "I would be grateful for any chance to meet with you while I'm in Calgary.",
      "Thanks in advance for your help with the invoices.",
      "Thank you for passing my resume along to the right people.",
      "I thought you might be able to send this invoice where it belongs.",
      "Could you point the auditors in the right direction when they arrive?",
      "Thank you for passing my resume in the right direction last month.",
    ],
  );
});
