import { describe, expect, it } from "vitest";
import { messagesPerSecond, planBatch, quotaFriendlySize } from "../../../src/gmail/plan-batch.js";

describe("batch sizes that fill a second of quota", () => {
  it("leaves 10 units of every second for list and history calls: 48 messages.get at 250 units", () => {
    expect(messagesPerSecond(250, 5)).toBe(48);
    expect(messagesPerSecond(20, 5)).toBe(2);
    expect(messagesPerSecond(5, 5)).toBe(1);
  });

  it("sends the size, within what Gmail takes at once, that fills a second best (ties to the larger)", () => {
    const sizes = [50, 48, 47, 30, 25, 24, 23, 20, 16, 15, 12, 10, 8, 7, 6, 5, 1].map((allowed) => [
      allowed,
      quotaFriendlySize(allowed, 48),
    ]);
    expect(sizes).toEqual([
      [50, 48],
      [48, 48],
      [47, 24],
      [30, 24],
      [25, 24],
      [24, 24],
      [23, 16],
      [20, 16],
      [16, 16],
      [15, 12],
      [12, 12],
      [10, 8],
      [8, 8],
      [7, 6],
      [6, 6],
      [5, 4],
      [1, 1],
    ]);
    // Every size it picks fills at least 0.9 of the second once the allowance reaches 6.
    for (let allowed = 6; allowed <= 50; allowed++) {
      const size = quotaFriendlySize(allowed, 48);
      expect(Math.floor(48 / size) * size).toBeGreaterThanOrEqual(45);
    }
  });

  it("takes ids by count, and by bytes for those whose size is known, always at least one", () => {
    const queue = ["a", "b", "c", "d", "e"];
    expect(planBatch(queue, { maxCount: 3, maxBytes: 100 })).toBe(3);
    expect(planBatch(queue, { maxCount: 10, maxBytes: 100 })).toBe(5);
    const sizes = new Map([
      ["a", 40],
      ["b", 50],
      ["c", 20],
    ]);
    const sizeOf = (id: string) => sizes.get(id);
    expect(planBatch(queue, { maxCount: 10, maxBytes: 100, sizeOf })).toBe(2);
    expect(planBatch(["c", "d", "e", "a"], { maxCount: 10, maxBytes: 50, sizeOf })).toBe(3);
    expect(planBatch(["x", "a"], { maxCount: 10, maxBytes: 10, sizeOf: () => 500 })).toBe(1);
    expect(planBatch([], { maxCount: 10, maxBytes: 10 })).toBe(0);
  });
});
