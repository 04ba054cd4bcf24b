import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 30's forms. Each request is read beside near misses in the same words.
 */
describe("detectIntroRequest: session 30's forms", () => {
  itTellsRequestsFromNearMisses(
    [
      // A resume to be handed on is still a request when the opening is someone else's.
      "Forwarding the resume of my nephew Sam; could you pass it to the hiring manager for the open analyst role on your floor?",
    ],
    [
      // A candidate for the reader's own opening is a referral to the hirer, not an introduction asked.
      "Forwarding the resume of the candidate I mentioned for your open analyst role. I think she'd be a great fit for your team.",
      "Attached is the CV of the candidate we discussed for your vacant controller position.",
    ],
  );
});
