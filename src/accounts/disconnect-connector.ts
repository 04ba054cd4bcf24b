import { sealedPlaces } from "../crypto/index.js";
import type { TokenCipher } from "../crypto/index.js";
import type { PrismaClient } from "../db/index.js";
import type { SyncJobs } from "../queue/index.js";

export interface DisconnectDeps {
  prisma: PrismaClient;
  jobs: SyncJobs;
  cipher: TokenCipher;
  /** True when Google confirms the token no longer works. */
  revokeToken: (token: string) => Promise<boolean>;
  /** Ends Gmail push for the account (users.stop); best effort, before the token is revoked. */
  stopWatch?: (accountId: string) => Promise<void>;
}

/**
 * Disconnects a connector: revokes SafeIntro's Google token, stops their scheduled jobs,
 * and deletes the connector with everything stored for them (Gmail connection, the ids of
 * messages seen, intro requests and their events, sessions). Nothing is kept. The data is
 * deleted even when Google cannot be reached to confirm the revocation; the caller says so.
 */
export async function disconnectConnector(deps: DisconnectDeps, connectorId: string): Promise<{ revoked: boolean }> {
  const account = await deps.prisma.googleAccount.findUnique({ where: { connectorId } });
  let revoked = true;
  if (account) {
    await deps.jobs.stopSchedules(account.id);
    if (account.watchExpiresAt && deps.stopWatch) await deps.stopWatch(account.id).catch(() => undefined);
    revoked = await deps.revokeToken(
      deps.cipher.open(account.refreshTokenSealed, sealedPlaces.refreshToken(account.id)),
    );
  }
  await deps.prisma.connector.deleteMany({ where: { id: connectorId } });
  return { revoked };
}
