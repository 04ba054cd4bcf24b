import type { PrismaClient } from "../db/index.js";

/**
 * Moves the account's history cursor to `historyId` if that is further on, and records
 * the sync's success, in one statement: two syncs finishing in any order leave the larger
 * cursor, and no reader ever sees the cursor moved without the sync time. A sync that
 * finished also lifts a stop after a permanent failure: syncing works again. The end of a
 * full sync (`fullSyncDone`) clears its saved place in the same statement, so a crash
 * between the two can never leave the cursor moved and a stale place to go on from.
 */
export async function advanceCursor(
  prisma: PrismaClient,
  accountId: string,
  historyId: string,
  options: { fullSyncDone?: boolean } = {},
): Promise<void> {
  const cursor = BigInt(historyId);
  const fullSyncDone = options.fullSyncDone === true;
  await prisma.$executeRaw`
    UPDATE google_accounts
    SET history_id = GREATEST(COALESCE(history_id, ${cursor}), ${cursor}),
        last_sync_at = now(),
        last_sync_error = NULL,
        sync_stopped_at = NULL,
        full_sync_history_id = CASE WHEN ${fullSyncDone} THEN NULL ELSE full_sync_history_id END,
        full_sync_page_token = CASE WHEN ${fullSyncDone} THEN NULL ELSE full_sync_page_token END,
        updated_at = now()
    WHERE id = ${accountId}::uuid`;
}
