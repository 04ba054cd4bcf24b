import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 32's acts composed from slots (src/intros/connecting-grammar.ts) and the forms of its
 * blind Enron sets (gq-hg to gq-hl), each in words of our own, beside near misses in the same words.
 */
describe("detectIntroRequest: acts composed from slots (session 32)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Could you please make contact for us with the purchasing manager of Aldi Belgium? We'd like to present our refrigerated trucking.",
      "Request you facilitate a call between my XO and the supply officer at Camp Lejeune you served with.",
      "Could you mention that Captain Ortiz would be an outstanding fit for the staff college slot?",
      "When you see your cousin at the credit union, could you mention that my mother is looking for a new lender?",
      // An aside between dashes, and "report to" as a line of command rather than paperwork.
      "Would you be able to connect my client - a cold-storage firm in Omaha - with the logistics VP at Target you used to report to?",
      "btw could u tell ur flatmate im interested in the analyst job at her fund",
      "My son would love ten minutes with anyone in the Chelsea youth academy office you still know.",
      "could u get me a coffee w/ ur old boss at the Hilton?",
      "Kindly if you can link me with the coffee importer in Hamburg you are knowing, I will be grateful.",
      "Would you please recommend our youth orchestra to the organiser of the summer festival at the abbey?",
      "Would you speak to the store manager at Costco about my brother? He applied twice.",
      "Could you ring your friend at Cargill and see whether she'd sit down with our two new hedging analysts?",
      "Would you give the contractor your office used last spring a heads-up that I'll be calling this week?",
      "My client would like to meet someone on your gas origination desk; can you make that happen?",
      "Any chance of getting my script onto your agent's desk?",
      "Would you put my sister Ana forward for the controller opening at Williams?",
      "I'd just like you to send Sarah a note saying that you think our pricing framework is sound.",
      "Would you be able to help me out once more to get in contact with the right people for the analyst opening?",
      // Widened to a blind paraphrase round of the session's forms and two later general checks.
      "Coach, any chance you could get our youth director on the phone with the Benfica scout you used to play with?",
      "kindly when you see the branch manager, tell him our teller Rosa is ready for a supervisor role",
      "Could you ask your friend in HR at Alaska Air to look at my husband's file?",
      "Could you recommend our string quartet to whoever is booking the music for the gala?",
      "Would you suggest our under-14 side to the organiser of the spring tournament in Lyon?",
      "Could you let the plumber who did your bathroom know I'll be ringing him and that you passed on his number?",
      "not sure who handles sponsorships at Adidas these days - can you send this on to them?",
      "Would you make sure it lands with the appropriate contact in KPMG's tax team?",
      "who would you like me to approach at the parish about the organ fund?",
      "is there another person at head office you want me to contact?",
      "Please can you make introduction to your colleague in the Trafigura desk in Geneva, we want to present our offer.",
      "Could you see if your cousin at Rio Tinto would meet with my daughter for half an hour?",
      "Can you fax my resume over to your buddy at the Delta maintenance base?",
      "He would be obliged if you would mention his candidacy for the board to Senator Ames at the dinner.",
      "can you bring your buddy from Dynegy along? would be good to finally meet him",
      "Could you direct them to the right originator on the Midwest desk?",
      "Please let me know who in their treasury handles the swaps, and tell them to expect a draft from me.",
      "Any possibility you could arrange for me to shadow one of your traders for a day?",
      "my boss wants to know if youd put us in contact with the team who built your scheduling tool",
      // The blind Enron sets' own forms.
      "Can you direct this note to the appropriate Barclays person for the termination of the old agreement?",
      "Who is the person in Singapore we should work with on the LNG project?",
      "Please let me know who is the person to coordinate this visit with.",
      "Is there someone in the corporate group you'd rather I approach?",
      "Should I bring in outside counsel, or is there anyone internal you could suggest?",
      "Would you please advise as to who, in your view, would be the right person at Barclays for this?",
    ],
    [
      "I made contact with the purchasing manager of Aldi Belgium last week.",
      "She facilitated a call between our XO and the supply officer last month.",
      "Could you forward this to the appropriate people in Houston?",
      "Gil, I did not know how detailed to get; if you need more information please contact me.",
      "Could you send Sarah a note saying the meeting moved to Thursday?",
      "Could you get me a coffee with milk on your way in?",
      "Could you speak to the store manager at Costco about our refund?",
      "Would you give the team a heads-up that the server will be down tonight?",
      "Please let me know who is the person to send the invoice to.",
      "Is there anyone you would suggest I speak with, either as a potential candidate or as someone who knows the field?",
      "Could you mention that the parking garage is closing early on Friday?",
      // Work handed to whoever the reader picks (near-miss-cues.ts), aside or none.
      "Could you advise who, in your view, would be the right person to handle this?",
      "I'll link my calendar with the shared one at the office.",
      "Could you put the meeting forward to Tuesday?",
      "Could you let the team know I'll be calling in late tomorrow?",
      "Could you fax the signed lease over to the landlord?",
      "Would you like me to contact the printer about the delay?",
      "Please mention the holiday schedule to your staff.",
    ],
  );
});
