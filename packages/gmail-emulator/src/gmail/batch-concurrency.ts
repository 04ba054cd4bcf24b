import type { EmulatorState } from "../server/state.js";
import type { ApiResponse } from "./api-types.js";
import { googleErrorBody } from "./google-errors.js";

/**
 * Gmail's limit on a user's calls running at once. Google does not publish it; field reports
 * put it at about 25: batches of 25 go through, batches of 50 and 100 draw 429s on some parts
 * (amd/gaia#2720, taylorwilsdon/google_workspace_mcp#1009).
 */
export const DEFAULT_CONCURRENT_CALLS_PER_USER = 25;

/**
 * The calls each user has running. Google runs a batch's calls side by side, so a batch
 * holds one slot per call from its arrival until its answer is complete, and two batches
 * of the same user at once share the limit. (This emulator runs the calls one after
 * another, but that is its own business: what the client sees is Google's concurrency.)
 * Calls outside batches do not take slots here: only batches reach the limit in practice.
 */
export class ConcurrentCalls {
  private readonly running = new Map<string, number>();

  constructor(readonly limit: number) {}

  /** Takes a slot for one call of `user`; false when every slot is taken. */
  tryTake(user: string): boolean {
    const running = this.running.get(user) ?? 0;
    if (running >= this.limit) return false;
    this.running.set(user, running + 1);
    return true;
  }

  release(user: string, count = 1): void {
    const running = (this.running.get(user) ?? 0) - count;
    if (running > 0) this.running.set(user, running);
    else this.running.delete(user);
  }
}

// Kept beside the state rather than in it: the state is shared by every part of the emulator,
// this only by the batch endpoint.
const byState = new WeakMap<EmulatorState, ConcurrentCalls>();

/** Sets the limit of the emulator that owns `state` (createGmailEmulator's `concurrentCallsPerUser`). */
export function limitConcurrentCalls(state: EmulatorState, limit: number): void {
  if (!(limit >= 1)) throw new RangeError(`the limit on concurrent calls must be at least 1, got ${limit}`);
  byState.set(state, new ConcurrentCalls(limit));
}

export function concurrentCallsOf(state: EmulatorState): ConcurrentCalls {
  let calls = byState.get(state);
  if (!calls) {
    calls = new ConcurrentCalls(DEFAULT_CONCURRENT_CALLS_PER_USER);
    byState.set(state, calls);
  }
  return calls;
}

/**
 * Google's answer to a call beyond the limit, as quoted in public issue threads
 * (amd/gaia#2716, googleapis/google-api-dotnet-client#1982): reason rateLimitExceeded in the
 * "global" domain, and no Retry-After, since no time would tell when a slot is free.
 */
export function tooManyConcurrentRequests(): ApiResponse {
  return {
    status: 429,
    body: googleErrorBody(429, "Too many concurrent requests for user.", "RESOURCE_EXHAUSTED", {
      reason: "rateLimitExceeded",
    }),
  };
}
