import {
  type BatchOutcome,
  type BatchSizeState,
  type BatchSizing,
  nextBatchSize,
  startBatchSize,
} from "./adaptive-batch-size.js";

/**
 * Each account's learnt batch size, for as long as the process lives. A sync job builds a
 * new mailbox client, so a size kept in the client would start again from the initial size
 * at every poll; kept here it carries over from one job to the next.
 */
export interface BatchSizeMemory {
  get(accountId: string, sizing: BatchSizing): BatchSizeState;
  record(accountId: string, outcome: BatchOutcome, sizing: BatchSizing): BatchSizeState;
}

/** Accounts remembered at most; the least recently used is forgotten first (it starts again from the initial size). */
const MAX_ACCOUNTS = 10_000;

export function createBatchSizeMemory(maxAccounts = MAX_ACCOUNTS): BatchSizeMemory {
  const states = new Map<string, BatchSizeState>();
  const remember = (accountId: string, state: BatchSizeState) => {
    // Re-inserted at the end: the Map's order is then least recently used first.
    states.delete(accountId);
    states.set(accountId, state);
    if (states.size > maxAccounts) states.delete(states.keys().next().value as string);
    return state;
  };
  const get = (accountId: string, sizing: BatchSizing) => {
    const known = states.get(accountId);
    // The ceiling can differ from one client to the next (its batchSize option).
    return known
      ? { ...known, size: Math.min(known.size, sizing.max), known: Math.min(known.known, sizing.max) }
      : startBatchSize(sizing);
  };
  return {
    get,
    record: (accountId, outcome, sizing) => remember(accountId, nextBatchSize(get(accountId, sizing), outcome, sizing)),
  };
}

/** The process's memory, shared by every mailbox client that is not given one of its own. */
export const processBatchSizes: BatchSizeMemory = createBatchSizeMemory();
