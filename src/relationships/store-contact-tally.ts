import { Prisma, type PrismaClient } from "../db/index.js";

/** A Prisma client or the transaction client a `$transaction` callback gets. */
type Db = Pick<PrismaClient, "$executeRaw">;

/** Counter increments for a batch of messages, one row per contact, month and thread. */
export interface ContactTallyRows {
  contacts: {
    email: string;
    displayName: string | null;
    /** The date of the message the display name comes from: the newest name wins. */
    displayNameAt: Date | null;
    searchKey: string;
    sentMessages: number;
    receivedMessages: number;
    automatedMessages: number;
    firstContactAt: Date | null;
    lastSentAt: Date | null;
    lastReceivedAt: Date | null;
    lastAutomatedAt: Date | null;
  }[];
  months: { email: string; month: Date; sentWeight: number; receivedWeight: number }[];
  threads: { email: string; threadId: string; contactWrote: boolean; connectorWrote: boolean; lastAt: Date }[];
}

/** The batch's display name is newer than the stored one: names change (marriage, a new job), the newest wins. */
const newerName = Prisma.sql`excluded.display_name IS NOT NULL
  AND (contacts.display_name_at IS NULL OR excluded.display_name_at >= contacts.display_name_at)`;

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;
const byEmail = <Row extends { email: string }>(rows: Row[]): Row[] =>
  // One order for every writer of an account's rows (sync, backfill): their locks never cross.
  [...rows].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));

/**
 * Adds a batch's increments to the stored counters: three statements, whatever the batch's
 * size. Run it in the transaction that marks the batch's messages counted, so that a message
 * is counted exactly once: a sync that runs again finds them counted and adds nothing.
 */
export async function addContactTally(db: Db, accountId: string, rows: ContactTallyRows): Promise<void> {
  if (rows.contacts.length === 0) return;
  const contacts = byEmail(rows.contacts);
  await db.$executeRaw`
    INSERT INTO contacts (id, account_id, email, display_name, display_name_at, search_key, sent_messages,
      received_messages, automated_messages, first_contact_at, last_sent_at, last_received_at, last_automated_at)
    SELECT gen_random_uuid(), ${accountId}::uuid, t.* FROM unnest(
      ${contacts.map((c) => c.email)}::text[], ${contacts.map((c) => c.displayName)}::text[],
      ${contacts.map((c) => iso(c.displayNameAt))}::timestamptz[], ${contacts.map((c) => c.searchKey)}::text[],
      ${contacts.map((c) => c.sentMessages)}::int[], ${contacts.map((c) => c.receivedMessages)}::int[],
      ${contacts.map((c) => c.automatedMessages)}::int[], ${contacts.map((c) => iso(c.firstContactAt))}::timestamptz[],
      ${contacts.map((c) => iso(c.lastSentAt))}::timestamptz[], ${contacts.map((c) => iso(c.lastReceivedAt))}::timestamptz[],
      ${contacts.map((c) => iso(c.lastAutomatedAt))}::timestamptz[]
    ) AS t
    ON CONFLICT (account_id, email) DO UPDATE SET
      sent_messages = contacts.sent_messages + excluded.sent_messages,
      received_messages = contacts.received_messages + excluded.received_messages,
      automated_messages = contacts.automated_messages + excluded.automated_messages,
      first_contact_at = LEAST(contacts.first_contact_at, excluded.first_contact_at),
      last_sent_at = GREATEST(contacts.last_sent_at, excluded.last_sent_at),
      last_received_at = GREATEST(contacts.last_received_at, excluded.last_received_at),
      last_automated_at = GREATEST(contacts.last_automated_at, excluded.last_automated_at),
      display_name = CASE WHEN ${newerName} THEN excluded.display_name ELSE contacts.display_name END,
      search_key = CASE WHEN ${newerName} THEN excluded.search_key ELSE contacts.search_key END,
      display_name_at = CASE WHEN ${newerName} THEN excluded.display_name_at ELSE contacts.display_name_at END`;
  const months = byEmail(rows.months);
  if (months.length > 0)
    await db.$executeRaw`
      INSERT INTO contact_months (contact_id, month, sent_weight, received_weight)
      SELECT c.id, t.month, t.sent_weight, t.received_weight FROM unnest(
        ${months.map((m) => m.email)}::text[], ${months.map((m) => m.month.toISOString().slice(0, 10))}::date[],
        ${months.map((m) => m.sentWeight)}::float8[], ${months.map((m) => m.receivedWeight)}::float8[]
      ) AS t(email, month, sent_weight, received_weight)
      JOIN contacts c ON c.account_id = ${accountId}::uuid AND c.email = t.email
      ON CONFLICT (contact_id, month) DO UPDATE SET
        sent_weight = contact_months.sent_weight + excluded.sent_weight,
        received_weight = contact_months.received_weight + excluded.received_weight`;
  const threads = byEmail(rows.threads);
  if (threads.length > 0)
    await db.$executeRaw`
      INSERT INTO contact_threads (contact_id, thread_id, contact_wrote, connector_wrote, last_at)
      SELECT c.id, t.thread_id, t.contact_wrote, t.connector_wrote, t.last_at FROM unnest(
        ${threads.map((t) => t.email)}::text[], ${threads.map((t) => t.threadId)}::text[],
        ${threads.map((t) => t.contactWrote)}::bool[], ${threads.map((t) => t.connectorWrote)}::bool[],
        ${threads.map((t) => t.lastAt.toISOString())}::timestamptz[]
      ) AS t(email, thread_id, contact_wrote, connector_wrote, last_at)
      JOIN contacts c ON c.account_id = ${accountId}::uuid AND c.email = t.email
      ON CONFLICT (contact_id, thread_id) DO UPDATE SET
        contact_wrote = contact_threads.contact_wrote OR excluded.contact_wrote,
        connector_wrote = contact_threads.connector_wrote OR excluded.connector_wrote,
        last_at = GREATEST(contact_threads.last_at, excluded.last_at)`;
}
