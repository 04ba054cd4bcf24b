import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 30's paraphrase round: a helper who saw no code rewrote the session's six forms (the
 * reader's people to contact someone the writer speaks for, someone to follow up with an outsider,
 * "you or someone you know", a visit to the reader's friend, the reader's blessing before an
 * approach, a contact reported back), four requests and four near misses each. The code that had
 * learned the blind messages found 6 of 24, as the starting code did; widened, 22 of 24, no near
 * miss flagged. Left out: "you, me and your friend Sandra from the ministry could have dinner" (a
 * dinner of three, in words a social plan also uses), and "…could contact my colleague Mr. Hughes
 * regarding the audit findings; kindly confirm to me once contact has been made" (a confirmation
 * asked for is paperwork to the errand guard).
 */
describe("detectIntroRequest: session 30's paraphrases (blind)", () => {
  itTellsRequestsFromNearMisses(
    [
      "I'm cc'ing Dana Whitfield (our VP of Operations) here; could you have someone from your procurement team reach out to her directly?",
      "looping in marco from our legal group - can one of your folks get in touch with him about the indemnity language?",
      "Copying Helen Park, who heads our treasury desk. Would you kindly ask a member of your staff to contact her regarding the credit facility?",
      "Adding Raj Patel (our CFO) to this thread. Please have the right person on your end give him a call this week.",
      "A consultant named Peter Larsen has been trying to reach your London office for two weeks with no reply. He sent me his number and asked for a point of contact. Could you see that someone there gets back to him?",
      "got a note from a guy at Siemens who's been emailing your trading desk and getting nothing back - he wants a name to talk to. can you make sure somebody calls him?",
      "Ms. Ortega of Valley Water has left several messages with your regional team but has not received a response, and she has asked me for a contact. I would be grateful if you could ensure that someone on your side follows up with her.",
      "This vendor says he's been bounced around your Houston group and still doesn't have anyone to talk to. His email is below - would you please make sure the right person reaches out?",
      "Do you think any of the Korean utilities will start hedging gas exposure next year? If you or a colleague would be up for a chat about it, I'd love to set something up.",
      "curious whether the big pension funds are looking at infrastructure debt - would you or anyone in your circle be open to talking it through with me?",
      "I'm researching how regional banks are handling carbon credit trading. Is there someone you know who might be willing to speak with me about it, or would you have time yourself?",
      "We're trying to understand the Brazilian ethanol market better. Would you, or someone you'd recommend, be willing to spend half an hour on the phone with us?",
      "Don't forget - we still owe your pal Gerald a visit before the end of the month!",
      "when are we going to get together with your college roommate at Goldman? you promised to set it up.",
      "Any chance you could arrange for us to stop by and see your old colleague at Shell while we're in The Hague?",
      "I'd like to pitch a storage idea to Karen Liu, but since she's one of your clients I thought I'd run it by you first.",
      "Mind if I reach out to your contact at the PUC about the rate case? Didn't want to go around you.",
      "Before I call Dr. Menon about the joint study, I wanted to make sure you're comfortable with me approaching him, given your relationship.",
      "thinking of pinging your guy at Calpine about the turbine deal - ok with you?",
      "Could your team get in touch with our project lead, Anna Kowalski, this week? Please drop me a note once someone has spoken with her.",
      "Please have someone from your underwriting group call Dave on our side asap, and let me know when that's done.",
      "need someone at your shop to reach out to priya on my team re: the API access - ping me when it happens?",
    ],
    [
      "I am going to copy Linda on the final budget so she has it for her records; please put the file in the shared drive when you're done.",
      "Please put someone on the front desk Saturday morning so the lobby isn't empty during the furniture delivery.",
      "Copying Tom so he's aware of the revised schedule; I'll be in touch once the numbers are final.",
      "Thanks for putting me in touch with Chris last month - the deal closed yesterday and he sends his regards.",
      "He has attempted to log in to the Europe portal but hasn't heard back from IT; I've reset his password myself, so no need to follow up.",
      "Please make sure someone follows up on the overdue invoices before month-end close.",
      "He gave me his email address for the newsletter list - please add it to the distribution when you get a chance.",
      "Just to let you know, I followed up with the contact at our Europe office yesterday and he confirmed the shipment date.",
      "I wondered whether IBJ would make a market in power, so I read their annual report - the answer is no, at least not before 2003.",
      "Do you want to talk about the holiday party menu at Tuesday's staff meeting, or should I just order the usual?",
      "Thanks for talking me through the Japanese power market yesterday; I've summarized your points in the attached memo.",
      "We talked about market-making at the offsite, and the consensus was that none of the large Japanese banks will move before deregulation.",
      "Don't forget that we need to go see the dentist on Thursday - I put it on the family calendar.",
      "Your buddy Newt stopped by the office this morning and left a book for you; it's on your chair.",
      "We went to see your friend's band last night - they were fantastic, thanks for the tip!",
      "Don't forget to pick up the cake for your friend's retirement party on Friday.",
      "I want to talk to facilities about the broken thermostat, but wanted to check with you first whether you'd already put in a ticket.",
      "I checked with Michael first and he's fine with moving the QF review to Wednesday.",
      "Wanted to check with you first before I book the big conference room for Tuesday - are you still planning to use it?",
      "I talked to Michael Alcantar yesterday about the QF contracts; my notes are attached for your files.",
      "Please follow up with the caterer as soon as possible and let me know when the order is confirmed.",
      "Jeff has been contacted about the parking permit renewal; let me know if he still needs the form.",
      "Let me know when someone has fixed the projector in conference room B.",
      "Please follow up with Jeff on the expense reports he owes - he's three weeks late and accounting is asking.",
    ],
  );
});
