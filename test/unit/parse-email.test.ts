import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError, parseEmail } from "../../src/intake/index.js";

const MAX = 25 * 1024 * 1024;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/mime/${name}`, import.meta.url));
const message = (headers: string[], body: string | Buffer): Buffer =>
  Buffer.concat([
    Buffer.from(`${headers.join("\r\n")}\r\n\r\n`, "latin1"),
    Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"),
  ]);

async function parseError(raw: Buffer, maxBytes = MAX): Promise<InputError> {
  const error = await parseEmail(raw, { maxBytes }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("parseEmail decodes what people really send", () => {
  it("decodes quoted-printable ISO-8859-1 bodies and RFC 2047 headers", async () => {
    const email = await parseEmail(
      message(
        [
          "From: =?ISO-8859-1?Q?Jos=E9_M=FCller?= <jose@example.org>",
          "To: sam@rivera.example",
          "Subject: =?UTF-8?B?SW50cm8gdG8gQW5kcsOpPw==?=",
          "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=ISO-8859-1",
          "Content-Transfer-Encoding: quoted-printable",
        ],
        "Could you introduce me to Andr=E9 L=E9vesque? He runs the caf=E9 chain =\r\nin Montr=E9al.",
      ),
      { maxBytes: MAX },
    );
    expect(email.from).toEqual({ name: "José Müller", email: "jose@example.org" });
    expect(email.subject).toBe("Intro to André?");
    expect(email.text).toContain("André Lévesque? He runs the café chain in Montréal.");
  });

  it("decodes windows-1252 curly quotes in base64 bodies", async () => {
    const body = Buffer.from("I\x92d love an intro to \x93the\x94 Leo Park.", "latin1").toString("base64");
    const email = await parseEmail(
      message(
        ["From: a@example.org", "Content-Type: text/plain; charset=windows-1252", "Content-Transfer-Encoding: base64"],
        body,
      ),
      { maxBytes: MAX },
    );
    expect(email.text).toBe("I\u2019d love an intro to \u201cthe\u201d Leo Park.");
  });

  it("turns HTML-only mail into text, quoting blockquotes", async () => {
    const email = await parseEmail(
      message(
        ["From: a@example.org", "Content-Type: text/html; charset=utf-8"],
        "<p>Hi&nbsp;Sam,</p><p>Could you intro me &amp; Jo?</p><blockquote>old thread</blockquote>",
      ),
      { maxBytes: MAX },
    );
    expect(email.text).toContain("Could you intro me & Jo?");
    expect(email.text).toContain("> old thread");
  });

  it("reads deeply nested MIME (Ryan Finnie's torture test)", async () => {
    const email = await parseEmail(fixture("mimetorture.eml"), { maxBytes: MAX });
    expect(email.from.email).toBe("rfinnie@domain.dom");
    expect(email.subject).toBe("Ryan Finnie's MIME Torture Test v1.0");
    expect(email.text.length).toBeGreaterThan(100);
  });

  it("reads a base64-encoded root part and nested multipart", async () => {
    await expect(parseEmail(fixture("mailparser-base64encodedroot.eml"), { maxBytes: MAX })).resolves.toMatchObject({
      from: { email: "test@example.com" },
    });
    const nested = await parseEmail(fixture("mailparser-nested.eml"), { maxBytes: MAX });
    expect(nested.text.trim().length).toBeGreaterThan(0);
  });

  it("flags calendar invitations and bulk mail", async () => {
    expect((await parseEmail(fixture("calendar-event.eml"), { maxBytes: MAX })).isCalendarInvite).toBe(true);
    const newsletter = message(
      ["From: news@example.com", "List-Unsubscribe: <mailto:unsub@example.com>", "Subject: Introducing Finch 2.0"],
      "Introducing...",
    );
    expect((await parseEmail(newsletter, { maxBytes: MAX })).isBulk).toBe(true);
    const plain = message(["From: a@example.org", "Subject: hi"], "hello");
    expect(await parseEmail(plain, { maxBytes: MAX })).toMatchObject({ isBulk: false, isCalendarInvite: false });
  });
});

describe("parseEmail refuses what is not a message, with a one-line reason", () => {
  it.each([
    ["an empty input", Buffer.alloc(0), "empty", "empty input: no message to analyse"],
    ["blank lines only", Buffer.from("\n\n  \n"), "empty", "empty input: no message to analyse"],
    [
      "binary data",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      "binary",
      "binary data, not an email message",
    ],
    [
      "plain text with no headers",
      Buffer.from("Dear Sam,\nplease introduce me.\n"),
      "no_headers",
      "not an email message: it does not start with mail headers",
    ],
  ])("refuses %s", async (_label, raw, code, text) => {
    const error = await parseError(raw);
    expect(error.code).toBe(code);
    expect(error.message).toBe(text);
  });

  it("reads a multipart message cut off before its closing boundary, as mail clients do, and marks it", async () => {
    const raw = message(
      ["From: a@example.org", 'Content-Type: multipart/alternative; boundary="b1"'],
      "--b1\r\nContent-Type: text/plain\r\n\r\nCould you introduce me to Mary Jo",
    );
    const email = await parseEmail(raw, { maxBytes: MAX });
    expect(email.truncated).toBe(true);
    expect(email.text).toContain("Could you introduce me to Mary Jo");
    // A whole message is not marked.
    expect((await parseEmail(message(["From: a@example.org"], "Hello"), { maxBytes: MAX })).truncated).toBeUndefined();
  });

  it("refuses a cut-off message when nothing readable arrived", async () => {
    const raw = message(
      ["From: a@example.org", 'Content-Type: multipart/mixed; boundary="b1"'],
      "--b1\r\nContent-Type: text/plain\r\n\r\n",
    );
    const error = await parseError(raw);
    expect(error.code).toBe("truncated");
    expect(error.message).toBe(
      'truncated MIME message: multipart boundary "b1" is never closed, and nothing readable arrived',
    );
  });

  it("refuses a message over the size limit, naming both sizes", async () => {
    const raw = message(["From: a@example.org"], "x".repeat(3 * 1024 * 1024));
    const error = await parseError(raw, 2 * 1024 * 1024);
    expect(error.code).toBe("too_large");
    expect(error.message).toBe("message is 3.0 MB, over the 2.0 MB limit (MAX_MESSAGE_BYTES)");
  });
});
