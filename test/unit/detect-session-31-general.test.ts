import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 31's two general checks, blind: helpers who saw no code wrote sixty requests and sixty
 * near misses each (five checks), (1) as mid-level staff, lawyers, professors and volunteers wrote around 2001
 * (the prompt named kinds of ask: a contact at a firm, time with someone through their assistant, a
 * resume forwarded in hope of a lead), and (2) unprompted, as senders in government affairs,
 * insurance, hospitals, ports and universities would write, and (3) the same in banking, publishing,
 * farming, charities, sport, hotels, startups and the arts, written after all of the session's
 * learning but the last round. On arrival the code found 46 and 42 and
 * flagged one near miss (the first set's "Know someone who'd be a good fit? Send them to the internal
 * jobs site", a recruiter's, still flagged); after calendar-asks.ts, passed-on-asks.ts, job-leads.ts,
 * reminded-asks.ts, third-party-calls.ts and widening, 59 and 55. The third: 47 with the starting code,
 * 48 on arrival (the session's forms carried one request), 57 after its own round (a principal's
 * wish for an introduction, "vouch for me with", "on my nephew's behalf", "who should I be talking to
 * at Sundance", a meeting arranged "between her and" someone), none flagged. The fourth (law,
 * accounting, real estate, utilities, schools, medicine, unions, trading): 48 with the starting code
 * and 48 on arrival; 58 after its round ("can you arrange it?" after a principal's wish, a heads-up
 * that "our group would like to meet", "tell her I vouch for the kid", "link him with someone", "on
 * my folks' behalf"). The fifth (consulting, pharmaceuticals, retail, airlines, churches), written
 * after everything and not learnt from: 52 with the starting code and 52 now, one near miss flagged
 * by both. The session's forms carry almost nothing to the next writer's words. These are the requests found since,
 * and the near misses that share their words. Left out, and why:
 * - "You used to be in Regulatory, who should I ask?" (who owns a filing "over there"): the same
 *   words ask who handles an office matter;
 * - "your old roommate's at the harbour master's office right? could you get me a meeting": the
 *   person is in the sentence before, and "get me a meeting" alone asks for the reader's own time;
 * - "Could my son's résumé reach the HR folks at Bechtel through you?" and "can you get this vendor
 *   in front of your facilities manager?" (the reader's own side, which sellers ask for);
 * - two lines written as "Subject: …" in the text (a subject is read as one by the intake), and the
 *   third check's "do you know who owns vendor onboarding over there now?" (an office matter's words)
 *   and "arrange for her to tour your facility with your plant manager" (the reader's own side).
 */
describe("detectIntroRequest: session 31's general checks (blind)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Linda, is there any chance Mr. Whalley could fit in 15 minutes with Dr. Patel from Rice next week?  She's flexible Tues or Thurs afternoon.",
      "Sorry to bother you with this, but my wife's resume is attached; she's looking at HR generalist roles and maybe you know of something at Reliant.",
      "Karen, would you see if Stan has any room on his calendar Monday to meet with the folks from Accenture?  I told them I'd try.",
      "my daughter graduates from UT in May with a finance degree.  if you hear of anything or know someone in your shop who's hiring, she'd love to send her resume.",
      "Just following up on my note from last week -- any luck finding me someone at Calpine I could talk to about the Sutter plant?",
      "Hey, any chance you could connect my friend Dan with someone in IT at your place?  He's selling a Lotus Notes migration tool, good guy, not pushy.",
      "I'm told the Enbridge rate case is being handled out of Edmonton now.  Do you have a name up there I could reach out to?",
      "Tracy, do you think Ken's assistant could squeeze in a call with the mayor's office this week?  They asked me and I didn't know who to go through.",
      "Pls see if your cousin at Chevron would be willing to take a call from me about the LNG project, I just want 10 minutes of background.",
      "Forwarding my resume below, in case you hear of anything in Portland. Things are pretty uncertain here as you can imagine.",
      "Hi Bill, the alumni association is looking for a corporate sponsor for the scholarship luncheon. Could you check with whoever does community giving at your company?",
      "Jane - please see if Mr. Skilling's office can set aside time for the analysts from Merrill next Wednesday. I promised them I'd ask.",
      "Could you get me connected with the accounting manager at Northern Natural who handled the 1999 true-up?  I need to close out the reconciliation.",
      "Dear Professor Lindqvist, my student Mei Tanaka hopes to write her master's thesis on ice-class hull fatigue, and I understand you know Dr. Brennan at Aker well; would you be willing to introduce her?",
      "Dear Mr. Okafor, I am writing on behalf of my client, Benchmark Modular Ltd., who wish to be presented to the facilities director of Lagos University Teaching Hospital. We would be grateful if you could arrange an introductory call at your convenience.",
      "Do you think your cousin at Zurich would take a call from my dad? He's trying to sort out a denied long-term care claim and keeps hitting the call-centre wall.",
      "Thanks again for the tour. One more favour — would you hand my portfolio to the project exec at Turner you mentioned? Happy to send a PDF.",
      "My daughter is applying to the marine biology PhD at Scripps. If you're still in touch with Professor Alvarez, a brief note introducing her would be incredibly kind.",
      "Mind connecting my client with your contact at the Army Corps district office? They need someone to walk them through the Section 404 permit before they buy the parcel.",
      "Our VP of Government Relations asked if you might facilitate a meeting between her and the governor's chief of staff, given your years in that office.",
      "Please could you arrange for me to speak with someone in the city's economic development team about the brownfield grant? Your office seems to know everyone there.",
      "Would you connect Sheila, our new grants coordinator, with the people you know at the Hewlett Foundation? She's taking over the education portfolio and has zero relationships yet.",
      "The board retreat went fine, long story. More importantly: could you ask your friend on the transit authority to take a meeting with our neighbourhood association about the bus depot?",
      "Can you see if Jerome would give my brother a call? He's leaving the Coast Guard and wants to hear how people move into port security roles.",
      "Hi Raj, slightly awkward ask: our procurement director wants a sit-down with the CFO at Northwell about the group purchasing agreement, and you're the only link we have. Could you arrange it?",
      "Please tell the chief engineer at the shipyard that I would like to meet him about the ballast water retrofit, and let me know a time he can receive me.",
      "Good morning, I am writing on behalf of my client, Ms. Yvette Arnaud, who hopes you might arrange a brief meeting between her and the acquisitions editor at Caldwell Press.",
      "My boss, Geraldine Park, asked me to reach out — she'd like an introduction to the head of partnerships at your foundation, if you're comfortable making it.",
      "Would it be possible for you to vouch for me with the Kingsbridge Golf Club membership committee? They want a reference from a current member.",
      "Dear Mr. Tanaka, my director wishes to request an introduction to the procurement office of Shinsei Foods, should you be in a position to make one.",
      "Fwd: pitch from Outlander Cider — Can you get this guy connected with Priya in beverage buying?",
      "You know everyone on the festival circuit — who should I be talking to at Sundance about shorts programming? Happy to buy you coffee for the tip.",
      "Subject: Re: Q3 numbers — Thanks, looks good. Also, Mike wants to know if you can get him a meeting with your contact at Fidelity.",
      "Our demo day is Thursday; if you could get a couple of your angel friends to take a call with us beforehand, that would be huge.",
      "Attached is my husband's resume — would you be able to get it to the facilities director at your hospital?",
      "I hate to impose, but would you consider writing to the dean of admissions on my nephew's behalf? He's on the waitlist and a word from an alumna could tip it.",
      "Would you mind getting me on the phone with Susan at the title company? I keep hitting her voicemail and you seem to have her ear.",
      "Subject: FW: summer associate -- Bill, can you walk this over to Linda in recruiting and tell her I vouch for the kid?",
      "Dear Ms. Nakamura, I am writing on behalf of my client, Mr. Okafor, who wishes to be introduced to a reputable immigration attorney in your city; could you suggest someone and let them know he will be in touch?",
      "Can you give the folks on the Morgan Stanley commodities desk a heads up that our group would like to meet? You've traded with them far more than we have.",
      "Our principal would like a word with the superintendent about the bus route changes; since you're on the school board, could you help make that happen?",
      "Ahmed, my uncle runs a textile trading house in Karachi and wants to find a buying agent in New York. You have many connections there, please can you link him with someone trustworthy?",
      "Our local president would like to sit down with the shop steward from your facility before the contract vote; can you arrange it?",
      "Subject: estate planning attorney for my parents? -- They're in Tampa. If you know someone good, could you call them on my folks' behalf and see if they're taking new clients?",
      "Could you hand my card to the gentleman from Mitsui you were chatting with at the reception and tell him we do bonded warehousing?",
      "Do you think you could get me ten minutes with the managing broker at Coldwell Banker? I'm thinking of switching offices.",
    ],
    [
      "If you'd like, I can introduce you to Bob Kessler at Dynegy -- he runs their West gas desk and owes me a favor.",
      "Thanks so much for putting me in touch with Phil at Southern.  We had a great call yesterday and are meeting in Atlanta next month.",
      "I've referred Maria Gonzalez to your group for the scheduler opening -- her resume is attached, she's top notch and I'd hire her myself if I had a req.",
      "The meeting with the El Paso team is confirmed for Thursday at 2:00 in 30C1.  Dial-in is 1-800-555-0142, passcode 4471.",
      "Please pass this along to your group: the 401(k) enrollment window closes Friday and HR will not be extending it.",
      "We are currently seeking experienced gas schedulers for our Houston office.  If you are interested, please reply with your resume.",
      "Can you send me Dr. Lee's office number?  I need to reschedule my own appointment and lost the card.",
      "Karen, Stan's meeting with the Accenture folks got pushed to Tuesday at 3, can you update the room reservation and let the caterer know?",
      "I'd be happy to pass your resume along to my old boss at Shell if you want -- just send it over and I'll add a note.",
      "Per our conversation, I've forwarded your CV to Mike Duran in recruiting.  He should be in touch within the week.",
      "I wanted to let you know I'm leaving the company at the end of the month.  It's been a pleasure working with you, and please keep in touch.",
      "I'm interested in the contract admin position you posted.  My resume is attached; I'd welcome the chance to interview with you.",
      "I spoke to my contact at Goldman and they're fine with the revised pricing.  I'll have the term sheet to you Monday.",
      "Jeff, you should give Ann Rosen at Vinson & Elkins a call on the bond question -- she's the best there is, tell her I sent you.",
      "Attached is my resume in response to your ad in the Chronicle for a senior staff accountant.  Please let me know if you need references.",
      "Here is the contact info you asked for: Tom Banks, Williams Gas Pipeline, 918-555-0187, tom.banks@williams.com.",
      "Do you know what time the Kroger on Westheimer closes?  I have to pick up the drinks for the PTO meeting.",
      "John, I took the liberty of giving your name to Ellen Park at Reliant -- she's looking for a gas accountant and I think you'd be a great fit.",
      "Just a heads up that Cathy from Koch called asking about you -- I told her you were happy here, hope that was ok.",
      "We've engaged Ernst & Young to review the partnership returns.  Their lead partner will be in touch with you directly to schedule fieldwork.",
      "I'm delighted to introduce Professor Hollis of UH, who has kindly agreed to speak at our October offsite.  Professor, meet the team.",
      "Could you send me the conference room number for the Northern Natural meeting?  My calendar entry doesn't have it.",
      "If it would help with the bond question, I'm happy to introduce you to Marguerite in our treasury office — she's walked three other towns through it.",
      "Subject: Introduction — Owen Blake (Blake Towing) / Maya Chen (Hartford Re). Maya, meet Owen, who runs eleven tugs out of Norfolk and is rethinking his hull cover; Owen, Maya is the best marine underwriter I know. I'll step aside.",
      "I'm recommending Carla Ruiz for your project coordinator opening — I supervised her for three years at the county and she's the most organised person I've worked with. Resume attached.",
      "Hi Jordan, I'm recruiting for a senior estimator role with a Tier-1 contractor in Perth and your background looks like a strong fit — open to a confidential chat this week?",
      "Let me know if you'd like me to put you in touch with our broker at Aon — no pressure, just thought it might save you a few calls.",
      "Dr. Hale asked me to introduce myself: I'm the new patient liaison for the cardiac unit and will be your point of contact for discharge planning.",
      "Many thanks for the introduction to the harbour master, Tomasz. We met on Friday and the mooring issue is already resolved.",
      "Subject: Your referral — we've received Ben's application through your employee referral link and will contact him directly; thanks for thinking of us.",
      "Please pass this along to anyone on your crew who might be interested: we're running a free OSHA 30 course on the 18th.",
      "Our renewal meeting with the Chubb team is set for the 12th at 10 in the main conference room — calendar invites have gone out to everyone.",
      "Hi Margaret, I want to introduce you to Daniel Furst, our new county engineer. Daniel, Margaret chairs the drainage committee and knows every culvert in the district.",
      "We're hiring three claims adjusters for our Denver office; if that sounds like you, feel free to apply via the link below.",
      "Thank you for putting my son in touch with Captain Reyes — he came back from that conversation with a real plan.",
      "Dear colleague, I am happy to inform that our delegation visits the port of Hamburg on 14 May, and if you join us I can present you to the terminal manager there.",
      "Mrs. Okonjo, it was a pleasure meeting you through Ahmed. I'd welcome the chance to discuss the clinic expansion with you directly — would Tuesday work?",
      "Happy to vouch for you with the selection panel if you decide to apply — I know two of the members well.",
      "Hi all, I've moved to the Singapore office; for anything on the Gulf charters please contact Faisal going forward.",
      "I put your name forward to the conference organisers as a speaker on resilient ports; they'll be in touch about dates.",
      "I'm told you're the right person to talk to about the library renovation tender — could we set up a call?",
      "Happy to introduce you to Carla at Westbrook Capital if that would be useful — just say the word.",
      "Thank you so much for connecting me with Mr. Osei last week; we had a wonderful call and are meeting again in March.",
      "Confirming our meeting with the Grainlink team on Tuesday at 10 in the co-op boardroom; Hal will bring the storage contracts.",
      "Please pass this along to the rest of the volunteers: the Saturday food drive has moved to the church hall because of the rain.",
      "If you ever need a good tax accountant, I can put you in touch with mine — she's saved us a fortune.",
      "Can we get 30 minutes on your calendar before the board meeting? I want to walk you through the budget.",
      "Forwarding the minutes from Thursday's committee meeting; please share with anyone on your team who couldn't attend.",
      "Our tasting with the Castellano group is locked for 3pm on the 14th — I've sent calendar invites to you and Rob.",
      "Would you like me to introduce you to our head coach? He's always looking for assistants with your background.",
      "Dear Mr. Halvorsen, allow me to introduce Ms. Ines Carvalho, our new regional director, who will be your primary contact going forward.",
      "I recommended you to the organisers of the Bath literary festival for their debut novel panel — hope that's ok! They may be in touch.",
      "Exciting opportunity: Northfield Hospitality Group is seeking a Director of Rooms for its flagship property. Interested candidates may apply via the link below.",
      "Just a reminder that the meeting with the Rabobank lending team is at 2pm tomorrow — Olu will dial in from the farm.",
      "Thanks again for putting me in touch with the folks at Blue Ox — they booked us for two dates in May!",
      "Just a heads up that I'm leaving the foundation at the end of the month; Margaret will be your point of contact for the renewal.",
      "Subject: Fwd: press release — FYI, feel free to pass this on to anyone who'd find it interesting; the launch goes public Monday.",
      "Happy to introduce you to my contact at El Paso Electric if that would help -- just let me know.",
      "The meeting with the Tenaska folks that Sara set up is confirmed for Tuesday at 2pm in 30C1.",
      "I'm handing the Westfield closing over to Brenda while I'm on leave; she has the file and the lender's contact info.",
      "Subject: Intro: Carla Benitez / Tom Albright -- Carla is a CPA specializing in nonprofit audits; Tom chairs the finance committee at the food bank. Over to you both.",
      "I'm looking for a paralegal position and would love to be considered for the opening at your firm; my resume is attached.",
      "Dear Mr. Sato, allow me to introduce Ms. Elena Ruiz of Pacifico Trading, who will be handling our account going forward.",
      "Can I get 20 minutes on your calendar to walk through the audit findings?",
      "Subject: Meeting w/ Local 104 reps -- confirmed for the 12th, 9am, conference room B. Agenda attached.",
      "I'll be out of the office until Monday; for urgent matters please contact my assistant, Gail, at x3417.",
      "I'm sending the Lopez chart to Dr. Ng for a cardiology consult; she will contact the patient directly.",
      "Per our conversation, I've set up a call with Vince Kaminski for Thursday at 4 and will send a calendar invite.",
      "Thank you for introducing us to the people at Gulf Coast Steel; we placed our first order today.",
      "Dear colleagues, I am pleased to introduce our new school nurse, Mrs. Abena Owusu, who joins us from County General.",
      "If you need a good tax attorney, I'd recommend Harold Weiss at Weiss & Lowe -- tell him I sent you.",
      "We are conducting a search for a Director of Utility Operations on behalf of a Midwest electric cooperative, and your background looks like a strong fit.",
      "I'd be happy to forward your resume to our HR director if you like -- send it over whenever.",
      "Subject: your introduction to Brian -- Brian and I had coffee yesterday; really appreciated you making it happen. I owe you one.",
      "dear sir, our representative Mr. Li will visit your office next week to show our new catalogue, please advise what time is convenient for you.",
      "I've asked our outside counsel, Diane Frost, to contact you directly regarding the indemnity clause.",
      "Please share the attached flyer about the PTA meeting with the families in your class.",
    ],
  );
});
