import { describe, expect, it } from "vitest";
import { extractTarget } from "../../src/intros/extract-target.js";
import { firmNameTest } from "../../src/intros/firm-names.js";

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

describe("extractTarget: session 26's blind requests, in new words", () => {
  it("reads the place of 'the relevant individuals in' it, and of 'a … contact'", () => {
    const meet =
      "It would be most helpful to meet with the relevant individuals in Weather Trading who price these deals.";
    expect(target(meet, meet)).toMatchObject({ name: null, organization: "Weather Trading" });
    const contact = "can you give me the info for a Northwind Power contact?";
    expect(target(contact, contact)).toMatchObject({ name: null, organization: "Northwind Power" });
  });

  it("gives an ask's 'her' to the nearer of two names before it, and no role from 'in support of'", () => {
    const ask =
      "I talked with Dan Whitfield and he told me the woman in admissions is Carla Moreno, so if you could send an e-mail to her in support of my application I would appreciate it.";
    const found = target(ask, ask);
    expect(found).toMatchObject({ name: "Carla Moreno" });
    expect(found?.role ?? null).not.toBe("support");
  });

  it("knows a firm named like a person by its kind ('Thornbury Oil', 'Caddo Gas')", () => {
    const isFirm = firmNameTest("Lee Dean with Thornbury Oil called our desk.");
    expect(isFirm("Thornbury Oil")).toBe(true);
    expect(isFirm("Caddo Gas")).toBe(true);
    expect(isFirm("Lee Dean")).toBe(false);
  });
});
