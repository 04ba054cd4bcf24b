import { describe, expect, it } from "vitest";
import { describePerson } from "../../src/intros/describe-person.js";
import { postBeforeName } from "../../src/intros/their-organization.js";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Where the target works and what their post is, written the ways the older holdouts wrote it
 * and the reading missed (session 34). New words, never the sets' own.
 */
const target = (fresh: string, requestSentence: string) =>
  extractTarget({ fresh, quoted: "", requestSentence, knownPeople: [] });

describe("describePerson: a post after the name, in more words", () => {
  it.each([
    [
      ", the harbour superintendent of Gullwing Ferries, is an old friend",
      "harbour superintendent",
      "Gullwing Ferries",
    ],
    [", their chief flight nurse, reads every application", "chief flight nurse", null],
    [", the produce buyer at Fairfield Grocers", "produce buyer", "Fairfield Grocers"],
    [
      ", he is the head of the radiology department in Elmstead Hospital",
      "head of the radiology department",
      "Elmstead Hospital",
    ],
  ])("%j: %j at %j", (rest, role, organization) => {
    expect(describePerson("Rosa Quint", rest)).toMatchObject({ role, organization });
  });

  it.each([", the curator we'd send it to", ", our head of the list"])("takes no determiner for a post: %j", (rest) => {
    expect(describePerson("Rosa Quint", rest).role).toBeNull();
  });

  it("takes a body after 'in' only by its kind of name", () => {
    expect(describePerson("Rosa Quint", ", the head nurse in Chicago").organization).toBeNull();
  });
});

describe("postBeforeName: the post said before a name, set off by a comma", () => {
  it.each([
    ["Could she ask their head sommelier, Paolo Ferrante, about it?", "Paolo Ferrante", "head sommelier"],
    ["I gather you know one of their trustees, Anne Whitcombe.", "Anne Whitcombe", "trustee"],
    ["It needs a word with the superintendent, Dr. Hal Benn.", "Hal Benn", "superintendent"],
  ])("%j", (sentence, name, post) => {
    expect(postBeforeName(name, ["An unrelated sentence.", sentence])).toBe(post);
  });

  it("is nothing when no post comes before the name", () => {
    expect(postBeforeName("Anne Whitcombe", ["I met Anne Whitcombe at the fair."])).toBeNull();
  });
});

describe("extractTarget: where they work, said beside the ask", () => {
  it("follows 'their' back to the body named before", () => {
    const fresh =
      "Our library lost its county match, and the funder that might move quickly is the Alder Family Fund. I gather you know one of their trustees, Anne Whitcombe. Would you pass our note on to her?";
    expect(target(fresh, "Would you pass our note on to her?")).toMatchObject({
      name: "Anne Whitcombe",
      organization: "Alder Family Fund",
      role: "trustee",
    });
  });

  it("reads 'you mentioned she heads…' in the next sentence", () => {
    const ask = "Could you make an introduction for us to Ilse Vang?";
    const fresh = `${ask} You mentioned she heads knitwear buying at Halden & Moor in Oslo.`;
    expect(target(fresh, ask)?.organization).toBe("Halden & Moor");
  });

  it("never takes a given name alone for where they work", () => {
    const fresh =
      "I had a note from Tom about the new wing. Would you ask Dana Pike, their facilities director, whether she'd see me?";
    const ask = "Would you ask Dana Pike, their facilities director, whether she'd see me?";
    expect(target(fresh, ask)?.organization ?? null).not.toBe("Tom");
  });
});
