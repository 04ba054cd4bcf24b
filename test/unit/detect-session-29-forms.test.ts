import { describe, expect, it } from "vitest";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 29: the forms its blind Enron sets (personal folders, the chairman's inbox) taught, in
 * new words beside the real ones (the mail stays outside the repository); the near misses are what
 * the same words do in ordinary mail.
 */
describe("detectIntroRequest: the writer's resume for the reader to share with someone (gq-fy)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I have attached an updated (shorter) version of my resume' that you can share with your recruiter friend or any one else.",
      "I have attached my resume that you can share with your recruiter friend.",
      "Here is my resume, which you can pass on to your friend at the bank.",
      "Attached is our business plan, which you are welcome to forward to Dana Ruiz.",
    ],
    [
      "Here is my resume, which you can share with me later.",
      "I have attached my resume that you can print for the interview.",
      "Attached is our proposal that you can send back to me with comments.",
      "Attached is my expense report that you can forward to Linda.",
      "Our recruiter will call you on Monday about the offer.",
    ],
  );
});

describe("detectIntroRequest: a friend's job search, their resume, and 'please pass this along' (gq-fw)", () => {
  itTellsRequestsFromNearMisses(
    [
      "A friend of mine that I've known since college is looking for a job in IT or consulting. He's a stellar guy, and very smart, as you can tell from his resume. If you know of any opportunities, please pass this along.",
      "My nephew is looking for a job in accounting. You can see from his resume that he is sharp. Please pass it on.",
      "My friend is looking for a job. Her resume is attached. Please pass it around.",
    ],
    [
      "A friend of mine is looking for a new apartment. Her resume of landlords is long. Please pass this along.",
      "My son is looking for a job this summer. His resume is below. Please send it back with comments.",
      "My neighbor is looking for work. Please pass this along.",
      "My brother is looking for a job. His resume was great but the interview went badly, please pass it on to Mom that he is fine.",
    ],
  );
});

describe("detectIntroRequest: a resume forwarded to the reader's relation or friend (gq-ga)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Here is Barry's resume.  Please forward it on to your brother in law and let me know what he thinks.",
      "Here is my resume. Could you pass it to your cousin at Shell?",
      "Attached is my resume. Please send it to your friend at the bank.",
    ],
    [
      "Here is the agenda. Please forward it to your assistant.",
      "Here are the photos. Please forward them to your brother in law.",
      "The proposal is done. Please send it to your boss.",
    ],
  );
});

describe("detectIntroRequest: someone else at the reader's firm, in a stranger's conditional (gq-gc)", () => {
  itTellsRequestsFromNearMisses(
    [
      "If you think that I need to speak with another person at Enron Corp., please let me know how I should contact them.",
      "If I should be talking to someone else at Enron, please let me know who.",
      "If there is another person at your company I should speak with, please let me know how to reach them.",
    ],
    [
      "If you think I need to speak with another doctor, please let me know.",
      "If I need to speak with someone else about my bill, let me know.",
      "If there is someone else at Enron who handles this, let me know and I will forward the invoice.",
      "If someone else at Enron wants tickets, let me know.",
      "If I need to talk to someone else in Accounting about the invoice, let me know.",
    ],
  );
});

describe("detectIntroRequest: a forwarded resume with help asked for it (gq-fz)", () => {
  it.each([
    ["FW: Jim Lokay's Resume", "Julie...thanks!  Jim and I appreciate any help you could provide.", true],
    ["Fwd: resume - Maria Lopez", "We'd be grateful for any help you can give.", true],
    ["FW: invoice", "We appreciate any help you could provide.", false],
    ["Re: resume", "Thanks for your help last week.", false],
    ["FW: resume", "Thanks, I appreciate any help you could provide with the interview schedule.", false],
  ])("%j over %j is a request: %j", (subject, fresh, isRequest) =>
    expect(detectWithSubject(subject, fresh)).toBe(isRequest),
  );
});

describe("detectIntroRequest: the writer's phone number passed to a named person (gq-gd)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Is was nice meeting you at the pro-am.  I hope you had as much fun as I did.  Can you pass my phone number and email address to Rob Davis.",
      "Can you pass my phone number to Rob Davis?",
      "Would you share my mobile number with Ana from the conference?",
    ],
    [
      "Please give my cell number to the front desk.",
      "Can you send my phone number to HR so they can update the directory?",
      "Could you pass my phone to Jim?",
    ],
  );
});

describe("detectIntroRequest: people the reader knows who would be helpful to talk to (gq-gd)", () => {
  itTellsRequestsFromNearMisses(
    [
      "People you know that have moved onto the small company world and might be helpful for me to chat with.",
      "Is there anyone you know who might be helpful for me to talk to?",
      "Do you know anyone who would be good to talk to about angel investing?",
    ],
    [
      "Anyone you know who might be helpful to have at the picnic?",
      "People you know who would be good to invite to the party.",
      "I know people who might be helpful for me to talk to.",
    ],
  );
});

describe("detectIntroRequest: a relation's resume for a board's consideration (gq-gg)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Attached is my mom's resume for board consideration.",
      "Enclosed is my brother-in-law's resume for Dynegy's consideration.",
    ],
    [
      "Attached is my son's resume for your consideration.",
      "Attached is my expense report for your consideration.",
      "Attached is my mom's recipe for the board meeting.",
    ],
  );
});

describe("detectIntroRequest: whom else to speak with who is responsible for it at the firm (gq-gg)", () => {
  itTellsRequestsFromNearMisses(
    [
      "On that note, whom else should I speak with that would be responsible for our Global relationship within Enron?  I would like to make contact and provide my support and services.",
      "Who should I speak with that is responsible for gas purchasing at Duke?",
    ],
    [
      "Who should I talk to that is responsible for expense reports in Accounting?",
      "Whom should we speak with that would be in charge for the picnic at Enron?",
      "Whom should I thank for the flowers that were sent to my office?",
    ],
  );
});

describe("detectIntroRequest: the reader's promise to have someone look at the writer's material, recalled (gq-gc, gq-ga)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Here is a three page summary of Amory Lovins project at the Rocky Mountain Institute.  You recall you were going to have someone at Enron look it over to see if you had any interest in supporting it.",
      "Per our conversation I am sending my resume. As we talked about I would like to continue down the finance path. I believe I could learn a great deal from the companies you spoke of and gain specific industry knowledge.",
    ],
    [
      "You said you would have someone look at the printer. It's still broken.",
      "Attached is the invoice. You said you would have someone review it.",
      "Here is the summary of the meeting. You promised to have someone in IT look at the server.",
      "Thanks for lunch. I checked out the restaurants you mentioned.",
      "Here is the summary of our call. The companies you mentioned are all on the list.",
    ],
  );
});

describe("detectIntroRequest: someone at a place the writer would like to see, and the way there asked (gq-ga)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I would like to interview with someone in the marketing rotation program.  Please let me know what I can do to get an interview with that group.",
      "I would like to meet with someone in your origination group. Please let me know how I could go about getting a meeting.",
    ],
    [
      "I would like to meet with John next week. Please let me know if Tuesday works.",
      "I would like to speak with someone in your billing department. Please let me know what I can do to get a refund.",
    ],
  );
});

describe("detectIntroRequest: the reader's call, sway or word with a named person elsewhere (gq-gh, gq-gj)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Please ring Draper at AEP. Current position: we have paid them all of the margin. Essentially, the credit guy (Frank Hilton) is hurting us in the market and anything you can do to help is appreciated.",
      "I'm writing to ask your help with Jack Trotter, a trustee of the Vivian L. Smith Foundation.",
      "If you have any stroke with Goodpasture or can strong arm him better than I have been able to do then I would appreciate your help.",
      "I wanted you to know that I am approaching Sidney Taurel about joining the AEI Board of Trustees.  If he should ask your opinion about this, I hope you will be brutally candid, and therefore enthusiastic and encouraging.",
      "If she calls you about me, please put in a good word.",
    ],
    [
      "Please call Jim at Dynegy about the invoice. Anything you can do to help is appreciated.",
      "Please call Mary at Aetna to confirm the lunch.",
      "I need your help with John Smith, the director of IT, on his laptop password.",
      "We need your help with Mary Jones, a director at Acme, on the invoice dispute.",
      "If you have any pull with Facilities, get us a bigger room.",
      "If he asks you about the schedule, please be encouraging about Friday.",
      "After numerous efforts to secure an audience with President Fox, we have been successful in scheduling a lunch with him on the 27th of June.",
    ],
  );
});

describe("detectIntroRequest: leave to contact the right person at the firm; a prayer list is not a person (gq-gh, gq-fw)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Please let me know if I can contact you or the appropriate individual at ENRON CORP.",
      "Please let me know if I can contact you or the appropriate individual who is in charge of similar initiatives, to discuss our application.",
    ],
    [
      "Let me know if I should contact the appropriate person in HR about my benefits.",
      "If you could please pass this on to the Chi Sigs/Regina list, every little prayer they get will be appreciated.",
    ],
  );
});
