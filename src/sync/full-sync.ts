import { recordMailboxAddress } from "../accounts/index.js";
import type { PrismaClient } from "../db/index.js";
import { GmailError } from "../gmail/index.js";
import { advanceCursor } from "./advance-cursor.js";
import { FETCH_CHUNK, FetchPipeline, type SyncOptions } from "./fetch-new-messages.js";
import { type FullSyncPosition, readFullSyncPosition, saveFullSyncPosition } from "./full-sync-position.js";
import { ListedIds } from "./listed-ids.js";
import type { MailboxReader } from "./mailbox-reader.js";
import type { StoreSettings, SyncTarget } from "./store-messages.js";
import type { SyncResult } from "./sync-result.js";
import { throwIfCancelled } from "./sync-cancelled.js";

/**
 * Lists every message and fetches those not seen yet. The cursor is read before listing,
 * so mail that arrives meanwhile is picked up by the next incremental sync.
 *
 * The place is saved in PostgreSQL as the sync goes (the history id it started from, and
 * the listing page of the oldest id not stored yet), so a sync stopped by a shutdown, a
 * crash or an outage goes on from there: the pages before it are not listed again, and
 * the cursor it leaves is the one read when it began, so nothing that arrived meanwhile
 * is lost.
 */
export async function fullSync(
  prisma: PrismaClient,
  mailbox: MailboxReader,
  target: SyncTarget,
  settings: StoreSettings,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const { accountId } = target;
  let position = await readFullSyncPosition(prisma, accountId);
  if (position) {
    settings.logger.info(
      { accountId, resumedFromPage: position.pageToken !== null },
      "full sync goes on from its place",
    );
  } else {
    const { historyId, emailAddress } = await mailbox.getProfile();
    await recordMailboxAddress(prisma, accountId, emailAddress);
    position = { historyId, pageToken: null };
    await saveFullSyncPosition(prisma, accountId, position);
  }
  // One pipeline for the whole listing: the last chunk of a page is stored while the next
  // page is listed and fetched.
  const pipeline = new FetchPipeline(prisma, mailbox, target, settings, options);
  const listed = new ListedIds();
  let pageToken = position.pageToken;
  let firstPage = true;
  for (;;) {
    if (options.signal?.aborted) {
      await pipeline.finish();
      throwIfCancelled(options.signal);
    }
    let page;
    try {
      page = await mailbox.listMessageIds(pageToken ?? undefined);
    } catch (error) {
      if (!(firstPage && pageToken !== null && isStalePageToken(error))) throw error;
      // Gmail no longer takes the saved page token: list from the start, skipping what is stored.
      settings.logger.info({ accountId }, "full sync: its saved page is no longer valid; listing from the first page");
      pageToken = null;
      position = await moveTo(prisma, accountId, position, null);
      continue;
    } finally {
      firstPage = false;
    }
    listed.add(
      pageToken,
      page.ids.map((entry) => entry.id),
    );
    // Whole chunks now, the rest with the next page: only the last batch of the sync is short.
    const whole = listed.size - (listed.size % FETCH_CHUNK);
    if (whole > 0) await pipeline.fetch(listed.take(whole));
    pageToken = page.nextPageToken ?? null;
    if (pageToken === null) break;
    // Once everything listed before the oldest waiting id is stored, a stopped sync lists again
    // from its page: saved after those chunks are stored, while the next ones are fetched.
    const goOnFrom = listed.oldestPage() ?? pageToken;
    if (goOnFrom !== position.pageToken) {
      const next: FullSyncPosition = { ...position, pageToken: goOnFrom };
      pipeline.afterStored(() => saveFullSyncPosition(prisma, accountId, next));
      position = next;
    }
  }
  if (listed.size > 0) await pipeline.fetch(listed.take(listed.size));
  await pipeline.finish();
  await advanceCursor(prisma, accountId, position.historyId, { fullSyncDone: true });
  return { mode: "full", historyId: position.historyId, ...pipeline.tally };
}

async function moveTo(
  prisma: PrismaClient,
  accountId: string,
  position: FullSyncPosition,
  pageToken: string | null,
): Promise<FullSyncPosition> {
  const moved = { ...position, pageToken };
  await saveFullSyncPosition(prisma, accountId, moved);
  return moved;
}

/** Gmail's answer to a page token it no longer knows: a 400 (permanent) or a 404. */
function isStalePageToken(error: unknown): boolean {
  return error instanceof GmailError && (error.code === "permanent" || error.code === "not_found");
}
