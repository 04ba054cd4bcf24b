import { mailboxKey } from "../intake/index.js";
import { isAutomatedSender } from "./automated-sender.js";
import type { HeaderFacts } from "./types.js";

export { isAutomatedSender } from "./automated-sender.js";

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

export function connectorKeys(connectorAddresses: readonly string[]): ReadonlySet<string> {
  return new Set(connectorAddresses.map(mailboxKey));
}

/** messageContactDelta, with the connector's addresses already as keys: for tallying many messages. */
export function deltaFor(facts: HeaderFacts, connector: ReadonlySet<string>, threadId: string): MessageDelta {
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
