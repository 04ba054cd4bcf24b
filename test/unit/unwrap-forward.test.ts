import { describe, expect, it } from "vitest";
import EmailForwardParser from "email-forward-parser";
import { unwrapForward } from "../../src/intake/unwrap-forward.js";

const ORIGINAL = "Hi Jo,\n\nCould you introduce me to Mary Jones at XYZ Corp?\n\nAlex";

describe("unwrapForward", () => {
  it.each([
    [
      "Gmail",
      "Fwd: intro?",
      `FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Alex Kim <alex@northwind.example>\nDate: Tue, Mar 3, 2026 at 9:14 AM\nSubject: intro?\nTo: Jo Lee <jo@example.com>\n\n\n${ORIGINAL}\n`,
    ],
    [
      "Outlook",
      "FW: intro?",
      `FYI, see below.\n\n________________________________\nFrom: Alex Kim <alex@northwind.example>\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Jo Lee <jo@example.com>\nSubject: intro?\n\n${ORIGINAL}\n`,
    ],
    [
      "Apple Mail",
      "Fwd: intro?",
      `FYI, see below.\n\nBegin forwarded message:\n\nFrom: Alex Kim <alex@northwind.example>\nSubject: intro?\nDate: March 3, 2026 at 9:14:00 AM EST\nTo: Jo Lee <jo@example.com>\n\n${ORIGINAL}\n`,
    ],
    [
      "Thunderbird",
      "Fwd: intro?",
      `FYI, see below.\n\n-------- Forwarded Message --------\nSubject: intro?\nDate: Tue, 3 Mar 2026 09:14:00 -0500\nFrom: Alex Kim <alex@northwind.example>\nTo: Jo Lee <jo@example.com>\n\n${ORIGINAL}\n`,
    ],
  ])("unwraps a %s forward: original sender, subject, body and the forwarder's note", (_client, subject, text) => {
    const forward = unwrapForward(subject, text);
    expect(forward?.original).toEqual({ name: "Alex Kim", email: "alex@northwind.example" });
    expect(forward?.subject).toBe("intro?");
    expect(forward?.body).toContain("Could you introduce me to Mary Jones at XYZ Corp?");
    expect(forward?.note).toBe("FYI, see below.");
  });

  it("does not take an Outlook reply, which has the same header block, for a forward", () => {
    const reply = `Sounds good, thanks!\n\n________________________________\nFrom: Sam Rivera <sam@rivera.example>\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Alex Kim <alex@northwind.example>\nSubject: RE: intro?\n\nSure, send me a blurb.\n`;
    expect(unwrapForward("RE: intro?", reply)).toBeNull();
  });

  it("returns null for a message that forwards nothing", () => {
    expect(unwrapForward("Fwd: nothing here", "just text")).toBeNull();
    expect(unwrapForward("hello", ORIGINAL)).toBeNull();
  });
});

describe("forwards in every language the parser knows", () => {
  // The installed parser's own subject prefixes (its regexes are not public API: read in the
  // test only, so that a new version's new languages are tested the day it is installed).
  const parser = new EmailForwardParser() as unknown as { parser: { regexes: { subject: RegExp[] } } };
  const prefixes = parser.parser.regexes.subject.map((regex) =>
    regex.source
      .replace(/^\^/, "")
      .replace(/\(\.\*\)$/, "")
      .replace(/\\(.)/g, "$1"),
  );
  // An Outlook forward: the header block and no separator line, so only the subject tells.
  const body = [
    "Can you look at this one?",
    "",
    "From: Alex Kim <alex@northwind.example>",
    "Sent: Tuesday, December 1, 2026 9:14 AM",
    "To: Sam Rivera <sam@rivera.example>",
    "Subject: Intro to Mary Jones?",
    "",
    "Hi Sam, could you introduce me to Mary Jones at XYZ Corp?",
  ].join("\n");

  it.each(prefixes)("unwraps a forward whose subject starts %s", (prefix) => {
    expect(prefixes.length).toBeGreaterThanOrEqual(16);
    const forward = unwrapForward(`${prefix} Intro to Mary Jones?`, body);
    expect(forward?.original.email).toBe("alex@northwind.example");
    expect(forward?.note).toBe("Can you look at this one?");
  });

  it("still reads a reply's quoted block as a reply, not a forward", () => {
    expect(unwrapForward("RE: Intro to Mary Jones?", body)).toBeNull();
    expect(unwrapForward("AW: Intro to Mary Jones?", body)).toBeNull();
  });
});
