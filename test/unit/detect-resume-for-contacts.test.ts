import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * A resume handed to the reader for the people they know, or to carry into their company's
 * hiring office (forms from real Enron mail, session 21, in new words); and the writer's own
 * errand with their resume, which is no ask of the reader. New words, never a set's sentences.
 */
describe("detectIntroRequest: a resume for the reader's contacts or their HR people", () => {
  const requests = [
    "I'm sending you my resume for any contacts you may have at Dynegy or elsewhere in gas.",
    "Attached is my updated resume for whatever contacts you have in the refining business.",
    "Sending you a copy of my CV for any people you know in procurement.",
    "Could you take my resume in to your HR people when you get a chance?",
    "Would you mind walking the attached resume over to the recruiting folks on your floor?",
    "Can you pass my resume on for any openings on the origination side?",
    "My neighbour asked if you might take a resume in for her daughter.",
    "If it's no trouble, I'd really appreciate you taking a copy of this to Halvorsen.",
  ];
  const nearMisses = [
    "He wants me to forward my resume for future openings, so I'll do that tomorrow.",
    "I will send my resume for the analyst opening through the website.",
    "I'm sending you my resume for your own review before Thursday's interview.",
    "Please take your resume to the career fair on Friday.",
    "I'll take my resume to the HR office myself tomorrow.",
    "Thanks for the contacts you gave me last month; they were very helpful.",
    "Could you take a copy of this to the printer before noon?",
    "Thank you for taking a resume in last spring; she starts Monday.",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);
});
