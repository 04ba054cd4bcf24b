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

/** How long ending Gmail push may hold up a disconnect: it is only a courtesy to Google. */
const STOP_WATCH_WAIT_MS = 5_000;

/**
 * Disconnects a connector: revokes SafeIntro's Google token and deletes the connector with
 * everything stored for them (Gmail connection, the ids of messages seen, intro requests and
 * their events, sessions). Nothing is kept, whatever else is down: the data is deleted even
 * when Google cannot be reached to confirm the revocation (the caller says so), and the job
 * queue's clean-up is best effort, since a worker that finds no account ends its schedules.
 */
export async function disconnectConnector(deps: DisconnectDeps, connectorId: string): Promise<{ revoked: boolean }> {
  const account = await deps.prisma.googleAccount.findUnique({ where: { connectorId } });
  let revoked = true;
  let queueCleanUp: Promise<void> = Promise.resolve();
  if (account) {
    // Alongside the rest: with Redis down it takes the queue's whole timeout to fail.
    queueCleanUp = deps.jobs.stopSchedules(account.id).catch(() => undefined);
    if (account.watchExpiresAt && deps.stopWatch) await withinMs(deps.stopWatch(account.id), STOP_WATCH_WAIT_MS);
    revoked = await revoke(deps, account.id, account.refreshTokenSealed);
  }
  await deps.prisma.connector.deleteMany({ where: { id: connectorId } });
  await queueCleanUp;
  return { revoked };
}

/** False when Google did not confirm it, or the token could not be opened to be revoked. */
async function revoke(deps: DisconnectDeps, accountId: string, sealed: string): Promise<boolean> {
  let refreshToken: string;
  try {
    refreshToken = deps.cipher.open(sealed, sealedPlaces.refreshToken(accountId));
  } catch {
    return false;
  }
  return deps.revokeToken(refreshToken).catch(() => false);
}

/** Waits for a best-effort step, but not past `ms`, and never fails. */
async function withinMs(step: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([step.catch(() => undefined), late]);
  clearTimeout(timer);
}
