import { describe, expect, it } from "vitest";
import { HOSTILE_SHAPES, REQUEST, hostileMessage, repeatTo } from "../../bench/hostile-shapes.js";
import {
  MAX_BLANK_LINES,
  MAX_RECIPIENTS,
  MAX_SUBJECT_CHARS,
  MAX_TEXT_CHARS,
  boundEmail,
  boundMessageText,
} from "../../src/intake/bound-email.js";
import { shortenLongLines } from "../../src/intake/long-lines.js";
import { parseEmail } from "../../src/intake/parse-email.js";
import { REPLY_PARSER_LINES, readReplyFragments } from "../../src/intake/reply-fragments.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";

/**
 * Crafted messages of about 1 MB (bench/hostile-shapes.ts) go through the whole analysis,
 * as a sync does (parseEmail, then analyzeEmail). Some took minutes or hours before the
 * analysis read a bounded start of each message in linear time. How long each takes is
 * the hostile benchmark's business (`npm run bench -- hostile`); here it only has to be
 * analysed within a timeout far above that and far below what it used to take.
 */
const MEGABYTE = 1000 * 1000;
const PER_SHAPE_MS = 10_000;
const MAX_BYTES = 25 * 1024 * 1024;
const CONNECTOR = "sam@rivera.example";

async function analyse(raw: Buffer) {
  return analyzeEmail(await parseEmail(raw, { maxBytes: MAX_BYTES }), { connectorAddresses: [CONNECTOR] });
}

describe("crafted messages of 1 MB", () => {
  it.each(HOSTILE_SHAPES.map((shape) => [shape.name, shape] as const))(
    "analyses %s",
    async (_name, shape) => {
      const analysis = await analyse(hostileMessage(shape, MEGABYTE));
      // The other shapes start with a request (or its first words): the junk after it must not hide it.
      expect(analysis.isIntroRequest).toBe(!shape.noRequest);
      if (analysis.isIntroRequest) expect(analysis.specificity?.score).toBeGreaterThanOrEqual(0);
    },
    PER_SHAPE_MS,
  );
});

describe("the start of a long message", () => {
  const junk = {
    name: "request, then megabytes of junk",
    body: (bytes: number) => `${REQUEST}\n\n${repeatTo("-- On x wrote: > A. Mr. Ab'Ab a@b.c \u3000\n", bytes)}`,
  };

  it(
    "still holds the request that opens it",
    async () => {
      const analysis = await analyse(hostileMessage(junk, 3 * MEGABYTE));
      expect(analysis.isIntroRequest).toBe(true);
      expect(analysis.target).toMatchObject({ name: "Mary Jones", organization: "Acme Robotics" });
    },
    PER_SHAPE_MS,
  );

  it(
    "is all that is read: a request after it is not seen",
    async () => {
      const late = {
        name: "filler, then a request",
        body: (bytes: number) => `${repeatTo("We met at the fair last spring.\n", bytes)}\n${REQUEST}`,
      };
      expect((await analyse(hostileMessage(late, MAX_TEXT_CHARS))).isIntroRequest).toBe(false);
    },
    PER_SHAPE_MS,
  );
});

describe("boundMessageText", () => {
  it("leaves ordinary text as it is", () => {
    const text = "Hi Sam,\n\nCould you introduce me to Mary Jones?\n\n\nThanks,\nAlex\n";
    expect(boundMessageText(text)).toBe(text);
  });

  it("keeps the first MAX_TEXT_CHARS characters, never half a surrogate pair", () => {
    expect(boundMessageText("a".repeat(2 * MAX_TEXT_CHARS))).toHaveLength(MAX_TEXT_CHARS);
    const emoji = `${"a".repeat(MAX_TEXT_CHARS - 1)}\u{1F600}`;
    expect(boundMessageText(emoji)).toBe("a".repeat(MAX_TEXT_CHARS - 1));
  });

  it("empties blank lines and keeps MAX_BLANK_LINES of them in a row", () => {
    const bounded = boundMessageText(`one\n${" \t\u3000\n".repeat(50)}two`);
    expect(bounded).toBe(`one\n${"\n".repeat(MAX_BLANK_LINES)}two`);
  });
});

describe("boundEmail", () => {
  const email = {
    from: { name: "Alex Kim", email: "alex@example.com" },
    to: [{ name: "Sam Rivera", email: "sam@rivera.example" }],
    subject: "Fwd: intro",
    date: null,
    messageId: null,
    text: "Could you introduce me to Mary Jones?",
    isBulk: false,
    isCalendarInvite: false,
    contactHeaders: [],
  };

  it("leaves an ordinary message as it is", () => {
    expect(boundEmail(email)).toEqual(email);
  });

  it("keeps the start of the subject, the text and the recipients", () => {
    const recipients = Array.from({ length: 3 * MAX_RECIPIENTS }, (_, index) => ({
      name: `R ${index}`,
      email: `r${index}@example.com`,
    }));
    const bounded = boundEmail({
      ...email,
      subject: "x".repeat(10 * MAX_SUBJECT_CHARS),
      text: "y".repeat(10 * MAX_TEXT_CHARS),
      to: recipients,
    });
    expect(bounded.subject).toHaveLength(MAX_SUBJECT_CHARS);
    expect(bounded.text).toHaveLength(MAX_TEXT_CHARS);
    expect(bounded.to).toEqual(recipients.slice(0, MAX_RECIPIENTS));
  });
});

describe("shortenLongLines", () => {
  it("leaves text of short lines as it is", () => {
    const { text, restore } = shortenLongLines("From: Sam\nOn Tue, Sam wrote:", 20);
    expect(text).toBe("From: Sam\nOn Tue, Sam wrote:");
    expect(restore("x")).toBe("x");
  });

  it("cuts long lines and puts their rest back in whatever holds the cut line", () => {
    const long = `> ${"word ".repeat(40)}end`;
    const { text, restore } = shortenLongLines(`short\n${long}\nshort`, 20);
    expect(text.split("\n").every((line) => line.length <= 20 + 4)).toBe(true);
    expect(restore(text)).toBe(`short\n${long}\nshort`);
    // As a parser hands it back: "> " dropped, other lines gone.
    expect(restore(text.split("\n")[1]!.slice(2))).toBe(long.slice(2));
  });

  it("marks cuts with a character the text does not hold", () => {
    const text = `\uE000${"x".repeat(30)}`;
    const shortened = shortenLongLines(text, 10);
    expect(shortened.text.slice(10)).not.toContain("\uE000");
    expect(shortened.restore(shortened.text)).toBe(text);
  });
});

describe("readReplyFragments on a long reply", () => {
  it("gives the parser the first REPLY_PARSER_LINES lines and takes the rest for history", () => {
    const lines = Array.from({ length: REPLY_PARSER_LINES + 50 }, (_, index) => `line ${index}`);
    const fragments = readReplyFragments(`Could you intro me?\n\nCheers,\nAlex\n${lines.join("\n")}`);
    const rest = fragments.at(-1)!;
    expect(rest.quoted).toBe(true);
    expect(rest.content.startsWith(`line ${REPLY_PARSER_LINES - 4}`)).toBe(true);
    expect(rest.content.endsWith(`line ${REPLY_PARSER_LINES + 49}`)).toBe(true);
  });
});
