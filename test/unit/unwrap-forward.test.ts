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

describe("a forward's header trimmed to a name (session 30)", () => {
  const trimmed = (separator: string) =>
    `FYI - nothing needed from you.\n\n${separator}\nFrom: Luis Ortega\nSubject: Looking for a backend role\nHi Karen, could you pass my resume to your friend Sam at Cloudflare? Thanks, Luis\n`;

  it.each([
    "---------- Forwarded message ---------",
    "Begin forwarded message:",
    "-------- Message transféré --------",
  ])("unwraps one under %s, its sender known by name only", (separator) => {
    const forward = unwrapForward("Fwd: Looking for a backend role", trimmed(separator));
    expect(forward?.original).toEqual({ name: "Luis Ortega", email: null });
    expect(forward?.note).toBe("FYI - nothing needed from you.");
    expect(forward?.body).toContain("could you pass my resume to your friend Sam");
  });

  it("does not unwrap a reply's Outlook history, whose senders Exchange gives no address", () => {
    const reply =
      "Thanks, will do.\n\n-----Original Message-----\nFrom: Kean, Steven\nSent: Monday, May 14, 2001 9:02 AM\nTo: Shapiro, Richard\nSubject: RE: Tim\n\nCould you get Tim in to see Ken Lay?\n";
    expect(unwrapForward("RE: Tim", reply)).toBeNull();
    expect(unwrapForward("Tim", reply)).toBeNull();
  });
});

describe("Lotus Notes forwards", () => {
  const notes = (inner: string) =>
    [
      "FYI....",
      "---------------------- Forwarded by Carla Mendes/HOU/ACME on 05/09/2001 08:48 ",
      "AM ---------------------------",
      "",
      inner,
    ].join("\n");
  const block = [
    "\tAcme Energy Services",
    "\t",
    "\tFrom:  Marten Solberg                           05/09/2001 08:16 AM",
    "\tPhone No: 713 555-0100",
    "",
    "To: Rosa Fleet/Corp/Acme@ACME",
    "cc: Tom Riley/West/Acme@ACME",
    "Subject: Request for Ken to contact Chancellor Reyes, State University ",
    "System",
    "",
    "Rosa,",
    "We would like Ken to phone Carlos Reyes, Chancellor of the university, and ask for his support.",
  ].join("\n");

  it("unwraps one, with the separator wrapped over two lines and a letterhead above From:", () => {
    const forward = unwrapForward("FYI", notes(block));
    expect(forward?.original).toEqual({ name: "Marten Solberg", email: null });
    expect(forward?.subject).toBe("Request for Ken to contact Chancellor Reyes, State University System");
    expect(forward?.body.startsWith("Rosa,")).toBe(true);
    expect(forward?.note).toBe("FYI....");
  });

  it("reads a quoted name and address, and goes through an assistant's relay to the message that asks", () => {
    const quoted = [
      '\t"Szolnay, Edmund" <ed@anglework.example>',
      "\t09/24/2000 05:29 PM",
      "\t\t To: undisclosed-recipients:;",
      "\t\t cc: ",
      "\t\t Subject: Angle gear invention",
      "",
      "Please have someone contact me if Acme has an interest.",
    ].join("\n");
    const relayed = notes(
      ["---------------------- Forwarded by Rosa Fleet/Corp/Acme on 09/26/2000 04:51 PM -----", "", quoted].join("\n"),
    );
    const forward = unwrapForward("Fw: invention", relayed);
    expect(forward?.original).toEqual({ name: "Szolnay, Edmund", email: "ed@anglework.example" });
    expect(forward?.body).toBe("Please have someone contact me if Acme has an interest.");
  });

  it("is not fooled by a line of dashes with no forward under it", () => {
    expect(unwrapForward("notes", "-".repeat(5000) + " Forwarded by nobody\n\nno header block here")).toBeNull();
  });
});
