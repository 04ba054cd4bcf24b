import { describe, expect, it } from "vitest";
import { postSought } from "../../src/intros/post-sought.js";
import { readingPlaceholders } from "../../src/intros/placeholders.js";
import { detect, itTellsRequestsFromNearMisses, analyseMessageBody } from "../support/request-examples.js";

const analyse = analyseMessageBody;

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

describe("postSought: a post asked for as a question of whom the reader knows (session 35, real mail)", () => {
  it.each([
    ["Do you know who posted this job?", "posted this job"],
    [
      "I was wondering if you knew who was in charge of the pipeline scheduling group?",
      "in charge of the pipeline scheduling group",
    ],
    ["Could you tell me who handles crude purchasing at Halden?", "handles crude purchasing"],
  ])("%j seeks %j", (sentence, role) => {
    expect(postSought(sentence)?.role).toBe(role);
  });

  it.each(["I have no idea who runs it.", "Do you know who posted it?", "Who posted this job?"])(
    "%j names no post",
    (sentence) => {
      expect(postSought(sentence)).toBeNull();
    },
  );

  it("bands such an ask by its post, not as an ask for no one in particular", async () => {
    const analysis = await analyse(
      "I applied to your company in March and heard nothing. Do you know who is in charge of the pipeline scheduling group there? I would like to write to them directly.",
    );
    const signals = Object.fromEntries((analysis.specificity?.signals ?? []).map((s) => [s.id, s]));
    expect(signals.named_target?.present).toBe(true);
    expect(signals.vague_ask?.present).toBe(false);
    expect(analysis.specificity?.band).toBe("medium");
  });
});

describe("respects_judgement: the reader left free in real mail's words (session 35)", () => {
  it('reads "if you can\'t that is fine too"', async () => {
    const analysis = await analyse(
      "Could you pass my resume to Dana Lee at Halden? And if you can't that is fine too.",
    );
    const judgement = analysis.specificity?.signals.find((s) => s.id === "respects_judgement");
    expect(judgement?.evidence).toBe("And if you can't that is fine too.");
  });

  it("does not read a host told not to fuss over dinner", async () => {
    const analysis = await analyse(
      "We'll be there by 2 with the pies; don't go to any trouble. P.S. If there's somebody from your Castellan days who'd let me buy them a coffee, I'd love a name or two.",
    );
    const judgement = analysis.specificity?.signals.find((s) => s.id === "respects_judgement");
    expect(judgement?.present).toBe(false);
  });
});

describe("vague_ask: the reader's own friend is someone meant (session 35, real mail)", () => {
  it.each(["Can you refer me to your friend?", "Could you put me in touch with your old roommate?"])(
    "%j is no ask for no one in particular",
    async (ask) => {
      const analysis = await analyse(`${ask} We would like to talk about a pilot.`);
      expect(analysis.isIntroRequest).toBe(true);
      expect(analysis.specificity?.signals.find((s) => s.id === "vague_ask")?.present).toBe(false);
    },
  );

  it("still calls an ask of the reader's friends at large vague", async () => {
    const analysis = await analyse("Could you ask around your friends for anyone at a bank? We would like to talk.");
    expect(analysis.specificity?.signals.find((s) => s.id === "vague_ask")?.present).toBe(true);
  });
});
