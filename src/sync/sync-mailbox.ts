import type { PrismaClient } from "../db/index.js";
import { GmailError } from "../gmail/index.js";
import { advanceCursor } from "./advance-cursor.js";
import { type FetchTally, type SyncOptions, fetchNewMessages } from "./fetch-new-messages.js";
import { fullSync } from "./full-sync.js";
import type { MailboxReader } from "./mailbox-reader.js";
import type { StoreSettings, SyncTarget } from "./store-messages.js";
import type { SyncResult } from "./sync-result.js";
import { throwIfCancelled } from "./sync-cancelled.js";

export { fullSync } from "./full-sync.js";
export { SyncCancelledError } from "./sync-cancelled.js";
export type { SyncOptions } from "./fetch-new-messages.js";
export type { SyncResult } from "./sync-result.js";

/** The history cursor is too old for Gmail to answer (a 404 on history.list). */
function isCursorExpired(error: unknown): boolean {
  return error instanceof GmailError && error.code === "cursor_expired";
}

/**
 * Brings SafeIntro up to date with a mailbox: a full sync the first time (or the one under
 * way, from its saved place), then incremental syncs from the stored history cursor. An
 * expired cursor falls back to a full sync, which skips every message already seen, so
 * nothing is lost or fetched twice. `options.signal` stops it between chunks.
 */
export async function syncMailbox(
  prisma: PrismaClient,
  mailbox: MailboxReader,
  target: SyncTarget,
  settings: StoreSettings,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const account = await prisma.googleAccount.findUniqueOrThrow({
    where: { id: target.accountId },
    select: { historyId: true, fullSyncHistoryId: true },
  });
  if (account.historyId === null || account.fullSyncHistoryId !== null)
    return fullSync(prisma, mailbox, target, settings, options);
  try {
    return await incrementalSync(prisma, mailbox, target, settings, account.historyId.toString(), options);
  } catch (error) {
    if (!isCursorExpired(error)) throw error;
    settings.logger.info({ accountId: target.accountId }, "history cursor expired: full resync");
    return fullSync(prisma, mailbox, target, settings, options);
  }
}

/**
 * Reads history from the cursor to its end, then fetches the messages it added. A stopped
 * incremental sync saves nothing: the cursor has not moved, so the next one reads the same
 * history again and skips what this one stored.
 */
export async function incrementalSync(
  prisma: PrismaClient,
  mailbox: MailboxReader,
  target: SyncTarget,
  settings: StoreSettings,
  startHistoryId: string,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const added = new Set<string>();
  let historyId: string;
  let pageToken: string | undefined;
  do {
    throwIfCancelled(options.signal);
    const page = await mailbox.listHistory(startHistoryId, pageToken);
    for (const entry of page.added) added.add(entry.id);
    // A message added on one page and deleted on a later one is not fetched.
    for (const id of page.deleted) added.delete(id);
    historyId = page.historyId;
    pageToken = page.nextPageToken;
  } while (pageToken);
  const tally: FetchTally = await fetchNewMessages(prisma, mailbox, target, [...added], settings, options);
  await advanceCursor(prisma, target.accountId, historyId);
  return { mode: "incremental", historyId, ...tally };
}
