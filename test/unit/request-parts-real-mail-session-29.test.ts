import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Session 29: three blind requests labelled medium (a named person and a concrete ask) that the
 * score put low, because an ask to hand something on to a named person was not read as a
 * concrete ask. Measured: sessions 25–29's blind sets' band agreement 123 → 126 of 178, no
 * labelled band changed.
 */
const parts = (fresh: string, ask: string) => {
  const target = extractTarget({ fresh, quoted: "", requestSentence: ask, knownPeople: [] });
  return extractRequestParts({ fresh, withInlineQuotes: fresh }, ask, target).evidence;
};

describe("a hand-on to a named person is a concrete ask (session 29)", () => {
  it.each([
    "Would you please forward to Mr. Garland as well.",
    "Please, refer John directly to Jinbaek Kim and his academic advisor.",
    "Could you send it to Dana Ruiz?",
    "I might need your help in conveying this to him.",
  ])("%j", (ask) => {
    expect(parts(`Attached please find the overview. ${ask}`, ask).concrete_ask).toBe(ask);
  });

  it.each(["Please forward to the team as well.", "Could you send it to accounting?", "Please pass it on."])(
    "not %j, which names no one",
    (ask) => {
      expect(parts(`Attached please find the overview. ${ask}`, ask).concrete_ask).toBeNull();
    },
  );
});
