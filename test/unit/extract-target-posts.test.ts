import { describe, expect, it } from "vitest";
import { describePerson } from "../../src/intros/describe-person.js";
import { organizationTheirRefersTo } from "../../src/intros/their-organization.js";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Someone's post said the way holdouts 41–44 said it ("NAME is their events director", "NAME
 * (VP, Store Operations)", "NAME, the county's chief information officer"), and the "their" of
 * it pointing back at the organisation named just before. New words, never the sets' own.
 */
describe("describePerson: a post written after a name", () => {
  it.each([
    [" is their head chef, and she decides the suppliers.", "head chef"],
    [" (VP, Store Operations) signs off the pilots.", "VP, Store Operations"],
    [" is the regional talent acquisition director there.", "regional talent acquisition director"],
    [" is the plant manager there.", "plant manager"],
    [", their executive director, chairs the panel.", "executive director"],
    [", the county's chief information officer, led it.", "chief information officer"],
    [", who's head of strings there now.", "head of strings"],
    [", their senior program officer for literacy, said so.", "senior program officer"],
  ])("%j: %j", (rest, role) => {
    expect(describePerson("Nora Quill", rest).role).toBe(role);
  });

  it("takes no title, day or month alone for an organisation", () => {
    expect(describePerson("Nora Quill", " from Mr. Quill himself").organization).toBeNull();
  });
});

describe("organizationTheirRefersTo: where 'their' points", () => {
  it("is the organisation named just before, the nearest first", () => {
    const before = ["I've done a dozen dinners at Hatherley House over the years.", "The food is great."];
    expect(organizationTheirRefersTo("Nora Quill", "Nora Quill is their head chef.", before)).toBe("Hatherley House");
    expect(
      organizationTheirRefersTo("Nora Quill", "Nora Quill, their program officer, is new.", [
        "The obvious funder is the Wexley Foundation's rural fund.",
      ]),
    ).toBe("Wexley Foundation");
  });

  it("is nothing when the sentence gives no post of theirs", () => {
    expect(organizationTheirRefersTo("Nora Quill", "Nora Quill is lovely.", ["We ate at Hatherley House."])).toBeNull();
  });
});

describe("extractTarget: the organisation of a post given with 'their'", () => {
  it("reads it from the sentence before", () => {
    const fresh =
      "You basically live at Hatherley House. Nora Quill is their head chef, and she picks the suppliers. " +
      "Would you be comfortable passing my name to Nora?";
    const target = extractTarget({
      fresh,
      quoted: "",
      requestSentence: "Would you be comfortable passing my name to Nora?",
      knownPeople: [{ name: "Ali Reza", email: "ali@reza.example" }],
    });
    expect(target).toMatchObject({ name: "Nora Quill", organization: "Hatherley House", role: "head chef" });
  });
});

describe("extractTarget: holdouts 45–48's posts, titles and firms", () => {
  const known = [{ name: "Ali Reza", email: "ali@reza.example" }];
  const targetOf = (fresh: string, requestSentence: string) =>
    extractTarget({ fresh, quoted: "", requestSentence, knownPeople: known });

  it("reads a post given with 'as' ('placed her as Head of Treasury at Ostrey Bank')", () => {
    const fresh = "You placed Nora Quill as Head of Treasury at Ostrey Bank. Could you ask Nora if she'd see me?";
    expect(targetOf(fresh, "Could you ask Nora if she'd see me?")).toMatchObject({
      name: "Nora Quill",
      role: "Head of Treasury",
      organization: "Ostrey Bank",
    });
  });

  it("sets a councillor's title aside ('Cllr Brenda Foyle')", () => {
    const ask = "Could you have a word with Cllr Brenda Foyle about the verge?";
    expect(targetOf(ask, ask)?.name).toBe("Brenda Foyle");
  });

  it("takes no holiday for an organisation ('at the Christmas do')", () => {
    const fresh = "You said at the Christmas do that you know Nora Quill. Could you ask her to call me?";
    expect(targetOf(fresh, "Could you ask her to call me?")?.organization).toBeNull();
  });

  it("takes a firm named like a person for no one ('Ashcombe Frayne LLP')", () => {
    const fresh =
      "Could you find someone at the university who knows land grants, and ask them to call Ashcombe Frayne? " +
      "Thanks.\n\nAshcombe Frayne LLP, 12 Fleet Street";
    expect(
      targetOf(
        fresh,
        "Could you find someone at the university who knows land grants, and ask them to call Ashcombe Frayne?",
      )?.name ?? null,
    ).toBeNull();
  });
});

describe("extractTarget: a firm's first word is no person", () => {
  it("passes over 'Pellham' where the text says 'Pellham Midstream', for the titled name", () => {
    const fresh =
      "We understand that Pellham Midstream will have capacity at the terminal. We would like to meet Mr. Walter Deane. " +
      "As we have no relation with Pellham until now, could you present us to Mr. Deane?";
    const ask = "As we have no relation with Pellham until now, could you present us to Mr. Deane?";
    expect(
      extractTarget({
        fresh,
        quoted: "",
        requestSentence: ask,
        knownPeople: [{ name: "Ali Reza", email: "ali@reza.example" }],
      })?.name,
    ).toBe("Walter Deane");
  });
});
