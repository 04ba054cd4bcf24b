import { describe, expect, it } from "vitest";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 27's paraphrases: requests of my own in the blind mail's styles, five rounds of them,
 * each followed by the same words in ordinary mail (the near misses). Not blind mail.
 */

/**
 * Requests of my own in the styles of the blind mail (terse, abbreviated, a subject that asks),
 * which the cues missed before this session; and what the same words do in ordinary mail.
 */
describe("detectIntroRequest: session 27's paraphrases", () => {
  itTellsRequestsFromNearMisses(
    [
      "pls fwd my resume to Sally Beck - thx",
      "Kevin - can you hook up Jim Smith with someone on the weather desk? He's got a model they'll want to see.",
      "Could you get me on John Lavorato's calendar for 15 minutes? It's about the Canadian gas deal.",
      "Please let Rick know I'd like to be considered for the risk position.",
      "I'd like to have Tino call him directly. Can you arrange that?",
      "We're trying to get in front of the procurement folks at Texaco. Any thoughts on how to get there?",
      "my brother in law is a petroleum engineer looking to get out of Halliburton. who should he talk to over there?",
      "Is there someone in your shop who could give my daughter 20 min on what analysts actually do?",
      "Any way to get 5 minutes with Skilling on this? You know him better than I do.",
      "Would it be OK to use your name when I call Dave Delainey's office?",
      "Can you set up a call for my client with the head of your weather desk?",
      "Please forward to your buddy at Goldman and see if he has any interest.",
      "Please circulate my resume to any of your colleagues who might need a scheduler.",
      "If you talk to Whalley this week, tell him I'd welcome a chance to discuss the Portland job.",
    ],
    [
      "Can you hook up the printer with the new cable?",
      "pls fwd the invoice to accounting - thx",
      "I'd like to be considered for the 3pm slot.",
      "Can you have Carol call me about the parking pass?",
      "I'd like to have Tino call him directly. I'll arrange that.",
      "We're trying to get in front of the deadline. Any thoughts on how to get there?",
      "Who should I talk to over there about my expense report?",
      "Is there any way to get time with the auditors?",
      "If you talk to Jim, tell him I'd welcome the report by Friday.",
      "Please forward this to your friend at Shell.",
      "Please share my resume with your team.",
    ],
  );

  it("reads 'intro to your contact at Shell' in a subject as the ask", () => {
    expect(
      detectWithSubject("intro to your contact at Shell", "Per our conversation at lunch. Resume attached. Thanks!"),
    ).toBe(true);
    expect(detectWithSubject("Re: intro to your contact at Shell", "Thanks, we met on Tuesday.")).toBe(false);
  });
});

/**
 * The fourth round of paraphrases: the right person at a named place asked for in the plainest
 * words (src/intros/routing-asks.ts), and gratitude promised, which is an ask, not thanks. The
 * near misses include the same words about office errands, which a first version took for asks.
 */
describe("detectIntroRequest: the right person asked for plainly", () => {
  itTellsRequestsFromNearMisses(
    [
      "Who is the right person at Calpine to talk to about selling weather derivatives to municipal utilities?",
      "Could you let me know who I should talk to in Tax about the Brazilian structure?",
      "Do you have a name at Sempra I could call?",
      "I'd be grateful for the name of someone in your origination group I could speak with.",
      "Any suggestions on who at PG&E might be receptive to this?",
      "Can you ask around and see if anyone on your floor knows someone at Williams?",
      "Would appreciate it if you could get this to the right person in Global Finance.",
      "Please see if Vince has time to meet with a professor friend of mine from Rice.",
      "I'd love to get a few minutes with your boss on the Northern Border deal; could you arrange it?",
      "Can you help this guy out? He's looking for someone at Enron who deals with telecom capacity.",
      "I'm hoping to get my son an interview with someone at Enron Capital & Trade. Can you help?",
    ],
    [
      "Who is the right person to talk to about my expense report?",
      "Let me know who I should talk to about my password reset.",
      "Do you have a name at Sempra I could call about our invoice?",
      "I'd be grateful for a copy of the minutes.",
      "If you'd be willing to mention the fund to colleagues who knew her, we'd be grateful for that too.",
      "Please see if Vince has time to meet with me about the budget numbers.",
      "Could you get this to the right person in accounting for the invoice?",
      "He's looking for someone at Enron to fix the printer. Can you help?",
      "Can you help with the budget? She's looking for someone at Dynegy who knows the tariff.",
      "Who is the right person to talk to about the holiday party?",
      "Let me know who I should call if the server goes down again.",
      "Do you have a name at the caterer I could call about the lunch order?",
      "Would appreciate it if you could get this to the right person before Friday's close.",
      "Please see if Carol has time to meet with my assistant about the move.",
      "She's looking for someone at Enron to sublet her apartment. Can you help her?",
      "I'm hoping to get my car an appointment with someone at the dealership. Can you help?",
      "Any suggestions on who at the hotel might be the right person for the room block?",
      "Could you let me know who I should talk to about the fantasy football league?",
    ],
  );
});

/** The fifth round of paraphrases, and the same words in ordinary mail. */
describe("detectIntroRequest: someone's time for another, a post's details at a firm", () => {
  itTellsRequestsFromNearMisses(
    [
      "Can you check whether Kevin Presto would have 15 minutes for a former colleague of mine?",
      "Could you send me the contact info for the gas buyer at Dow you mentioned?",
    ],
    [
      "Can you check whether Kevin would have 15 minutes for me to review the budget?",
      "Could you send me the contact info for the person at Dow who handles our invoices?",
      "Could you send me the number for the guy at Hertz?",
      "Would you be my reference for the apartment lease?",
    ],
  );
});
