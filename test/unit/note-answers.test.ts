import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";
import { noteAnswersTheForwarded } from "../../src/intros/note-answers.js";

/**
 * A chief executive's forwards (session 28's blind set gq-fs), in new words: the note answers
 * what the forwarded message asked him, so the forwarded ask is no request to the reader.
 */
describe("noteAnswersTheForwarded", () => {
  it.each([
    ["the routing given", "Jim, I would forward to Dana Ruiz and Omar Haddad.\nThanks\nDave", true],
    ["a name given", "Mike, Brian Redmond\nDave", true],
    ["a note that asks", "Jim, could you forward this to Dana Ruiz?", false],
    ["a plea for help", "Can you help this guy?", false],
    ["a name in a sentence that asks", "Mike, Brian Redmond asked me to send this on. Could you help him?", false],
  ])("reads %s", (_, note, answers) => {
    expect(noteAnswersTheForwarded(note)).toBe(answers);
  });
});

const forward = (note: string, original: string) =>
  parseEmail(
    Buffer.from(
      [
        "From: Dave Lane <dave.lane@example.com>",
        "To: Jim Steffes <jim.steffes@example.com>",
        "Subject: FW: Speaker",
        "Date: Tue, 25 Jul 2000 20:04:00 -0500",
        "",
        note,
        "---------------------- Forwarded by Dave Lane/HOU/ECT on 07/25/2000 08:04 PM ---------------------------",
        "",
        "Jim Steffes",
        "07/25/2000 06:42 PM",
        "To: Dave Lane/HOU/ECT@ECT",
        "cc:",
        "Subject: Speaker",
        "",
        original,
        "",
      ].join("\n"),
    ),
    { maxBytes: 1024 * 1024 },
  );

describe("analyzeEmail: a forward whose note answers it", () => {
  const asked = "Dave -- the gas association wants a speaker. Who, if anyone, would you like us to pass this along to?";

  it("is no request when the note gives the routing", async () => {
    const analysis = analyzeEmail(
      await forward("Jim, I would forward to Dana Ruiz and Omar Haddad.\nThanks\nDave", asked),
    );
    expect(analysis.isIntroRequest).toBe(false);
  });

  it("still reads a note that asks the reader", async () => {
    const note = "Jim, could you introduce our speaker to Dana Ruiz at the association?\nDave";
    const analysis = analyzeEmail(await forward(note, asked));
    expect(analysis.isIntroRequest).toBe(true);
  });
});
