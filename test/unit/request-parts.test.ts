import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";
import type { Target } from "../../src/intros/types.js";

const person = (name: string | null): Target | null =>
  name ? { name, email: null, organization: null, role: null } : null;

function evidence(fresh: string, requestSentence: string, targetName: string | null) {
  return extractRequestParts({ fresh, withInlineQuotes: fresh }, requestSentence, person(targetName)).evidence;
}

describe("extractRequestParts: the parts of requests as business mail writes them", () => {
  it.each([
    ["Would you be willing to set up a lunch with Aldo Ferri?", "set up a lunch"],
    ["Could you have her give me a call?", "give me a call"],
    ["Would you put in a good word with Mona Price?", "good word"],
    ["Could you forward my resume to Ada Quill?", "resume"],
    ["We would like Ken to phone Tess Arlen about the appeal.", "phone Tess Arlen"],
    ["Would you mind mentioning my name to Aldo Ferri?", "mentioning my name"],
    ["Would you sound her out on whether she's taking a new client?", "sound her out"],
    ["Would you consider sending her the abstract with a line about my work?", "sending her the abstract"],
    ["Would you pass the attached price sheet to Aldo Ferri?", "pass the attached price sheet"],
    ["Could you forward our offer (attached, in Dutch) to Mr. Ferri?", "forward our offer"],
    ["Would you be willing to get this study in front of him?", "get this study in front of"],
    ["I'd like to walk him through our alternative before the vote.", "walk him through"],
  ])("takes the act asked for as the concrete ask in %j", (sentence, words) => {
    expect(evidence(sentence, sentence, "Aldo Ferri").concrete_ask).toContain(words);
  });

  it.each([
    "Could you intro us? I want to talk to him about their freight rates.",
    "Could you set up a breakfast with him? We need to brief him on the pipeline bill.",
    "Could you have her call me? We're bidding on their meter contract in May.",
  ])("takes what the requester wants to see them about as the reason in %j", (fresh) => {
    expect(evidence(fresh, fresh.split("?")[0] + "?", "Tess Arlen").reason).not.toBeNull();
  });

  it.each([
    "Attached is my resume. Could you pass it to whoever is hiring in trading?",
    "I am sending you the resume of Dana Oyelaran, who is great. Could you help her find an opening?",
    "To help you pass them on, I again include our plan for Houston. Could you put us in touch with them?",
    "This is the resume of my friend. Could you forward it to the hiring manager?",
    "I've attached a two-page summary of the fund. Could you pass it to her?",
    "Would you be willing to share the attached memo with Ines Okoro? It explains the pilot.",
    "Could you forward him the attached overview when you next write?",
    "Here's a paragraph you could send her as is: Tomas builds irrigation controllers for small farms.",
  ])("counts material attached to pass on as the blurb in %j", (fresh) => {
    expect(evidence(fresh, fresh.split(/[.?] /).at(-1) ?? fresh, null).blurb).not.toBeNull();
  });

  it("does not take passing on a name and number as material (a plain ask, as labellers read it)", () => {
    const sentence = "Could you pass my name and number to Aldo Ferri?";
    expect(evidence(sentence, sentence, "Aldo Ferri").concrete_ask).toBeNull();
  });

  it.each([
    "If they adopted it, it would take a big chunk out of their summer purchases.",
    "Our scheduling tool could save her team two weeks a quarter.",
  ])("counts a gain for the target said in words as the benefit in %j", (sentence) => {
    expect(
      evidence(`Could you introduce me to Ada Quill? ${sentence}`, "Could you introduce me to Ada Quill?", "Ada Quill")
        .benefit_to_target,
    ).toBe(sentence);
  });

  it("counts material already sent round as material to pass on", () => {
    const fresh = "Could you introduce me to Ada Quill? I want to show her the one-pager I circulated Monday.";
    expect(evidence(fresh, "Could you introduce me to Ada Quill?", "Ada Quill").blurb).not.toBeNull();
  });

  it.each([
    "I attached the invoice. Could you introduce me to Ada Quill?",
    "The plan is attached. Could you introduce me to Ada Quill?",
    "Please read the attached memo before Friday. Could you introduce me to Ada Quill?",
  ])("does not count an attachment nobody is to pass on as the blurb in %j", (fresh) => {
    expect(evidence(fresh, "Could you introduce me to Ada Quill?", "Ada Quill").blurb).toBeNull();
  });

  it("does not count 'mention my name' to anybody at all as a concrete ask", () => {
    const ask = "If you know anybody in Houston who needs a litigator, I'd be grateful if you'd mention my name.";
    expect(evidence(ask, ask, null).concrete_ask).toBeNull();
  });

  it("counts 'does exactly this' as why this person", () => {
    const fresh = "Your friend Hannah Oyel does exactly this for hardware companies. Would you sound her out?";
    expect(evidence(fresh, "Would you sound her out?", "Hannah Oyel").reason).toContain("exactly this");
  });

  it("counts a call returned as the concrete ask", () => {
    const ask = "Any chance you could lean on him to return my call?";
    expect(evidence(ask, ask, null).concrete_ask).toContain("return my call");
  });

  it("ends the blurb where a labelled part of the request begins, so 'Why her:' still counts as the reason", () => {
    const fresh =
      "Could you introduce me to Mary Jones at XYZ Corp?\n\nHere's a short blurb you can forward: Alex runs payroll at Northwind and is moving it to a new vendor.\nWhy her: she led the same migration at XYZ last year.";
    const parts = extractRequestParts(
      { fresh, withInlineQuotes: fresh },
      "Could you introduce me to Mary Jones at XYZ Corp?",
      person("Mary Jones"),
    );
    expect(parts.blurb).toBe("Alex runs payroll at Northwind and is moving it to a new vendor.");
    expect(parts.evidence.reason).toContain("Why her");
  });

  it("does not count 'someone in your group' as vague when the ask names the person", () => {
    const fresh =
      "I have been trying to reach someone in your credit group for a week. Would you ask Ray Oduya to call me?";
    expect(evidence(fresh, "Would you ask Ray Oduya to call me?", "Ray Oduya").vague_ask).toBeNull();
  });

  it("does not count 'people in' as vague when the ask is for 'him', the person named", () => {
    const fresh =
      "Marek Toll runs structuring at Harrow and talks to people in the weather market every day. Might I impose on you to write him a line on my behalf?";
    const ask = "Might I impose on you to write him a line on my behalf?";
    expect(evidence(fresh, ask, "Marek Toll").vague_ask).toBeNull();
  });

  it("still counts 'anyone at' as vague when the ask names no one", () => {
    const fresh = "Do you know anyone at Corvid Power? Would love a contact there.";
    expect(evidence(fresh, "Do you know anyone at Corvid Power?", null).vague_ask).toContain("anyone at Corvid Power");
  });

  it("still counts 'anyone at' as vague when a name elsewhere is not the one asked for", () => {
    const fresh = "Hi Sam Reed! If you know anyone at Blue Heron Studios, I'd love to get coffee with them.";
    const ask = "If you know anyone at Blue Heron Studios, I'd love to get coffee with them.";
    expect(evidence(fresh, ask, "Sam Reed").vague_ask).not.toBeNull();
  });

  it.each([
    ["Zero pressure if the timing is wrong.", "respects_judgement"],
    ["If the timing is bad for a lunch like this, we can find another way.", "respects_judgement"],
    ["That would let both sides settle before the hearing.", "benefit_to_target"],
    ["Our pilots are showing 17% fewer missed appointments at clinics like theirs.", "benefit_to_target"],
    ["There is real money in this for Kestle, at rates below what they pay now.", "benefit_to_target"],
    ["Her underlying survey is the only one with the tenure variables I need.", "reason"],
    ["Our tolling structure fits their load shape almost exactly.", "reason"],
  ] as const)("reads %j as %s", (sentence, signal) => {
    const ask = "Could you drop her a line for me?";
    expect(evidence(`${ask} ${sentence}`, ask, "Gail Petrakis")[signal]).toBe(sentence);
  });
});

describe("extractRequestParts: why the match, said of the one it is for", () => {
  it("reads 'the perfect skills for this job' as the reason (real mail: a friend's fit for an advertised post)", () => {
    const fresh = "Do you know who posted the buyer opening? My nephew has the perfect skills for this job.";
    expect(evidence(fresh, "Do you know who posted the buyer opening?", null).reason).toBe(
      "My nephew has the perfect skills for this job.",
    );
    const plain = "Do you know who posted the buyer opening? My nephew is looking.";
    expect(evidence(plain, "Do you know who posted the buyer opening?", null).reason).toBeNull();
  });
});
