import { describe, expect, it } from "vitest";
import { detectIntroRequest } from "../../src/intros/detect.js";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 31's forms: blind Enron sets (gq-gw to gq-hd, read by helpers who saw no code; a second
 * blind reader agreed on 23 requests). Each request is read beside near misses in the same words
 * (src/intros/calendar-asks.ts, passed-on-asks.ts, job-leads.ts, reminded-asks.ts).
 */
describe("detectIntroRequest: session 31's forms", () => {
  itTellsRequestsFromNearMisses(
    [
      // Time with the reader's boss, asked of the boss's assistant.
      "Hey, Can Greg fit me in for about 30 minutes tomorrow afternoon? --- Your secret admirer",
      // A word the reader agreed to put in, recalled.
      "Vince, Just a reminder to put in a word with Dave. I have already sent him a short note, asking him for a meeting in the week of 17th December.",
      // A resume the reader was said to route.
      "Mr. Hodge, Eric Boyt mentioned that you would assist in making sure my resume was forwarded to the right people regarding the Legal Specialist position posted on the Enron website.",
      // A caller's request to the right person at another company ("to" left out).
      "We received a call this morning from a gentleman, Todd Bearden, who recently moved into a home in Hollywood FL and is trying to obtain information about gas service, could one of you pass this request on the appropriate person at NUI-City Gas or TECO/PGS?",
      // The reader, or whoever is.
      "Are you involved in this deal, if not do you have a contact?",
      // Someone else at the reader's firm, after the reader declined.
      "I am sorry, to hear that you will not be able to join us - would know of anybody else at Enron who would possibly be interested in presenting at our conference?",
      // A research request passed to whoever handles the matter.
      "The researchers would like you to kindly pass this request for a 45 minute phone interview to a person in your firm whom most closely deals with your firm's strategy for B2B exchanges.",
    ],
    [
      // The writer's own plan, not an ask (gq-ha).
      "At this time we will formally introduce Danny to all of the TW Commercial group.",
      // A referral the writer makes: the reader is the one served (gq-hc, the model's false alarm).
      "If you can't find a hard copy, you can call Rell Tipton at V&E and ask him to e-mail you the latest version of the Starwood amendment. If you can't reach Rell, his assistant, Birdie Cortinas can probably help.",
      // The same words, for the writer's own errands or appointments.
      "Please see if Vince has time to meet with me about the budget numbers.",
      "Can Dr. Lee fit me in on Tuesday for a cleaning?",
      "Could Sam fit us in for dinner Friday?",
      "Just a reminder to introduce yourself to the new hires.",
      "Just a reminder to mention the parking changes to your team.",
      "Please pass this invitation to someone in your group who would like to attend.",
      "Please pass this request to the appropriate person in your department for approval.",
      "If you hear of any openings, please let me know.",
      "I don't mind connecting him with Sam.",
    ],
  );

  it("reads a forwarded resume with 'Maybe you know of something.' as a request for a lead (gq-ha)", () => {
    expect(
      detectWithSubject(
        "Resume for Fundamentals Group-Gas Business",
        "Overqualified for our group. Maybe you know of something.",
      ),
    ).toBe(true);
    // The same note with no resume named anywhere asks for nothing to be passed on.
    expect(detectWithSubject("Fundamentals Group", "Overqualified for our group. Maybe you know of something.")).toBe(
      false,
    );
  });

  it("finds the resume in what a forward forwards", () => {
    const detection = detectIntroRequest({
      subject: "FW: Gwen",
      fresh: "Maybe you know of something.",
      forwarded: "I have attached Gwen Weddington's resume which I would like to pass on to the Fundamentals Group.",
      isBulk: false,
      isCalendarInvite: false,
      sentByConnector: false,
    });
    expect(detection).toEqual({ isIntroRequest: true, requestSentence: "Maybe you know of something." });
  });
});
