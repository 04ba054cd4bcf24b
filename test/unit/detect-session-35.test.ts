import { describe, expect, it } from "vitest";
import { readingPlaceholders } from "../../src/intros/placeholders.js";
import { detect, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 35's forms, from emails quoted on the web (blind sets w35a–c: guides, Q&A threads and
 * columns, collected by helpers who saw no code, measured on arrival, then learnt), each in words
 * of our own beside near misses in the same words.
 */
describe("detectIntroRequest: asks for the reader's network, as guides quote them (session 35)", () => {
  itTellsRequestsFromNearMisses(
    [
      // What an introduction would do for the writer.
      "I've wanted to move into product for a year, and an introduction to your product director would open a real door for me.",
      "A quick intro to Dana Liu could change everything for our pilot.",
      // Whom the reader thinks the writer should meet.
      "I'll be in Lisbon for the conference and was wondering who you think I should meet?",
      "Who do you think we should talk to while we're in Denver?",
      // The reader's own contact, called for the writer.
      "Can you call your contact and see if they'd read my proposal?",
      "Could you ring your friend at the council for me?",
      // People in the reader's network, a connection made for the writer.
      "You may have people in your network you could refer to us.",
      "If you can build a connection for us with your parish council, do let me know.",
      "I've been out of work since March; if you have any connections that could help me land something, I'd be grateful.",
      // A job seeker's own search is no recruiter's.
      "Since the layoff I'm asking everyone: if you or anyone you know has any connections that could help in my job search, please tell me.",
      // Someone to build or fund the venture with.
      "do you know a technical co-founder?",
      "Do you happen to know any angel investors?",
      // A seller's ask of someone inside a firm, for the person to approach there.
      "Who is the right person to talk to about your freight contracts?",
      "Who would be the best person to speak with about sponsorship at your company?",
      // A template's blanks, read as what they stand for.
      "Building a payroll app, raising a pre-seed round, would love to connect with [partner].",
      "Is there anyone at [Company] you could put me in touch with?",
      // A truncated template's ask.
      "Would you give my resume to...",
    ],
    [
      "An introduction to the basics would give new hires a great boost.",
      "Who do you think we should invite to the party?",
      "Who do you think I should hire for the role?",
      "Can you call your contact at the bank about my wire transfer?",
      "People in your network can refer candidates through the portal.",
      "We need to build a connection for the new printer.",
      "Do you know a good CTO?",
      "Our search for a new controller is under way; if anyone comes to mind, let me know.",
      "Who is the right person to talk to about my expense report?",
      "Who is the right person to talk to about your invoice from March?",
      "who is the right person to talk to about the leak at your place?",
      "do you know a good accountant?",
      // Consent asked before the writer's details go anywhere.
      "Please reach out first for permission to share my contact information.",
      "Please ask me before sharing my details with people.",
      // The writer and the reader meeting; a greeting.
      "I'll be away next week, returning on the 20th. It would be great if we could meet during that week.",
      "Jo and I have worked together for years. I highly recommend their payroll services. Hope you are well.",
    ],
  );

  it("still reads consent given as no bar: sharing the writer's details asked outright", () => {
    expect(detect("Could you share my details with Priya?").isIntroRequest).toBe(true);
  });
});

describe("readingPlaceholders: a template's blanks for the cues", () => {
  it.each([
    ["introduce me to [Target Name] at [Target Company]?", "introduce me to Jordan Ellis at Acme Corp?"],
    [
      "Hi {first_name}, who is right for [specific problem area]?",
      "Hi Jordan Ellis, who is right for specific problem area?",
    ],
    ["It was great [sic] to meet you.", "It was great to meet you."],
    ["write to [mailto:ana@example.com]", "write to [mailto:ana@example.com]"],
    ["no blanks here", "no blanks here"],
  ])("%j reads %j", (text, reading) => {
    expect(readingPlaceholders(text)).toBe(reading);
  });

  it("quotes the evidence as written, blanks and all", () => {
    const detection = detect("Would you be open to connecting me with [Name] at [Company]?");
    expect(detection).toEqual({
      isIntroRequest: true,
      requestSentence: "Would you be open to connecting me with [Name] at [Company]?",
    });
  });
});
