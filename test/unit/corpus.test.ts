import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";

/**
 * The labelled corpus (test/fixtures/corpus): every message, with what a careful human
 * judge said of it. Each one must be detected, banded and targeted as labelled.
 */
const corpus = new URL("../fixtures/corpus/", import.meta.url);
const Label = z.object({
  isIntroRequest: z.boolean(),
  band: z.enum(["low", "medium", "high"]).nullable(),
  requesterEmail: z.string().nullable(),
  forwardedByEmail: z.string().nullable(),
  target: z
    .object({ name: z.string().nullable(), organization: z.string().nullable(), role: z.string().nullable() })
    .nullable(),
  category: z.string(),
  note: z.string(),
});
const labels = z.record(z.string(), Label).parse(JSON.parse(readFileSync(new URL("labels.json", corpus), "utf8")));
const CONNECTOR = "sam@rivera.example";

async function analyze(file: string) {
  const email = await parseEmail(readFileSync(new URL(file, corpus)), { maxBytes: 25 * 1024 * 1024 });
  return analyzeEmail(email, { connectorAddresses: [CONNECTOR] });
}

describe("the labelled corpus", () => {
  it("holds at least 60 messages, requests of every band and near misses", () => {
    const entries = Object.values(labels);
    expect(entries.length).toBeGreaterThanOrEqual(60);
    for (const band of ["low", "medium", "high"])
      expect(entries.filter((label) => label.band === band).length).toBeGreaterThanOrEqual(8);
    expect(entries.filter((label) => !label.isIntroRequest).length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(labels))("%s", async (file, label) => {
    const analysis = await analyze(file);
    expect(analysis.isIntroRequest, label.note).toBe(label.isIntroRequest);
    if (!label.isIntroRequest) {
      expect(analysis.specificity).toBeNull();
      return;
    }
    expect(analysis.specificity?.band, label.note).toBe(label.band);
    expect(analysis.requester.email).toBe(label.requesterEmail);
    expect(analysis.forwardedBy?.email ?? null).toBe(label.forwardedByEmail);
    expect(analysis.target?.name ?? null).toBe(label.target?.name ?? null);
    if (label.target?.organization) expect(analysis.target?.organization).toBe(label.target.organization);
  });
});
