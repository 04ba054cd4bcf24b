import { describe, expect, it } from "vitest";
import { detect, detectWithSubject, itTellsRequestsFromNearMisses } from "../support/request-examples.js";

/**
 * Holdouts 33–36 were measured blind in session 16 (precision / recall 0.952 / 0.80, 0.833 /
 * 0.80, 0.917 / 0.88, 0.955 / 0.84), then learnt from. The general forms behind their misses
 * and false alarms, in new words (never the sets' own sentences).
 */
describe("detectIntroRequest: holdouts 33 to 36's families, in new words", () => {
  itTellsRequestsFromNearMisses(
    [
      // Phone typing without apostrophes.
      "would u ask tomas if hed meet my nephew for coffee sometime?",
      // Whether a third person would see the writer.
      "Your friend at the port authority - is she someone I could talk to?",
      // A word from the reader said to weigh more than the writer's own approach.
      "If you know her, a quick word from you would carry more than any letter of mine.",
      // Someone vouched for, or mentioned, in a call the reader is asked to make.
      "Could you ring him and tell him Maya is a hard-working girl?",
      "Would you give Dana a call and recommend my brother?",
      // A contact who could advise, if the reader knows one; relayed for a relative too.
      "If you know anyone at the mills who'd talk to my son about welding, I'd be so grateful.",
      "My aunt asked me whether you know somebody who could advise her on selling the farm.",
      // A named person asked to look at the writer's material.
      "Could Priya Nair at Holloway Studio take a quick look at my portfolio?",
      // Someone placed with a third person's team.
      "Would you ask Dr. Ruiz whether the clinic could take my niece for the summer?",
      // A kind of person wanted for the writer's side, "know anyone?".
      "looking for a potter who'd let my son help out this summer - know anyone?",
      // Whether the reader knows someone, then a wish to talk to them.
      "Do you know Hal Brenner at the rail yard? Want to talk to him about a siding contract.",
      // Time wanted with someone the reader knows, or with whoever runs something, then "set it up".
      "You mentioned you know Kate Morrow at Lakeview. I'd like to sit down with Kate for an hour next week.",
      "Erin - need to talk to whoever runs the loading dock about Friday's deliveries. Can you set something up?",
    ],
    [
      // A thing taken, a trade wanted, an errand told.
      "Could you ask the plumber whether the boiler could take another radiator?",
      "If you know anyone who can fix a flat roof, let me know.",
      "Could you call the bank and tell them about the late payment?",
      // Someone known, with no wish to see them; time wanted with no word of the reader.
      "Do you know Hal Brenner at the rail yard? He was at the game last night.",
      "I'd like to sit down with Kate on Friday to go over the budget.",
      // The writer's own hire; a gift asked of the reader.
      "We're looking for a controller who knows SAP - know anyone?",
      "Would you consider donating a raffle prize again this year?",
      // A client handed on: the reader is to make themself known.
      "Please introduce yourself to Walt Brenner at the Elm Street depot when you're out there next.",
      "Could you introduce yourself to Dr. Mara Quist at the clinic?",
    ],
  );

  it("reads the ask in a subject's second part", () => {
    expect(detectWithSubject("pallets stuck -- know anybody senior at Brandt Logistics??", "see below. thx")).toBe(
      true,
    );
    expect(detectWithSubject("pallets stuck -- any update from Brandt Logistics??", "see below. thx")).toBe(false);
  });

  it("takes a search firm's mandate for a recruiter's, whatever the ask's words", () => {
    const search =
      "I've been retained by a regional bank to find a head of treasury. " +
      "If anyone you've worked with comes to mind, I'd be grateful for a name, or have them call me directly.";
    expect(detect(search).isIntroRequest).toBe(false);
    const mandate =
      "We have been retained to fill a plant manager seat in Ohio. I'd welcome a name or two. " +
      "Could we find fifteen minutes this week to talk it over?";
    expect(detect(mandate).isIntroRequest).toBe(false);
  });
});
