import { recordMailboxAddress } from "../accounts/index.js";
import type { PrismaClient } from "../db/index.js";
import { GmailError } from "../gmail/index.js";
import { advanceCursor } from "./advance-cursor.js";
import { FETCH_CHUNK, type FetchTally, fetchNewMessages } from "./fetch-new-messages.js";
import type { MailboxReader } from "./mailbox-reader.js";
import type { StoreSettings, SyncTarget } from "./store-messages.js";

export interface SyncResult extends FetchTally {
  mode: "full" | "incremental";
  historyId: string;
}

/** The history cursor is too old for Gmail to answer (a 404 on history.list). */
function isCursorExpired(error: unknown): boolean {
  return error instanceof GmailError && error.code === "cursor_expired";
}

/**
 * Brings SafeIntro up to date with a mailbox: a full sync the first time, then
 * incremental syncs from the stored history cursor. An expired cursor falls back to a
 * full sync, which skips every message already seen, so nothing is lost or fetched twice.
 */
export async function syncMailbox(
  prisma: PrismaClient,
  mailbox: MailboxReader,
  target: SyncTarget,
  settings: StoreSettings,
): Promise<SyncResult> {
  const account = await prisma.googleAccount.findUniqueOrThrow({
    where: { id: target.accountId },
    select: { historyId: true },
  });
  if (account.historyId === null) return fullSync(prisma, mailbox, target, settings);
  try {
    return await incrementalSync(prisma, mailbox, target, settings, account.historyId.toString());
  } catch (error) {
    if (!isCursorExpired(error)) throw error;
    settings.logger.info({ accountId: target.accountId }, "history cursor expired: full resync");
    return fullSync(prisma, mailbox, target, settings);
  }
}

/**
 * Lists every message and fetches those not seen yet. The cursor is read before listing,
 * so mail that arrives meanwhile is picked up by the next incremental sync.
 */
export async function fullSync(
  prisma: PrismaClient,
  mailbox: MailboxReader,
  target: SyncTarget,
  settings: StoreSettings,
): Promise<SyncResult> {
  const { historyId, emailAddress } = await mailbox.getProfile();
  await recordMailboxAddress(prisma, target.accountId, emailAddress);
  const tally: FetchTally = { fetched: 0, introRequests: 0 };
  const fetch = async (ids: string[]) => {
    const chunkTally = await fetchNewMessages(prisma, mailbox, target, ids, settings);
    tally.fetched += chunkTally.fetched;
    tally.introRequests += chunkTally.introRequests;
  };
  const pending: string[] = [];
  let pageToken: string | undefined;
  do {
    const page = await mailbox.listMessageIds(pageToken);
    pending.push(...page.ids.map((entry) => entry.id));
    // Whole chunks now, the rest with the next page: only the last batch of the sync is short.
    const whole = pending.length - (pending.length % FETCH_CHUNK);
    if (whole > 0) await fetch(pending.splice(0, whole));
    pageToken = page.nextPageToken;
  } while (pageToken);
  if (pending.length > 0) await fetch(pending);
  await advanceCursor(prisma, target.accountId, historyId);
  return { mode: "full", historyId, ...tally };
}

/** Reads history from the cursor to its end, then fetches the messages it added. */
export async function incrementalSync(
  prisma: PrismaClient,
  mailbox: MailboxReader,
  target: SyncTarget,
  settings: StoreSettings,
  startHistoryId: string,
): Promise<SyncResult> {
  const added = new Set<string>();
  let historyId: string;
  let pageToken: string | undefined;
  do {
    const page = await mailbox.listHistory(startHistoryId, pageToken);
    for (const entry of page.added) added.add(entry.id);
    // A message added on one page and deleted on a later one is not fetched.
    for (const id of page.deleted) added.delete(id);
    historyId = page.historyId;
    pageToken = page.nextPageToken;
  } while (pageToken);
  const tally = await fetchNewMessages(prisma, mailbox, target, [...added], settings);
  await advanceCursor(prisma, target.accountId, historyId);
  return { mode: "incremental", historyId, ...tally };
}
