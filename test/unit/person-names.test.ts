import { describe, expect, it } from "vitest";
import { looksLikePersonName, personNameWithin } from "../../src/intros/person-names.js";

describe("looksLikePersonName", () => {
  it.each(["Lyle Brandt", "Hollis Grant", "Herb Lindqvist", "Mark Baker", "Mei-Lin Zhou", "Tomás Greer"])(
    "takes %j, whose given name is known, for a person whatever follows",
    (name) => expect(looksLikePersonName(name)).toBe(true),
  );

  it.each(["Ngozi Okafor", "Olumide Adeyemi", "Wen Zhao", "Folake"])(
    "takes %j for a person: no list knows the given name, but no word of it is an everyday one",
    (name) => expect(looksLikePersonName(name)).toBe(true),
  );

  it.each(["Mrs. Delacroix", "Dr Adebayo", "Prof. Okonkwo"])("takes %j, a title and a surname, for a person", (name) =>
    expect(looksLikePersonName(name)).toBe(true),
  );

  it.each([
    "Fenwick Valley",
    "Union Coast",
    "Quayside Hotels",
    "Lakeside Storage Agmt",
    "Eastside Literacy Project",
    "Packaging Asia",
    "Hillcroft Lane",
    "Marketing",
    "Dr",
  ])("takes %j, with an everyday word and no known given name, for a place or company", (name) =>
    expect(looksLikePersonName(name)).toBe(false),
  );
});

describe("personNameWithin", () => {
  it.each([
    ["Hear Lyle Brandt", "Lyle Brandt"],
    ["Is Ray Dunleavy", "Ray Dunleavy"],
    ["Ask Ngozi Okafor", "Ngozi Okafor"],
  ])("drops a sentence's capitalised first word from %j", (words, name) => expect(personNameWithin(words)).toBe(name));

  it.each([
    ["Mary Jones", "Mary Jones"],
    ["Grant Hollis", "Grant Hollis"],
    ["Norcastle Water", null],
    ["Manager Canyon Rural", null],
    ["Know Anyone", null],
  ])("gives %j as %j", (words, name) => expect(personNameWithin(words)).toBe(name));
});
