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
