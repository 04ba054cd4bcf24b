import type { TokenCipher } from "../crypto/token-cipher.js";
import type { PrismaClient } from "../db/client.js";
import type { GoogleSignIn } from "../gmail/oauth-client.js";

export interface ConnectedAccount {
  connectorId: string;
  accountId: string;
  /** No history cursor yet: the mailbox needs its first full sync. */
  needsFullSync: boolean;
}

/**
 * Records a Google sign-in: the connector (found by their Google account, else by
 * address, else new) and their Gmail connection with freshly sealed tokens. Signing in
 * again after "needs reconnect" makes the account active again and keeps its cursor.
 */
export async function connectGoogleAccount(
  prisma: PrismaClient,
  cipher: TokenCipher,
  signIn: GoogleSignIn,
): Promise<ConnectedAccount> {
  const tokens = {
    email: signIn.email,
    scopes: signIn.scopes,
    refreshTokenSealed: cipher.seal(signIn.refreshToken),
    accessTokenSealed: cipher.seal(signIn.accessToken),
    accessTokenExpiresAt: signIn.accessTokenExpiresAt,
    status: "active" as const,
    statusReason: null,
  };
  return prisma.$transaction(async (tx) => {
    const existing = await tx.googleAccount.findUnique({ where: { googleSubject: signIn.subject } });
    if (existing) {
      const account = await tx.googleAccount.update({ where: { id: existing.id }, data: tokens });
      return { connectorId: account.connectorId, accountId: account.id, needsFullSync: account.historyId === null };
    }
    const connector = await tx.connector.upsert({
      where: { email: signIn.email },
      create: { email: signIn.email },
      update: {},
    });
    // A connector has one Gmail connection: a different Google account with the same address replaces it.
    await tx.googleAccount.deleteMany({ where: { connectorId: connector.id } });
    const account = await tx.googleAccount.create({
      data: { ...tokens, connectorId: connector.id, googleSubject: signIn.subject },
    });
    return { connectorId: connector.id, accountId: account.id, needsFullSync: true };
  });
}
