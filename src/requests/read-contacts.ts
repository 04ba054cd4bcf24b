import { Prisma, type PrismaClient } from "../db/index.js";
import { type ContactCounters, nameSearchTerms } from "../relationships/index.js";

/**
 * Stored counters of the given addresses in one account's mailbox, by address. Three indexed
 * queries whatever the mailbox's size: scoring never re-reads mail.
 */
export async function readContactCounters(
  prisma: PrismaClient,
  accountId: string,
  emails: string[],
): Promise<Map<string, ContactCounters & { id: string }>> {
  const wanted = [...new Set(emails.map((email) => email.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const contacts = await prisma.contact.findMany({ where: { accountId, email: { in: wanted } } });
  const ids = contacts.map((contact) => contact.id);
  const [months, twoWay] = await Promise.all([
    prisma.contactMonth.findMany({ where: { contactId: { in: ids } }, orderBy: { month: "asc" } }),
    prisma.contactThread.groupBy({
      by: ["contactId"],
      where: { contactId: { in: ids }, contactWrote: true, connectorWrote: true },
      _count: { _all: true },
    }),
  ]);
  const twoWayOf = new Map(twoWay.map((row) => [row.contactId, row._count._all]));
  return new Map(
    contacts.map((contact) => [
      contact.email,
      {
        id: contact.id,
        email: contact.email,
        displayName: contact.displayName,
        sentMessages: contact.sentMessages,
        receivedMessages: contact.receivedMessages,
        automatedMessages: contact.automatedMessages,
        firstContactAt: contact.firstContactAt,
        lastSentAt: contact.lastSentAt,
        lastReceivedAt: contact.lastReceivedAt,
        lastAutomatedAt: contact.lastAutomatedAt,
        twoWayThreads: twoWayOf.get(contact.id) ?? 0,
        months: months
          .filter((month) => month.contactId === contact.id)
          .map(({ month, sentWeight, receivedWeight }) => ({ month, sentWeight, receivedWeight })),
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
