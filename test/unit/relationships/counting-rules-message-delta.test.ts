// What one message adds to each contact (messageContactDelta): sent or received weight, the
// thread shared, machine mail, and the same answer whatever the order of the headers.
import { describe, expect, it } from "vitest";
import { messageContactDelta, UNADDRESSED_WEIGHT } from "../../../src/relationships/counting-rules.js";
import { readHeaderFacts } from "../../../src/relationships/header-facts.js";
import { CONNECTOR, crowd, message, person } from "./counting-rules-fixtures.js";

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
