import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 30's second paraphrase round: a helper who saw no code rewrote the nine forms of the
 * general check (someone got in to see a named person, onto a calendar, "an in there", a resume
 * walked over, "see if he will take a meeting", who decides at a named firm, someone to hear a
 * contact out, the right person found and sent, a seat at a named person's table), four requests
 * and four near misses each. The code that had learned the check found 18 of 36 (the starting code
 * 17), none flagged; widened, 32, none flagged. Left out: three asks for who decides at a named
 * firm (see detect-session-30-general.test.ts) and "Would you identify an appropriate person",
 * cut mid-sentence.
 */
describe("detectIntroRequest: session 30's second paraphrase round (blind)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Tom, my brother-in-law runs a small pipeline inspection outfit in Tulsa and would love to pitch Stan Horton's group - any chance you could get him in to see Stan next week?",
      "could you get my old classmate from Baker Botts in front of Jim Derrick for twenty minutes? she's hoping to bid on the outside counsel work for the broadband deals.",
      "Dear Rosalee, A former colleague of mine at Arthur Andersen is launching a risk consulting practice. Would it be possible to arrange for him to see Mr. Lay briefly when he is in Houston on the 14th?",
      "Sally, my cousin's firm does weather derivatives modeling and they're dying for a shot at Vince Kaminski - can you get them in the door with him?",
      "Joannie, is there any way to get me fifteen minutes with Greg Whalley tomorrow before he flies to London?",
      "Cindy - please find me a half hour on Ken Lay's schedule sometime this week; I need to walk him through the Dabhol numbers before the board call.",
      "any chance you could slot me in with Mark Frevert thursday afternoon? even 20 min would do.",
      "Sherri, I know Jeff's week is packed, but could you work me onto his calendar before the offsite? I have a personnel issue he needs to hear about.",
      "Rick, do you know anyone at the California PUC who would take a call from me about the direct access suspension?",
      "Margaret, you worked at Duke for years - do you still have a way in with their origination folks? I want to pitch them a tolling deal.",
      "do u have any pull at the Texas Railroad Commission? need to talk to someone about the intrastate pipeline rules before the hearing.",
      "Mr. Shapiro, I understand you have relationships at the Federal Reserve Bank of Dallas; might you be able to open a door for me with their energy economists?",
      "Louise, my college roommate is a power scheduler at Constellation and wants to come to Houston. Would you pass her resume along to Tim Belden's desk?",
      "hey, attaching my buddy's cv - he's an oil options guy at Goldman, would you mind getting it to someone in Jeff Shankman's group?",
      "Dear Ms. Kitchen, A family friend has just completed his MBA at Rice and is very interested in the East Power origination team. I would be grateful if you could forward the enclosed resume to Kevin Presto.",
      "Could you hand-carry my sister-in-law's resume over to Sally Beck's operations group? She's been doing back-office settlements at El Paso for six years.",
      "Would you check whether Dave Delainey has time to sit down with a client of mine? He runs a mid-sized utility in Ohio and is looking at outsourcing their energy procurement.",
      "Ask Greg if he'd be willing to have coffee with my friend Tom from Calpine - Tom's thinking about leaving and wants to hear about the trading floor.",
      "Kevin, could you find out whether Lou Pai would meet a former colleague of mine who's started a retail energy venture? He'd fly in whenever suits.",
      "can you sound out Rebecca McDonald about a meeting w/ my friend at Shell? she's exploring a move to the international side.",
      "Do you know who makes the call on transmission upgrades at PG&E? I'd like to get a meeting with them this month.",
      "My old professor has a new model for congestion pricing in PJM - is there someone in Steve Kean's group who could give him an hour?",
      "Could one of Vince's quants spend some time with a friend of mine? She's built a volatility surface tool and wants feedback from people who actually trade.",
      "Richard, a former state senator I know has strong views on retail choice in Pennsylvania. I think someone on Jim Steffes's team should sit down and listen to him.",
      "a contact of mine from the ISO has ideas on ancillary services markets - can you point him at someone on Rick's team who'd hear him out?",
      "Our outside counsel's client, a wind developer in Iowa, wants to discuss a long-term offtake. Could you figure out who on our side handles that and ask them to ring him?",
      "quick favor - my pastor's nephew runs a biomass plant and wants to sell power. can you track down the right person here and have them reach out to him?",
      "Our friend at the mayor's office is looking for someone here to talk about the downtown steam system. Can you find whoever knows it and get them to give her a ring?",
      "Can you get me seated next to Governor Perry at the chamber dinner? I'd like to raise the transmission siting issue with him.",
      "Any chance of a spot at Ken Lay's table for the United Way gala? I've been trying to get a few minutes with him for weeks.",
      "Margaret, would you put me at the same table as the Brazilian ambassador at Thursday's reception? I'd like to introduce myself.",
      "pls see if you can seat me next to Jeff Immelt at the GE lunch - want to bend his ear on turbine delivery slots.",
    ],
    [
      "Kathy, I got in to see Mark Haedicke this morning and he signed off on the outside counsel budget, so we're good to go.",
      "Could you get the plumber in to see the leak under the sink in the break room before Friday?",
      "My neighbor finally got in to see the cardiologist at Methodist - thanks for the recommendation last month.",
      "Please get the V&E engagement letter in to Mark Haedicke's office for signature by end of day.",
      "Lisa, I squeezed the budget review onto my own calendar for Thursday, so you can cancel the Wednesday room.",
      "Joannie, Greg Whalley's calendar shows him in London all next week, so the trading review moves to the 22nd.",
      "Can you squeeze thirty minutes into your day to finish the expense reports before the analyst meeting?",
      "Thanks for getting me onto Frevert's calendar yesterday - the meeting went well and he approved the headcount.",
      "Jeff, do you have an in-box rule that filters out the DOE newsletters? Mine is drowning.",
      "Do you have an in-person option for the DOE workshop, or is it webcast only?",
      "I finally got in front of the DOE petroleum reserve staff yesterday and they liked the swap proposal.",
      "Do you have a way in to the building on Saturday? Security says badges won't work after 6.",
      "Mary, please walk the signed confirm over to John Arnold's group before the 3:00 cutoff.",
      "I've updated my resume and posted it to the internal job board for the analyst pool.",
      "A friend of mine at Koch sent me their gas storage report - I'll forward it to the team once I've read it.",
      "HR, please file the attached resume for the new hire in John Arnold's group; her start date is Monday.",
      "Stan, see if Mike McConnell still wants the Thursday staff meeting moved to the 32nd floor.",
      "My friend from Reliant took the meeting with Mike last week and has decided to stay put.",
      "Please see if the conference room is free for my meeting with the Reliant client at 2.",
      "Check whether Mike McConnell approved the travel request for the Singapore meeting.",
      "FYI, Dynegy's credit department raised our limit to $50 million as of this morning.",
      "Who set up the credit limits in the Dynegy worksheet? The formulas in column F are broken.",
      "I got on the phone with Dynegy's broker today and confirmed the trades from Tuesday.",
      "Please send Dynegy's credit team the updated parental guaranty and copy me on the cover letter.",
      "Someone on Rick's regulatory team heard him out yesterday and said the market design ideas were interesting.",
      "Can you help him move his boxes to the 47th floor? He's joining Rick's regulatory team on Monday.",
      "He spent nine years on FERC staff, so I've asked him to lead Thursday's training for Rick's regulatory team.",
      "Please make sure everyone on Rick's team listens to the FERC webcast on market design at 10.",
      "A favor: would you find the right person in facilities to fix the thermostat on 33? It's freezing.",
      "I found the right person at the Sierra Club and gave her a call about the renewable portfolio bill - she's on board.",
      "Please call the Sierra Club and tell them we'll need to reschedule the renewable portfolio briefing.",
      "Thanks for having Janet give our friend a call last week - she said the conversation was really helpful.",
      "Please reserve a table for eight at Morton's for the dinner with the Mexican delegation next month.",
      "I sat next to the Mexican energy minister at dinner last night - he was charming and talked mostly about soccer.",
      "Any chance you can get me a seat on the earlier flight to Mexico City? The dinner starts at 7.",
      "Can you pick up the seating chart for the Ken Lay dinner from the printer and drop it at the front desk?",
    ],
  );
});
