import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluateLabelledFolder, sameName, sameOrganization } from "../../src/dev/evaluate-labelled.js";

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

describe("evaluate: the inbox owner's address a label gives", () => {
  const ask = (from: string, to: string, cc = "") =>
    [
      `From: ${from}`,
      `To: ${to}`,
      ...(cc ? [`Cc: ${cc}`] : []),
      "Subject: Orla Fenwick at Tamsin Foods",
      "Date: Tue, 3 Mar 2020 10:00:00 +0000",
      "Message-ID: <a@example.org>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "Hi Pieter,",
      "Could you introduce me to Orla Fenwick at Tamsin Foods? We are bidding on their packaging tender.",
      "Thanks, Ravi",
      "",
    ].join("\r\n");

  it("measures a request the owner is only copied on as the product judges it: no request to them", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "labelled-"));
    writeFileSync(
      path.join(folder, "a.eml"),
      ask("Ravi <ravi@east.example>", "Pieter <pieter@north.example>", "Nell <nell@owner.example>"),
    );
    writeFileSync(path.join(folder, "b.eml"), ask("Ravi <ravi@east.example>", "Nell <nell@owner.example>"));
    const label = (isIntroRequest: boolean) => ({
      isIntroRequest,
      band: isIntroRequest ? "medium" : null,
      target: isIntroRequest ? { name: "Orla Fenwick", organization: "Tamsin Foods" } : null,
      connectorEmail: "nell@owner.example",
    });
    writeFileSync(path.join(folder, "labels.json"), JSON.stringify({ "a.eml": label(false), "b.eml": label(true) }));
    const result = await evaluateLabelledFolder(folder);
    expect(result.misses.filter((miss) => /not a request|missed/.test(miss))).toEqual([]);
    expect(result.precision).toBe(1);
    expect(result.recall).toBe(1);
  });
});
