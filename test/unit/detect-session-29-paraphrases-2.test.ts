import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 29's second paraphrase round: a helper who saw no code wrote four requests and four near
 * misses in new words for each of the nine forms of the session's second blind batch. The starting
 * code found 12 of the 36 requests and the code after learning the batch 17, with no near miss
 * flagged; after widening, 36 and none.
 */

describe("detectIntroRequest, session 29's second paraphrases: the reader's promise to have someone look at the writer's material, recalled", () => {
  itTellsRequestsFromNearMisses(
    [
      "Attached is the two-page overview of our gas storage venture. When we met in Denver you said you would get someone on your team to review it and see whether it fits your plans.",
      "as promised, here's the deck. you mentioned you'd pass it to somebody in your origination group to take a look - would love to hear if there's any interest.",
      "Enclosed please find the business plan for the wind farm. As you may remember, you offered to have a colleague at Dynegy give it a read to gauge whether your firm might back it.",
      "Sending the white paper now. Last week you said you'd ask one of your analysts at Williams to look it over and tell me whether the company could get behind it.",
    ],
    [
      "Here is the three page summary of the project you asked for. Please look it over before Thursday's staff meeting.",
      "Attached is the project summary; I had someone in legal look it over and they found no issues.",
      "You recall you were going to send me the final budget numbers. Could you get those to me by Friday?",
      "Thanks for having your team look over the project summary; their comments were very helpful and we've worked them in.",
    ],
  );
});

describe("detectIntroRequest, session 29's second paraphrases: the writer's resume sent, with the people the reader spoke of recalled", () => {
  itTellsRequestsFromNearMisses(
    [
      "Following up on our lunch, I've attached my resume. The firms you mentioned sound like exactly the kind of place where I would thrive.",
      "As we discussed, my CV is attached. I'd be grateful for any introduction to the people at Goldman and Morgan Stanley you brought up.",
      "per our chat, resume attached. those contacts you named at the utilities sound great, would love to get in front of them.",
      "Pursuant to our telephone conversation, I enclose my curriculum vitae. I believe the trading houses you referred to would be an excellent fit for my background.",
    ],
    [
      "Per our conversation I am sending the revised contract. Please sign and return it by Monday.",
      "I'm sending my resume to HR today to update my personnel file, as they asked for the annual review.",
      "Per our conversation, attached is the list of companies you spoke of at the offsite, with their current credit ratings.",
      "Thanks for forwarding my resume to the Houston office last month; I start there on the 15th.",
    ],
  );
});

describe("detectIntroRequest, session 29's second paraphrases: someone at a place the writer would like to see, and the way there asked", () => {
  itTellsRequestsFromNearMisses(
    [
      "I'm very interested in the trading track of the Associate program. Could you tell me how I might get a meeting with someone there?",
      "I'd love to sit down with somebody from the structuring group. What's the best way for me to land an interview with them?",
      "i want to talk to someone on the weather desk about openings - what do i need to do to get in front of them?",
      "I would welcome the opportunity to interview with a member of your European gas team. Kindly advise what steps I should take to secure a meeting with that group.",
    ],
    [
      "I would like to interview three candidates for the marketing rotation program next week. Please book a conference room for Tuesday afternoon.",
      "Please let me know what I can do to get the interview schedule finalized before the recruiters arrive.",
      "I interviewed with someone in the analyst program yesterday and it went well; I'll let you know when I hear back.",
      "The marketing rotation program group is holding interviews on campus Friday, and sign-up sheets are in the career office.",
    ],
  );
});

describe("detectIntroRequest, session 29's second paraphrases: a call from the reader to a named person at another firm, with help pleaded for", () => {
  itTellsRequestsFromNearMisses(
    [
      "Can you give Hendricks at Duke a call? Their risk guy keeps cutting our lines and anything you can do would be a big help.",
      "Please phone Maria Olsen at Reliant. Their contracts lawyer is stalling our deal and I'd appreciate whatever you can do.",
      "would you mind calling Pete Kowalski over at El Paso? their credit desk is killing us on collateral, any help you can lend is appreciated.",
      "I would be grateful if you would reach out to Tom Baird at Constellation. Their treasury people are blocking our trades and your intervention would mean a great deal.",
    ],
    [
      "Draper at AEP rang this morning to say their credit guy approved the new limits.",
      "Our own credit guy is hurting us in the market by being slow on approvals; I'll raise it at the staff meeting.",
      "Thanks so much for calling Draper at AEP last week. The credit issue is resolved and our volumes are back up.",
      "Please ring me on my mobile when you land; anything you can do to help get the report out tonight is appreciated.",
    ],
  );
});

describe("detectIntroRequest, session 29's second paraphrases: the reader's help asked with a named person who holds a seat elsewhere", () => {
  itTellsRequestsFromNearMisses(
    [
      "I'm writing to ask for your assistance with Margaret Lowell, who sits on the board of the Houston Symphony.",
      "I was hoping you could help me with Dr. Alan Reyes, a regent at the University of Texas; I understand you know him well.",
      "could you help us out with Jim Ferris? he's a director at the Kinder Foundation and we're trying to get our grant proposal on his radar.",
      "May I ask your help in approaching Eleanor Pratt, a trustee of the Menil Collection, regarding our capital campaign?",
    ],
    [
      "I'm writing to ask your help with the foundation's annual gala; we need volunteers for the registration table.",
      "Jack Trotter, a trustee of the Vivian L. Smith Foundation, will be speaking at the luncheon on May 3.",
      "Thank you for your help with the trustees' meeting. The minutes are attached for your records.",
      "I'm writing to ask your help with the expense report for the trustee dinner, since the receipts don't match the total.",
    ],
  );
});

describe("detectIntroRequest, session 29's second paraphrases: the reader's pull with a named person", () => {
  itTellsRequestsFromNearMisses(
    [
      "If you have any pull with Hargrove, I'd really appreciate you leaning on him. I've gotten nowhere.",
      "You know Simmons far better than I do; if you could use your influence to get him to sign off, I would be grateful.",
      "any chance you've got some clout with the CFO at Tenaska? i've been pushing him for weeks with no luck.",
      "Should you have any sway with Commissioner Bates, a word from you might move him where my own efforts have failed.",
    ],
    [
      "I've been trying to strong arm the printer into delivering by Friday with no luck; I'll try again tomorrow.",
      "Goodpasture called back and agreed to the terms, so there's no need to push him any further.",
      "If you have any influence over the thermostat settings, please bump it up two degrees; we're freezing over here.",
      "I'd appreciate your help moving the files to the new server before Monday.",
    ],
  );
});

describe("detectIntroRequest, session 29's second paraphrases: a good word if the person asks the reader", () => {
  itTellsRequestsFromNearMisses(
    [
      "We're recruiting Dana Whitfield for our advisory council. If she reaches out to you about us, I hope you'll speak well of the organization.",
      "I've put Robert Chen's name forward for the partnership. Should he call you, a warm endorsement would go a long way.",
      "fyi i'm trying to get Laura Mendez to join the committee - if she asks what you think, please put in a good word.",
      "We are in discussions with Harold Fisk regarding the CEO position. In the event he seeks your views, I trust you will be supportive.",
    ],
    [
      "Sidney Taurel has joined our Board effective March 1; please update the website and the annual report.",
      "If he should ask your opinion about the new carpet samples, tell him we prefer the blue.",
      "Thank you for being so enthusiastic and encouraging at the board meeting; it made a real difference.",
      "I'm approaching the end of my review of the Board minutes and will send comments by noon.",
    ],
  );
});

describe("detectIntroRequest, session 29's second paraphrases: leave to contact the reader or the right person at the firm", () => {
  itTellsRequestsFromNearMisses(
    [
      "Would it be all right if I got in touch with you, or with whoever at your company handles renewable procurement?",
      "Please advise whether I may contact you directly or the person at Shell responsible for LNG partnerships.",
      "can you point me to the right person at BP who runs supplier diversity? or is it ok to just contact you?",
      "Kindly let me know if I should reach out to you or to the appropriate manager at Chevron who oversees similar programs.",
    ],
    [
      "Please let me know if I can contact you over the holidays, since I'll need your signature on the lease.",
      "The appropriate individual in charge of similar initiatives is Mark Tate; I've already sent him the proposal.",
      "Please contact the appropriate individual in HR if you have questions about your benefits enrollment.",
      "Thanks for letting me contact you last week; the information on your recycling program was very useful.",
    ],
  );
});

describe("detectIntroRequest, session 29's second paraphrases: someone else at the reader's firm who is responsible", () => {
  itTellsRequestsFromNearMisses(
    [
      "Who else at your firm should I talk to about our North American account? I'd like to get in touch.",
      "Can you tell me who is in charge of vendor relationships at Enron? I would like to introduce myself.",
      "who would be the right person on your side to own the relationship with our Asia group? keen to connect.",
      "Could you direct me to the individual responsible for our global banking relationship at your company? I would like to reach out to them.",
    ],
    [
      "Whom else should I invite to the Global relationship review on Friday? I'd like to send the calendar invite today.",
      "I spoke with the person responsible for our Global relationship within Enron, and we agreed on new pricing.",
      "Please update the contact list so it shows who is responsible for each Global relationship.",
      "I made contact with the Tokyo office this morning and the shipment is confirmed.",
    ],
  );
});

describe("detectIntroRequest: the second round's widened words in ordinary mail (session 29)", () => {
  itTellsRequestsFromNearMisses(
    [
      "a) Mark who do we talk with in Dynegy to inform them that we are selling or otherwise disposing of material contracts or assets of EES?",
    ],
    [
      "If he asks you about the schedule, please be encouraging about Friday.",
      "If she calls you, a good word about the caterer would help.",
      "You've got some pull with the printer guy, right?",
      "Can you give Jim at Dynegy a call about the invoice? Anything you can do would be a big help.",
      "I need your help with Ann Lee, who sits on the board of the Symphony, on the gala seating chart.",
      "In the event he calls you about the dinner, I trust you will be supportive of the menu.",
      "Would it be all right if I got in touch with the manager at Marriott about the room block invoice?",
      "Would it be okay if I called you or whoever at your company handles the parking passes?",
      "Who do we talk to in Accounting about the invoice?",
    ],
  );
});
