import { describe } from "vitest";
import { itTellsAsksApart, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 14 and 15 were measured blind (recall 0.84 and 0.76, precision 0.875 and 0.95) and
 * then learnt from. The general forms behind their misses and false alarms, each in new words
 * (never the sets' own sentences), with the near misses each must leave alone.
 */
describe("asksTheReader: someone named by a given name alone, material sent on, sounding someone out", () => {
  const asking = [
    "Could you see if Margarethe would take a short call with me in April?",
    "Could you send to him the one-page note I attach?",
    "Would you be willing to ask her whether the choir might sing at the benefit?",
  ];
  const notAsking = [
    "Could you see if Friday would work for the call?",
    "Could you send her the invoice by Monday?",
    "Could you ask Will whether the meeting is still on?",
  ];
  itTellsAsksApart(asking, notAsking);
});

describe("detectIntroRequest: holdout-14's and holdout-15's families, in new words", () => {
  const requests = [
    "Do you still have a line into Ilse Brandt at Norvik Shipping?",
    "Would you be comfortable putting us together? Her team is rebuilding the claims desk and we did the same at Halvard.",
    "Dana, would you be willing to get this report in front of Oren Falk at Tessmer Water?",
    "My cousin's friend runs the studio. Can I send you my portfolio so you can pass it to her?",
    "Can you get me to somebody at the port authority? Long story, call me.",
    "If your brother-in-law could pass it to whoever runs their graduate program, I would be very grateful.",
  ];
  const nearMisses = [
    "Please pass this along to the PTA board and the class parents.",
    "I'd love to put you in touch with our support engineer, Lena Ortiz, for a free audit.",
    "If you know anyone who might be looking, could you send them my way?",
    "If you're not the right person, could you pass this along to whoever manages purchasing?",
    "Can I send you the agenda so you can print it for the board?",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);
});
