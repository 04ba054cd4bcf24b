import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import {
  composeEmail,
  describeOutboxEmail,
  type EmailToCompose,
  messageIdDomainOf,
  waitingWords,
} from "../../../src/outbox/index.js";

const EMAIL: EmailToCompose = {
  purpose: "decline_note",
  from: { name: "Sam Rivera", address: "sam@rivera.example" },
  to: [{ name: "Alex Kim", address: "alex@northwind.example" }],
  subject: "Re: Question about Mary Jones",
  text: "Hi Alex,\n\nI can't make this one, sorry.\n",
  html: "<p>Hi Alex,</p><p>I can't make this one, sorry.</p>",
  messageIdDomain: "intros.example.com",
};

describe("composeEmail", () => {
  it("threads a reply: In-Reply-To, and References ending with it", async () => {
    const { raw, messageId } = await composeEmail({
      ...EMAIL,
      inReplyTo: "<ask-2@northwind.example>",
      references: ["<ask-1@northwind.example>"],
      cc: [{ address: "dana@rivera.example" }],
    });
    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe(messageId);
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@intros\.example\.com>$/);
    expect(parsed.inReplyTo).toBe("<ask-2@northwind.example>");
    expect(parsed.references).toEqual(["<ask-1@northwind.example>", "<ask-2@northwind.example>"]);
    expect(parsed.cc).toMatchObject({ value: [{ address: "dana@rivera.example" }] });
    expect(parsed.headers.get("x-safeintro-purpose")).toBe("decline_note");
    expect(raw.toString("latin1")).not.toMatch(/[^\r]\n/);
  });

  it("gives every email a Message-ID of its own", async () => {
    const ids = new Set(await Promise.all([1, 2, 3].map(async () => (await composeEmail(EMAIL)).messageId)));
    expect(ids.size).toBe(3);
  });

  it("refuses what is not a plain address or a Message-ID rather than guess", async () => {
    for (const address of ["alex@northwind.example, eve@evil.example", "Alex <alex@northwind.example>", "alex"])
      await expect(composeEmail({ ...EMAIL, to: [{ address }] })).rejects.toThrow("not a plain email address");
    await expect(composeEmail({ ...EMAIL, inReplyTo: "<a@b>\r\nBcc: eve@evil.example" })).rejects.toThrow(
      "not a Message-ID",
    );
    await expect(composeEmail({ ...EMAIL, to: [] })).rejects.toThrow("at least one recipient");
  });
});

describe("messageIdDomainOf", () => {
  it.each([
    ["https://intros.example.com", "intros.example.com"],
    ["http://localhost:3000", "localhost"],
    ["http://127.0.0.1:8080/x", "127.0.0.1"],
    ["http://[::1]:3000", "safeintro.invalid"],
    ["not a url", "safeintro.invalid"],
  ])("%s → %s", (url, domain) => expect(messageIdDomainOf(url)).toBe(domain));
});

describe("describeOutboxEmail, the page's words", () => {
  const row = { id: "r", purpose: "ask_target", lastError: null, sentAt: null };
  it("says sending, sent, waiting with its time, and failed with the reason", () => {
    expect(describeOutboxEmail({ ...row, status: "pending" })).toMatchObject({ state: "sending", text: "sending" });
    const sentAt = new Date("2026-03-16T09:30:12Z");
    expect(describeOutboxEmail({ ...row, status: "sent", sentAt })).toMatchObject({
      state: "sent",
      text: "sent at 2026-03-16 09:30 UTC",
      at: sentAt,
    });
    const waiting = describeOutboxEmail({
      ...row,
      status: "pending",
      lastError: waitingWords.dailyCap(100, new Date("2026-03-16T09:30:12Z")),
    });
    expect(waiting).toEqual({
      id: "r",
      purpose: "ask_target",
      state: "waiting",
      text: "waiting: the daily send cap is reached (100 emails in 24 hours from this account); it goes out after 2026-03-16 09:31 UTC",
      at: new Date("2026-03-16T09:31:00Z"),
    });
    expect(describeOutboxEmail({ ...row, status: "pending", lastError: "Gmail did not answer" }).text).toBe(
      "sending (Gmail did not answer)",
    );
    expect(describeOutboxEmail({ ...row, status: "failed", lastError: "Gmail refused to send it." }).text).toBe(
      "failed: Gmail refused to send it.",
    );
  });
});
