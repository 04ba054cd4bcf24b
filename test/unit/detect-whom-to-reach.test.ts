import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Asks for the person to reach at a named organisation (src/intros/whom-to-reach.ts), found
 * missing in session 19 by a probe of thirty asks in real mail's styles. The near misses are the
 * service-desk questions the same words make, and organisations not named.
 */
describe("detectIntroRequest: whom to reach at a named organisation", () => {
  itTellsRequestsFromNearMisses(
    [
      "Do you know who handles crude purchasing over at Valero?",
      "any idea who I should talk to at Entergy about the interconnect?",
      "Could you find out who runs their structuring group and let me know?",
      "Please let me know if there is anyone at Calpine you think I should contact.",
      "Is there anyone you'd recommend I speak with at Northern Natural?",
      "Let me know who I should send my resume to.",
      "Is there someone in your group who could spend 20 minutes with my niece on the phone?",
      "Can you pass this along to whoever makes the decisions on grants?",
    ],
    [
      "Do you know who handles the copier contract at the office?",
      "any idea who I should talk to at the front desk?",
      "Do you know who handles accounts payable at Valero?",
      "Could you please forward it to whoever handles invoices at Calpine?",
      "Let me know who I should send the invoice to.",
      "Is there someone in your group who could cover my shift on Friday?",
      "Is there anyone you'd recommend I speak with about my taxes?",
    ],
  );
});

/** The same probe's other misses: the target warmed up, and whether a third person would meet. */
describe("detectIntroRequest: the target told to expect the writer, and would they meet", () => {
  itTellsRequestsFromNearMisses(
    [
      "Could you let Anika know I'll be reaching out next week?",
      "Can you tell Ferris to expect an email from me?",
      "Do you think Odile would be open to talking with me?",
      "Is your cousin still at the Fed? Would she talk to my daughter?",
      "Do you still have friends at Whitmore Capital? My son is applying.",
      "Who's the best person to talk to about licensing there?",
    ],
    [
      "Please let Anika know I'll be late to the board meeting.",
      "Would he talk to me about the invoice?",
      "Do you still have friends there? I miss the old office.",
      "Who's the best person to talk to about expenses there?",
      "May I mention your name?",
    ],
  );
});
