import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * "…getting some of our people together with your people at Enron (I believe that you indicated
 * that your head of HR would be a good start) to see whether there are ways in which SmartForce
 * can help Enron achieve some of its business objectives… have someone email to me the contact
 * information for whomever it would be appropriate for us to approach" (real Enron mail, session
 * 23's blind set gq-cm, labelled medium; new words here). The role said before the ask is the one
 * sought, a role at a company is someone identifiable (no vague ask), and a company helped to a
 * goal of its own is a benefit.
 */
const context =
  "We talked about getting our engineers together with your people at Tarrow Logistics (you said your director of procurement would be the place to start) so that Quillfeather can help Tarrow Logistics cut its freight spend.";
const ask = "Could you have someone send me the name of whoever it would be best to approach?";
const fresh = `${context} ${ask}`;
const target = () => extractTarget({ fresh, quoted: "", requestSentence: ask, knownPeople: [] });

describe("a role named just before an ask for no one in particular", () => {
  it("is the role sought, without the verb that follows it", () => {
    expect(target()).toMatchObject({ name: null, organization: "Tarrow Logistics", role: "director of procurement" });
  });

  it("makes the ask no vague one, and the company's own gain a benefit", () => {
    const evidence = extractRequestParts({ fresh, withInlineQuotes: fresh }, ask, target()).evidence;
    expect(evidence.vague_ask).toBeNull();
    expect(evidence.benefit_to_target).not.toBeNull();
    expect(evidence.target_org_or_role).toBe("director of procurement at Tarrow Logistics");
  });

  it("leaves 'your people at …' vague when no role is said", () => {
    const plain = `We talked about getting our engineers together with your people at Tarrow Logistics. ${ask}`;
    const found = extractTarget({ fresh: plain, quoted: "", requestSentence: ask, knownPeople: [] });
    expect(found?.role ?? null).toBeNull();
    expect(
      extractRequestParts({ fresh: plain, withInlineQuotes: plain }, ask, found).evidence.vague_ask,
    ).not.toBeNull();
  });

  it("does not read the writer asking for help as the company's gain", () => {
    const help = "Could Tarrow Logistics help us reduce our backlog?";
    const evidence = extractRequestParts(
      { fresh: `${help} ${ask}`, withInlineQuotes: `${help} ${ask}` },
      ask,
      null,
    ).evidence;
    expect(evidence.benefit_to_target).toBeNull();
  });
});

/**
 * "Would you be so kind as to pass this along to Kelly or anyone else that you feel appropriate?"
 * (real Enron mail, session 24's blind set gq-cv, labelled medium; new words here): the writer's
 * note passed to a named person is a concrete ask, and "anyone else you feel appropriate" leaves
 * whom to the reader.
 */
describe("a note passed along to a named person, or whoever the reader thinks best", () => {
  const ask = "Could you pass this on to Oona or whoever else you think is best?";
  const evidence = (sentence: string) =>
    extractRequestParts({ fresh: sentence, withInlineQuotes: sentence }, sentence, null).evidence;

  it("is a concrete ask that leaves the choice to the reader", () => {
    expect(evidence(ask).concrete_ask).toBe(ask);
    expect(evidence(ask).respects_judgement).toBe(ask);
  });

  it("is a concrete ask at the start of a sentence too", () => {
    const start = "Pass this along to Oona, please.";
    expect(evidence(start).concrete_ask).toBe(start);
  });

  it("is not a note passed to no one in particular", () => {
    const toAll = "Please pass this along to anyone who might be interested.";
    expect(evidence(toAll).concrete_ask).toBeNull();
    expect(evidence(toAll).respects_judgement).toBeNull();
  });
});
