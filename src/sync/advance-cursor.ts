import type { PrismaClient } from "../db/client.js";

/**
 * Moves the account's history cursor to `historyId` if that is further on, in one
 * conditional UPDATE: two syncs finishing in any order leave the larger one. Records the
 * sync's success at the same time.
 */
export async function advanceCursor(prisma: PrismaClient, accountId: string, historyId: string): Promise<void> {
  const cursor = BigInt(historyId);
  await prisma.googleAccount.updateMany({
    where: { id: accountId, OR: [{ historyId: null }, { historyId: { lt: cursor } }] },
    data: { historyId: cursor },
  });
  await prisma.googleAccount.update({
    where: { id: accountId },
    data: { lastSyncAt: new Date(), lastSyncError: null },
  });
}
