/**
 * Quota units kept free in every second for the calls made beside the batches: a
 * messages.list page (5) or a history.list page (2), and getProfile.
 */
export const HEADROOM_UNITS = 10;

/** How many messages.get calls (5 units each) the batches may spend in one second of quota. */
export function messagesPerSecond(unitsPerSecond: number, unitsPerMessage: number): number {
  return Math.max(1, Math.floor((unitsPerSecond - HEADROOM_UNITS) / unitsPerMessage));
}

/**
 * The batch size to send when Gmail takes up to `allowed` calls at once. A batch reserves all
 * its units before it goes, so sizes that do not divide a second's budget leave part of every
 * second unused: with 48 messages a second, two batches of 23 send 46 and the third must wait
 * for the next second. So the size sent is the one, at most `allowed`, that fills a second
 * best (ties to the larger: fewer HTTP requests): 24 for any allowance from 24 to 47, 16 from
 * 16 to 23.
 */
export function quotaFriendlySize(allowed: number, perSecond: number): number {
  let best = 1;
  let bestFill = 0;
  for (let size = 1; size <= Math.min(allowed, perSecond); size++) {
    const fill = Math.floor(perSecond / size) * size;
    if (fill >= bestFill) {
      best = size;
      bestFill = fill;
    }
  }
  return best;
}

/**
 * How many calls the next batch carries. Up to what is known to go through at once, the size
 * that fills a second best (quotaFriendlySize): an allowance of 30 sends 24. Above it, the
 * size itself, as a probe: that is how a risen limit is found, and a probe one call past the
 * limit costs one refused call, where jumping to the next size that fills a second (48) would
 * cost 23. Never more than one second's budget, which no reservation could exceed.
 */
export function batchSizeToSend(
  state: { size: number; known: number },
  limits: { perSecond: number; mostPerReservation: number },
): number {
  if (state.size > state.known) return Math.max(1, Math.min(state.size, limits.mostPerReservation));
  return quotaFriendlySize(state.size, limits.perSecond);
}

/**
 * How many ids from the front of `queue` go in the next batch: at most `maxCount`, and, for
 * the ids whose size is known, at most `maxBytes` in all. Always at least one, so a message
 * larger than the budget still goes, alone.
 */
export function planBatch(
  queue: readonly string[],
  limits: { maxCount: number; maxBytes: number; sizeOf?: (id: string) => number | undefined },
): number {
  let count = 0;
  let bytes = 0;
  while (count < queue.length && count < limits.maxCount) {
    const size = limits.sizeOf?.(queue[count]!) ?? 0;
    if (count > 0 && bytes + size > limits.maxBytes) break;
    bytes += size;
    count++;
  }
  return queue.length === 0 ? 0 : Math.max(1, count);
}
