import type { PrismaClient } from "../db/index.js";
import type { AccessTokens } from "../gmail/index.js";
import { GmailError } from "../gmail/index.js";

/**
 * Asks Google whether the connector's grant still stands, by refreshing their access token.
 * False only when Google refused it (revoked at Google, the account deleted): the account is
 * then marked "needs reconnect", which ends its sessions. When Google cannot be asked, the
 * answer is true: a session is not ended for an outage, it is asked again later.
 */
export async function confirmGoogleAccess(
  prisma: PrismaClient,
  accessTokens: AccessTokens,
  connectorId: string,
): Promise<boolean> {
  const account = await prisma.googleAccount.findUnique({ where: { connectorId }, select: { id: true, status: true } });
  // Nothing to confirm: the status page says to connect or reconnect.
  if (!account || account.status !== "active") return true;
  try {
    await accessTokens(account.id, { forceRefresh: true });
    return true;
  } catch (error) {
    return !(error instanceof GmailError && error.code === "needs_reconnect");
  }
}
