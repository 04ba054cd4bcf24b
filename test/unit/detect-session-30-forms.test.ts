import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Session 30's forms: blind Enron sets (gq-gl to gq-gs, read by helpers who saw no code) and the
 * whole-message check of session 29. Each request is read beside near misses in the same words
 * (src/intros/readers-people-asks.ts, near-miss-cues.ts).
 */
describe("detectIntroRequest: session 30's forms", () => {
  itTellsRequestsFromNearMisses(
    [
      // The reader to have one of their people contact a third person.
      "I am going to copy Phillippe Bibi (Chief Technology Officer) and Cindy Olson (EVP-HR). Please put someone in touch with Chris. Thanks",
      "He has given me his email address and requested a contact. Would you please make sure that someone follows up with him.",
      "Please follow-up with Jeff as soon as possible. Let me know when someone has contacted Jeff. Thanks",
      // The reader, or someone the reader knows, to talk with the writer.
      "I wondered if you expect IBJ or any of the other large financial institutions in Japan to make a market in power? Would you or someone else you know want to talk about that?",
      // The reader's friend to be seen, through the reader.
      "Also, don't forget that we need to go see your buddy Newt!",
      // The reader's blessing before approaching someone near them.
      "I want to talk to Michael Alcantar about some interesting QF ideas, but wanted to check with you first.",
      // Two sets read after the session's learning (gq-gt, gq-gu): neither found on arrival.
      "When the Nominating Committee met back in October, they also thought that Steve Rales and Frank Pearl would be good candidates. Would you be willing to try to set up a meeting with one or both of them now?",
      "If you have consulted local counsel on the issue you should put that person in touch with Elizabeth.",
      // Whom at a named place, asked for another by their office (session 30's third general check).
      "Ms. Greer's office writing. Please let us know whom at Ford she ought to approach about the program.",
      // A resume to be handed on is still a request when the opening is someone else's.
      "Forwarding the resume of my nephew Sam; could you pass it to the hiring manager for the open analyst role on your floor?",
      // An introduction asked so that the writer can ask: not the writer's offer.
      "I'd be grateful if you would mention my name to him and make an e-mail introduction so I can ask him for 30 minutes.",
    ],
    [
      // A candidate for the reader's own opening is a referral to the hirer, not an introduction asked.
      "Forwarding the resume of the candidate I mentioned for your open analyst role. I think she'd be a great fit for your team.",
      "Attached is the CV of the candidate we discussed for your vacant controller position.",
      // The writer offering to do the asking.
      "I can ask our Phoenix counsel if he can set up a meeting or give us an idea who can.",
      "I'll ask Dana whether she can join us for the call with the Calpine people.",
      "I'll put him in touch with Elizabeth tomorrow.",
      // Errands and service in the same words.
      "Please make sure someone follows up with him about the invoice.",
      "Let me know when someone has contacted the landlord about the leak in the kitchen.",
      "Would you or someone on your team want to talk about the expense report before Friday?",
      "I need to check with you first before I book the flights.",
      "Say hi to your buddy Newt for me!",
      // Someone already hired, filed (session 30's ordinary sentences).
      "Attached is the resume of the candidate we hired for the analyst role, for your onboarding file.",
    ],
  );
});
