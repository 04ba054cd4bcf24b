import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";

/**
 * "If I can be of further help give me a call at (407) 293-4000" (real Enron mail, session 23's
 * blind set gq-cm; new words here): the writer's own availability, offered in closing, is no
 * concrete ask of the target; "have her give me a call" still is.
 */
const ask = "Could you refer Tomas to someone in your organization?";
const concreteAsk = (fresh: string) =>
  extractRequestParts({ fresh, withInlineQuotes: fresh }, ask, null).evidence.concrete_ask;

describe("a call offered in closing", () => {
  it("is not a concrete ask", () => {
    for (const closing of [
      "If I can be of further help give me a call at 555-0134.",
      "If you have any questions, give me a call.",
      "Please feel free to give me a call on my cell.",
      "Don't hesitate to drop me a line.",
    ]) {
      expect(concreteAsk(`${ask} ${closing}`)).toBeNull();
    }
  });

  it("leaves the target's call asked for a concrete ask", () => {
    const call = "Could you have her give me a call at 555-0134?";
    expect(concreteAsk(`${ask} ${call}`)).toBe(call);
  });
});
