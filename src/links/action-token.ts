import { createHash, randomBytes } from "node:crypto";

/** Random bytes in a link's token: 256 bits, far past guessing (at least 128 were asked for). */
export const ACTION_TOKEN_BYTES = 32;

/** A token as it appears in a link: 32 bytes in base64url, 43 characters, no padding. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** An action's name as links and forms carry it: yes, no, not_now, stop, … */
const ACTION_SHAPE = /^[a-z][a-z_]{0,31}$/;

const DAY_MS = 24 * 60 * 60 * 1000;

/** ACTION_LINK_TTL_DAYS when unset. */
export const DEFAULT_ACTION_LINK_TTL_DAYS = 14;

/** A new token for a link: what the email carries, and never stored. */
export function newActionToken(): string {
  return randomBytes(ACTION_TOKEN_BYTES).toString("base64url");
}

/** What is stored of a token: its SHA-256 in hex, so a copy of the database opens no link. */
export function hashActionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Could this be a token SafeIntro made? Anything else is unknown without asking the database. */
export function isActionTokenShape(token: unknown): token is string {
  return typeof token === "string" && TOKEN_SHAPE.test(token);
}

export function isActionName(action: unknown): action is string {
  return typeof action === "string" && ACTION_SHAPE.test(action);
}

/** A number of days as milliseconds: ACTION_LINK_TTL_DAYS for issueActionLinks' ttlMs. */
export function daysToMs(days: number): number {
  return days * DAY_MS;
}

/** When a link issued at `now` stops working. */
export function expiryOf(now: Date, ttlMs: number): Date {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError("A link's lifetime must be a positive number of ms");
  if (Number.isNaN(now.getTime())) throw new RangeError("A link needs a valid issue time");
  return new Date(now.getTime() + ttlMs);
}

/** A link works strictly before its expiry; at the instant itself it has expired. */
export function isExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}
