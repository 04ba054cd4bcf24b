import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Forms from session 23's blind real Enron sets (executives' inboxes and folders about outside
 * relationships), in new words here: speakers sought with the reader's ideas asked for is a
 * request; a candidate brought through for the reader to meet, and an invitation that looks
 * forward to introducing the reader to a board, are not.
 */
describe("people the writer cannot find, and the reader's ideas asked for", () => {
  itTellsRequestsFromNearMisses(
    [
      "I am having real trouble locating good people to speak on the credit risk panel, and was wondering if you had any ideas.",
      "Still finding experts to review the model for us; any suggestions would help.",
    ],
    [
      // Things lost; a search firm's hunt for candidates.
      "I'm locating the files for the audit and wondering if you had any ideas where they went.",
      "I have been retained by a utility to find a head of trading. I am finding it hard to locate people who fit; any ideas?",
    ],
  );
});

describe("the reader is the one met", () => {
  itTellsRequestsFromNearMisses(
    ["Could you ask Dana Whitfield to spend a little time with me on the plan?"],
    [
      "We are bringing a director candidate through for your review. I would really appreciate you spending a little time with her. I will forward her resume.",
      "Could you find some time to meet with him next week? I'll send his CV.",
    ],
  );
});

describe("an offer to introduce the reader", () => {
  itTellsRequestsFromNearMisses(
    ["Would you be able to introduce my colleague Pia to the members of your board?"],
    [
      "I am so pleased you will be able to join our board, and I look forward to introducing you to the members you do not know yet.",
    ],
  );
});

/** From Ken Lay's inbox (session 23's blind set gq-cm), in new words. */
describe("a person to approach, asked for in ordinary words", () => {
  itTellsRequestsFromNearMisses(
    [
      "Since your firm leads in this area, I thought you might be able to refer Tomas to someone in your organization who could help.",
      "I would appreciate it if you would have someone send me the contact information for whomever it would be appropriate for us to approach.",
      "Do you have any contacts with Halvorsen Shipping or Dunmore Gas in Rotterdam?",
      "Is there someone who you'd recommend I can talk with on the trading side of Halvorsen to explore this?",
    ],
    [
      // An offer, things referred, routine contacts, correspondence, a search firm's hunt.
      "I will refer him to someone in our group.",
      "Could you refer this to someone in legal?",
      "Please send me the contact information for whoever handles payroll.",
      "Do you have any contact with Dunmore Gas about the outage?",
      "Is there anyone you'd recommend I speak with about my taxes?",
      "I have been retained by a utility to find a head of trading. Is there anyone you'd recommend I call?",
    ],
  );
});

describe("a third person offered to the reader", () => {
  itTellsRequestsFromNearMisses(
    ["Could you ask Art Shaw to give me a call?"],
    [
      "I'm writing to introduce you to Meridian Wealth, a firm many of my partners use. May I ask Art Shaw, Meridian's CEO, to give you a call?",
    ],
  );
});

/** From Vince Kaminski's folders (session 23's blind set gq-co), in new words. */
describe("someone at an organisation, asked for indirectly", () => {
  itTellsRequestsFromNearMisses(
    [
      "Please let me know if there is someone else at Halvorsen whom I should speak with about this topic.",
      "Is there someone else at Dunmore Gas whom you would recommend to speak on the panel?",
    ],
    ["Is there someone in accounting who I should talk to about my expense report?"],
  );
});

/** From the second part of Ken Lay's inbox (session 23's blind set gq-cn), in new words. */
describe("the person to approach, left to the reader's judgement", () => {
  itTellsRequestsFromNearMisses(
    [
      "Could your office send me the name and contact information for the person that you think it would be best for us to contact about your training programmes?",
      "Our treasurer is in Boston on Tuesday and would like to speak with whoever you think would be appropriate about the pipeline sale.",
      "I thought you might be able to point me in the right direction of the person to talk to there.",
      "I am writing to find out if there is someone in your firm who would like to take part in the panel on risk.",
    ],
    [
      // Paperwork routed, a meeting accepted, directions, an open invitation.
      "Could you point me in the right direction of the person who handles expense reports?",
      "I'll be happy to speak with whoever you think is appropriate on your team.",
      "Could you point me in the right direction for the hotel?",
      "If there is someone in your firm who would like to attend, they can register online.",
    ],
  );
});

describe("a referral to people, valued ahead", () => {
  itTellsRequestsFromNearMisses(
    ["You know how much your referral to two or three senior search partners would mean to me now."],
    [
      // Thanks for one made; a referral of customers to the writer.
      "Thank you again for your referral to two senior search partners last spring.",
      "Your referral of customers to our shop would be welcome.",
    ],
  );
});

describe("someone at the reader's firm to take part", () => {
  itTellsRequestsFromNearMisses(
    ["Could you let me know if there is anyone at your company who would be willing to speak at the forum?"],
    ["I wanted to see if there is anyone in your group who would like to join the softball team."],
  );
});

/** From four senior people's folders (session 23's blind set gq-cr), in new words. */
describe("a favour asked as 'anything you can do … would be appreciated'", () => {
  itTellsRequestsFromNearMisses(
    ["Anything you could do to get my CV into the right hands would be greatly appreciated."],
    [
      "Anything you can do to get the invoice paid this week would be appreciated.",
      "Anything you can do to get my resume updated in the system would be much appreciated.",
    ],
  );
});

/** From the folders of Enron's lawyers and government-affairs and EnronOnline heads (gq-cp, gq-cq), in new words. */
describe("the best person, asked for as a steer; anyone there, 'known of'", () => {
  itTellsRequestsFromNearMisses(
    [
      "I will be in Calgary next week and would appreciate a steer as to who would be the best person to speak to about the hedge.",
      "I am very interested in Halvorsen's shipping arm. Do you know of anyone there I could talk to about analyst roles?",
    ],
    [
      // Paperwork routed; the writer musing; a thing, not a person.
      "I would appreciate a steer as to who would be the best person to send the invoices to.",
      "I am not sure who would be the best person to lead the project.",
      "Do you know of anything there I could read about analyst roles?",
    ],
  );
});
