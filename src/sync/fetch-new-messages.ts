import type { PrismaClient } from "../db/index.js";
import type { MailboxReader } from "./mailbox-reader.js";
import { type StoreSettings, type SyncTarget, storeFetchedMessages } from "./store-messages.js";
import { throwIfCancelled } from "./sync-cancelled.js";

/**
 * How many messages are fetched and stored together: five seconds of quota (48 messages a
 * second, typically ten batches of 24 under Gmail's limit on calls at once). A full sync
 * hands over ids in multiples of this (see fullSync), so only its very last second is short.
 */
export const FETCH_CHUNK = 240;

export interface FetchTally {
  fetched: number;
  introRequests: number;
}

export interface SyncOptions {
  /**
   * Aborted to stop the sync (SafeIntro shutting down). It is checked between chunks: what
   * was fetched is stored first, so the next sync skips it.
   */
  signal?: AbortSignal;
}

/**
 * Fetches and stores the messages among `ids` that this account has not seen yet, so a
 * resync or an overlapping sync never fetches a message twice. Stops between chunks when
 * `options.signal` is aborted (SyncCancelledError), once the chunk being stored is stored.
 */
export async function fetchNewMessages(
  prisma: PrismaClient,
  mailbox: MailboxReader,
  target: SyncTarget,
  ids: string[],
  settings: StoreSettings,
  options: SyncOptions = {},
): Promise<FetchTally> {
  const tally: FetchTally = { fetched: 0, introRequests: 0 };
  // Judging and storing one chunk overlaps with fetching the next, so the quota is not left
  // idle while messages are parsed. At most two chunks are in memory.
  let storing: Promise<void> = Promise.resolve();
  let storeFailure: { error: unknown } | null = null;
  const finishStoring = async () => {
    await storing;
    if (storeFailure) throw storeFailure.error;
  };
  for (let start = 0; start < ids.length; start += FETCH_CHUNK) {
    if (options.signal?.aborted) {
      await finishStoring();
      throwIfCancelled(options.signal);
    }
    const chunk = [...new Set(ids.slice(start, start + FETCH_CHUNK))];
    const known = await prisma.syncedMessage.findMany({
      where: { accountId: target.accountId, gmailMessageId: { in: chunk } },
      select: { gmailMessageId: true },
    });
    const knownIds = new Set(known.map((row) => row.gmailMessageId));
    const unseen = chunk.filter((id) => !knownIds.has(id));
    if (unseen.length === 0) continue;
    const fetched = await mailbox.getRawMessages(unseen);
    tally.fetched += [...fetched.values()].filter((message) => message !== null).length;
    await finishStoring();
    // The failure is caught at once and rethrown by finishStoring: a rejection left pending
    // across the next fetch would count as unhandled.
    storing = storeFetchedMessages(prisma, target, fetched, settings).then(
      (found) => {
        tally.introRequests += found;
      },
      (error: unknown) => {
        storeFailure = { error };
      },
    );
  }
  await finishStoring();
  return tally;
}
