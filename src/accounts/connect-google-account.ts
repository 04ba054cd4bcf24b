import { randomUUID } from "node:crypto";
import { sealedPlaces } from "../crypto/index.js";
import type { TokenCipher } from "../crypto/index.js";
import type { PrismaClient } from "../db/index.js";
import type { GoogleSignIn } from "../gmail/index.js";

export interface ConnectedAccount {
  connectorId: string;
  accountId: string;
  /** No history cursor yet: the mailbox needs its first full sync. */
  needsFullSync: boolean;
}

/**
 * Records a Google sign-in. A person is their Google account (the ID token's `sub`), never
 * their address: addresses are reassigned (a Workspace user deleted and created again, a
 * rename), and the next holder of an address must not inherit anyone's requests. So a
 * known subject gets its connector back, with its address brought in step with Google's,
 * and an unknown one always gets a new connector. Signing in again after "needs
 * reconnect" makes the account active again and keeps its cursor.
 */
export async function connectGoogleAccount(
  prisma: PrismaClient,
  cipher: TokenCipher,
  signIn: GoogleSignIn,
): Promise<ConnectedAccount> {
  const freshGrant = (accountId: string) => ({
    email: signIn.email,
    scopes: signIn.scopes,
    refreshTokenSealed: cipher.seal(signIn.refreshToken, sealedPlaces.refreshToken(accountId)),
    accessTokenSealed: cipher.seal(signIn.accessToken, sealedPlaces.accessToken(accountId)),
    accessTokenExpiresAt: signIn.accessTokenExpiresAt,
    status: "active" as const,
    statusReason: null,
  });
  return prisma.$transaction(async (tx) => {
    const existing = await tx.googleAccount.findUnique({ where: { googleSubject: signIn.subject } });
    if (existing) {
      // The previous refresh token is not revoked: Google revokes a whole grant at once, the
      // token just issued included. It stops being stored, and Google drops it in time.
      const account = await tx.googleAccount.update({ where: { id: existing.id }, data: freshGrant(existing.id) });
      await tx.connector.update({ where: { id: account.connectorId }, data: { email: signIn.email } });
      return { connectorId: account.connectorId, accountId: account.id, needsFullSync: account.historyId === null };
    }
    const connector = await tx.connector.create({ data: { email: signIn.email } });
    // The row's id is chosen here, so that its tokens can be sealed to it before it is written.
    const accountId = randomUUID();
    await tx.googleAccount.create({
      data: { id: accountId, ...freshGrant(accountId), connectorId: connector.id, googleSubject: signIn.subject },
    });
    return { connectorId: connector.id, accountId, needsFullSync: true };
  });
}
