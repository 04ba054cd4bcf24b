import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Forms from session 26's review of the earlier blind Enron sets, in new words (the mail stays
 * outside the repository); the near misses are what the same words do in ordinary mail.
 */
describe("detectIntroRequest: a contact asked for, not for paperwork (session 26)", () => {
  itTellsRequestsFromNearMisses(
    [
      "Do you have a contact at Duke who runs their gas origination desk?",
      "Do you still have any friends at Calpine? My brother is looking to move there.",
    ],
    [
      "Do you have a contact at Duke for the confirmation letters?",
      "Do you have a contact at Calpine for our confirms?",
      "Do you know any contacts at the bank for the letters of credit?",
    ],
  );
});
