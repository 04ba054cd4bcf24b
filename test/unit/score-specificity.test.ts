import { describe, expect, it } from "vitest";
import { bandOf, scoreSpecificity, SIGNAL_POINTS, type SignalEvidence } from "../../src/intros/score-specificity.js";
import type { SignalId } from "../../src/intros/types.js";

const NONE: SignalEvidence = {
  named_target: null,
  target_org_or_role: null,
  reason: null,
  concrete_ask: null,
  benefit_to_target: null,
  blurb: null,
  respects_judgement: null,
  vague_ask: null,
};

function only(id: SignalId, words = "the words"): SignalEvidence {
  return { ...NONE, [id]: words };
}

describe("scoreSpecificity", () => {
  it("scores a request with no signals 0, band low, listing every signal as absent", () => {
    const result = scoreSpecificity(NONE);
    expect(result.score).toBe(0);
    expect(result.band).toBe("low");
    expect(result.signals.map((signal) => signal.id)).toEqual(Object.keys(SIGNAL_POINTS));
    expect(result.signals.every((signal) => !signal.present && signal.points === 0 && signal.evidence === null)).toBe(
      true,
    );
  });

  it.each([
    ["named_target", 20],
    ["target_org_or_role", 10],
    ["reason", 15],
    ["concrete_ask", 15],
    ["benefit_to_target", 15],
    ["blurb", 15],
    ["respects_judgement", 10],
  ] as const)("counts %s for %i points with its evidence", (id, points) => {
    const result = scoreSpecificity(only(id, `evidence for ${id}`));
    expect(result.score).toBe(points);
    const signal = result.signals.find((entry) => entry.id === id);
    expect(signal).toEqual({ id, present: true, points, evidence: `evidence for ${id}` });
  });

  it("counts a vague ask against the request", () => {
    const named = scoreSpecificity({
      ...NONE,
      named_target: "Mary Jones",
      concrete_ask: "a 20-minute call",
      reason: "she built it",
    });
    const vague = scoreSpecificity({
      ...NONE,
      named_target: "Mary Jones",
      concrete_ask: "a 20-minute call",
      reason: "she built it",
      vague_ask: "pick her brain",
    });
    expect(named.score).toBe(50);
    expect(vague.score).toBe(30);
    expect(vague.signals.find((signal) => signal.id === "vague_ask")?.points).toBe(-20);
  });

  it("never goes below 0 or above 100", () => {
    expect(scoreSpecificity(only("vague_ask")).score).toBe(0);
    const everything = Object.fromEntries(Object.keys(NONE).map((id) => [id, "x"])) as unknown as SignalEvidence;
    expect(scoreSpecificity({ ...everything, vague_ask: null }).score).toBe(100);
  });

  it("places the band edges at 30 and 65 (fitted to the labelled sets: scripts/fit-bands.ts)", () => {
    expect([0, 29, 30, 64, 65, 100].map(bandOf)).toEqual(["low", "low", "medium", "medium", "high", "high"]);
  });

  it("adds up to exactly 100 for a request that shows every positive signal", () => {
    const positive = Object.values(SIGNAL_POINTS).filter((points) => points > 0);
    expect(positive.reduce((sum, points) => sum + points, 0)).toBe(100);
  });
});
