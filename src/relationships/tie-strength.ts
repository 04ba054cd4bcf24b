import type { ContactCounters, TieBand, TieStrength } from "./types.js";

/**
 * Lowest scores of the moderate and strong bands. Any personal mail scores at least 1 (weak);
 * 0 (none) means no personal mail at all.
 */
export const TIE_BAND_FLOORS = { moderate: 25, strong: 60 } as const;

/**
 * The strength formula's constants (docs/relationships.md). The half-life of a year makes two-year-old
 * mail weigh a quarter, close to DotAlign's 75% decay over two years.
 */
export const TIE_FORMULA = {
  /** Months after which a month's mail weighs half (Roth et al.'s exponential time decay). */
  halfLifeMonths: 12,
  /** The connector's own mail shows the tie best (Roth et al.: outgoing weighs more than incoming). */
  outgoingWeight: 1,
  incomingWeight: 0.5,
  /** min(sent, received) at which the reciprocity lift is full (DotAlign's min(outbound, inbound)). */
  reciprocityFull: 10,
  /** Two-way threads at which the thread lift is full. */
  threadsFull: 10,
  /** Weight at which the score reaches 63 (1 − 1/e): score = 100 · (1 − e^(−weight / saturation)). */
  saturation: 25,
  /** Mail that only went one way never scores above this (DotAlign counts it for nothing). */
  oneWayCap: 10,
  /** Shared threads at which the requester ↔ target score reaches 63. */
  sharedThreadsSaturation: 8,
} as const;

const DAY_MS = 86_400_000;
const MONTH_MS = 30.4375 * DAY_MS;
const YEAR_MS = 365.25 * DAY_MS;

/** The band of a score. */
export function tieBandOf(score: number): TieBand {
  if (score <= 0) return "none";
  if (score >= TIE_BAND_FLOORS.strong) return "strong";
  if (score >= TIE_BAND_FLOORS.moderate) return "moderate";
  return "weak";
}

/** How much a weight from `ageMs` ago still counts: halves every `halfLifeMonths`. */
export function decayFactor(ageMs: number): number {
  return 0.5 ** (Math.max(0, ageMs) / MONTH_MS / TIE_FORMULA.halfLifeMonths);
}

/**
 * Roth et al.'s Interactions Rank over the monthly buckets: each month's weighted mail, outgoing at
 * full weight and incoming at half, decayed from the month's first day. Automated mail is not in
 * the buckets.
 */
export function interactionsRank(months: ContactCounters["months"], now: Date): number {
  let rank = 0;
  for (const bucket of months) {
    const weight = TIE_FORMULA.outgoingWeight * bucket.sentWeight + TIE_FORMULA.incomingWeight * bucket.receivedWeight;
    rank += weight * decayFactor(now.getTime() - bucket.month.getTime());
  }
  return rank;
}

/**
 * 1 plus the reciprocity and two-way-thread lifts (each 0–1), faded by the time since the last
 * two-way contact (DotAlign decays from the last two-way contact): an old friendship lifts recent
 * mail less than a live one. 1 when mail only went one way.
 */
export function reciprocityLift(counters: ContactCounters, now: Date): number {
  const lastTwoWay = lastTwoWayContact(counters);
  if (lastTwoWay === null) return 1;
  const reciprocity = Math.min(
    1,
    Math.min(counters.sentMessages, counters.receivedMessages) / TIE_FORMULA.reciprocityFull,
  );
  const threads = Math.min(1, counters.twoWayThreads / TIE_FORMULA.threadsFull);
  return 1 + decayFactor(now.getTime() - lastTwoWay.getTime()) * (reciprocity + threads);
}

/** Maps a weight ≥ 0 to 0–100, rising fast at first and never passing 100. */
export function saturate(weight: number, saturation: number): number {
  return Math.round(100 * (1 - Math.exp(-weight / saturation)));
}

/**
 * The connector ↔ contact tie, 0–100, with its evidence in plain words. `name` is the contact's
 * name for the evidence ("you never wrote to Mary"); null: "this address". Pure.
 */
export function scoreTie(counters: ContactCounters | null, now: Date, name: string | null): TieStrength {
  if (counters === null) return { score: 0, band: "none", evidence: "no mail with this address" };
  const who = name?.trim() || null;
  const personal = counters.sentMessages + counters.receivedMessages;
  if (personal === 0) return { score: 0, band: "none", evidence: describeTie(counters, now, who) };
  const oneWay = lastTwoWayContact(counters) === null;
  const weight = interactionsRank(counters.months, now) * reciprocityLift(counters, now);
  const capped = oneWay ? Math.min(TIE_FORMULA.oneWayCap, saturate(weight, TIE_FORMULA.saturation)) : null;
  // At least 1 with any personal mail (DotAlign's max(1, …)): "none" is kept for no mail at all.
  const score = Math.max(1, capped ?? saturate(weight, TIE_FORMULA.saturation));
  return { score, band: tieBandOf(score), evidence: describeTie(counters, now, who) };
}

/**
 * The requester ↔ target tie from the threads both appear in, as the connector's mailbox sees
 * them: the count decayed by the age of the last one. Pure.
 */
export function scoreSharedThreads(shared: { threads: number; lastAt: Date | null }, now: Date): TieStrength {
  if (shared.threads <= 0) return { score: 0, band: "none", evidence: "never in the same thread in your mail" };
  // Only the last thread's date is known: decaying them all by it favours old, long-quiet ties a little.
  const decay = shared.lastAt === null ? 1 : decayFactor(now.getTime() - shared.lastAt.getTime());
  const score = Math.max(1, saturate(shared.threads * decay, TIE_FORMULA.sharedThreadsSaturation));
  const threads = countWords(shared.threads, "thread");
  const evidence =
    shared.lastAt === null
      ? `in ${threads} together`
      : `in ${threads} together, ${shared.threads === 1 ? "" : "the last "}${ago(shared.lastAt, now)}`;
  return { score, band: tieBandOf(score), evidence };
}

/** When mail last went both ways: the older of the last sent and last received; null if one way. */
function lastTwoWayContact(counters: ContactCounters): Date | null {
  if (counters.sentMessages === 0 || counters.receivedMessages === 0) return null;
  if (counters.lastSentAt === null || counters.lastReceivedAt === null) return null;
  return counters.lastSentAt < counters.lastReceivedAt ? counters.lastSentAt : counters.lastReceivedAt;
}

function describeTie(counters: ContactCounters, now: Date, who: string | null): string {
  const { sentMessages: sent, receivedMessages: received, automatedMessages: automated } = counters;
  const lastAutomated = counters.lastAutomatedAt;
  if (sent === 0 && received === 0) {
    if (automated === 0) return "no mail with this address";
    return `you never wrote to ${who ?? "this address"}: ${countWords(automated, "automated message")} from this address${lastOf(automated, lastAutomated, now)}`;
  }
  const plusAutomated = automated > 0 ? `, plus ${countWords(automated, "automated message")}` : "";
  if (sent === 0) {
    const from = who === null ? "it" : "them";
    return `you never wrote to ${who ?? "this address"}: ${countWords(received, "message")} from ${from}${lastOf(received, counters.lastReceivedAt, now)}${plusAutomated}`;
  }
  if (received === 0) {
    return `${who ?? "this address"} never wrote back: you sent ${countWords(sent, "message")}${lastOf(sent, counters.lastSentAt, now)}${plusAutomated}`;
  }
  const last = latest(counters.lastSentAt, counters.lastReceivedAt);
  const span =
    counters.firstContactAt !== null && last !== null
      ? ` ${spanWords(last.getTime() - counters.firstContactAt.getTime())}`
      : "";
  const lastContact = last === null ? "" : `, last contact ${ago(last, now)}`;
  return `${countWords(sent + received, "message")}${span}, both ways${lastContact}${plusAutomated}`;
}

function lastOf(count: number, at: Date | null, now: Date): string {
  if (at === null) return "";
  return count === 1 ? `, ${ago(at, now)}` : `, the last ${ago(at, now)}`;
}

function latest(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** "1 message", "2 messages". */
export function countWords(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "today", "12 days ago", "3 months ago", "2 years ago". A date in the future reads "today". */
export function ago(date: Date, now: Date): string {
  const ms = now.getTime() - date.getTime();
  return ms < DAY_MS ? "today" : `${durationWords(ms)} ago`;
}

function spanWords(ms: number): string {
  return ms < DAY_MS ? "within a day" : `over ${durationWords(ms)}`;
}

function durationWords(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  if (days < 31) return countWords(days, "day");
  if (ms < YEAR_MS) return countWords(Math.max(1, Math.floor(ms / MONTH_MS)), "month");
  return countWords(Math.floor(ms / YEAR_MS), "year");
}
