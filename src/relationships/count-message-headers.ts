import type { PrismaClient } from "../db/index.js";
import type { IntroductionMade } from "../intros/index.js";
import { tallyContacts } from "./tally-contacts.js";
import { readHeaderFacts } from "./header-facts.js";
import { contactSearchKey } from "./resolve-target.js";
import { addContactTally, type ContactTallyRows } from "./store-contact-tally.js";

/** The transaction client a `$transaction` callback gets. */
type Tx = Pick<PrismaClient, "$executeRaw" | "mailIntroduction">;

/** A message whose headers are to be counted: ids, Gmail's date, the header lines. Never its body. */
export interface CountedMessage {
  gmailMessageId: string;
  threadId: string;
  /** Gmail's internal date: the date when the Date header is missing or absurd. */
  receivedAt: Date;
  headers: { name: string; value: string }[];
  /** The introduction the message makes, if the analysis found one. */
  introduction: IntroductionMade | null;
}

const earliest = (a: Date | null, b: Date | null): Date | null => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * Adds messages' headers to the account's contact counters. The caller runs it in the
 * transaction that records the messages as counted (synced_messages.contacts_counted), and
 * passes only messages that transaction newly marked: that is what counts each message once.
 */
export async function countMessageHeaders(
  tx: Tx,
  mailbox: { accountId: string; connectorAddresses: readonly string[] },
  messages: readonly CountedMessage[],
): Promise<void> {
  if (messages.length === 0) return;
  const tally = tallyContacts(
    messages.map((message) => ({
      facts: readHeaderFacts(message.headers, message.receivedAt),
      threadId: message.threadId,
    })),
    mailbox.connectorAddresses,
  );
  const rows: ContactTallyRows = {
    contacts: tally.contacts.map((contact) => ({
      email: contact.email,
      displayName: contact.displayName,
      displayNameAt: contact.displayNameAt,
      searchKey: contactSearchKey(contact.email, contact.displayName),
      sentMessages: contact.sentMessages,
      receivedMessages: contact.receivedMessages,
      automatedMessages: contact.automatedMessages,
      firstContactAt: earliest(contact.firstSentAt, contact.firstReceivedAt),
      lastSentAt: contact.lastSentAt,
      lastReceivedAt: contact.lastReceivedAt,
      lastAutomatedAt: contact.lastAutomatedAt,
    })),
    months: tally.months,
    threads: tally.threads,
  };
  await addContactTally(tx, mailbox.accountId, rows);
}

/** Records the introductions found in newly counted messages (for the karma ledger). */
export async function saveMailIntroductions(
  tx: Tx,
  accountId: string,
  messages: readonly CountedMessage[],
): Promise<void> {
  const found = messages.flatMap((message) =>
    message.introduction
      ? [
          {
            accountId,
            gmailMessageId: message.gmailMessageId,
            introducerEmail: message.introduction.introducer,
            introducedEmails: message.introduction.introduced,
            sentAt: message.receivedAt,
          },
        ]
      : [],
  );
  if (found.length > 0) await tx.mailIntroduction.createMany({ data: found, skipDuplicates: true });
}
