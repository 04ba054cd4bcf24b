import type { PrismaClient } from "../db/client.js";

/** What the status page shows of a connector's Gmail connection. */
export interface AccountStatus {
  connectorEmail: string;
  account: {
    email: string;
    status: "active" | "needs_reconnect";
    statusReason: string | null;
    lastSyncAt: Date | null;
    lastSyncError: string | null;
    firstSyncDone: boolean;
    watchExpiresAt: Date | null;
    messagesSeen: number;
    introRequestsFound: number;
  } | null;
}

export async function readAccountStatus(prisma: PrismaClient, connectorId: string): Promise<AccountStatus | null> {
  const connector = await prisma.connector.findUnique({ where: { id: connectorId }, include: { googleAccount: true } });
  if (!connector) return null;
  const account = connector.googleAccount;
  if (!account) return { connectorEmail: connector.email, account: null };
  const [messagesSeen, introRequestsFound] = await Promise.all([
    prisma.syncedMessage.count({ where: { accountId: account.id } }),
    prisma.introRequest.count({ where: { connectorId } }),
  ]);
  return {
    connectorEmail: connector.email,
    account: {
      email: account.email,
      status: account.status,
      statusReason: account.statusReason,
      lastSyncAt: account.lastSyncAt,
      lastSyncError: account.lastSyncError,
      firstSyncDone: account.historyId !== null,
      watchExpiresAt: account.watchExpiresAt,
      messagesSeen,
      introRequestsFound,
    },
  };
}
