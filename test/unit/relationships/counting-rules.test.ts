import { describe, expect, it } from "vitest";
import {
  FULL_WEIGHT_RECIPIENTS,
  isAutomatedSender,
  MAX_WEIGHTED_RECIPIENTS,
  messageContactDelta,
  recipientWeight,
  UNADDRESSED_WEIGHT,
} from "../../../src/relationships/counting-rules.js";
import { tallyContacts } from "../../../src/relationships/tally-contacts.js";
import { readHeaderFacts } from "../../../src/relationships/header-facts.js";
import type { HeaderFacts } from "../../../src/relationships/types.js";

const CONNECTOR = ["sam@rivera.example", "sam.rivera@gmail.example"];
const person = (email: string, name: string | null = null) => ({ email, name });
const message = (over: Partial<HeaderFacts> = {}): HeaderFacts => ({
  date: new Date("2026-03-10T16:45:00Z"),
  from: person("sam@rivera.example", "Sam Rivera"),
  recipients: [person("dana@helixworks.example", "Dana")],
  hasBulkHeaders: false,
  ...over,
});
const crowd = (n: number) => Array.from({ length: n }, (_, i) => person(`p${i}@crowd.example`));

describe("isAutomatedSender", () => {
  it.each([
    "noreply@github.example",
    "no-reply@accounts.google.com",
    "No_Reply@Example.com",
    "do-not-reply@bank.example",
    "donotreply@bank.example",
    "drive-shares-dm-noreply@google.com",
    "notifications@github.com",
    "notify@service.example",
    "calendar-notification@google.com",
    "MAILER-DAEMON@mx.example.com",
    "postmaster@example.com",
    "bounce@mail.example.com",
    "bounces+12345-abcd@sendgrid.example",
    "alerts@bank.example",
    "newsletter@tallyhub.example",
    "news@tallyhub.example",
    "product-updates@tallyhub.example",
    "digest@medium.example",
    "invitations@linkedin.example",
    "auto-confirm@amazon.example",
    "ne-pas-repondre@impots.example",
    "someone@bounces.google.com",
  ])("%s is a machine", (email) => {
    expect(isAutomatedSender(email)).toBe(true);
  });

  it.each([
    "newsome@example.com",
    "news.anchor@tv.example",
    "notley@example.com",
    "alertson@example.com",
    "digby@example.com",
    "sam@rivera.example",
    "dana.whitcombe@helixworks.example",
    "info@smallbakery.example",
    "hello@founder.example",
  ])("%s is a person", (email) => {
    expect(isAutomatedSender(email)).toBe(false);
  });
});

describe("recipientWeight", () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [3, 2 / 3],
    [10, 0.2],
    [20, 0.1],
    [21, 0],
    [25, 0],
  ])("%i counterpart recipients weigh %d each", (n, weight) => {
    expect(recipientWeight(n)).toBeCloseTo(weight, 10);
  });

  it("never grows with more recipients", () => {
    for (let n = 0; n < 40; n += 1) expect(recipientWeight(n + 1)).toBeLessThanOrEqual(recipientWeight(n));
    expect(FULL_WEIGHT_RECIPIENTS).toBe(2);
    expect(MAX_WEIGHTED_RECIPIENTS).toBe(20);
  });
});

describe("messageContactDelta", () => {
  it("sent mail gives every recipient sent weight, the connector nothing", () => {
    const delta = messageContactDelta(
      message({ recipients: [person("dana@helixworks.example", "Dana"), person("Sam+Notes@Rivera.example")] }),
      CONNECTOR,
      "t1",
    );
    expect(delta).toMatchObject({ direction: "sent", automated: false, counterpartRecipients: 1, weight: 1 });
    expect(delta.contacts).toEqual([
      {
        email: "dana@helixworks.example",
        name: "Dana",
        sentMessages: 1,
        receivedMessages: 0,
        sentWeight: 1,
        receivedWeight: 0,
        automatedMessages: 0,
        thread: { contactWrote: false, connectorWrote: true },
      },
    ]);
  });

  it.each([
    [1, 1],
    [3, 2 / 3],
    [10, 0.2],
    [25, 0],
  ])("sent to %i people, each gets weight %d", (n, weight) => {
    const delta = messageContactDelta(message({ recipients: crowd(n) }), CONNECTOR, "t1");
    expect(delta.contacts).toHaveLength(n);
    for (const contact of delta.contacts) {
      expect(contact.sentWeight).toBeCloseTo(weight, 10);
      expect(contact.sentMessages).toBe(weight > 0 ? 1 : 0);
      // Big threads still show who shares them.
      expect(contact.thread).toEqual({ contactWrote: false, connectorWrote: true });
    }
  });

  it("received mail gives only the sender received weight; the cc'd share the thread", () => {
    const delta = messageContactDelta(
      message({
        from: person("alex@northwind.example", "Alex Chen"),
        recipients: [person("sam@rivera.example"), person("bea@lanternfish.example", "Bea Tran")],
      }),
      CONNECTOR,
      "t2",
    );
    expect(delta).toMatchObject({ direction: "received", counterpartRecipients: 1, weight: 1 });
    expect(delta.contacts).toEqual([
      {
        email: "alex@northwind.example",
        name: "Alex Chen",
        sentMessages: 0,
        receivedMessages: 1,
        sentWeight: 0,
        receivedWeight: 1,
        automatedMessages: 0,
        thread: { contactWrote: true, connectorWrote: false },
      },
      {
        email: "bea@lanternfish.example",
        name: "Bea Tran",
        sentMessages: 0,
        receivedMessages: 0,
        sentWeight: 0,
        receivedWeight: 0,
        automatedMessages: 0,
        thread: { contactWrote: false, connectorWrote: false },
      },
    ]);
  });

  it("weighs received mail by the others on it", () => {
    const delta = messageContactDelta(
      message({ from: person("alex@northwind.example"), recipients: [person("sam@rivera.example"), ...crowd(9)] }),
      CONNECTOR,
      "t",
    );
    expect(delta.weight).toBeCloseTo(2 / 9, 10);
    expect(delta.contacts.find((c) => c.email === "alex@northwind.example")?.receivedWeight).toBeCloseTo(2 / 9, 10);
  });

  it("gives received mail that does not name the connector (Bcc, a list, a relay) a quarter of its weight", () => {
    const unaddressed = messageContactDelta(
      message({ from: person("gary@wptf.example"), recipients: [person("members@wptf.example")] }),
      CONNECTOR,
      "t",
    );
    expect(UNADDRESSED_WEIGHT).toBe(0.25);
    expect(unaddressed.contacts.find((c) => c.email === "gary@wptf.example")).toMatchObject({
      receivedMessages: 1,
      receivedWeight: 0.25,
    });
    const addressed = messageContactDelta(
      message({ from: person("gary@wptf.example"), recipients: [person("Sam@Rivera.example")] }),
      CONNECTOR,
      "t",
    );
    expect(addressed.contacts.find((c) => c.email === "gary@wptf.example")?.receivedWeight).toBe(1);
  });

  it("counts mail in the mailbox that names neither side as the connector as received", () => {
    const delta = messageContactDelta(
      message({ from: person("ana@group.example"), recipients: [person("founders@groups.example")] }),
      CONNECTOR,
      "t",
    );
    expect(delta.direction).toBe("received");
    expect(delta.contacts.map((c) => [c.email, c.receivedMessages])).toEqual([
      ["ana@group.example", 1],
      ["founders@groups.example", 0],
    ]);
  });

  it("machine mail counts only automatedMessages on its sender", () => {
    const newsletter = messageContactDelta(
      message({ from: person("news@tallyhub.example", "Tallyhub"), recipients: [person("sam@rivera.example")] }),
      CONNECTOR,
      "t",
    );
    expect(newsletter.automated).toBe(true);
    expect(newsletter.contacts).toEqual([
      {
        email: "news@tallyhub.example",
        name: "Tallyhub",
        sentMessages: 0,
        receivedMessages: 0,
        sentWeight: 0,
        receivedWeight: 0,
        automatedMessages: 1,
        thread: null,
      },
    ]);
    const listMail = messageContactDelta(
      message({
        from: person("dana@helixworks.example"),
        recipients: [person("list@lists.example"), person("sam@rivera.example")],
        hasBulkHeaders: true,
      }),
      CONNECTOR,
      "t",
    );
    expect(listMail.contacts.map((c) => [c.email, c.automatedMessages, c.receivedMessages])).toEqual([
      ["dana@helixworks.example", 1, 0],
    ]);
  });

  it("the connector's own machine mail (a vacation reply) counts for no one", () => {
    const delta = messageContactDelta(message({ hasBulkHeaders: true }), CONNECTOR, "t");
    expect(delta).toMatchObject({ direction: "sent", automated: true, contacts: [] });
  });

  it("counts a message the same whatever the order of its headers", () => {
    const headers = [
      { name: "From", value: "Alex Chen <alex@northwind.example>" },
      { name: "To", value: "Sam <sam@rivera.example>, Leo <leo@brightfold.example>" },
      { name: "Cc", value: "Bea <bea@lanternfish.example>, ALEX@northwind.example" },
      { name: "Date", value: "Tue, 10 Mar 2026 16:45:00 +0000" },
    ];
    const received = new Date("2026-03-10T17:00:00Z");
    const once = messageContactDelta(readHeaderFacts(headers, received), CONNECTOR, "t");
    const shuffled = [headers[2]!, headers[3]!, headers[0]!, headers[1]!];
    expect(messageContactDelta(readHeaderFacts(shuffled, received), CONNECTOR, "t")).toEqual(once);
    expect(messageContactDelta(readHeaderFacts([...headers].reverse(), received), CONNECTOR, "t")).toEqual(once);
    expect(once.counterpartRecipients).toBe(2);
  });

  it("is deterministic: the same facts give equal deltas", () => {
    const facts = message({ recipients: crowd(4) });
    expect(messageContactDelta(facts, CONNECTOR, "t")).toEqual(messageContactDelta(facts, CONNECTOR, "t"));
  });
});

describe("tallyContacts", () => {
  const dana = (iso: string, over: Partial<HeaderFacts> = {}) =>
    message({ date: new Date(iso), recipients: [person("dana@helixworks.example", "Dana")], ...over });
  const fromDana = (iso: string, name: string | null, over: Partial<HeaderFacts> = {}) =>
    message({
      date: new Date(iso),
      from: person("dana@helixworks.example", name),
      recipients: [person("sam@rivera.example")],
      ...over,
    });

  it("adds up counts, weights and first/last dates per direction", () => {
    const tally = tallyContacts(
      [
        { facts: dana("2026-01-05T10:00:00Z"), threadId: "a" },
        { facts: fromDana("2026-01-06T10:00:00Z", "Dana W"), threadId: "a" },
        {
          facts: dana("2026-03-01T10:00:00Z", { recipients: [person("dana@helixworks.example"), ...crowd(2)] }),
          threadId: "b",
        },
        { facts: fromDana("2025-12-20T10:00:00Z", "Dana Whitcombe"), threadId: "c" },
        { facts: fromDana("2026-02-01T10:00:00Z", null, { hasBulkHeaders: true }), threadId: "d" },
      ],
      CONNECTOR,
    );
    const totals = tally.contacts.find((c) => c.email === "dana@helixworks.example");
    expect(totals).toMatchObject({
      sentMessages: 2,
      receivedMessages: 2,
      automatedMessages: 1,
      firstSentAt: new Date("2026-01-05T10:00:00Z"),
      lastSentAt: new Date("2026-03-01T10:00:00Z"),
      firstReceivedAt: new Date("2025-12-20T10:00:00Z"),
      lastReceivedAt: new Date("2026-01-06T10:00:00Z"),
      lastAutomatedAt: new Date("2026-02-01T10:00:00Z"),
      // The latest name by date, not by input order.
      displayName: "Dana W",
      displayNameAt: new Date("2026-01-06T10:00:00Z"),
    });
    expect(totals?.sentWeight).toBeCloseTo(1 + 2 / 3, 10);
    expect(totals?.receivedWeight).toBe(2);
  });

  it("buckets weights by UTC month and keeps thread participation per thread", () => {
    const tally = tallyContacts(
      [
        { facts: dana("2026-01-31T23:30:00Z"), threadId: "a" },
        { facts: fromDana("2026-02-01T00:30:00Z", null), threadId: "a" },
        { facts: fromDana("2026-02-14T09:00:00Z", null), threadId: "b" },
        { facts: dana("2026-02-28T09:00:00Z", { recipients: crowd(25) }), threadId: "c" },
      ],
      CONNECTOR,
    );
    const months = tally.months.filter((m) => m.email === "dana@helixworks.example");
    expect(months).toEqual([
      { email: "dana@helixworks.example", month: new Date("2026-01-01T00:00:00Z"), sentWeight: 1, receivedWeight: 0 },
      { email: "dana@helixworks.example", month: new Date("2026-02-01T00:00:00Z"), sentWeight: 0, receivedWeight: 2 },
    ]);
    // Mail to 25 people weighs nothing: no month bucket, but the threads are recorded.
    expect(tally.months.some((m) => m.email.endsWith("@crowd.example"))).toBe(false);
    expect(tally.threads.filter((t) => t.email.endsWith("@crowd.example"))).toHaveLength(25);
    expect(tally.threads.filter((t) => t.email === "dana@helixworks.example")).toEqual([
      {
        email: "dana@helixworks.example",
        threadId: "a",
        contactWrote: true,
        connectorWrote: true,
        lastAt: new Date("2026-02-01T00:30:00Z"),
      },
      {
        email: "dana@helixworks.example",
        threadId: "b",
        contactWrote: true,
        connectorWrote: false,
        lastAt: new Date("2026-02-14T09:00:00Z"),
      },
    ]);
  });

  it("records cc'd people (names, threads) without counting mail for them", () => {
    const tally = tallyContacts(
      [
        {
          facts: message({
            from: person("alex@northwind.example", "Alex"),
            recipients: [person("sam@rivera.example"), person("bea@lanternfish.example", "Bea Tran")],
          }),
          threadId: "x",
        },
      ],
      CONNECTOR,
    );
    expect(tally.contacts.find((c) => c.email === "bea@lanternfish.example")).toMatchObject({
      displayName: "Bea Tran",
      sentMessages: 0,
      receivedMessages: 0,
      firstReceivedAt: null,
    });
    expect(tally.threads.find((t) => t.email === "bea@lanternfish.example")).toMatchObject({
      contactWrote: false,
      connectorWrote: false,
    });
  });

  it("gives the same totals whatever the order of the messages", () => {
    const messages = [
      { facts: fromDana("2026-01-06T10:00:00Z", "Dana A"), threadId: "a" },
      { facts: fromDana("2026-01-06T10:00:00Z", "Dana B"), threadId: "b" },
      { facts: dana("2026-01-05T10:00:00Z"), threadId: "a" },
    ];
    const forwards = tallyContacts(messages, CONNECTOR);
    const backwards = tallyContacts([...messages].reverse(), CONNECTOR);
    const byEmail = <T extends { email: string }>(rows: T[]) =>
      [...rows].sort((a, b) => a.email.localeCompare(b.email));
    expect(byEmail(backwards.contacts)).toEqual(byEmail(forwards.contacts));
    expect(forwards.contacts.find((c) => c.email === "dana@helixworks.example")?.displayName).toBe("Dana A");
  });

  // Its speed is measured in `npm run bench -- relationships`, never in a timed test.
  it("adds up twenty thousand messages into one contact", () => {
    const messages = Array.from({ length: 20_000 }, (_, i) => ({
      facts:
        i % 2 === 0
          ? dana(`2026-01-${String((i % 28) + 1).padStart(2, "0")}T10:00:00Z`)
          : fromDana("2026-02-01T10:00:00Z", "Dana"),
      threadId: `t${i % 500}`,
    }));
    const tally = tallyContacts(messages, CONNECTOR);
    expect(tally.contacts[0]).toMatchObject({ sentMessages: 10_000, receivedMessages: 10_000 });
  });
});
