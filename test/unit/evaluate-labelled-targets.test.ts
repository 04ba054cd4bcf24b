import { describe, expect, it } from "vitest";
import { sameName, sameOrganization } from "../../src/dev/evaluate-labelled.js";

describe("evaluate: when a target agrees with its label", () => {
  it("takes a name with or without the title before it as the same person", () => {
    expect(sameName("Walter Pruett", "Col. Walter Pruett")).toBe(true);
    expect(sameName("Kowalczyk", "Deputy Kowalczyk")).toBe(true);
    expect(sameName("amara nwosu", "Dr. Amara Nwosu")).toBe(true);
    expect(sameName("Walter Pruett", "Walter Price")).toBe(false);
    expect(sameName(null, "Dr. Amara Nwosu")).toBe(false);
  });

  it("takes an organisation with or without a leading 'the' as the same", () => {
    expect(sameOrganization("Commission", "the Commission")).toBe(true);
    expect(sameOrganization("Tidewell Genomics", "Tidewell")).toBe(false);
  });
});
