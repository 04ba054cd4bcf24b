import { describe, expect, it } from "vitest";
import { sentences } from "../../src/intros/text.js";

/** Where sentences end: a stop after an initial or a company's abbreviation usually ends none. */
describe("sentences: initials and abbreviations", () => {
  it("keeps an initial before a name inside its sentence", () => {
    expect(sentences("Do you know anyone at the J. Paul Getty Trust? Thanks.")).toEqual([
      "Do you know anyone at the J. Paul Getty Trust?",
      "Thanks.",
    ]);
    expect(sentences("Ruth M. Okafor runs it. Could you ask her?")).toEqual([
      "Ruth M. Okafor runs it.",
      "Could you ask her?",
    ]);
  });

  it("still ends a sentence after a series, a plan or a class letter", () => {
    expect(sentences("They closed their Series B. Ingrid runs the lab.")).toEqual([
      "They closed their Series B.",
      "Ingrid runs the lab.",
    ]);
    expect(sentences("We fall back to Plan B. Then we call.")).toEqual(["We fall back to Plan B.", "Then we call."]);
  });

  it("keeps a company's abbreviation before a lower-case word inside its sentence", () => {
    expect(sentences("would he know anybody at Dunmore Bros. who buys timber?")).toEqual([
      "would he know anybody at Dunmore Bros. who buys timber?",
    ]);
  });
});
