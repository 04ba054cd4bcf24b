import { describe, expect, it } from "vitest";
import { detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 25 and 26 were measured blind in session 14 (0.955 / 0.84 and 0.833 / 0.80), then
 * learnt from. The general forms behind their misses and false alarms, each in new words (never
 * the sets' own sentences), with the near misses each must leave alone.
 */
describe("detectIntroRequest: holdouts 25 and 26's families, in new words", () => {
  const requests = [
    // The reader asked to sound someone out for the writer's side.
    "Could you ring Petra and see whether she would meet with my son sometime in March?",
    "Would you be willing to call her and find out whether her firm would take the appeal?",
    // Someone willing to talk, asked for by where they are.
    "Anyone at the water board who'd talk to my sixth-formers about flooding?",
    // A name welcomed on someone else's behalf.
    "If you know anybody in shipping who hires cadets, I know she'd appreciate a name or two.",
    // Help asked for getting time with someone.
    "I'm asking for your help getting twenty minutes with Councillor Ruth Adeyemi before the vote.",
    // A firm's people, not a trade: still a request.
    "Do you know any contractors at Bechtel who'd talk to me about bidding?",
  ];
  const nearMisses = [
    // The reader asked not to make contact.
    "Please don't call Leonard; I'll ring him myself after the funeral.",
    // A tradesman wanted.
    "Names and numbers for the roofer would be great, and whether you'd use them again.",
    "Do you know any plumbers who'd do a small job on Sunday?",
    "Could you recommend a good electrician for the new shop?",
    // A meeting already set.
    "If she can't come in, could we do the meeting with her by phone?",
    // A recruiter's search; an offer to write for the reader; an errand.
    "Do you know anyone who fits and might be open to a move?",
    "Shall I write to her about you?",
    "Can you grab them from Louise on your way and drop them at the stall with Harvey?",
    // Sounding someone out about an errand, not a meeting.
    "Could you call him and find out whether the invoice was paid?",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);

  it("reads a subject that asks for someone who would talk", () => {
    const body = "The seminar is Thursdays at four; twelve students.";
    expect(detectWithSubject("Anyone at the port authority who'd talk to my class about tides?", body)).toBe(true);
    expect(detectWithSubject("Anyone free to cover my Thursday class?", body)).toBe(false);
  });
});
