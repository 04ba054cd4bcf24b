import type { PrismaClient } from "../db/index.js";
import { countMessageHeaders, HEADER_FACTS_NAMES } from "../relationships/index.js";
import type { MailboxReader } from "./mailbox-reader.js";
import type { SyncTarget } from "./store-messages.js";

/** Messages whose headers one backfill job fetches: about 20 seconds of the user's quota. */
export const BACKFILL_CHUNK = 1000;

export async function hasUncountedMessages(prisma: PrismaClient, accountId: string): Promise<boolean> {
  const row = await prisma.syncedMessage.findFirst({
    where: { accountId, contactsCounted: false },
    select: { id: true },
  });
  return row !== null;
}

/**
 * Counts the headers of messages synced without them: fetched with format=metadata (headers
 * only, the same quota limiter as the sync), counted, and marked counted in one transaction.
 * A message is counted only if this transaction is the one that flips its mark, so a job that
 * runs twice, or beside a sync, never counts a message twice. Past introductions cannot be
 * found this way (they need the text): only mail synced with its body gives those.
 */
export async function backfillContactCounts(
  prisma: PrismaClient,
  mailbox: Pick<MailboxReader, "getMessageHeaders">,
  target: SyncTarget,
): Promise<{ counted: number; remaining: boolean }> {
  const uncounted = await prisma.syncedMessage.findMany({
    where: { accountId: target.accountId, contactsCounted: false },
    select: { gmailMessageId: true },
    orderBy: { id: "asc" },
    take: BACKFILL_CHUNK,
  });
  if (uncounted.length === 0) return { counted: 0, remaining: false };
  const ids = uncounted.map((row) => row.gmailMessageId);
  const fetched = await mailbox.getMessageHeaders(ids, HEADER_FACTS_NAMES);
  const counted = await prisma.$transaction(
    async (tx) => {
      // Deleted messages are marked too: there is nothing left to count, and they must not come back.
      const flipped = await tx.syncedMessage.updateManyAndReturn({
        where: { accountId: target.accountId, gmailMessageId: { in: ids }, contactsCounted: false },
        data: { contactsCounted: true },
        select: { gmailMessageId: true },
      });
      const messages = flipped.flatMap(({ gmailMessageId }) => {
        const message = fetched.get(gmailMessageId);
        return message
          ? [
              {
                gmailMessageId,
                threadId: message.threadId,
                receivedAt: message.internalDate,
                headers: message.headers,
                introduction: null,
              },
            ]
          : [];
      });
      await countMessageHeaders(tx, target, messages);
      return messages.length;
    },
    { timeout: 30_000 },
  );
  return { counted, remaining: uncounted.length === BACKFILL_CHUNK };
}
