import { describe, expect, it } from "vitest";
import { firmNameTest } from "../../src/intros/firm-names.js";
import { rememberRecent } from "../../src/intros/recent-memo.js";

describe("firmNameTest", () => {
  const isFirm = firmNameTest(
    "Thanks, Donald\nDonald Ashcombe Frayne LLP\nWe met at Pruett\tLambe & Oduya, then Pellham Midstream.\nSarah and Sons",
  );

  it("knows a name written before a legal form, whole or as its last two words", () => {
    expect(isFirm("Donald Ashcombe Frayne")).toBe(true);
    expect(isFirm("Ashcombe Frayne")).toBe(true);
  });

  it("knows a pair written with a tab between its words before '& Name', and a word before a kind of firm", () => {
    expect(isFirm("Pruett Lambe")).toBe(true);
    expect(isFirm("Pellham")).toBe(true);
  });

  it("knows a name that ends in a legal form or a kind of firm, written anywhere (session 24)", () => {
    expect(firmNameTest("")("Halvard Shipping Inc")).toBe(true);
    expect(firmNameTest("")("Tarrow Logistics")).toBe(true);
    // (Not a surname that is also a word of firms' names.)
    expect(firmNameTest("")("Samantha Power")).toBe(false);
  });

  it("knows two words before a kind of firm, a place by its first word, and firms' last words (session 28)", () => {
    const text = "A person from Wells Fargo Bank will talk. Dana Ruiz Group hosts.";
    expect(firmNameTest(text)("Wells Fargo")).toBe(true);
    expect(firmNameTest("")("El Camino")).toBe(true);
    expect(firmNameTest("")("Liberty Media Corporations")).toBe(true);
    expect(firmNameTest("I met Dana Ruiz at the bank.")("Dana Ruiz")).toBe(false);
    expect(firmNameTest("")("Santa")).toBe(false);
  });

  it("does not take a person for a firm", () => {
    expect(isFirm("Donald")).toBe(false);
    expect(isFirm("Sarah")).toBe(false);
    expect(isFirm("Frayne LLP")).toBe(false);
    // Inside a longer word, the name does not start where the firm's does.
    expect(firmNameTest("McAshcombe Frayne LLP")("Ashcombe Frayne")).toBe(false);
  });
});

describe("rememberRecent", () => {
  it("answers a repeated text without working again, and forgets the oldest beyond its size", () => {
    let calls = 0;
    const split = rememberRecent((text: string) => {
      calls++;
      return text.split(" ");
    }, 2);
    expect(split("a b")).toEqual(["a", "b"]);
    split("a b");
    expect(calls).toBe(1);
    split("c d");
    split("e f");
    split("a b");
    expect(calls).toBe(4);
  });

  it("hands out frozen answers, so no caller can change another's", () => {
    const split = rememberRecent((text: string) => text.split(" "));
    expect(() => (split("a b") as string[]).push("c")).toThrow(TypeError);
    expect(split("a b")).toEqual(["a", "b"]);
  });
});
