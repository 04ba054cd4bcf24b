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
      "Who would be a good contact at Tenaska for the storage deal?",
    ],
    [
      "Do you know who handles the copier contract at the office?",
      "any idea who I should talk to at the front desk?",
      "Do you know who handles accounts payable at Valero?",
      "Could you please forward it to whoever handles invoices at Calpine?",
      "Let me know who I should send the invoice to.",
      "Is there someone in your group who could cover my shift on Friday?",
      "Is there anyone you'd recommend I speak with about my taxes?",
      "Who would be a good contact for the new expense process?",
      "Who is a member at the club these days?",
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

/** A third probe's misses (session 19), with the near misses the same words make. */
describe("detectIntroRequest: a foot in the door, a desk, a call between us, a word with contacts", () => {
  itTellsRequestsFromNearMisses(
    [
      "Hoping you can help me get a foot in the door at Brightwater.",
      "do you have any pull with the scholarship committee?",
      "Could you make sure my proposal lands on Ms. Okafor's desk?",
      "Any chance you could arrange a call between me and your head of sales?",
      "I would appreciate any help getting an audience with the Mayor's chief of staff.",
      "Please let her know I'd love to connect.",
      "Can you point me in the direction of the right person at the port authority?",
      "Perhaps you could mention our firm to your contacts at Halvorsen.",
      "Could you recommend someone at your firm who handles export licences?",
    ],
    [
      "Make sure the report lands on the CFO's desk by Friday.",
      "Can you arrange a call between me and you next week?",
      "Please let him know I'd love to come to dinner.",
      "Point me in the direction of the restrooms?",
      "Can you mention our firm in the newsletter?",
      "Bernadette - please get me 45 minutes with Stan Ruggiero before Friday.",
    ],
  );
});

/** Session 22's blind Enron set: whom at a named organisation, asked outright. In new words. */
describe("detectIntroRequest: whom at a named organisation, asked outright", () => {
  itTellsRequestsFromNearMisses(
    [
      "Whom in Halvorsen should I tell him to contact?",
      "Who at Dunmore Steel should we call?",
      "Who over at Calloway should she speak to?",
    ],
    [
      "Who at Dunmore Steel should I call about my invoice?",
      "Who in accounting should I talk to?",
      "Who should I tell her to contact?",
    ],
  );
});
