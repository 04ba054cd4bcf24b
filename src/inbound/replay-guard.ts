import { createHash } from "node:crypto";
import type { Redis } from "ioredis";

/**
 * What a token's mark says about a signed post:
 * - "first": nobody has used it; the caller now holds it (spend or release it when done);
 * - "already_received": a post with it got its final answer (accepted or refused);
 * - "in_progress": a post with it is being handled right now.
 */
export type TokenClaim = "first" | "already_received" | "in_progress";

export interface ReplayGuard {
  /** Marks the token as being handled, if nobody had it (SET NX: one winner across processes). */
  claim(token: string): Promise<TokenClaim>;
  /** The post got its final answer (200 or 406): the token stays used for the whole window. */
  spend(token: string): Promise<void>;
  /**
   * The post failed before a final answer (503): Mailgun will post it again, possibly with
   * the same token (see MAILGUN_SIGNATURE_MAX_AGE_MS), and that retry must get through.
   */
  release(token: string): Promise<void>;
}

/**
 * How long a claim holds without being spent or released. A process that dies mid-post
 * leaves its claim behind; it lapses before Mailgun's first retry (10 minutes later), so that
 * retry is handled instead of being answered "already received" for a message never stored.
 */
const DEFAULT_CLAIM_MS = 5 * 60_000;

/**
 * One use per signed token, in Redis so that it holds across web processes and restarts.
 * The key is the token's SHA-256, never the token. `ttlMs` must cover the signature's whole
 * window, past and future (2 × the max age): a token forgotten earlier could be replayed.
 */
export function createReplayGuard(
  redis: Redis,
  keyPrefix: string,
  ttlMs: number,
  claimMs = DEFAULT_CLAIM_MS,
): ReplayGuard {
  const keyOf = (token: string) => `${keyPrefix}${createHash("sha256").update(token).digest("hex")}`;
  return {
    async claim(token) {
      const key = keyOf(token);
      if ((await redis.set(key, "pending", "PX", claimMs, "NX")) === "OK") return "first";
      // A pending mark that lapsed between the two calls reads as null: still treated as busy,
      // so the caller answers "try again" and nothing runs twice.
      return (await redis.get(key)) === "spent" ? "already_received" : "in_progress";
    },
    async spend(token) {
      await redis.set(keyOf(token), "spent", "PX", ttlMs);
    },
    async release(token) {
      await redis.del(keyOf(token));
    },
  };
}
