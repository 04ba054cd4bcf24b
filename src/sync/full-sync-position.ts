import type { PrismaClient } from "../db/index.js";

/** Where a full sync is: the history id it started from, and the messages.list page it goes on from. */
export interface FullSyncPosition {
  historyId: string;
  /** null: the first page. */
  pageToken: string | null;
}

/** The place of a full sync that was stopped before it finished; null when none is under way. */
export async function readFullSyncPosition(prisma: PrismaClient, accountId: string): Promise<FullSyncPosition | null> {
  const account = await prisma.googleAccount.findUniqueOrThrow({
    where: { id: accountId },
    select: { fullSyncHistoryId: true, fullSyncPageToken: true },
  });
  if (account.fullSyncHistoryId === null) return null;
  return { historyId: account.fullSyncHistoryId.toString(), pageToken: account.fullSyncPageToken };
}

/** Saved as the sync goes; advanceCursor clears it when the full sync ends. */
export async function saveFullSyncPosition(
  prisma: PrismaClient,
  accountId: string,
  position: FullSyncPosition,
): Promise<void> {
  await prisma.googleAccount.update({
    where: { id: accountId },
    data: { fullSyncHistoryId: BigInt(position.historyId), fullSyncPageToken: position.pageToken },
  });
}
