import { describe, expect, it } from "vitest";
import { extractRequestParts } from "../../src/intros/extract-request-parts.js";

/**
 * Specific requests a band low for want of "why this person" said the way business letters say
 * it: a "Why:" label, "exactly what the festival is looking for", "the most obvious fit".
 */
const ask = "Would you be willing to ask Dr. Ruiz whether she'd take a call with me?";
const reason = (fresh: string) =>
  extractRequestParts({ fresh, withInlineQuotes: fresh }, ask, {
    name: "Ana Ruiz",
    email: null,
    organization: null,
    role: null,
  }).evidence.reason;

describe("extractRequestParts: why this person, in business words", () => {
  it.each([
    "Why: her clinic runs the only gait lab in the county.",
    "A joint concert by three valley choirs is exactly what the festival is looking for.",
    "Her group's winter book is the most obvious fit on the coast.",
  ])("reads %j as the reason", (sentence) => {
    expect(reason(`${ask}\n${sentence}`)).toBe(sentence);
  });

  it("does not read a question's 'why' or a fit of clothes as one", () => {
    expect(reason(`${ask}\nI'm not sure why the venue changed. The jacket was a perfect size.`)).toBeNull();
  });
});
