import { describe, expect, it } from "vitest";
import { describePerson, organizationTheirRefersTo } from "../../src/intros/describe-person.js";
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
