import { connectorKeys, type ContactDelta, deltaFor } from "./counting-rules.js";
import type { HeaderFacts } from "./types.js";

/** One contact's counters over many messages. Dates cover counted (weighted) messages only. */
export interface ContactTotals {
  email: string;
  /** The latest non-null display name (by message date), or null. */
  displayName: string | null;
  /** The date of the message that gave `displayName`: to merge with a stored name. */
  displayNameAt: Date | null;
  sentMessages: number;
  receivedMessages: number;
  automatedMessages: number;
  sentWeight: number;
  receivedWeight: number;
  firstSentAt: Date | null;
  lastSentAt: Date | null;
  firstReceivedAt: Date | null;
  lastReceivedAt: Date | null;
  lastAutomatedAt: Date | null;
}

/** A contact's weights in one calendar month. */
export interface MonthWeights {
  email: string;
  /** The first day of the UTC month, midnight UTC. */
  month: Date;
  sentWeight: number;
  receivedWeight: number;
}

/**
 * Who wrote in one thread, as seen by one contact. Two-way threads (both wrote) are counted
 * from these after merging with what is stored: a thread may span several syncs.
 */
export interface ThreadParticipation {
  email: string;
  threadId: string;
  contactWrote: boolean;
  connectorWrote: boolean;
  lastAt: Date;
}

export interface ContactTally {
  contacts: ContactTotals[];
  months: MonthWeights[];
  threads: ThreadParticipation[];
}

/** The first day of `date`'s UTC month. */
export function monthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/**
 * Adds up many messages' deltas: per contact, per (contact, month) and per (contact, thread).
 * Linear in the input; entries come in order of first appearance. Sums, minimums and
 * maximums: a tally merges with stored counters the same way.
 */
export function tallyContacts(
  messages: readonly { facts: HeaderFacts; threadId: string }[],
  connectorAddresses: readonly string[],
): ContactTally {
  const connector = connectorKeys(connectorAddresses);
  const contacts = new Map<string, ContactTotals>();
  const months = new Map<string, MonthWeights>();
  const threads = new Map<string, ThreadParticipation>();
  for (const { facts, threadId } of messages) {
    const delta = deltaFor(facts, connector, threadId);
    for (const change of delta.contacts) {
      addToTotals(contacts, change, delta.date);
      if (change.sentWeight > 0 || change.receivedWeight > 0) {
        const month = monthStart(delta.date);
        const key = pairKey(change.email, String(month.getTime()));
        const bucket = months.get(key) ?? { email: change.email, month, sentWeight: 0, receivedWeight: 0 };
        bucket.sentWeight += change.sentWeight;
        bucket.receivedWeight += change.receivedWeight;
        months.set(key, bucket);
      }
      if (change.thread !== null) {
        const key = pairKey(change.email, threadId);
        const known = threads.get(key);
        threads.set(key, {
          email: change.email,
          threadId,
          contactWrote: (known?.contactWrote ?? false) || change.thread.contactWrote,
          connectorWrote: (known?.connectorWrote ?? false) || change.thread.connectorWrote,
          lastAt: latest(known?.lastAt ?? null, delta.date),
        });
      }
    }
  }
  return { contacts: [...contacts.values()], months: [...months.values()], threads: [...threads.values()] };
}

function addToTotals(contacts: Map<string, ContactTotals>, change: ContactDelta, date: Date): void {
  const totals = contacts.get(change.email) ?? {
    email: change.email,
    displayName: null,
    displayNameAt: null,
    sentMessages: 0,
    receivedMessages: 0,
    automatedMessages: 0,
    sentWeight: 0,
    receivedWeight: 0,
    firstSentAt: null,
    lastSentAt: null,
    firstReceivedAt: null,
    lastReceivedAt: null,
    lastAutomatedAt: null,
  };
  contacts.set(change.email, totals);
  totals.sentMessages += change.sentMessages;
  totals.receivedMessages += change.receivedMessages;
  totals.automatedMessages += change.automatedMessages;
  totals.sentWeight += change.sentWeight;
  totals.receivedWeight += change.receivedWeight;
  if (change.sentMessages > 0) {
    totals.firstSentAt = earliest(totals.firstSentAt, date);
    totals.lastSentAt = latest(totals.lastSentAt, date);
  }
  if (change.receivedMessages > 0) {
    totals.firstReceivedAt = earliest(totals.firstReceivedAt, date);
    totals.lastReceivedAt = latest(totals.lastReceivedAt, date);
  }
  if (change.automatedMessages > 0) totals.lastAutomatedAt = latest(totals.lastAutomatedAt, date);
  if (change.name !== null && isNewerName(change.name, date, totals)) {
    totals.displayName = change.name;
    totals.displayNameAt = date;
  }
}

/** Later messages name a contact; on the same instant the smaller name wins, so input order never matters. */
function isNewerName(name: string, date: Date, totals: ContactTotals): boolean {
  if (totals.displayNameAt === null || totals.displayName === null) return true;
  const difference = date.getTime() - totals.displayNameAt.getTime();
  return difference > 0 || (difference === 0 && name < totals.displayName);
}

function earliest(known: Date | null, date: Date): Date {
  return known === null || date.getTime() < known.getTime() ? date : known;
}

function latest(known: Date | null, date: Date): Date {
  return known === null || date.getTime() > known.getTime() ? date : known;
}

/** A map key for two strings that no other pair shares (the first one's length leads). */
function pairKey(first: string, second: string): string {
  return `${first.length}:${first}${second}`;
}
