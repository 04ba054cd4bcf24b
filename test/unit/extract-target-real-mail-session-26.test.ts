import { describe, expect, it } from "vitest";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Targets that session 25's blind Enron mail was given wrongly, in new words: "Venezuelan
 * Ambassador Arcaya" read as a person called "Venezuelan Arcaya", and an ask for a meeting
 * "with the Ambassador" not tied to him.
 */
const target = (fresh: string, requestSentence: string) =>
  extractTarget({ fresh, quoted: "", requestSentence, knownPeople: [] });

describe("extractTarget: an office named before the name, and by its title alone (session 26)", () => {
  it("keeps a country's adjective with the office, not with the name", () => {
    const ask = "Could you introduce us to Peruvian Minister Quispe?";
    expect(target(ask, ask)).toMatchObject({ name: "Quispe", role: "Peruvian Minister" });
    const full = "Could you introduce us to Chilean Ambassador Marta Lagos?";
    expect(target(full, full)).toMatchObject({ name: "Marta Lagos", role: "Chilean Ambassador" });
  });

  it("gives an ask for a meeting 'with the Ambassador' to whoever holds that office", () => {
    const ask = "Would you please help us set up a meeting with the Ambassador next month?";
    const fresh = `We think the best way in is through Peruvian Ambassador Quispe. ${ask}`;
    expect(target(fresh, ask)).toMatchObject({ name: "Quispe", role: "Peruvian Ambassador" });
    // (Another office's holder is not the one the ask names.)
    const other = `We met Peruvian Minister Quispe last week. ${ask}`;
    expect(target(other, ask)?.name ?? null).not.toBe("Quispe");
  });
});
