import { describe, expect, it } from "vitest";
import { organizationNear } from "../../src/intros/describe-person.js";
import { extractTarget, type TargetContext } from "../../src/intros/extract-target.js";
import { knownPersonTest } from "../../src/intros/known-people.js";

/** Where targets work, said in the ways holdouts 1–19 said it that the first readings missed. */

const requester = { name: "Alex Kim", email: "alex@northwind.example" };
const connector = { name: "Sam Rivera", email: "sam@rivera.example" };

function targetOf(fresh: string, requestSentence: string, subject?: string) {
  const context: TargetContext = {
    fresh,
    quoted: "",
    requestSentence,
    knownPeople: [requester, connector],
    ...(subject ? { subject } : {}),
  };
  return extractTarget(context);
}

describe("extractTarget: an organisation's short form", () => {
  it.each([
    [
      "Hallbrook Bank is moving its treasury desk. Could you ask Frank Wendt at Hallbrook if he'd see me?",
      "Could you ask Frank Wendt at Hallbrook if he'd see me?",
      "Hallbrook Bank",
    ],
    [
      "The State Energy Siting Council meets in May. Would you ask Lena Ruiz at the Siting Council to take my call?",
      "Would you ask Lena Ruiz at the Siting Council to take my call?",
      "State Energy Siting Council",
    ],
    [
      "Could you introduce me to Jo Park at Stellwave? The Stellwave PM role is open.",
      "Could you introduce me to Jo Park at Stellwave?",
      "Stellwave",
    ],
    [
      "Could you introduce me to Vic Ash at Bramble Foods? She is CEO of Bramble Foods.",
      "Could you introduce me to Vic Ash at Bramble Foods?",
      "Bramble Foods",
    ],
  ])("%j: %j", (fresh, ask, organization) => {
    expect(targetOf(fresh, ask)?.organization).toBe(organization);
  });
});

describe("extractTarget: where the person works, said midway or around a subject's ask", () => {
  it("reads 'he's their head of …' in the middle of a sentence", () => {
    const ask = "Could you ping Dariusz Wrona to see if he'd talk to me?";
    const fresh = `${ask} You two worked together at Tessaline Foods, and he's their head of procurement now.`;
    expect(targetOf(fresh, ask)?.organization).toBe("Tessaline Foods");
  });

  it("reads the sentence after a request made in the subject", () => {
    const ask = "can you get me in front of Frank Delacroix?";
    expect(targetOf("he's running the new desk at Halcyon Energy. details below.", ask, ask)?.organization).toBe(
      "Halcyon Energy",
    );
  });

  it("takes an organisation the subject names and the text is about, never the sender's own", () => {
    const ask = "Could you introduce me to Ellen Marsh?";
    const fresh = `Cascade Paper is the pilot customer I want most. ${ask}`;
    expect(targetOf(fresh, ask, "Cascade Paper")?.organization).toBe("Cascade Paper");
    const signed = `We are launching the Lakemont Energy Center this fall. ${ask}\n\nWalt\nDirector, Lakemont Energy Center`;
    expect(targetOf(signed, ask, "Lakemont Energy Center - sponsors")?.organization).toBeNull();
    // The sender's address names it: alex@northwind.example writes about "Northwind Labs".
    const own = `Northwind Labs has a new cheese line. ${ask}`;
    expect(targetOf(own, ask, "Northwind Labs - a favour")?.organization).toBeNull();
  });
});

describe("organizationNear: a sentence about the person", () => {
  it("names them by a whole word: 'Walt' is not in 'Walter'", () => {
    const sentence = "Mr. Walter Ebersole buys dairy at Pellham Valley Grocers.";
    expect(organizationNear("Walt", [sentence])).toBeNull();
    expect(organizationNear("Walter Ebersole", [sentence])).toBe("Pellham Valley Grocers");
  });
});

/**
 * Session 19, from real Enron mail: a resume routed to "areas within Enron" named clients in a
 * list ("…and Kaiser Permanente"), read as the target; and the writer, whose From line gave no
 * name, signed as "Andrea Crump" from acrump@…, read as the target next.
 */
describe("extractTarget: names that are not the target, from real mail", () => {
  const fresh =
    "Thanks for offering to find areas within Lakeview that could use Omar. He has worked for clients such as the State of Oregon, Harbor Freight Lines and Mercy Medical. Please see his attached resume.\n\nBest,\nDana Pruitt";
  const request = "Thanks for offering to find areas within Lakeview that could use Omar.";

  it("reads names in a list of clients as organisations, not the target", () => {
    expect(targetOf(fresh, request)?.name).not.toBe("Mercy Medical");
    expect(targetOf(fresh, request)?.name).not.toBe("Harbor Freight Lines");
  });

  it("knows the writer by a signature that spells their address (dpruitt@…)", () => {
    const isKnown = knownPersonTest([{ name: null, email: "dpruitt@consult.example" }]);
    expect(isKnown("Dana Pruitt")).toBe(true);
    expect(knownPersonTest([{ name: null, email: "pruitt.dana@consult.example" }])("Dana Pruitt")).toBe(true);
    expect(isKnown("Dana Prentice")).toBe(false);
    expect(isKnown("Omar Haddad")).toBe(false);
  });

  it("still reads a person named after 'such as' in a list of people", () => {
    const asked = "Could you put me in touch with someone such as Marta Ilunga at Harbor Freight?";
    expect(targetOf(asked, asked)?.name).toBe("Marta Ilunga");
  });
});
