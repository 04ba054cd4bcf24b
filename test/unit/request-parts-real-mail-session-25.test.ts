import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Session 25's blind Enron sets: "I'll probably need the help of one of you in contacting Jeff
 * McMahon" (gq-dl) and "Can you talk to her about me?" (gq-di), both labelled medium and read as
 * low: the one to be contacted was not taken for the target, and contacting or talking to someone
 * was not a concrete ask. In new words. Measured: band agreement over the labelled sets 1,365 →
 * 1,369 of 1,632 (nine sets better, five worse), and two more of session 25's blind requests.
 */
const parts = (fresh: string, ask: string) => {
  const target = extractTarget({ fresh, quoted: "", requestSentence: ask, knownPeople: [] });
  return { target, evidence: extractRequestParts({ fresh, withInlineQuotes: fresh }, ask, target).evidence };
};

describe("contacting or talking to someone, asked", () => {
  it("names the one to be contacted as the target", () => {
    const ask = "If not, I'll probably need the help of one of you in contacting Dana Pruitt.";
    expect(parts(`Any objections to Mary Kay's suggestion? ${ask}`, ask).target?.name).toBe("Dana Pruitt");
  });

  it("is a concrete ask", () => {
    const ask = "Can you talk to her about me?";
    const fresh = `You once said your sister could look out for openings at Halvorsen. ${ask}`;
    expect(parts(fresh, ask).evidence.concrete_ask).not.toBeNull();
    const contact = "I'll probably need the help of one of you in contacting Dana Pruitt.";
    expect(parts(contact, contact).evidence.concrete_ask).not.toBeNull();
  });

  it("is no concrete ask in what the one sought would do", () => {
    const ask = "know any other bakers who moved into an old mill that would talk to him??";
    expect(parts(ask, ask).evidence.concrete_ask).toBeNull();
  });

  it("is no concrete ask when only help is asked", () => {
    const ask = "Could you help me with this?";
    expect(parts(ask, ask).evidence.concrete_ask).toBeNull();
  });
});
