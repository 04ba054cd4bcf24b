// Adding up a mailbox's messages per contact (tallyContacts): totals, first and last dates, monthly
// weights and threads, whatever the order of the messages.
import { describe, expect, it } from "vitest";
import { tallyContacts } from "../../../src/relationships/tally-contacts.js";
import type { HeaderFacts } from "../../../src/relationships/types.js";
import { CONNECTOR, crowd, message, person } from "./counting-rules-fixtures.js";

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
