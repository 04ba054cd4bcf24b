/**
 * How many calls one Gmail batch may carry, learnt from Gmail's answers. Gmail limits the
 * calls it runs at once for one user, and runs a batch's calls side by side: in the field,
 * batches beyond roughly 20–25 calls draw 429 "Too many concurrent requests for user" on some
 * parts. The limit is not published and moves with the user's other traffic, so the size is
 * found the way TCP finds a window: additive increase while batches go through, multiplicative
 * decrease when parts come back 429.
 */
export interface BatchSizing {
  /** The size an account starts from: one every field report calls safe. */
  initial: number;
  min: number;
  /** Gmail refuses more than 100 calls and advises at most 50. */
  max: number;
  /** Added after each batch that drew no 429. */
  increase: number;
  /** The size of a batch that drew 429s is multiplied by this. */
  decrease: number;
  /**
   * Clean batches before a size that drew 429s is tried again. Without it a steady limit costs
   * a failed part every few batches; with it, one probe now and then finds a risen limit.
   */
  probeAfter: number;
}

export const DEFAULT_BATCH_SIZING: BatchSizing = {
  initial: 20,
  min: 1,
  max: 50,
  increase: 1,
  decrease: 0.5,
  probeAfter: 100,
};

export interface BatchSizeState {
  /** How many calls Gmail is expected to take at once for this account. */
  size: number;
  /**
   * The most calls known to go through at once: the largest batch with no 429, or what got
   * through of the last batch that drew 429s. A size above it is a probe, sent as it is.
   */
  known: number;
  /** The batch size that last drew 429s, until a clean batch that large; null when none. */
  failedAt: number | null;
  /** Clean batches since the last batch that drew 429s. */
  clean: number;
}

/** What one batch taught: how many calls it carried, and how many came back 429. */
export interface BatchOutcome {
  sent: number;
  rejected: number;
}

export function startBatchSize(sizing: BatchSizing = DEFAULT_BATCH_SIZING): BatchSizeState {
  const size = clamp(sizing.initial, sizing);
  return { size, known: size, failedAt: null, clean: 0 };
}

/** The state after one batch (a pure function: the caller keeps the state). */
export function nextBatchSize(
  state: BatchSizeState,
  outcome: BatchOutcome,
  sizing: BatchSizing = DEFAULT_BATCH_SIZING,
): BatchSizeState {
  if (outcome.sent <= 0) return state;
  if (outcome.rejected > 0) {
    // What failed is the batch as sent, which may be smaller than the size (the last ids, a resend).
    return {
      size: clamp(Math.floor(outcome.sent * sizing.decrease), sizing),
      known: outcome.sent - outcome.rejected,
      failedAt: outcome.sent,
      clean: 0,
    };
  }
  const clean = state.clean + 1;
  const known = Math.max(state.known, outcome.sent);
  // A clean batch as large as the one that failed: the limit has risen since.
  const failedAt = state.failedAt !== null && outcome.sent >= state.failedAt ? null : state.failedAt;
  const grown = clamp(state.size + sizing.increase, sizing);
  if (failedAt !== null && grown >= failedAt && clean < sizing.probeAfter) {
    return { size: Math.max(state.size, Math.min(grown, failedAt - 1)), known, failedAt, clean };
  }
  return { size: grown, known, failedAt, clean };
}

function clamp(size: number, sizing: BatchSizing): number {
  return Math.max(sizing.min, Math.min(sizing.max, Math.floor(size)));
}
