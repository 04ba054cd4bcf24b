import type { PrismaClient } from "../db/index.js";

/**
 * Turns the connector's review emails on or off: an email to themselves for each new request,
 * with its recommendation and links to act (src/optin/review-email.ts). Returns false when the
 * connector is gone.
 */
export async function setReviewEmails(prisma: PrismaClient, connectorId: string, on: boolean): Promise<boolean> {
  const { count } = await prisma.connector.updateMany({ where: { id: connectorId }, data: { reviewEmails: on } });
  return count > 0;
}
