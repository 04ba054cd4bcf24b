import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";

/**
 * Session 29's whole-message check (test/fixtures/session-29-whole-messages, README there): eighty
 * messages by a helper who saw no code, read through the whole intake path. All eighty are read
 * as labelled since session 30; before it three were not:
 * - g29e-043 and g29e-045: forwards whose forwarded header has no date and no address ("From: Sofia
 *   Martins"), which the forward reader did not unwrap, so the forwarded ask read as the writer's own;
 * - g29e-003: the same forward header, under a note that hands the forwarded writer on to the reader.
 */
const folder = new URL("../fixtures/session-29-whole-messages/", import.meta.url);
const labels = JSON.parse(readFileSync(new URL("labels.json", folder), "utf8")) as Record<
  string,
  { isIntroRequest: boolean }
>;

describe("detection through the whole intake path: session 29's whole messages", () => {
  it("has a label for every message", () => {
    const files = readdirSync(folder).filter((file) => file.endsWith(".eml"));
    expect(files.sort()).toEqual(Object.keys(labels).sort());
  });

  it.each(Object.entries(labels))("%s is a request: %j", async (file, label) => {
    const email = await parseEmail(readFileSync(new URL(file, folder)), { maxBytes: 1_000_000 });
    expect(analyzeEmail(email).isIntroRequest).toBe(label.isIntroRequest);
  });
});
