import { describe, expect, it } from "vitest";
import { substringTest } from "../../src/intros/substring-test.js";

/** Deterministic pseudo-random numbers, so that every run checks the same strings. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe("substringTest", () => {
  it("answers as String.prototype.includes does, on small alphabets where pieces recur", () => {
    const next = random(7);
    const pick = (alphabet: string[], length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    let compared = 0;
    for (const alphabet of [
      ["a", "b"],
      ["a", "b", " ", "."],
      ["x", "é", "\u{1F600}"],
    ]) {
      for (let round = 0; round < 300; round++) {
        const text = pick(alphabet, Math.floor(next() * 40));
        const occurs = substringTest(text);
        for (let probe = 0; probe < 30; probe++) {
          const start = Math.floor(next() * (text.length + 1));
          const piece =
            next() < 0.5 ? text.slice(start, start + Math.floor(next() * 8)) : pick(alphabet, Math.floor(next() * 6));
          expect(occurs(piece), `${JSON.stringify(piece)} in ${JSON.stringify(text)}`).toBe(text.includes(piece));
          compared++;
        }
      }
    }
    expect(compared).toBe(27_000);
  });

  it("finds every sentence of a blurb in it, and nothing else", () => {
    const blurb = "Finch builds scheduling software for clinics. We have 40 customers. Happy to share numbers.";
    const occurs = substringTest(blurb);
    for (const sentence of blurb.split(/(?<=\.) /)) expect(occurs(sentence)).toBe(true);
    expect(occurs("We have 41 customers.")).toBe(false);
    expect(occurs("")).toBe(true);
  });
});
