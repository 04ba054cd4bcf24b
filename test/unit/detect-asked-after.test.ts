import { describe } from "vitest";
import { itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Two forms the first learned model caught by chance and the hand-written cues now carry,
 * whatever the model's weights: someone the reader knew at a place of work, asked after; and
 * whether a named person (or their aide) would see the writer, the reader asked to find out.
 * New words, never a labelled set's sentences.
 */
describe("detectIntroRequest: someone asked after, or asked whether they would see us", () => {
  const requests = [
    "u still know tomas reyes at the port authority?",
    "Do you still talk to Ines Barros over at Halvorsen Capital?",
    "still in touch w anyone? do you still know marta at the county clerk's office?",
    "Could you find out whether Judge Okafor's clerk would meet with us before the filing?",
    "Can you see if Dana Whitfield would be open to a coffee with me next month?",
    "Would you ask whether Commissioner Lutz would sit down with us for twenty minutes?",
  ];
  const nearMisses = [
    "Do you still know the password for the shared drive?",
    "You still know how to get to the lake house from here?",
    "Do you still know Spanish from your year in Madrid?",
    "Do you still talk to your sister at all?",
    "Could you find out whether the boardroom would suit us on Friday?",
    "Can you see if the printer will work with my laptop?",
    "Could you find out whether we can meet with the landlord's agent ourselves?",
  ];
  itTellsRequestsFromNearMisses(requests, nearMisses);
});
