import type { PrismaClient } from "../db/index.js";

/**
 * Moves the account's history cursor to `historyId` if that is further on, and records
 * the sync's success, in one statement: two syncs finishing in any order leave the larger
 * cursor, and no reader ever sees the cursor moved without the sync time.
 */
export async function advanceCursor(prisma: PrismaClient, accountId: string, historyId: string): Promise<void> {
  const cursor = BigInt(historyId);
  await prisma.$executeRaw`
    UPDATE google_accounts
    SET history_id = GREATEST(COALESCE(history_id, ${cursor}), ${cursor}),
        last_sync_at = now(),
        last_sync_error = NULL,
        updated_at = now()
    WHERE id = ${accountId}::uuid`;
}
