import { mailboxKey } from "../intake/index.js";
import type { HeaderFacts } from "./types.js";

/**
 * How one message's header facts become per-contact counter changes, and how many add up.
 * Pure and deterministic: the same facts always give the same changes, so the caller can
 * record them once, in the same transaction as the synced-message row. docs/counting-rules.md
 * explains the rules; the constants below are the ones it cites.
 */

/** Counterpart recipients up to this many give each of them full weight. */
export const FULL_WEIGHT_RECIPIENTS = 2;
/**
 * Above this many counterpart recipients a message weighs nothing: announcements and big
 * threads say little about any one relationship. Relationship tools are said to drop mail
 * to more than 5 or 20 people (DotAlign and others); 20 keeps small-group work mail.
 */
export const MAX_WEIGHTED_RECIPIENTS = 20;

/**
 * The share of its weight that received mail keeps when the connector is on neither To nor
 * Cc (Bcc, a list or relay address, a newsletter sent to itself). On real mail (Enron, see
 * docs/counting-rules.md) most bulk mail without list headers reached people this way. Not
 * nothing: people do move a correspondent to Bcc ("moving you to bcc"), as introducers often do.
 */
export const UNADDRESSED_WEIGHT = 0.25;

/**
 * What one message to `counterparts` people (besides the connector and the sender) is worth
 * to each of them: 1 up to {@link FULL_WEIGHT_RECIPIENTS}, then 2/n (the message's attention
 * shared out), 0 above {@link MAX_WEIGHTED_RECIPIENTS}. 1 → 1, 3 → 0.67, 10 → 0.2, 25 → 0.
 */
export function recipientWeight(counterparts: number): number {
  if (counterparts <= FULL_WEIGHT_RECIPIENTS) return 1;
  if (counterparts > MAX_WEIGHTED_RECIPIENTS) return 0;
  return FULL_WEIGHT_RECIPIENTS / counterparts;
}

/**
 * Squashed local parts (separators removed) containing these are machine senders: no-reply in
 * its spellings (no.reply, do_not_reply, ne-pas-repondre), bounce handlers, auto-responders,
 * Amazon's auto-confirm. No person's address contains them.
 */
const AUTOMATED_FRAGMENTS = [
  "noreply",
  "donotreply",
  "nepasrepondre",
  "mailerdaemon",
  "postmaster",
  "autoreply",
  "autorespond",
  "autoconfirm",
];
/**
 * Words that mark a machine sender when they are a whole part of the local part (split at
 * . _ - =): notifications@github.com, calendar-notification@google.com, alerts@, digest@,
 * product-updates@, invitations@linkedin.com, bounces@. Whole parts only: "newsome",
 * "notley", "alertson" are people.
 */
const AUTOMATED_WORDS = new Set([
  "notifications",
  "notification",
  "notify",
  "notifier",
  "alerts",
  "newsletter",
  "newsletters",
  "digest",
  "updates",
  "invitations",
  "bounce",
  "bounces",
  "automated",
]);
/** Whole local parts only: "news@" is a newsletter, "news.anchor@" may be a person. */
const AUTOMATED_LOCAL_PARTS = new Set(["news", "mailer"]);
/** Domain labels (not the last) of bounce and notification hosts: x@bounces.google.com. */
const AUTOMATED_DOMAIN_LABELS = new Set(["bounce", "bounces", "noreply", "no-reply", "notifications", "mailer-daemon"]);

/**
 * Whether an address is a machine's (no-reply, notifications, bounces, newsletters). Its mail
 * is counted apart, never as correspondence. Only the address is judged, never the name: a
 * person called "News" or "Alert" is still a person.
 */
export function isAutomatedSender(email: string): boolean {
  const key = mailboxKey(email);
  const at = key.lastIndexOf("@");
  const local = at < 0 ? key : key.slice(0, at);
  const domainLabels =
    at < 0
      ? []
      : key
          .slice(at + 1)
          .split(".")
          .slice(0, -1);
  const squashed = local.replace(/[._=-]/g, "");
  return (
    AUTOMATED_LOCAL_PARTS.has(local) ||
    AUTOMATED_FRAGMENTS.some((fragment) => squashed.includes(fragment)) ||
    local.split(/[._=-]+/).some((part) => AUTOMATED_WORDS.has(part)) ||
    domainLabels.some((label) => AUTOMATED_DOMAIN_LABELS.has(label))
  );
}

/** One address's share of one message. Counts are 0 or 1. */
export interface ContactDelta {
  email: string;
  /** The display name this message gives the address, or null. */
  name: string | null;
  /** The connector sent the message with this contact among the recipients, and it weighs anything. */
  sentMessages: 0 | 1;
  /** This contact sent the message, and it weighs anything. */
  receivedMessages: 0 | 1;
  sentWeight: number;
  receivedWeight: number;
  /** Machine mail from this address. */
  automatedMessages: 0 | 1;
  /** The message in this address's thread participation; null for machine mail. */
  thread: { contactWrote: boolean; connectorWrote: boolean } | null;
}

/** What one message changes. */
export interface MessageDelta {
  /** "sent" when the connector wrote it; otherwise "received" (it is in their mailbox). */
  direction: "sent" | "received";
  /** Bulk headers or a machine sender: only the sender's `automatedMessages` changes. */
  automated: boolean;
  date: Date;
  threadId: string;
  /** Recipients besides the connector and the sender: what the weight is computed from. */
  counterpartRecipients: number;
  /** {@link recipientWeight} of `counterpartRecipients`. */
  weight: number;
  /** One entry per address on the message except the connector's, sorted by address. */
  contacts: ContactDelta[];
}

/**
 * The counter changes one message makes. Sent mail: every recipient gets sent weight. Received
 * mail: only the sender gets received weight; the others on it only share the thread. Machine
 * mail: only the sender's `automatedMessages`. The result does not depend on the order of the
 * headers or recipients.
 */
export function messageContactDelta(
  facts: HeaderFacts,
  connectorAddresses: readonly string[],
  threadId: string,
): MessageDelta {
  return deltaFor(facts, connectorKeys(connectorAddresses), threadId);
}

function connectorKeys(connectorAddresses: readonly string[]): ReadonlySet<string> {
  return new Set(connectorAddresses.map(mailboxKey));
}

function deltaFor(facts: HeaderFacts, connector: ReadonlySet<string>, threadId: string): MessageDelta {
  const isConnector = (email: string) => connector.has(mailboxKey(email));
  const sender = facts.from;
  const direction: MessageDelta["direction"] = sender !== null && isConnector(sender.email) ? "sent" : "received";
  const automated = facts.hasBulkHeaders || (sender !== null && isAutomatedSender(sender.email));
  const others = facts.recipients.filter(({ email }) => !isConnector(email) && email !== sender?.email);
  const weight = recipientWeight(others.length);
  const counted: 0 | 1 = weight > 0 ? 1 : 0;
  const addressedToConnector = facts.recipients.some(({ email }) => isConnector(email));
  const base = { date: facts.date, threadId, counterpartRecipients: others.length, weight, direction, automated };
  const entry = (person: { email: string; name: string | null }): ContactDelta => ({
    email: person.email,
    name: person.name,
    sentMessages: 0,
    receivedMessages: 0,
    sentWeight: 0,
    receivedWeight: 0,
    automatedMessages: 0,
    thread: null,
  });

  if (automated) {
    // The connector's own machine mail (their vacation replies, lists they post to) counts for no one.
    if (sender === null || direction === "sent") return { ...base, contacts: [] };
    return { ...base, contacts: [{ ...entry(sender), automatedMessages: 1 }] };
  }
  const contacts: ContactDelta[] =
    direction === "sent"
      ? others.map((person) => ({
          ...entry(person),
          sentMessages: counted,
          sentWeight: weight,
          thread: { contactWrote: false, connectorWrote: true },
        }))
      : [
          ...(sender === null
            ? []
            : [
                {
                  ...entry(sender),
                  receivedMessages: counted,
                  receivedWeight: addressedToConnector ? weight : weight * UNADDRESSED_WEIGHT,
                  thread: { contactWrote: true, connectorWrote: false },
                },
              ]),
          ...others.map((person) => ({ ...entry(person), thread: { contactWrote: false, connectorWrote: false } })),
        ];
  contacts.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  return { ...base, contacts };
}

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
