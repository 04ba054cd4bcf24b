import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import {
  headerLinesToPairs,
  MAX_HEADER_RECIPIENTS,
  MAX_HEADER_VALUE_CHARS,
  readHeaderFacts,
} from "../../../src/relationships/header-facts.js";

const RECEIVED = new Date("2026-03-10T17:00:00Z");
const h = (name: string, value: string) => ({ name, value });
const facts = (...headers: { name: string; value: string }[]) => readHeaderFacts(headers, RECEIVED);

describe("readHeaderFacts: addresses", () => {
  it("reads From, To and Cc, lowercasing addresses and keeping names", () => {
    const result = facts(
      h("From", "Alex Chen <Alex@Northwind.EXAMPLE>"),
      h("To", 'Sam Rivera <sam@rivera.example>, "Doe, Jo" <JO@doe.example>'),
      h("Cc", "leo@brightfold.example"),
    );
    expect(result.from).toEqual({ email: "alex@northwind.example", name: "Alex Chen" });
    expect(result.recipients).toEqual([
      { email: "sam@rivera.example", name: "Sam Rivera" },
      { email: "jo@doe.example", name: "Doe, Jo" },
      { email: "leo@brightfold.example", name: null },
    ]);
  });

  it("decodes RFC 2047 encoded words in names (B and Q, any charset)", () => {
    const result = facts(
      h("From", "=?ISO-8859-1?Q?Jos=E9_M=FCller?= <jose@example.org>"),
      h(
        "To",
        "=?UTF-8?B?QW1hcmEgTnd1c3UtQmVsbA==?= <amara@bell.example>, =?utf-8?Q?M=C3=BCller=2C_Jos=C3=A9?= <j@x.example>",
      ),
    );
    expect(result.from?.name).toBe("José Müller");
    expect(result.recipients.map((r) => r.name)).toEqual(["Amara Nwusu-Bell", "Müller, José"]);
  });

  it("never takes an address from an encoded word in a name", () => {
    // The name decodes to "CEO <ceo@bank.example>": it stays a name.
    const result = facts(h("From", "=?utf-8?B?Q0VPIDxjZW9AYmFuay5leGFtcGxlPg==?= <evil@x.example>"));
    expect(result.from).toEqual({ email: "evil@x.example", name: "CEO <ceo@bank.example>" });
  });

  it("keeps non-Latin names, NFC-normalised", () => {
    const decomposed = "Zoe\u0308 Ba\u0308ckstro\u0308m";
    const result = facts(
      h("From", `"${decomposed}" <zoe@example.se>`),
      h("To", "李小龙 <li@example.cn>, Дмитрий Авраменко <dmitri@example.ua>, مريم <maryam@example.eg>"),
    );
    expect(result.from?.name).toBe("Zoë Bäckström");
    expect(result.from?.name).toBe(decomposed.normalize("NFC"));
    expect(result.recipients.map((r) => r.name)).toEqual(["李小龙", "Дмитрий Авраменко", "مريم"]);
  });

  it("reads group syntax: undisclosed-recipients gives no one, a named group its members", () => {
    expect(facts(h("To", "undisclosed-recipients:;")).recipients).toEqual([]);
    expect(facts(h("To", "Board: ana@a.example, Ben <ben@b.example>;")).recipients).toEqual([
      { email: "ana@a.example", name: null },
      { email: "ben@b.example", name: "Ben" },
    ]);
  });

  it("drops duplicates across To and Cc, whatever their case, keeping the first name given", () => {
    const result = facts(
      h("To", "leo@brightfold.example, Dana <dana@helixworks.example>"),
      h("Cc", "Leo Marchand <LEO@Brightfold.Example>, dana@helixworks.example"),
      h("Cc", "Dana W <Dana@HelixWorks.example>"),
    );
    expect(result.recipients).toEqual([
      { email: "leo@brightfold.example", name: "Leo Marchand" },
      { email: "dana@helixworks.example", name: "Dana" },
    ]);
  });

  it("drops invalid addresses and names that only repeat the address", () => {
    const result = facts(
      h(
        "To",
        "bogus, <>, foo@, @bar.example, a@localhost, x@@y.example, a..b@c.example, 'sam@rivera.example' <sam@rivera.example>",
      ),
    );
    expect(result.recipients).toEqual([{ email: "sam@rivera.example", name: null }]);
  });

  it("has no sender when From is missing or unreadable", () => {
    expect(facts(h("To", "sam@rivera.example")).from).toBeNull();
    expect(facts(h("From", "Mail Delivery System"), h("To", "sam@rivera.example")).from).toBeNull();
  });

  it("strips invisible and bidi-override characters from names", () => {
    const result = facts(h("From", '"Sam\u202e \u200bRivera" <sam@rivera.example>'));
    expect(result.from?.name).toBe("Sam Rivera");
  });

  it(`reads at most ${MAX_HEADER_RECIPIENTS} recipients`, () => {
    const many = Array.from({ length: 800 }, (_, i) => `p${i}@crowd.example`).join(", ");
    const result = facts(h("To", many), h("Cc", "late@crowd.example"));
    expect(result.recipients).toHaveLength(MAX_HEADER_RECIPIENTS);
    expect(result.recipients.at(-1)?.email).toBe(`p${MAX_HEADER_RECIPIENTS - 1}@crowd.example`);
  });

  it("cuts a header value over 64 KiB, dropping the address it cut through", () => {
    const filler = Array.from({ length: 6000 }, (_, i) => `someone${i}@example.com`).join(", ");
    expect(filler.length).toBeGreaterThan(MAX_HEADER_VALUE_CHARS);
    const result = facts(h("Cc", filler));
    const last = result.recipients.at(-1)?.email ?? "";
    expect(filler.slice(0, MAX_HEADER_VALUE_CHARS)).toContain(`${last},`);
    // The address the cut went through is not read as a shorter, wrong one.
    expect(result.recipients.every((r) => /^someone\d+@example\.com$/.test(r.email))).toBe(true);
  });

  // Crafted headers once took quadratic time in parsers like this: the timeout is far above what it takes
  // (`npm run bench -- hostile` measures such input) and far below what quadratic work would.
  it("reads crafted 64 KiB headers within the timeout", () => {
    for (const junk of ["<".repeat(70_000), '"'.repeat(70_000), "a:".repeat(35_000), "=?utf-8?q?a?= ".repeat(5000)]) {
      facts(h("From", junk), h("To", junk), h("Date", junk));
    }
  }, 5_000);
});

describe("readHeaderFacts: date", () => {
  it.each([
    ["Tue, 10 Mar 2026 16:45:00 +0000", "2026-03-10T16:45:00.000Z"],
    ["Mon, 09 Mar 2026 08:12:40 -0800", "2026-03-09T16:12:40.000Z"],
    ["Mon, 9 Mar 2026 08:12:40 +0100 (CET)", "2026-03-09T07:12:40.000Z"],
    ["9 Mar 26 08:12 PST", "2026-03-09T16:12:00.000Z"],
    ["Mon, 09 Mar 2026 08:12:40 GMT", "2026-03-09T08:12:40.000Z"],
    ["2026-03-09T08:12:40+02:00", "2026-03-09T06:12:40.000Z"],
  ])("reads %j", (value, iso) => {
    expect(facts(h("Date", value)).date.toISOString()).toBe(iso);
  });

  it.each([
    ["missing", null],
    ["junk", "yesterday-ish"],
    ["a bare number V8 would read as 2001", "12"],
    ["31 February", "Tue, 31 Feb 2026 10:00:00 +0000"],
    ["before 1990", "Mon, 01 Jan 1984 10:00:00 +0000"],
    ["years in the future", "Fri, 01 Jan 2100 10:00:00 +0000"],
    ["more than a day after it was received", "Thu, 12 Mar 2026 10:00:00 +0000"],
    ["an impossible zone", "Tue, 10 Mar 2026 10:00:00 +9960"],
  ])("falls back to the received date when the Date header is %s", (_, value) => {
    const headers = value === null ? [] : [h("Date", value)];
    const result = readHeaderFacts(headers, RECEIVED);
    expect(result.date.toISOString()).toBe(RECEIVED.toISOString());
    expect(result.date).not.toBe(RECEIVED);
  });

  it("accepts a clock a few hours fast", () => {
    expect(facts(h("Date", "Tue, 10 Mar 2026 23:00:00 +0000")).date.toISOString()).toBe("2026-03-10T23:00:00.000Z");
  });
});

describe("readHeaderFacts: bulk headers", () => {
  it.each([
    ["List-Id", "Founders <founders.lists.example>"],
    ["List-Unsubscribe", "<https://tallyhub.example/u/8f3a21>"],
    ["List-Post", "<mailto:founders@lists.example>"],
    ["Precedence", "bulk"],
    ["Precedence", "List"],
    ["Precedence", "junk"],
    ["Precedence", "auto_reply"],
    ["Auto-Submitted", "auto-generated"],
    ["Auto-Submitted", "auto-replied; owner-email=sam@rivera.example"],
    ["X-Autoreply", "yes"],
    ["X-Failed-Recipients", "gone@example.com"],
  ])("%s: %s marks machine mail", (name, value) => {
    expect(facts(h("From", "x@y.example"), h(name, value)).hasBulkHeaders).toBe(true);
  });

  it.each([
    ["Auto-Submitted", "no"],
    ["Auto-Submitted", "No (written by a person)"],
    ["Precedence", "first-class"],
    // Exchange and Outlook put it on people's ordinary mail.
    ["X-Auto-Response-Suppress", "All"],
    ["X-Auto-Response-Suppress", "OOF, AutoReply"],
    // Amazon SES puts it on everything it sends.
    ["Feedback-ID", "1.us-east-1.abc:AmazonSES"],
  ])("%s: %s does not", (name, value) => {
    expect(facts(h("From", "x@y.example"), h(name, value)).hasBulkHeaders).toBe(false);
  });
});

describe("readHeaderFacts with mailparser's header lines", () => {
  it("reads folded lines as mailparser gives them", async () => {
    const raw = [
      "From: =?UTF-8?B?Sm9zw6k=?= <Jose@Example.org>",
      "To: Sam Rivera <sam@rivera.example>,",
      "  =?utf-8?Q?Le=C3=B3n?= <leon@example.org>",
      "Date: Tue, 10 Mar 2026 16:45:00 +0000",
      "List-Id: Updates <updates.example.org>",
      "Subject: hello",
      "",
      "body",
    ].join("\r\n");
    const mail = await simpleParser(Buffer.from(raw));
    const result = readHeaderFacts(headerLinesToPairs(mail.headerLines), RECEIVED);
    expect(result).toEqual({
      date: new Date("2026-03-10T16:45:00Z"),
      from: { email: "jose@example.org", name: "José" },
      recipients: [
        { email: "sam@rivera.example", name: "Sam Rivera" },
        { email: "leon@example.org", name: "León" },
      ],
      hasBulkHeaders: true,
    });
  });

  it("gives the same facts whatever the order of the header lines", () => {
    const headers = [
      h("Date", "Tue, 10 Mar 2026 16:45:00 +0000"),
      h("From", "Sam <sam@rivera.example>"),
      h("To", "Dana <dana@helixworks.example>"),
      h("Cc", "Leo <leo@brightfold.example>, DANA@helixworks.example"),
      h("Subject", "hi"),
    ];
    const forwards = readHeaderFacts(headers, RECEIVED);
    expect(readHeaderFacts([...headers].reverse(), RECEIVED)).toEqual(forwards);
    expect(readHeaderFacts([headers[3]!, headers[1]!, headers[4]!, headers[0]!, headers[2]!], RECEIVED)).toEqual(
      forwards,
    );
  });

  it("matches header names in any case (Gmail's metadata answer)", () => {
    const result = facts(
      h("FROM", "a@b.example"),
      h("cc", "c@d.example"),
      h("list-unsubscribe", "<mailto:u@b.example>"),
    );
    expect(result.from?.email).toBe("a@b.example");
    expect(result.recipients).toEqual([{ email: "c@d.example", name: null }]);
    expect(result.hasBulkHeaders).toBe(true);
  });
});
