import { describe, expect, it } from "vitest";
import { splitQuoted } from "../../src/intake/split-quoted.js";

describe("splitQuoted", () => {
  it("separates a Gmail reply from its 'On … wrote:' history", () => {
    const text =
      "Could you intro me to her?\n\nThanks,\nAlex\n\nOn Tue, Mar 3, 2026 at 9:14 AM Sam Rivera <sam@rivera.example> wrote:\n> You should meet Mary Jones.\n> Sam\n";
    const split = splitQuoted(text);
    expect(split.fresh).toBe("Could you intro me to her?\n\nThanks,\nAlex");
    expect(split.quoted).toContain("> You should meet Mary Jones.");
  });

  it("separates an Outlook reply from its 'From: … Sent: …' block", () => {
    const text =
      "Thanks, talk Friday!\n\n________________________________\nFrom: Sam Rivera <sam@rivera.example>\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Alex Kim <alex@northwind.example>\nSubject: RE: intro?\n\nCould you introduce me to Mary Jones?\n";
    const split = splitQuoted(text);
    expect(split.fresh).toBe("Thanks, talk Friday!");
    expect(split.quoted).toContain("Could you introduce me to Mary Jones?");
  });

  it("drops '>' quoted lines and signatures from the fresh text", () => {
    const split = splitQuoted("> could you introduce me to Mary?\n\nSure thing.\n\n-- \nAlex Kim\nVP Sales\n");
    expect(split.fresh).toBe("Sure thing.");
    expect(split.quoted).toContain("could you introduce me to Mary?");
  });

  it("keeps a message with no history whole", () => {
    const whole = "Hi Sam,\n\nCould you intro me to Leo?";
    expect(splitQuoted("Hi Sam,\r\n\r\nCould you intro me to Leo?\r\n")).toEqual({
      fresh: whole,
      withInlineQuotes: whole,
      quoted: "",
    });
  });

  it("keeps a '>' block between the sender's own lines apart from the fresh text, unquoted", () => {
    const split = splitQuoted(
      "Here's a blurb you can forward:\n\n> Alex runs Finch.\n\nThanks!\nAlex\n\nOn Tue, Sam wrote:\n> Sure.\n",
    );
    expect(split.fresh).not.toContain("Alex runs Finch.");
    expect(split.withInlineQuotes).toContain("Here's a blurb you can forward:\n\nAlex runs Finch.");
    expect(split.quoted).toContain("> Sure.");
  });
});

describe("splitQuoted: a rule line is no signature", () => {
  it("keeps a letter pasted below '---' as the sender's own text, and what follows it", () => {
    const text =
      "Delia,\n\nI'm pasting in below the letter our board approved.\n\n---\n\nDear Ms. Farrow,\n\n" +
      "We would be grateful if you would pass the paragraph below to Mr. Ebersole.\nIt would help us greatly.\n\n" +
      "---\n\nThat's the formal version. The informal one: put in a word with Walt?\n\nIngrid";
    const { fresh } = splitQuoted(text);
    expect(fresh).toContain("pass the paragraph below to Mr. Ebersole");
    expect(fresh).toContain("put in a word with Walt");
  });

  it("still drops a signature after '--'", () => {
    const { fresh } = splitQuoted("Could you introduce me to Ada Quill?\n\n-- \nAlex Kim\nNorthwind Labs\n555-0100");
    expect(fresh).toBe("Could you introduce me to Ada Quill?");
  });
});

describe("splitQuoted: answers inline below an 'On … wrote:' line", () => {
  const history = [
    "On Mon, 11 Nov 2019 at 18:42, Ana Ruiz <ana@ruiz.example> wrote:",
    "",
    "> Are you still up for running the Thursday session together?",
    "",
    "Yes, gladly, and the split you suggest suits me.",
    "",
    "> Also, did you see Harbour Books is starting a translated list?",
    "",
    "I did, and would you be willing to mention me to their editor, Tom Reyes?",
  ].join("\n");

  it("keeps the sender's answers and leaves the quoted lines out", () => {
    const split = splitQuoted(`Hi Ana,\n\nAnswers inline.\n\n${history}`);
    expect(split.fresh).toContain("would you be willing to mention me to their editor, Tom Reyes?");
    expect(split.fresh).toContain("Yes, gladly");
    expect(split.fresh).not.toContain("Are you still up for");
    expect(split.fresh).not.toContain("wrote:");
  });

  it("still cuts a plain reply's history at the line", () => {
    const plain =
      "Thanks, see you then.\n\nOn Mon, 11 Nov 2019, Ana Ruiz wrote:\n\n> Would you introduce me to Tom Reyes?\n> Ana";
    expect(splitQuoted(plain).fresh).toBe("Thanks, see you then.");
  });
});

describe("splitQuoted: Outlook's header block in its user's language", () => {
  it.each([
    [
      "German",
      "Von: Steven Kean [mailto:skean@corp.example]\nGesendet am: Samstag, 7. August 1999 00:30\nAn: st@frankfurt.example\nCc: Mark Schroeder\nBetreff: Houston",
    ],
    [
      "French",
      "De : Claire Dubois <claire@aveline.example>\nEnvoyé : mardi 3 mars 2026 09:14\nÀ : Mateo Ruiz <mateo@taller.example>\nObjet : RE: présentation",
    ],
    [
      "Spanish",
      "De: Ana Ruiz <ana@ruiz.example>\nEnviado el: martes, 3 de marzo de 2026 9:14\nPara: Sam Rivera <sam@rivera.example>\nAsunto: RE: intro",
    ],
  ])("cuts the history under a %s block", (_language, block) => {
    const split = splitQuoted(`Thanks, talk Friday!\n\n-----\n${block}\n\nCould you introduce me to Mary Jones?\n`);
    expect(split.fresh).not.toContain("Mary Jones");
    expect(split.quoted).toContain("Could you introduce me to Mary Jones?");
  });

  it("leaves prose that only starts a line with 'De:' alone", () => {
    const text = "Notes from the call:\nDe: the Delaware entity closes Friday.\nCould you introduce me to Mary Jones?";
    expect(splitQuoted(text).fresh).toContain("Could you introduce me to Mary Jones?");
  });
});
