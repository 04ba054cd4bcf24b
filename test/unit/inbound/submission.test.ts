import { describe, expect, it } from "vitest";
import { contentKey } from "../../../src/intake/content-key.js";
import { parseEmail } from "../../../src/intake/parse-email.js";
import { isPlusAddressSubmission, plusAddressOf } from "../../../src/intake/plus-address.js";
import { unwrapForward } from "../../../src/intake/unwrap-forward.js";
import { analyzeSubmission, messageIdentity } from "../../../src/intros/analyze-submission.js";
import { analyzeEmail } from "../../../src/intros/analyze-email.js";
import { inboundLocalPart, newInboundLocalPart } from "../../../src/inbound/inbound-address.js";
import { corpus } from "../../support/mail.js";

const SAM = "sam@rivera.example";
const parse = (raw: Buffer | string) => parseEmail(Buffer.from(raw), { maxBytes: 1_000_000 });

/** A message Sam sends, as raw text. */
const fromSam = (to: string, body: string, extra: string[] = []) =>
  [`From: Sam Rivera <${SAM}>`, `To: ${to}`, "Subject: Fwd: Intro?", ...extra, "", body].join("\r\n");

const GMAIL_FORWARD = [
  "Worth a look, she helped us last year.",
  "",
  "---------- Forwarded message ---------",
  "From: Alex Kim <alex@northwind.example>",
  "Date: Tue, Dec 1, 2026 at 9:14 AM",
  "Subject: Intro to Mary Jones?",
  `To: Sam Rivera <${SAM}>`,
  "",
  "Hi Sam, could you introduce me to Mary Jones, head of HR at XYZ Corp? We are hiring our",
  "first HR lead and she built the team there; a 20-minute call would help us a lot.",
].join("\r\n");

describe("the plus-address", () => {
  it("is the connector's address with the tag, whatever tag it had", () => {
    expect(plusAddressOf("Sam@Rivera.example", "intros")).toBe("sam+intros@rivera.example");
    expect(plusAddressOf("sam+old@rivera.example", "intros")).toBe("sam+intros@rivera.example");
  });

  it("takes the connector's own mail to it, in To, Cc or Gmail's Delivered-To", async () => {
    const tag = "intros";
    expect(isPlusAddressSubmission(await parse(fromSam("sam+intros@rivera.example", "x")), [SAM], tag)).toBe(true);
    expect(
      isPlusAddressSubmission(await parse(fromSam("a@b.example", "x", ["Cc: sam+Intros@rivera.example"])), [SAM], tag),
    ).toBe(true);
    expect(
      isPlusAddressSubmission(
        await parse(fromSam("a@b.example", "x", ["Delivered-To: sam+intros@rivera.example"])),
        [SAM],
        tag,
      ),
    ).toBe(true);
    // To the plain address, or another tag: ordinary mail.
    expect(isPlusAddressSubmission(await parse(fromSam(SAM, "x")), [SAM], tag)).toBe(false);
    expect(isPlusAddressSubmission(await parse(fromSam("sam+news@rivera.example", "x")), [SAM], tag)).toBe(false);
  });

  it("refuses mail from anyone else, and mail the receiving server saw fail authentication", async () => {
    const stranger = "From: Mallory <mallory@evil.example>\r\nTo: sam+intros@rivera.example\r\nSubject: x\r\n\r\nx";
    expect(isPlusAddressSubmission(await parse(stranger), [SAM], "intros")).toBe(false);
    const failing = (results: string) =>
      parse(fromSam("sam+intros@rivera.example", "x", [`Authentication-Results: mx.google.com; ${results}`]));
    expect(
      isPlusAddressSubmission(await failing("dmarc=fail (p=NONE) header.from=rivera.example"), [SAM], "intros"),
    ).toBe(false);
    expect(isPlusAddressSubmission(await failing("spf=softfail; dkim=none"), [SAM], "intros")).toBe(false);
    // SPF fails on a relay, but the domain's DKIM signature holds: the connector's own.
    expect(
      isPlusAddressSubmission(await failing("spf=fail; dkim=pass header.i=@rivera.example"), [SAM], "intros"),
    ).toBe(true);
  });
});

describe("a submission", () => {
  it("is the forwarded request, from its original sender, dated when it was sent, with the note kept", async () => {
    const submission = analyzeSubmission(await parse(fromSam("sam+intros@rivera.example", GMAIL_FORWARD)), [SAM]);
    expect(submission.analysis.isIntroRequest).toBe(true);
    expect(submission.analysis.requester.email).toBe("alex@northwind.example");
    expect(submission.analysis.target?.name).toBe("Mary Jones");
    expect(submission.connectorNote).toBe("Worth a look, she helped us last year.");
    expect(submission.subject).toBe("Intro to Mary Jones?");
    expect(submission.sentBy).toBe(SAM);
    expect(submission.originalDate?.getFullYear()).toBe(2026);
    expect(submission.unrecognised).toBeNull();
  });

  it("peels the connector's own forward of their own forward", async () => {
    const twice = [
      "second look",
      "",
      "---------- Forwarded message ---------",
      `From: Sam Rivera <${SAM}>`,
      "Date: Wed, Dec 2, 2026 at 8:00 AM",
      "Subject: Fwd: Intro to Mary Jones?",
      "To: sam+intros@rivera.example",
      "",
      GMAIL_FORWARD,
    ].join("\r\n");
    const submission = analyzeSubmission(await parse(fromSam("sam+intros@rivera.example", twice)), [SAM]);
    expect(submission.analysis.requester.email).toBe("alex@northwind.example");
    expect(submission.connectorNote).toBe("second look\n\nWorth a look, she helped us last year.");
  });

  it("says so when it holds no request, and when it holds no forward at all", async () => {
    const notARequest = GMAIL_FORWARD.replace("Subject: Intro to Mary Jones?", "Subject: Tuesday's slides").replace(
      /Hi Sam,[\s\S]*$/,
      "Hi Sam, the slides from Tuesday are attached.",
    );
    const unrecognised = analyzeSubmission(await parse(fromSam("x@y.example", notARequest)), [SAM]);
    expect(unrecognised.analysis.isIntroRequest).toBe(false);
    expect(unrecognised.unrecognised).toBe("Forwarded by you; no intro request recognised in it.");
    const written = analyzeSubmission(await parse(fromSam("x@y.example", "Just a note to myself.")), [SAM]);
    expect(written.unrecognised).toBe("Sent by you, but no forwarded message was found in it.");
  });

  it("is known again in the inbox copy of the request it forwards (same sender and text)", async () => {
    const inbox = await parse(
      [
        "From: Alex Kim <alex@northwind.example>",
        `To: Sam Rivera <${SAM}>`,
        "Subject: Intro to Mary Jones?",
        "Message-ID: <abc@northwind.example>",
        "",
        // Wrapped differently, as mail clients do.
        "Hi Sam, could you introduce me to Mary Jones, head of HR at XYZ Corp?",
        "We are hiring our first HR lead and she built the team there; a 20-minute",
        "call would help us a lot.",
      ].join("\r\n"),
    );
    const forwarded = await parse(fromSam("sam+intros@rivera.example", GMAIL_FORWARD));
    expect(messageIdentity(forwarded, [SAM]).contentKey).toBe(messageIdentity(inbox, [SAM]).contentKey);
    expect(messageIdentity(inbox, [SAM]).originalMessageId).toBe("<abc@northwind.example>");
    expect(messageIdentity(forwarded, [SAM]).originalMessageId).toBeNull();
  });

  it("reads forwards of every client in the corpus the same way as the inbox path does", async () => {
    const email = await parse(corpus("fwd-outlook-01-desmond-achterberg.eml"));
    const submission = analyzeSubmission(email, [SAM]);
    expect(submission.analysis.requester.email).toBe("claire.beaumont@fenwick-partners.example");
    expect(submission.originalDate?.toISOString().slice(0, 10)).toBe("2026-03-11");
  });
});

describe("the content key", () => {
  it("ignores case, spacing and punctuation, but not the sender or the words", () => {
    const key = contentKey("Alex@Northwind.example", "Could you introduce me to Mary?");
    expect(contentKey("alex@northwind.example", "could you\n introduce me to  Mary")).toBe(key);
    expect(contentKey("dana@northwind.example", "Could you introduce me to Mary?")).not.toBe(key);
    expect(contentKey("alex@northwind.example", "Could you introduce me to Leo?")).not.toBe(key);
  });
});

describe("forward dates", () => {
  it("reads Gmail's, Outlook's and Apple Mail's date lines, and nothing it cannot read", () => {
    const dated = (line: string) =>
      unwrapForward(
        "Fwd: x",
        `---------- Forwarded message ---------\nFrom: A <a@b.example>\nDate: ${line}\nSubject: x\nTo: c@d.example\n\nbody`,
      )?.date ?? null;
    expect(dated("Tue, Dec 1, 2026 at 9:14 AM")?.getDate()).toBe(1);
    expect(dated("Tuesday, December 1, 2026 9:14 AM")?.getMonth()).toBe(11);
    expect(dated("1 December 2026 at 09:14:00 CET")?.getFullYear()).toBe(2026);
    expect(dated("sometime last week")).toBeNull();
  });
});

describe("inbound addresses", () => {
  it("are intros- and ten unguessable letters, and only the inbound domain's are read", () => {
    const made = new Set(Array.from({ length: 200 }, newInboundLocalPart));
    expect(made.size).toBe(200);
    for (const localPart of made) expect(localPart).toMatch(/^intros-[a-km-z2-9]{10}$/);
    expect(inboundLocalPart("Intros-ABC@In.Example.org", "in.example.org")).toBe("intros-abc");
    expect(inboundLocalPart("intros-abc@example.org", "in.example.org")).toBeNull();
  });
});

describe("forwards in other languages", () => {
  it("are unwrapped when forwarded on purpose, whatever language the client wrote them in", async () => {
    // Thunderbird in Dutch: a separator and subject prefix the inbox's pre-check does not know.
    const dutch = [
      "Kun je hiernaar kijken?",
      "",
      "-------- Doorgestuurd bericht --------",
      "Onderwerp: Intro to Mary Jones?",
      "Datum: Tue, 1 Dec 2026 09:14:00 +0100",
      "Van: Alex Kim <alex@northwind.example>",
      `Aan: Sam Rivera <${SAM}>`,
      "",
      "Hi Sam, could you introduce me to Mary Jones, head of HR at XYZ Corp? We are hiring our",
      "first HR lead and she built the team there; a 20-minute call would help us a lot.",
    ].join("\r\n");
    const raw = [
      `From: Sam Rivera <${SAM}>`,
      "To: sam+intros@rivera.example",
      "Subject: Doorst: Intro",
      "",
      dutch,
    ].join("\r\n");
    const submission = analyzeSubmission(await parse(raw), [SAM]);
    expect(submission.analysis.requester.email).toBe("alex@northwind.example");
    expect(submission.connectorNote).toBe("Kun je hiernaar kijken?");
  });
});

describe("a forward whose note asks", () => {
  it("is a request from the one forwarding it, the forwarded message its context", async () => {
    const note = "This is the resume of my friend Tomás, who is looking for a role in operations.";
    const raw = [
      "From: Vince Kam <vince@enron-like.example>",
      "To: Recruiter <recruiter@hr.example>",
      "Subject: Fwd: resume",
      "",
      note,
      "",
      "---------- Forwarded message ---------",
      "From: Tomás Ruiz <tomas@mail.example>",
      "Date: Tue, Dec 1, 2026 at 9:14 AM",
      "Subject: resume",
      "To: Vince Kam <vince@enron-like.example>",
      "",
      "As you asked, attached. Thanks.",
    ].join("\r\n");
    const analysis = analyzeEmail(await parse(raw));
    expect(analysis.isIntroRequest).toBe(true);
    expect(analysis.requester.email).toBe("vince@enron-like.example");
    expect(analysis.forwardedBy).toBeNull();
  });
});
