import { describe, expect, it } from "vitest";
import {
  type BatchSizeState,
  type BatchSizing,
  DEFAULT_BATCH_SIZING,
  nextBatchSize,
  startBatchSize,
} from "../../../src/gmail/adaptive-batch-size.js";
import { createBatchSizeMemory } from "../../../src/gmail/batch-size-memory.js";
import { batchSizeToSend } from "../../../src/gmail/plan-batch.js";

const sizing: BatchSizing = { ...DEFAULT_BATCH_SIZING, probeAfter: 5 };
const state = (size: number, known: number, failedAt: number | null = null, clean = 0): BatchSizeState => ({
  size,
  known,
  failedAt,
  clean,
});
const clean = (from: BatchSizeState, sent = from.size) => nextBatchSize(from, { sent, rejected: 0 }, sizing);

/**
 * Batches sent the way fetchRawMessages sends them (48 messages a second of quota), against a
 * steady limit on calls at once: calls beyond it come back 429 and go in the next batch.
 */
function against(limit: number, batches: number) {
  const sent: number[] = [];
  let refused = 0;
  let current = startBatchSize();
  for (let batch = 0; batch < batches; batch++) {
    const size = batchSizeToSend(current, { perSecond: 48, mostPerReservation: 50 });
    const rejected = Math.max(0, size - limit);
    sent.push(size);
    refused += rejected;
    current = nextBatchSize(current, { sent: size, rejected });
  }
  return { sent, refused };
}

describe("adaptive batch size (additive increase, multiplicative decrease)", () => {
  it("starts from 20, a size every field report calls safe", () => {
    expect(startBatchSize()).toEqual(state(20, 20));
    expect(startBatchSize({ ...sizing, initial: 80 })).toEqual(state(50, 50));
  });

  it("grows by one after each batch with no 429, never above the ceiling, and knows the largest that went through", () => {
    let current = startBatchSize(sizing);
    for (let batch = 0; batch < 40; batch++) current = clean(current);
    expect(current).toEqual(state(50, 50, null, 40));
    expect(nextBatchSize(state(12, 12), { sent: 12, rejected: 0 }, { ...sizing, max: 12 }).size).toBe(12);
    // A short batch (the last ids) teaches nothing about larger ones.
    expect(clean(state(30, 26), 8)).toEqual(state(31, 26, null, 1));
  });

  it("halves the batch that drew 429s, remembers its size, and knows what got through", () => {
    expect(nextBatchSize(state(26, 25, null, 9), { sent: 26, rejected: 1 }, sizing)).toEqual(state(13, 25, 26, 0));
    // What failed is the batch as sent, which can be smaller than the size (the last ids, a resend).
    expect(nextBatchSize(state(40, 40), { sent: 10, rejected: 3 }, sizing)).toEqual(state(5, 7, 10, 0));
    expect(nextBatchSize(state(1, 1), { sent: 1, rejected: 1 }, sizing)).toEqual(state(1, 0, 1, 0));
  });

  it("climbs back to just below the size that failed, and tries it again only after probeAfter clean batches", () => {
    let current = state(20, 25, 24, 0);
    const sizes: number[] = [];
    for (let batch = 0; batch < 6; batch++) {
      current = clean(current);
      sizes.push(current.size);
    }
    // Held at 23 until the fifth clean batch; then 24 goes through, and the failure is forgotten.
    expect(sizes).toEqual([21, 22, 23, 23, 24, 25]);
    expect(current.failedAt).toBeNull();
  });

  it("forgets the failure once a batch that large goes through", () => {
    expect(clean(state(24, 23, 24, 7))).toEqual(state(25, 24, null, 8));
  });

  it("ignores a batch of nothing", () => {
    const current = state(17, 20, 30, 2);
    expect(nextBatchSize(current, { sent: 0, rejected: 0 }, sizing)).toBe(current);
  });
});

describe("the size sent", () => {
  it("is the size that fills a second of quota, up to what is known to go through, and the size itself above it", () => {
    const limits = { perSecond: 48, mostPerReservation: 50 };
    expect(batchSizeToSend(state(20, 20), limits)).toBe(16);
    expect(batchSizeToSend(state(30, 40), limits)).toBe(24);
    expect(batchSizeToSend(state(26, 25), limits)).toBe(26);
    expect(batchSizeToSend(state(50, 49), limits)).toBe(50);
    expect(batchSizeToSend(state(50, 49), { perSecond: 2, mostPerReservation: 4 })).toBe(4);
  });

  it("against a steady limit of 25 settles at 24, and probes 26 once every 100 batches at the cost of one refused call", () => {
    const { sent, refused } = against(25, 400);
    // 16 fills a second at 20 allowed; then one call more at a time, up to the first refusal.
    expect(sent.slice(0, 8)).toEqual([16, 21, 22, 23, 24, 25, 26, 12]);
    expect(sent.filter((size) => size > 25)).toEqual([26, 26, 26, 26]);
    expect(refused).toBe(4);
    // After each refusal, 12 then 16 (both fill a second) on the way back to 24.
    expect(sent.slice(7).every((size) => [24, 26, 12, 16].includes(size))).toBe(true);
    expect(sent.filter((size) => size === 24).length).toBeGreaterThan(340);
  });

  it("against a steady limit of 20 settles at 16, and of 50 at 48", () => {
    const twenty = against(20, 300);
    expect(twenty.sent.filter((size) => size === 16).length).toBeGreaterThan(270);
    expect(twenty.refused).toBeLessThanOrEqual(3);
    const fifty = against(50, 300);
    expect(fifty.sent.slice(-100).every((size) => size === 48)).toBe(true);
    expect(fifty.refused).toBe(0);
  });
});

describe("batch size memory", () => {
  it("keeps each account's size for the process, within the ceiling each client gives", () => {
    const memory = createBatchSizeMemory();
    expect(memory.get("a", sizing)).toEqual(state(20, 20));
    memory.record("a", { sent: 20, rejected: 0 }, sizing);
    memory.record("a", { sent: 21, rejected: 0 }, sizing);
    memory.record("b", { sent: 20, rejected: 4 }, sizing);
    expect(memory.get("a", sizing)).toMatchObject({ size: 22, known: 21 });
    expect(memory.get("b", sizing)).toMatchObject({ size: 10, known: 16 });
    expect(memory.get("a", { ...sizing, max: 16 })).toMatchObject({ size: 16, known: 16 });
  });

  it("forgets the least recently used account beyond its capacity", () => {
    const memory = createBatchSizeMemory(2);
    memory.record("a", { sent: 20, rejected: 10 }, sizing);
    memory.record("b", { sent: 20, rejected: 10 }, sizing);
    memory.record("a", { sent: 10, rejected: 0 }, sizing);
    memory.record("c", { sent: 20, rejected: 10 }, sizing);
    expect([memory.get("a", sizing).size, memory.get("b", sizing).size, memory.get("c", sizing).size]).toEqual([
      11, 20, 10,
    ]);
  });
});
