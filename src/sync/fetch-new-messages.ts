import type { PrismaClient } from "../db/client.js";
import type { MailboxReader } from "./mailbox-reader.js";
import { type StoreSettings, type SyncTarget, storeFetchedMessages } from "./store-messages.js";

/** How many messages are fetched and stored together (two Gmail batches of 50). */
const CHUNK = 100;

export interface FetchTally {
  fetched: number;
  introRequests: number;
}

/**
 * Fetches and stores the messages among `ids` that this account has not seen yet, so a
 * resync or an overlapping sync never fetches a message twice.
 */
export async function fetchNewMessages(
  prisma: PrismaClient,
  mailbox: MailboxReader,
  target: SyncTarget,
  ids: string[],
  settings: StoreSettings,
): Promise<FetchTally> {
  const tally: FetchTally = { fetched: 0, introRequests: 0 };
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = [...new Set(ids.slice(start, start + CHUNK))];
    const known = await prisma.syncedMessage.findMany({
      where: { accountId: target.accountId, gmailMessageId: { in: chunk } },
      select: { gmailMessageId: true },
    });
    const knownIds = new Set(known.map((row) => row.gmailMessageId));
    const unseen = chunk.filter((id) => !knownIds.has(id));
    if (unseen.length === 0) continue;
    const fetched = await mailbox.getRawMessages(unseen);
    tally.fetched += [...fetched.values()].filter((message) => message !== null).length;
    tally.introRequests += await storeFetchedMessages(prisma, target, fetched, settings);
  }
  return tally;
}
