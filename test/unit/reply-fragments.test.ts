import { readFileSync, readdirSync } from "node:fs";
import EmailReplyParser from "email-reply-parser";
import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { readReplyFragments } from "../../src/intake/reply-fragments.js";

const corpus = new URL("../fixtures/corpus/", import.meta.url);
const library = (text: string) =>
  new EmailReplyParser()
    .read(text)
    .getFragments()
    .map((fragment) => ({
      content: fragment.getContent(),
      quoted: fragment.isQuoted(),
      signature: fragment.isSignature(),
    }));
/** Fragments as the caller uses them: blank ones dropped, blanks at line ends ignored. */
const visible = (fragments: { content: string; quoted: boolean; signature: boolean }[]) =>
  fragments
    .map((fragment) => ({ ...fragment, content: fragment.content.replace(/[ \t]+$/gm, "").trim() }))
    .filter((fragment) => fragment.content !== "" || fragment.quoted || fragment.signature);

describe("readReplyFragments", () => {
  it("splits quotes and signatures as email-reply-parser does", () => {
    const fragments = readReplyFragments("Could you intro me?\n\nSent from my iPhone\n\nOn Tue, Sam wrote:\n> Sure.");
    expect(fragments.map((fragment) => [fragment.quoted, fragment.signature])).toContainEqual([true, false]);
    expect(fragments[0]?.content).toContain("Could you intro me?");
  });

  it("gives the parser's own answer for every prefix of every corpus message (its shortcut changes nothing)", async () => {
    const files = readdirSync(corpus).filter((name) => name.endsWith(".eml"));
    let compared = 0;
    for (const file of files) {
      const { text } = await parseEmail(readFileSync(new URL(file, corpus)), { maxBytes: 25 * 1024 * 1024 });
      const lines = text.replace(/\r\n/g, "\n").split("\n");
      // Prefixes of the message, cut at every fifth line: most have no special line at all.
      for (let end = 1; end <= lines.length; end += 5) {
        const prefix = lines.slice(0, end).join("\n");
        expect(visible(readReplyFragments(prefix)), `${file}, first ${end} lines`).toEqual(visible(library(prefix)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
