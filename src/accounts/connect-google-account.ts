import { randomUUID } from "node:crypto";
import { sealedPlaces } from "../crypto/index.js";
import type { TokenCipher } from "../crypto/index.js";
import type { PrismaClient } from "../db/index.js";
import type { AccessTokens, GoogleSignIn } from "../gmail/index.js";
import { confirmGoogleAccess } from "./confirm-google-access.js";

export interface ConnectedAccount {
  connectorId: string;
  accountId: string;
  /** No history cursor yet: the mailbox needs its first full sync. */
  needsFullSync: boolean;
}

/**
 * Google sent no refresh token (it sends one only at the first consent, or when asked with
 * prompt=consent) and SafeIntro has none that works for this Google account: the person
 * must go through Google's consent again, with prompt=consent, for a new one.
 */
export class ConsentNeededError extends Error {
  override readonly name = "ConsentNeededError";
  constructor() {
    super("Google sent no refresh token, and SafeIntro has none that works for this Google account");
  }
}

/**
 * A sign-in without a refresh token is only as good as the one SafeIntro keeps for that
 * Google account, so a refresh confirms it with Google first. A refused one (revoked,
 * expired, or dropped by Google past its 100 per person and client) marks the account
 * "needs reconnect", and connectGoogleAccount then asks for consent. When Google cannot be
 * asked, the stored token is kept: it worked until now.
 */
export async function confirmStoredGrant(
  prisma: PrismaClient,
  accessTokens: AccessTokens,
  googleSubject: string,
): Promise<void> {
  const account = await prisma.googleAccount.findUnique({ where: { googleSubject }, select: { connectorId: true } });
  if (account) await confirmGoogleAccess(prisma, accessTokens, account.connectorId);
}

/**
 * Records a Google sign-in. A person is their Google account (the ID token's `sub`), never
 * their address: addresses are reassigned (a Workspace user deleted and created again, a
 * rename), and the next holder of an address must not inherit anyone's requests. So a
 * known subject gets its connector back, with its address brought in step with Google's,
 * and an unknown one always gets a new connector. Signing in again after "needs
 * reconnect" makes the account active again and keeps its cursor.
 *
 * A sign-in without a refresh token (anyone who consented before) keeps the one stored, and
 * takes the new access token and scopes; it needs an active account, whose refresh token
 * the caller has just confirmed (confirmStoredGrant). Otherwise it throws
 * ConsentNeededError and changes nothing.
 */
export async function connectGoogleAccount(
  prisma: PrismaClient,
  cipher: TokenCipher,
  signIn: GoogleSignIn,
): Promise<ConnectedAccount> {
  const grant = (accountId: string) => ({
    email: signIn.email,
    scopes: signIn.scopes,
    ...(signIn.refreshToken
      ? { refreshTokenSealed: cipher.seal(signIn.refreshToken, sealedPlaces.refreshToken(accountId)) }
      : {}),
    accessTokenSealed: cipher.seal(signIn.accessToken, sealedPlaces.accessToken(accountId)),
    accessTokenExpiresAt: signIn.accessTokenExpiresAt,
    status: "active" as const,
    statusReason: null,
    // A job that began before this sign-in and then meets a refusal of the old grant must
    // not mark this new one (markNeedsReconnect compares this time).
    grantedAt: new Date(),
    // Signing in again is also how a connector tries a mailbox that stopped syncing once more.
    syncStoppedAt: null,
  });
  return prisma.$transaction(async (tx) => {
    const existing = await tx.googleAccount.findUnique({ where: { googleSubject: signIn.subject } });
    if (existing) {
      // Without a new refresh token, only a working stored one can make the account active.
      if (!signIn.refreshToken && existing.status !== "active") throw new ConsentNeededError();
      // A superseded refresh token is not revoked: Google revokes a whole grant at once, the
      // token just issued included. It stops being stored, and Google drops it in time.
      const account = await tx.googleAccount.update({ where: { id: existing.id }, data: grant(existing.id) });
      await tx.connector.update({ where: { id: account.connectorId }, data: { email: signIn.email } });
      return { connectorId: account.connectorId, accountId: account.id, needsFullSync: account.historyId === null };
    }
    const refreshToken = signIn.refreshToken;
    if (!refreshToken) throw new ConsentNeededError();
    const connector = await tx.connector.create({ data: { email: signIn.email } });
    // The row's id is chosen here, so that its tokens can be sealed to it before it is written.
    const accountId = randomUUID();
    await tx.googleAccount.create({
      data: {
        id: accountId,
        ...grant(accountId),
        refreshTokenSealed: cipher.seal(refreshToken, sealedPlaces.refreshToken(accountId)),
        connectorId: connector.id,
        googleSubject: signIn.subject,
      },
    });
    return { connectorId: connector.id, accountId, needsFullSync: true };
  });
}
