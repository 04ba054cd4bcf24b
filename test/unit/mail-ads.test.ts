import { describe, expect, it } from "vitest";
import { selfNamedWriter } from "../../src/intros/known-people.js";
import { withoutMailAds } from "../../src/intros/mail-ads.js";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Real mail of around 2000 (session 18's Enron set): a free mail service's advertising read as
 * a person and a company, and a writer naming themself read as the target.
 */
describe("withoutMailAds: a free mail service's advertising", () => {
  it("drops the advertisement and the rule drawn above it, and keeps the writer's words", () => {
    const text = [
      "Could you recommend the right person to speak to in Leeds?",
      "",
      "Thanks, Vicky",
      "",
      "_________________________________________________________________________",
      "Get Your Private, Free E-mail from MSN Hotmail at http://www.hotmail.com.",
      "",
      "Share information about yourself, create your own public profile at",
      "http://profiles.msn.com.",
    ].join("\n");
    expect(withoutMailAds(text)).toBe("Could you recommend the right person to speak to in Leeds?\n\nThanks, Vicky");
  });

  it("keeps a line that only mentions such a service", () => {
    const text = "My old address was at hotmail.com, use this one.";
    expect(withoutMailAds(text)).toBe(text);
  });

  it("leaves no 'Free E-mail' for the target", () => {
    const fresh =
      "I wondered whether you could recommend the right person to speak to in Leeds.\n\n" +
      "_________________________________\nGet Your Private, Free E-mail from MSN Hotmail at http://www.hotmail.com.";
    const target = extractTarget({
      fresh: withoutMailAds(fresh),
      quoted: "",
      requestSentence: "I wondered whether you could recommend the right person to speak to in Leeds.",
      knownPeople: [],
    });
    expect(target?.name ?? null).toBeNull();
  });
});

describe("selfNamedWriter: the writer naming themself at the start", () => {
  it.each([
    ["Mike,\n  This is Nick Pardo, old baseball buddy.", "Nick Pardo"],
    ["Dear Ms. Carter, I am Robert Wain, a freelance photographer.", "Robert Wain"],
    ["Hello, my name is Ana Ruiz and I run a bakery.", "Ana Ruiz"],
  ])("%j names %j", (fresh, name) => {
    expect(selfNamedWriter(fresh)).toEqual([{ name, email: null }]);
  });

  it("is no one when the opening names someone else", () => {
    expect(selfNamedWriter("You know Ana Ruiz, don't you?")).toEqual([]);
  });

  it("keeps the writer out of the target", () => {
    const fresh = "Mike,\nThis is Nick Pardo, old baseball buddy. Maybe you could get it to a recruiter.";
    const target = extractTarget({
      fresh,
      quoted: "",
      requestSentence: "Maybe you could get it to a recruiter.",
      knownPeople: [],
    });
    expect(target?.name ?? null).toBeNull();
  });
});
