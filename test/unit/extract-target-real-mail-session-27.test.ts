import { describe, expect, it } from "vitest";
import { extractTarget } from "../../src/intros/extract-target.js";

/**
 * Targets that session 27's blind Enron mail was given wrongly, in new words: an executive-referral
 * office's "let me know if you … know of anyone else that might be interested in him as I need to
 * update Ken Lay" read Ken Lay, then the candidate, as the one sought.
 */
const target = (fresh: string, requestSentence: string) =>
  extractTarget({ fresh, quoted: "", requestSentence, knownPeople: [] });

describe("extractTarget: whom the writer answers to, and the candidate placed (session 27)", () => {
  it("takes no one the writer reports to for the target", () => {
    const ask = "Please let me know if you know of a buyer for the plant, as I need to update Mona Patel by Friday.";
    expect(target(ask, ask)?.name ?? null).toBeNull();
    const brief = "Could you find out who runs gas storage at Calpine? I will brief Omar Haddad on it.";
    expect(target(brief, "Could you find out who runs gas storage at Calpine?")?.name ?? null).toBeNull();
  });

  it("does not read the candidate as the one sought by 'anyone interested in him'", () => {
    const ask = "Let me know if you see a fit or know of anyone else who might be interested in him.";
    const fresh = `I have attached the resume of Tomas Berg, who wants to move to Houston. ${ask}`;
    expect(target(fresh, ask)?.name ?? null).toBeNull();
  });

  it("does not read the candidate whose interest is to be passed on as the one sought", () => {
    const ask = "Who is the best person in your organization to communicate her interest and my recommendation?";
    const fresh = `Nadia Ortiz is an analyst here who wants to move to the London office. ${ask}`;
    expect(target(fresh, ask)?.name ?? null).toBeNull();
  });

  it("does not take someone already spoken with for the unnamed person the ask seeks", () => {
    const ask = "I would be grateful for any opportunity to meet with the appropriate person on Thursday or Friday.";
    const fresh = `Dana Ruiz, an associate of yours on the hospital board, spoke with Omar Haddad today about my interest in your analyst program. ${ask}`;
    expect(target(fresh, ask)?.name ?? null).toBeNull();
    const named = "Could you introduce me to Omar Haddad?";
    expect(target(`I spoke with Dana Ruiz last week. ${named}`, named)).toMatchObject({ name: "Omar Haddad" });
  });

  it("does not take the place where the writer teaches or works for the target's", () => {
    const ask = "Do you know who posted this job?";
    const fresh = `I am teaching a class at Tulane and one of my best students sent her resume in response to this posting. ${ask}`;
    expect(target(fresh, ask)?.organization ?? null).toBeNull();
    const there = "Do you know anyone there who hires analysts?";
    expect(target(`My cousin works at Calpine. ${there}`, there)).toMatchObject({ organization: "Calpine" });
  });

  it("still reads a named person the ask points to with 'him'", () => {
    const ask = "Could you introduce me to him?";
    const fresh = `Tomas Berg runs the storage desk at Calpine. ${ask}`;
    expect(target(fresh, ask)).toMatchObject({ name: "Tomas Berg" });
    const update = "Could you ask Mona Patel whether she would update me on the tariff?";
    expect(target(update, update)).toMatchObject({ name: "Mona Patel" });
  });
});
