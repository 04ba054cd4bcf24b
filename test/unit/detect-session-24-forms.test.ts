import { describe, expect, it } from "vitest";
import { cleanOrganization } from "../../src/intros/describe-person.js";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * "Also, if there are any other people in North America I should send this to, please tell me"
 * (real Enron mail, session 24's blind set gq-cu, a resume forwarded to an executive; new words
 * here): whom to send something on to, asked of the reader, is a request for people to be put in
 * front of. Told, not asked, or asked by a search firm, it is not.
 */
describe("whom the writer should send something on to, asked of the reader", () => {
  itTellsRequestsFromNearMisses(
    [
      "If there are any other people in the Calgary office I should forward her resume to, please let me know.",
      "Is there anyone else I should send this proposal to?",
      "Let me know if there are some other groups we should pass this to.",
    ],
    [
      // Told, not asked; routine routing of paperwork said plainly; a search firm's ask.
      "The other people I should send this to are already on the list.",
      "I know which people I should send this to, thanks.",
      "Is there anyone else I should send the invoice to?",
      "We are conducting a search for a head of trading. If there are any other people I should send this to, please tell me.",
    ],
  );
});

/**
 * "Anyone I should contact?" (real Enron mail, session 24's blind set gq-cv, a question of its own
 * under a forwarded thread): whom to approach, asked of the reader. Not whom paperwork goes to, nor
 * the writer saying whom they will contact.
 */
describe("whom to approach, asked as a question of its own", () => {
  itTellsRequestsFromNearMisses(
    [
      "We would like to get the Corvane pilot going before the board meets. Anybody else we should talk to?",
      "I'm pitching the retrofit to Corvane Freight next month. Is there anyone I should talk to at Corvane Freight?",
    ],
    [
      "Anyone I should contact about the expense form?",
      "There is no one else I should contact; I will call Marta myself.",
      "Anyone I should copy on this reply?",
      "Is there anyone I should call to get a parking pass?",
    ],
  );
});

describe("cleanOrganization", () => {
  it("drops the writer's 'I' that the name pattern runs into", () => {
    expect(cleanOrganization("North America I")).toBe("North America");
    expect(cleanOrganization("Council and I")).toBe("Council");
    expect(cleanOrganization("Ivy Bank")).toBe("Ivy Bank");
  });
});
