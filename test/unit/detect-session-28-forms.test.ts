import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 28: the forms its blind Enron sets (gq-ex to gq-fe: recruiting, resumes, HR and
 * friends' folders) and its review of older cues taught, in new words (the mail stays outside the
 * repository); the near misses are what the same words do in ordinary mail.
 */
describe("detectIntroRequest: the right person asked for, not an office errand (session 26's cue, measured)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Who would I talk to about the residential customers.",
      "Who should I talk to about the gas desk's new hires?",
      "Any thoughts on who at the Tribune might want to look at it?",
      "Do you know who at Calpine would want to see our turbine study?",
    ],
    [
      "Who should I talk to about the holiday party?",
      "Who should I talk to about the Houston office move?",
      "Who could I talk to about subletting my apartment?",
      "Any ideas on who at PG&E might be interested in the tickets?",
      "Who would I speak to about catering for the offsite?",
      "Do you know who in Facilities handles office furniture?",
    ],
  );
});

describe("detectIntroRequest: someone to contact to get a person placed (gq-ez)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I need to know if you know of anyone we can contact to get her in The Woodlands School System.",
      "Is there someone I could call to get my son an interview at Exxon?",
      "Do you know of anybody we should talk to about getting him into the Baylor program?",
    ],
    [
      "Do you know anyone we can contact to get the copier fixed?",
      "Do you know of anyone we could call to get him to the airport on Friday?",
      "Is there anyone I can call to get him in the office on Saturday?",
      "We got her into the Woodlands school district last spring.",
    ],
  );
});

describe("detectIntroRequest: the reader's help carrying the writer's case to a person (gq-ez)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Mark had not received my email. I might need your help in conveying this to him.",
      "I could use your help relaying this to Ms. Ortiz before the board meets.",
      "We would appreciate your help presenting our proposal to Greg Whalley.",
    ],
    [
      "I need your help getting this to FedEx by five.",
      "I need your help in presenting this to Finance on Monday.",
      "We need your help in communicating this to the team.",
      "Thanks for your help in conveying this to him last week.",
    ],
  );
});

describe("detectIntroRequest: whom to send a resume to, not for a post in the reader's own group (gq-ex)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Could you let me know whom I should send my resume to? I am hoping for a position in trading.",
      "Please tell me who I should forward my resume to in your Calgary office.",
    ],
    [
      "Can you please tell me whom I should send my resume, and who I should contact about a possible position in your research group.",
      "Let me know who I should send my resume to for the opening in your team.",
    ],
  );
});

describe("detectIntroRequest: a name put forward to a named person, if the reader feels comfortable (gq-ff)", () => {
  itTellsRequestsFromNearMisses(
    [
      "The reason for my call was to see if you would feel comfortable putting my name forward to Dick Cheney for a post.",
      "I wonder if you would feel comfortable putting her name forward to the search committee.",
    ],
    [
      "Thanks for putting my name forward to Dick last year.",
      "I am putting my name forward for the board election.",
      "I hope you would feel comfortable in the new office.",
    ],
  );
});

describe("detectIntroRequest: referrals asked in Kaminski's folders' words (gq-ey)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Please, refer John directly to Jinbaek Kim and his academic advisor.",
      "I would welcome a chat with you, or if that is not appropriate, someone to whom you would be comfortable referring me.",
      "Could you give me an address/phone number that Bob might use to contact Ken's secretary about an interview?",
      "He asked me whether you can contact a person at Enron Broadband Services who works on the initiative.",
    ],
    [
      "I referred him to Jinbaek Kim last week.",
      "Please refer to Section Four for the details.",
      "Could you give me the phone number that I might use to order parts?",
      "He asked me whether you can contact him tomorrow about the invoice.",
      "You were the one person to whom I felt comfortable referring my clients.",
    ],
  );
});

describe("detectIntroRequest: an offer to pass a resume on, taken up with the resume (gq-ey)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Thanks a lot for offering your help in passing my resume to the EnronOnline business people. Please find my resume and cover letter attached.",
    ],
    [
      "Thanks a lot for offering your help in passing my resume to the EnronOnline people. I took the job at Shell, so there is no need.",
      "Thanks for offering your help with the move; the boxes are in the garage.",
    ],
  );
});

describe("detectIntroRequest: the chairman's mail, in new words (gq-fg, gq-fh)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I would appreciate if you could circulate this note and my CV to the appropriate parties in Shell.",
      "His name is Hans Berg and he can be reached at 555-0101. Please have your people contact him soon, as he opens in May.",
      "I am writing to solicit your help in setting up a visit for Dana and myself. We are interested in meeting with you, Omar Haddad and Ana Ruiz.",
    ],
    [
      "Please circulate the agenda to the team.",
      "I will circulate my resume to the recruiters myself.",
      "Please have your people contact me about the delivery.",
      "Please have your people contact him about the delivery schedule.",
      "We are interested in meeting with John Smith next week. Could you send the agenda?",
      "Thanks for your help in setting up the visit. We are interested in meeting with John Smith too.",
    ],
  );
});

describe("detectIntroRequest: a call from the reader to the other side's chief, for the writer's deal (gq-ff, gq-fg, gq-fl, gq-fn)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Ken, Dana Ruiz is President and CEO of Corvane. She likes our structures. I'm sure a call from you would help give her the confidence to sign.",
      "Omar Haddad, Chairman of Calpine, has known you for years. I would really appreciate you giving Haddad a call this week.",
      "Sysco's CEO, Charles Cotros, has doubts about our credit. Would you please call Mr. Cotros and attempt to assuage his concerns?",
      "Tom Gallagher, the CEO of Park Place, is not convinced. The 1-on-1 call from you would really help.",
    ],
    [
      "Thanks for the call from you to our CEO yesterday; it helped a lot.",
      "A call from you would help clear up the billing question with their President.",
      "I'm sure a call from you would help; the caterer needs the final head count.",
      "Our CEO is out today. Would you please call Mr. Lee and confirm the room?",
    ],
  );
});

describe("detectIntroRequest: the reader's sway asked with a named person (gq-fk, gq-fh)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Anything that you could do to encourage Senator Reyes to consider this will be of great help.",
      "I appreciate anything you could do that would encourage her to come and speak at our gala.",
    ],
    [
      "Anything you could do to encourage him to eat would help; he has been sick all week.",
      "Anything you could do to encourage her to come to the holiday party would be great.",
      "Anything you can do to encourage the team to finish by Friday would help.",
      "Thanks for anything you did to encourage her to come.",
    ],
  );
});

describe("detectIntroRequest: the writer's proposal, to be forwarded to a named person (gq-fn)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Thanks for the kind note. Attached please find the overview and our consolidated pro-forma. Would you please forward to Mr. Garland as well.",
      "Attached is my proposal for the Calgary plant. Could you pass it on to Omar Haddad?",
    ],
    [
      "Attached is the invoice. Please forward to Mr. Lee for approval.",
      "Attached is the presentation for Monday. Please forward it to Dana Ruiz.",
      "Attached is the proposal. Please forward it to Dana Ruiz for her signature.",
    ],
  );
});

describe("detectIntroRequest: not the writer's own errand or a resume sent to the writer (gq-fi, gq-fo)", () => {
  itTellsRequestsFromNearMisses(
    ["Could you forward Esteban's cv to the appropriate person?", "Could you send my resume to Dana Ruiz?"],
    [
      "Jeff has asked me to forward Sophia's resume to Celeste Roberts, who runs the analyst program.",
      "I will forward Sophia's resume to Celeste Roberts today.",
      "As for your nephew, please have him send his resume to me.",
    ],
  );
});

describe("detectIntroRequest: more referrals from Kaminski's, Skilling's and Delainey's mail (gq-fi, gq-fj, gq-fs)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I think it would be great to have you call Sam and say how great it is that we began doing business together.",
      "Thanks for getting back to me. Would you be able to recommend someone else from Calpine who might be able to?",
      "I hope you can use your personal contacts to intervene on Ana's behalf and ask for a reversal.",
      "David, can you point Ana in the right direction in ENA or EES.",
    ],
    [
      "It would be great to have you call Sam and tell him the room moved.",
      "Could you recommend someone at Sears who could fix the dryer?",
      "Use your contacts list to invite people to the party.",
      "Can you point Jim in the right direction? The printer is jammed.",
      "Could you point me in the right direction in Excel?",
    ],
  );
});

describe("detectIntroRequest: the right people in the reader's organisation, asked by a stranger (gq-fl, gq-fn, gq-fp)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Is there anyone else within your organization that should be contacted?",
      "Thank you for your time - please re-direct me if there is someone else I need to speak with.",
      "I'd appreciate the opportunity to meet with any appropriate Calpine team members at their convenience.",
    ],
    [
      "Is there anyone else in your office who should be copied on the memo?",
      "Is there anyone else at your company that should be contacted about the invoice?",
      "Please redirect me to the login page.",
      "Please meet with the appropriate HR staff to finalise your benefits.",
    ],
  );
});

describe("detectIntroRequest: the writer's resume attached for the reader to send on (gq-fu, the final blind set)", () => {
  itTellsRequestsFromNearMisses(
    ["I've attached my resume for you to send on to Joe Gold at MG -- if he's interested in adding staff."],
    [
      "I've attached my resume for you to review.",
      "I've attached the invoice for you to send on to accounting.",
      "I've attached my resume for you to send back to me with your comments.",
    ],
  );
});
