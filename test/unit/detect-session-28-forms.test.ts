import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 28: the forms its blind Enron sets (gq-ex to gq-fe: recruiting, resumes, HR and
 * friends' folders) and its review of older cues taught, in new words (the mail stays outside the
 * repository); the near misses are what the same words do in ordinary mail.
 */
describe("detectIntroRequest: the right person asked for, not an office errand (session 26's cue, measured)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Who would I talk to about the residential customers.",
      "Who should I talk to about the gas desk's new hires?",
      "Any thoughts on who at the Tribune might want to look at it?",
      "Do you know who at Calpine would want to see our turbine study?",
    ],
    [
      "Who should I talk to about the holiday party?",
      "Who should I talk to about the Houston office move?",
      "Who could I talk to about subletting my apartment?",
      "Any ideas on who at PG&E might be interested in the tickets?",
      "Who would I speak to about catering for the offsite?",
      "Do you know who in Facilities handles office furniture?",
    ],
  );
});
