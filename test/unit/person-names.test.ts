import { describe, expect, it } from "vitest";
import { looksLikePersonName, mentionsGivenName, personNameWithin } from "../../src/intros/person-names.js";

describe("looksLikePersonName", () => {
  const people = [
    // A known given name makes a person, whatever follows.
    ...["Lyle Brandt", "Hollis Grant", "Herb Lindqvist", "Mark Baker", "Will Okafor", "Mei-Lin Zhou", "Tomás Greer"],
    // No list knows the given name, but no word of it is an everyday one.
    ...["Ngozi Okafor", "Olumide Adeyemi", "Wen Zhao", "Folake"],
    // A title and a surname.
    ...["Mrs. Delacroix", "Dr Adebayo", "Prof. Okonkwo"],
    // Surnames that are also place words stay people.
    ...["Stuart Hall", "Lois Lane", "Kevin Marsh", "Jae Park", "Grace Hill"],
  ];
  // An everyday word and no given name that vouches for a person.
  const placesAndCompanies = [
    ...["Fenwick Valley", "Union Coast", "Quayside Hotels", "Lakeside Storage Agmt", "Eastside Literacy Project"],
    ...["Packaging Asia", "Hillcroft Lane", "Marketing", "Dr", "See You", "Just Ask"],
    // A place named after someone.
    ...["St Aldhelm", "Port Alder", "Fort Collins", "San Mateo"],
    // A given name first, but a place's or a firm's last word, or a firm's first word abroad.
    ...["Mercy Plains", "Hollis Barn", "Lyle Island", "Callum Bay", "Rosemary Lane Events", "Grupo Solvira"],
  ];
  it.each([
    ...people.map((name) => [name, true] as const),
    ...placesAndCompanies.map((name) => [name, false] as const),
  ])("%j reads as a person: %j", (name, person) => expect(looksLikePersonName(name)).toBe(person));
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

describe("mentionsGivenName", () => {
  it.each([
    ["Could Brendan look at the scores before Friday?", true],
    ["is there any way nadia could shadow her?", true],
    // A given name in a place's name is no person.
    ["Is there anything you've used at St Brendan's that worked with a small group?", false],
    ["We drove down from Fort Collins and San Jose last week.", false],
    // The sentence's first word is not read: capitalised anyway.
    ["Grace was the word he used.", false],
  ])("%j: %s", (sentence, mentions) => expect(mentionsGivenName(sentence)).toBe(mentions));
});
