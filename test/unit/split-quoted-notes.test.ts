import { describe, expect, it } from "vitest";
import { notesReplyHeaderAt } from "../../src/intake/notes-reply-header.js";
import { readMessageText } from "../../src/intake/read-message-text.js";
import { splitQuoted } from "../../src/intake/split-quoted.js";

/**
 * Lotus Notes quotes a reply's history under a header of its own, with no ">" and no "From:".
 * Before session 16 that history read as the sender's new text: holdout-34's lab technician
 * answering "could you point me to whoever does?" was taken for asking it.
 */
describe("splitQuoted: Lotus Notes' reply header", () => {
  const reply = "That would be me. Send 500 grams per lot with the form.\nNils";

  it.each([
    ["name and date on one line", "Ruth Aaland/Extension/State 04/11/2004 02:10 PM\nTo: nils@lab.example.org cc:\n"],
    ["the date under the name", "Ruth Aaland@EXT\n04/11/2004 02:10 PM\n\nTo: Nils Berg/LAB@LAB\ncc:\n"],
    [
      "an address and 'on'",
      '"Aaland, Ruth" <ruth@ext.example.org> on 04/11/2004 02:10:33 PM\nTo: nils@lab.example.org\ncc:\n',
    ],
    [
      "two blank lines before 'To:' (real Enron mail, session 23)",
      '"Aaland, Ruth" <ruth@ext.example.org> on 04/11/2004 02:10:33 PM\n\n\nTo:   <nils@lab.example.org>\ncc:\n',
    ],
    [
      "a 'Please respond to' line before 'To:' (real Enron mail, session 28)",
      "Ruth Aaland <ruth@ext.example.org> on 04/11/2004 02:10:33 PM\nPlease respond to ruth@ext.example.org\nTo: nils@lab.example.org\ncc:\n",
    ],
    [
      "a 'Sent by:' line before 'To:' (real Enron mail, session 38)",
      "Ruth Aaland@EXT\n04/11/2004 02:10 PM\nSent by: Ruth Aaland@EXT\nTo: Nils Berg/LAB@LAB\ncc:\n",
    ],
  ])("cuts the history under %s", (_, header) => {
    const history = `${header}Subject: Seed testing\n\nCould you point me to whoever runs germination tests?\nRuth`;
    const split = splitQuoted(`${reply}\n\n${history}`);
    expect(split.fresh).toBe(reply);
    expect(split.quoted).toContain("Could you point me to whoever runs germination tests?");
  });

  it("cuts the history under a GroupWise reply header, and leaves it to the learned model as text (session 38)", () => {
    const answer = "Tim Zielinski in our Exchange Dept., 716-555-0187.";
    const text = `${answer}\n\n>>> <chris.g@corp.example> 10/23/01 04:08PM >>>\nWho is my contact for capacity release questions?\n`;
    expect(splitQuoted(text).fresh.trim()).toBe(answer);
    const read = readMessageText("Re: capacity", text);
    expect(read.fresh.trim()).toBe(answer);
    expect(read.modelReading.text).toContain("Who is my contact for capacity release questions?");
  });

  it("leaves a date in the sender's own words alone", () => {
    const text = "The meeting moved to 04/11/2004 02:10 PM.\nTo: everyone who asked, the room is 4B.\nThanks";
    expect(notesReplyHeaderAt(text)).toBe(-1);
    expect(splitQuoted(text).fresh).toBe(text);
  });

  it("leaves a date that three blank lines part from 'To:'", () => {
    const text = "We last met on 04/11/2004 02:10 PM.\n\n\n\nTo: everyone who asked, the room is 4B.\nSubject: none";
    expect(notesReplyHeaderAt(text)).toBe(-1);
  });
});
