import { Prisma, type PrismaClient } from "../db/index.js";
import { type ContactCounters, nameSearchTerms } from "../relationships/index.js";

interface CounterRow {
  id: string;
  email: string;
  display_name: string | null;
  sent_messages: number;
  received_messages: number;
  automated_messages: number;
  first_contact_at: Date | null;
  last_sent_at: Date | null;
  last_received_at: Date | null;
  last_automated_at: Date | null;
  two_way_threads: number;
  months: { month: string; sent: number; received: number }[];
}

/**
 * Stored counters of the given addresses in one account's mailbox, by address: one indexed
 * query, months and two-way threads included, whatever the mailbox's size. Scoring never
 * re-reads mail.
 */
export async function readContactCounters(
  prisma: PrismaClient,
  accountId: string,
  emails: string[],
): Promise<Map<string, ContactCounters & { id: string }>> {
  const wanted = [...new Set(emails.map((email) => email.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await prisma.$queryRaw<CounterRow[]>`
    SELECT c.id, c.email, c.display_name, c.sent_messages, c.received_messages, c.automated_messages,
      c.first_contact_at, c.last_sent_at, c.last_received_at, c.last_automated_at,
      (SELECT count(*)::int FROM contact_threads t
        WHERE t.contact_id = c.id AND t.contact_wrote AND t.connector_wrote) AS two_way_threads,
      COALESCE((SELECT json_agg(json_build_object('month', m.month, 'sent', m.sent_weight, 'received', m.received_weight)
        ORDER BY m.month) FROM contact_months m WHERE m.contact_id = c.id), '[]'::json) AS months
    FROM contacts c
    WHERE c.account_id = ${accountId}::uuid AND c.email = ANY (${wanted}::text[])`;
  return new Map(
    rows.map((row) => [
      row.email,
      {
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        sentMessages: row.sent_messages,
        receivedMessages: row.received_messages,
        automatedMessages: row.automated_messages,
        firstContactAt: row.first_contact_at,
        lastSentAt: row.last_sent_at,
        lastReceivedAt: row.last_received_at,
        lastAutomatedAt: row.last_automated_at,
        twoWayThreads: row.two_way_threads,
        // A JSON date is "YYYY-MM-DD": midnight UTC, as the month buckets are.
        months: row.months.map((month) => ({
          month: new Date(`${month.month}T00:00:00Z`),
          sentWeight: month.sent,
          receivedWeight: month.received,
        })),
      },
    ]),
  );
}

/** How many threads two contacts both appear in, and the newest: requester ↔ target. */
export async function readSharedThreads(
  prisma: PrismaClient,
  contactA: string,
  contactB: string,
): Promise<{ threads: number; lastAt: Date | null }> {
  const [row] = await prisma.$queryRaw<{ threads: number; last_at: Date | null }[]>`
    SELECT count(*)::int AS threads, max(GREATEST(a.last_at, b.last_at)) AS last_at
    FROM contact_threads a JOIN contact_threads b ON b.contact_id = ${contactB}::uuid AND b.thread_id = a.thread_id
    WHERE a.contact_id = ${contactA}::uuid`;
  return { threads: row?.threads ?? 0, lastAt: row?.last_at ?? null };
}

/** At most this many contacts are weighed as the target: the ones with the most mail. */
const CANDIDATES = 50;

/**
 * Contacts whose name or address could be the named target: a LIKE pre-filter on the folded
 * search key (nameSearchTerms), most mail first; resolveTarget then weighs them.
 */
export async function findTargetCandidates(
  prisma: PrismaClient,
  accountId: string,
  name: string,
  excluded: string[],
): Promise<{ email: string; displayName: string | null; messages: number }[]> {
  const patterns = nameSearchTerms(name).map((term) => `%${term.replace(/[\\%_]/g, "\\$&")}%`);
  if (patterns.length === 0) return [];
  const rows = await prisma.$queryRaw<{ email: string; display_name: string | null; messages: number }[]>`
    SELECT email, display_name, (sent_messages + received_messages)::int AS messages
    FROM contacts
    WHERE account_id = ${accountId}::uuid AND search_key LIKE ANY (${patterns}::text[])
      AND email <> ALL (${excluded.length > 0 ? excluded : [""]}::text[])
    ORDER BY sent_messages + received_messages DESC, email
    LIMIT ${Prisma.raw(String(CANDIDATES))}`;
  return rows.map((row) => ({ email: row.email, displayName: row.display_name, messages: row.messages }));
}
