import type { PrismaClient } from "../db/index.js";

/**
 * Keeps the stored address of a Gmail account in step with what Gmail reports for it
 * (users.getProfile): a renamed account keeps its connector, and Gmail's push
 * notifications, which name the mailbox by address, keep finding it.
 */
export async function recordMailboxAddress(
  prisma: PrismaClient,
  accountId: string,
  emailAddress: string,
): Promise<void> {
  const email = emailAddress.toLowerCase();
  await prisma.$transaction(async (tx) => {
    const renamed = await tx.googleAccount.updateManyAndReturn({
      where: { id: accountId, email: { not: email } },
      data: { email },
      select: { connectorId: true },
    });
    if (renamed.length > 0)
      await tx.connector.updateMany({ where: { id: { in: renamed.map((row) => row.connectorId) } }, data: { email } });
  });
}
