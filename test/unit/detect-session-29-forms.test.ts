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
