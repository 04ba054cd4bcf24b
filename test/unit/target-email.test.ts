import { describe, expect, it } from "vitest";
import { extractTarget, type TargetContext } from "../../src/intros/extract-target.js";

const requester = { name: "Alex Kim", email: "alex@northwind.example" };
const connector = { name: "Sam Rivera", email: "sam@rivera.example" };

function target(fresh: string, requestSentence: string) {
  const context: TargetContext = { fresh, quoted: "", requestSentence, knownPeople: [requester, connector] };
  return extractTarget(context);
}

/** The target's address: beside their name or carrying it, never someone else's. */
describe("extractTarget: the target's address", () => {
  it("takes an address far from the name when it carries the name", () => {
    const ask = "Could you introduce me to Priya Raman at Halden?";
    const fresh = `${ask} She runs digital learning there and has a pilot budget.\n\nHer address, if useful: p.raman@halden.example`;
    expect(target(fresh, ask)?.email).toBe("p.raman@halden.example");
  });

  it("gives a named target no address that is someone else's", () => {
    // (Real mail: a quoted German Outlook header left the forwarder's address as the text's only one.)
    const ask = "Could you introduce me to Priya Raman at Halden?";
    const fresh = `${ask} I will be in Houston for the conference at the end of the month and could meet any day.\n\nVon: Steven J Kean [mailto:skean@corp.example]\nGesendet am: Samstag, 7. August 1999`;
    expect(target(fresh, ask)?.email).toBeNull();
  });
});

/**
 * With no name, the text's only address is the target's, unless it is the writer's other one or a
 * service's (session 27's blind set gq-ed signed "alex@…" from a second domain; gq-ee carried a
 * disclaimer's "reply to … at enron.messaging.administration@…").
 */
describe("extractTarget: an unnamed target's address", () => {
  const ask = "Do you know of anyone at Halden I could talk to about their pilot?";

  it("takes the one address that belongs to someone else", () => {
    const fresh = `${ask} Their general counsel's address is legal.desk@halden.example, if it helps.`;
    expect(target(fresh, ask)?.email).toBe("legal.desk@halden.example");
  });

  it.each([
    ["the writer's own, at another domain", `${ask}\n\nAlex Kim\nCEO, Northwind\nalex@northwind-labs.example`],
    [
      "a disclaimer's service mailbox",
      `${ask}\n\nIf you are not the intended recipient, please reply to Halden Corp. at halden.messaging.administration@halden.example and delete all copies.`,
    ],
    ["a no-reply sender", `${ask}\n\nSent through Mailer: no-reply@mailer.example`],
    // (A mailing list's footer under a real list post, session 35's blind r35a.)
    [
      "a mailing list's robot",
      `${ask}\n\n-\nTo unsubscribe from this list: send the line "unsubscribe hw-list" in\nthe body of a message to majordomo@lists.example`,
    ],
    ["a list owner's", `${ask}\n\nProblems? Write to hw-list-owner@lists.example`],
  ])("gives none when the only address is %s", (_, fresh) => {
    expect(target(fresh, ask)?.email ?? null).toBeNull();
  });
});

describe("extractTarget: the writer's own address in their signature", () => {
  it("is no unnamed target's, though its mailbox differs from the one they write from", () => {
    const ask = "You mentioned you may be able to pass on my resume, so I am attaching it.";
    const fresh = `${ask}\n\nAlex Kim\n713 555 0100  email: akkim77@aol.example`;
    expect(target(fresh, ask)?.email ?? null).toBeNull();
  });

  it("is no reason to drop a named target's address that shares the writer's surname", () => {
    const ask = "Could you introduce me to Dana Kim at Halden?";
    const fresh = `${ask} Her address is dana.kim@halden.example.`;
    expect(target(fresh, ask)?.email).toBe("dana.kim@halden.example");
  });
});
