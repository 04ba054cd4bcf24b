import { describe, expect, it } from "vitest";
import { asksTheReader } from "../../src/intros/detect.js";
import { itTellsRequestsFromNearMisses, analyseMessageBody } from "../support/request-examples.js";

/**
 * Session 34's forms, from holdouts 65 and 66 (written blind, measured on arrival, then learnt),
 * each in words of our own beside near misses in the same words.
 */
describe("detectIntroRequest: holdouts 65 and 66's asks, in new words (session 34)", () => {
  itTellsRequestsFromNearMisses(
    [
      // Time given to the writer by the one asked.
      "Any chance you could ask Priya to give me 20 minutes?",
      "Could you ask her to give us half an hour before the board meets?",
      "Would you ask Tomas to give me some of his time next week?",
      // Whoever the writer brings along, in brackets or not.
      "Could you arrange for me (and our treasurer, Wes Holm) to meet with Dr. Anand for half an hour?",
      "Could you arrange for me and my partner to meet with Ruth Okafor?",
      // A kind of person, in the words of a hurried or a careful writer.
      "Do you happen to know any farriers around here (or even an apprentice home for the summer) who might come talk to the kids?",
      "Do you know any large-animal vets out this way who'd take a call from my daughter?",
      "If you know any nurses in the county who'd sit down with him over coffee, we'd be so grateful.",
      "If you know of anyone in the chamber who runs a print shop, I would be very thankful for a name.",
      "dev do you know anyone whos sailed the inside passage in november. need to pick a brain before we go",
      "If anyone in your network has relationships with buyers at the big grocery chains, I'd welcome a pointer.",
      // Holdout-67's: an idiom for smoothing the way, someone there who might be willing to talk.
      "Is there any way you could grease the skids with Ines Ruiz in your treasury group?",
      "could you smooth the way with Dana Pike?",
      "Is there someone at Kestrel Power who works on the hydro side who might be willing to talk to our class?",
    ],
    [
      // A slot in a meeting, or a wait: errands.
      "Please ask Tomas to give us ten minutes at the start of the meeting.",
      "Can you ask the caterer to give us 20 minutes to set up?",
      "Could you ask the contractor to give us twenty minutes more?",
      // A service asked for, not a person: the older sets' near misses.
      "Do you know any good plumbers around here?",
      // Someone who is going somewhere is no experience sought.
      "do you know anyone who's going to the fair on saturday.",
      "do you know anyone who's been to the new bakery yet.",
      // Work smoothed with a body, not a person; the reader's own plans.
      "Could you grease the skids with the auditors so we close on time?",
      "Are y'all still coming Sunday? Aunt Jo is bringing her pie whether we want it or not.",
      // A hello from the network, not a contact.
      "If anyone in your network is coming to the gala, I'd welcome a word.",
      // Another connector's double opt-in: the reader is the one asked.
      "Dana Whitcombe, who runs Larch Analytics, asked whether I'd connect the two of you.",
      "Omar asked if I could introduce you to his CFO; are you open to it?",
    ],
  );
});

describe("asksTheReader: the model's evidence is no errand and no hour of the reader's own", () => {
  it.each([
    "Could you please call Ines Marlow in accounts at Brightwater Freight about invoice 5521?",
    "Would you ring Joe Pratt at Kessel Supply about the past-due statement?",
    "I know how busy Advent is, but could I have an hour of your time next week?",
    "Could I grab twenty minutes with you before the Harvest Fair?",
    "Anyone know who set up the new wifi?",
    "I would like to meet in Austin Tuesday - can you set that up with the venue?",
  ])("%j is not the model's evidence", (sentence) => {
    expect(asksTheReader(sentence)).toBe(false);
  });

  it("still takes a call about a person's work", () => {
    expect(asksTheReader("Could you call Ines Marlow at Brightwater and tell her about my son?")).toBe(true);
  });
});

/** The analysis of a message from pat@writer.example to the connector, subject "a favour". */
const analyse = (body: string) => analyseMessageBody(body, "a favour");

/** The evidence of one signal when this sentence follows a plain ask to mention the writer to Carla Beck. */
async function evidenceBeside(sentence: string, signal: string): Promise<string | null> {
  const analysis = await analyse(`Would you mention me to Carla Beck? ${sentence}`);
  return analysis.specificity?.signals.find((s) => s.id === signal)?.evidence ?? null;
}

describe("analyzeEmail: who the target is, and how specific, as holdouts 1–66 write it", () => {
  it("reads a post sought by its duty as who exactly, with where it sits", async () => {
    const analysis = await analyse(
      "Hi Sam, could you get me 20 min with whoever runs value analysis at Northgate Health?",
    );
    expect(analysis.target).toMatchObject({
      name: null,
      organization: "Northgate Health",
      role: "runs value analysis",
    });
    const signals = Object.fromEntries((analysis.specificity?.signals ?? []).map((s) => [s.id, s]));
    expect(signals.named_target?.evidence).toBe("whoever runs value analysis at Northgate Health");
    expect(signals.vague_ask?.present).toBe(false);
    expect(analysis.specificity?.band).toBe("medium");
  });

  it.each([
    [
      "Could you ask whoever at Parks and Recreation owns the summer permits to give me a call?",
      "Parks and Recreation",
      "owns the summer permits",
    ],
    ["Can you get me in front of Halvern Freight's ops director?", "Halvern Freight", "ops director"],
    ["Could you set up a short call with your infection control lead?", null, "infection control lead"],
  ])("%j: %j, %j", async (body, organization, role) => {
    const analysis = await analyse(body);
    expect(analysis.target).toMatchObject({ name: null, organization, role });
  });

  it("keeps a kind of person vague, and a person's possessive no body", async () => {
    const anyone = await analyse("Do you know anyone who has run a food truck? I'd love to ask a few questions.");
    expect(anyone.specificity?.band).toBe("low");
    const persons = await analyse("Can you get me in front of Dana Whitcombe's ops director?");
    expect(persons.target?.organization ?? null).not.toBe("Dana Whitcombe");
  });

  it.each([
    ["do u still talk to nate at harbor provisions? could u ask him to call me", "Nate", "Harbor Provisions"],
    ["any chance you could get us in front of tom greaves at lakeshore electric?", "Tom Greaves", "Lakeshore Electric"],
    [
      "do u still talk to kim delacroix-maas over at the three rivers workforce board? could u ask her to call me",
      "Kim Delacroix-Maas",
      "Three Rivers Workforce Board",
    ],
    ["you know merle haskins over there dont you. could you put in a good word for my boy", "Merle Haskins", null],
  ])("reads a lower-case name: %j", async (body, name, organization) => {
    const analysis = await analyse(body);
    expect(analysis.target).toMatchObject({ name, organization });
  });

  it("reads 'can you have rick tanaka on the crude desk ring me?'", async () => {
    const analysis = await analyse("can you have rick tanaka on the crude desk ring me? heard hes hiring");
    expect(analysis.target?.name).toBe("Rick Tanaka");
  });

  it.each(["If it's easier, just forward him this:", "Short version if you want to send it to him:"])(
    "reads %j over a paragraph as the blurb",
    async (offer) => {
      const analysis = await analyse(
        `Would you mention me to Carla Beck?\n\n${offer}\n  Rowan Tate runs a two-person survey firm in Lufkin and would like to bid on the pipeline easements.`,
      );
      expect(analysis.blurb).toContain("Rowan Tate runs a two-person survey firm");
    },
  );

  it.each([
    "I've attached a one-page description you could hand her.",
    "A paragraph she can skim is below.",
    "Could you wave Kofi's note (below) under her nose?",
    "I wrote up a one-page proposal for the festival.",
  ])("reads %j as material for the target", async (sentence) => {
    expect(await evidenceBeside(sentence, "blurb")).toBe(sentence);
  });

  it("does not read a note put up elsewhere as material for the target", async () => {
    expect(await evidenceBeside("I put a note in the bulletin about the cashiers.", "blurb")).toBeNull();
  });

  it("takes no adverb for a place: 'at least'", async () => {
    const analysis = await analyse("could you ask josh wells at least once if he'd call me");
    expect(analysis.target).toMatchObject({ name: "Josh Wells", organization: null });
  });

  it("gives the writer's own party no target: 'for me (and our CFO, Janet Ruud)'", async () => {
    const analysis = await analyse(
      "Could you arrange for me (and our CFO, Janet Ruud) to meet with Dr. Everett Sloane for 30 minutes?",
    );
    expect(analysis.target?.name).toBe("Everett Sloane");
  });

  it.each([
    ["You sit on the hospice board with Carla Beck.", "reason"],
    ["She produced the only serious film on the cannery strikes.", "reason"],
    ["The person drafting the plan is Dr. Carla Beck.", "reason"],
    ["She is now editor at Fenwick Press, which is exactly the kind of home this book needs.", "reason"],
    ["We'd credit her in the programme and pay her usual fee.", "benefit_to_target"],
    ["We would bring the survey data, which she will need for the report anyway.", "benefit_to_target"],
    ["Honestly, I think she'd be glad you did.", "benefit_to_target"],
    ["Walter is the obvious person, since they sat on the task force together.", "reason"],
    ["The name that keeps coming up from the students is Carla Beck.", "reason"],
    ["I'm told she decides who can use the district kitchens.", "reason"],
    ["You've worked with her for years on the food drive.", "reason"],
    ["I hear she's been looking to fund rural housing.", "benefit_to_target"],
  ] as const)("reads %j as %s", async (sentence, signal) => {
    expect(await evidenceBeside(sentence, signal)).toBe(sentence);
  });

  it.each([
    ["Could you ask Carla Beck if my son could get in for the spring term?", "benefit_to_target"],
    ["Carla Beck would be glad to go over to the site with me.", "benefit_to_target"],
    ["If any of them are hiring, I'd love to hear.", "reason"],
  ] as const)("does not read %j as %s", async (sentence, signal) => {
    expect(await evidenceBeside(sentence, signal)).not.toBe(sentence);
  });
});
