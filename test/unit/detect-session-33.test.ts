import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 33's forms (src/intros/wish-for-contact.ts; WHOM_TO_APPROACH in person-sought-cues.ts),
 * from a blind reading of a second real corpus, each in words of our own beside near misses in the
 * same words.
 */
describe("detectIntroRequest: a wish for contact made to happen, and whom to approach (session 33)", () => {
  itTellsRequestsFromNearMisses(
    [
      // The wish in one sentence, the ask to make it happen in the next.
      "John Park would like to meet Tom Hale. Could you set that up?",
      "Dr. Arthur Keys at Relief International wants to talk w someone from Holbrooke's team about schools in Kandahar. Can you arrange it?",
      "My client hopes to sit down with the CFO at Northwell. Can you help?",
      "Our chairman is keen to have a call with Minister Osei before the summit. Is that possible?",
      "My daughter would love to get in touch with someone at the Field Museum about an internship. Any chance?",
      "I would like to meet with Ken Lay to discuss our proposal. Could you help arrange this?",
      "We're hoping to talk to one of the senior people at Banorte about the pipeline. Would it be possible for you to set up a call?",
      // Whom to approach, asked outright or of a contact imagined.
      "If I were to talk to one or two decision makers about a few matters, who would that be--Pruitt? Dana or Lou?",
      "If I wanted to talk to someone at HHS about this, who would that be?",
      "Who would be the right decision makers to talk to about the mandate?",
      "If we were to approach a couple of people at the Gates Foundation, who would you suggest?",
      "Who should I reach out to first at Dunmore Rail about the sleeper contract?",
      "who's the decision maker at brightline freight for fuel cards? need a way in",
      "Which partner at Holm & Vance would be most receptive to a joint bid?",
      "Who at Kestrel Ventures would be most interested in a battery-recycling pitch?",
      "Who in the mayor's office is the gatekeeper on film permits?",
      "Do you happen to know who controls the grants budget at the Ashby Trust?",
      "We'd like the synod to fund our night shelter; who there would you recommend we approach?",
      "Could you advise me whom I should contact in the Ministry of Fisheries about the quota?",
    ],
    [
      // The reader's own time, the writer's own people, a day, an errand, a bare first name.
      "Bill would like to meet with you and Tom Hale. Can you arrange it?",
      "I'd like to talk to my lawyer before Friday. Can you set that up?",
      "I'd like to meet Tuesday in the Houston office. Can you arrange that?",
      "Tom Hale wants to meet with Sarah Green on Monday. Can you set up the room?",
      "Would you like to meet Tom Hale? I can set it up.",
      "John Park wanted to meet Tom Hale, so we set it up last week.",
      "I'd like to talk to Tom Hale myself. I'll call him tomorrow.",
      "We hope to meet with the team at Northwell next month. Can you send me the agenda?",
      "Do you want to talk with someone at Treasury? I can arrange it.",
      // Whom to approach about paperwork, or whom to bring.
      "Who would be the right person to talk to about my expense report?",
      "If I wanted to talk to someone about my parking pass, who would that be?",
      "If we were to meet next week, who would you bring?",
      "If I were to talk to him about it, who would be there?",
      "Who would I talk to about ordering business cards?",
      "Who should I talk to about getting a standing desk?",
      "She's the one at Kestrel Ventures who decides the food vendors for the spring show.",
      "Please pass this along to anyone in your organization who might be interested.",
      "Could you let me know who I should send the customs forms to at Dunmore Rail?",
      "Which partner sent the approach memo to Holm & Vance?",
      "Who should we invite from the Ashby Trust to the dinner?",
      "Who will be the point person for the move to the new office?",
      "Which candidates at the Gates Foundation interview should we shortlist?",
    ],
  );
});
