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
      // Widened after the third blind round: more acts of power, the reader's opinion, a buyer.
      "Who at Larkspur Cider buys the apples? Our orchard would love a shot at their autumn order.",
      "Who do you think would champion a tool library inside Ferndale Parks Department?",
      "Can you tell me who is the buyer at Halvorsen Foods I must contact?",
      "Would you advise me on whom to contact at the Port of Tacoma regarding shore power?",
      "Which of the regional directors at Copperline Retail has authority over store pilots?",
      "Is there a particular person at the county health office we should get in front of?",
      // A wish passed on, widened the same way.
      "A buyer I represent wants to speak to the owner of Saltmarsh Boatyard. Can you get them on the phone together?",
      "Our investor has asked to meet the founders of Quillon. Since you advised them, could you get them together next week?",
      "Dr. Amsel said he'd welcome a conversation with your research partner in Lyon. Would you connect the two of them by email?",
      "My client wishes to speak directly with the owner of Wren Hollow Farm. Kindly arrange a call between them.",
      "hey - my cofounder wants to chat w/ someone at Bristlecone Capital. can u link them up?",
      // Widened after the fourth blind round: looser wishes and asks, the place in the sentence before.
      "Our CEO would very much like a conversation with Hiroshi Tanabe at Sato Robotics. Would you be able to arrange it?",
      "Dear Sir, my director wish to have a meeting with the chairman of Al-Noor Weaving. Please can you arrange this for us.",
      "Our new pastor hopes to meet the leaders of the temple across town. Would you be willing to bring them together over tea?",
      "The investors have asked for a sit-down with the founders of Pebblestone. Could you organise that through your network?",
      "You sat on the Larchmont Rotary for years. Who's the person to win over if we want them to sponsor the regatta?",
      "who at kingsbridge uni handles industry partnerships? want to float a sponsored PhD",
      "Does anyone on the Orchard Lane Allotment Society committee have real sway over plot allocations?",
      "Which VP at Allegra Health actually owns the vendor budget?",
      // Widened after the fifth blind round: any business a decider decides, a party described by place.
      "Could you tell me who on the Brackenridge board really drives decisions on capital projects?",
      "Who on the parish council is worth buttonholing about the war memorial?",
      "For the rail study, who in the Commission's transport directorate would it make sense to approach?",
      "Our CEO would like half an hour with Rafael Ortega at Solterra. Any chance you could arrange it?",
      "My son wants to meet the skipper of the Aurora before the race. Can you arrange it?",
      "Our chairman wishes to make the acquaintance of Lord Ashby. Might you arrange for them to meet at the club?",
      // Widened after the sixth blind round.
      "sorry to bother — who should I call at the harbour authority about mooring for small trawlers",
      "Please advise to whom in the Ministry of Health I should be sending my proposal for rural clinics.",
      "Which of the trustees at the Penhale charity chairs the building appeals committee?",
      "We want a slot on Mayor Quint's agenda, so which aide controls her calendar?",
      "Our head of research has wanted to meet Professor Almada for years. Would you set up a lunch when she's in Porto?",
      "ravi wants coffee with ur VC friend from Tallow Capital. can u sort it",
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
      "Many of the folks who lobby on Senate issues are lawyers who do not understand markets and who are more interested in claiming influence.",
      "Who at the office runs the printer budget?",
      "I'd like to meet your team next week. Can you set it up?",
      "Our investor met the founders of Quillon last week, so there's no need to get them together.",
      "The owner of Saltmarsh Boatyard wants to speak to you about the mooring fees. Can you call him back?",
      "Our CEO would like a conversation with Hiroshi Tanabe next week. Can you arrange the room and the catering?",
      "My boss would like a call with you on Friday. Can you set it up?",
      "Who is responsible for watering the office plants while Greta's away?",
      "Who signs off on annual leave requests while Marco is away?",
      "Who makes the decisions about the holiday party at Brackenridge?",
      "My son wants to meet the skipper of the Aurora before the race. Can you arrange the transport?",
      "Which aide takes the minutes at the Penhale charity meeting?",
      "Who should we seat next to the mayor at the Penhale dinner?",
      "We'd like lunch with you when you're in Porto. Could you set up a table?",
      // The seventh blind round's one new false alarm: "at" read inside "that".
      "does anyone know who signs off mileage claims now that Gordon's left?",
    ],
  );
});
