import { sealedPlaces } from "../crypto/index.js";
import type { TokenCipher } from "../crypto/index.js";
import type { PrismaClient } from "../db/index.js";
import { GmailError, translateGmailError } from "./gmail-error.js";
import type { OAuthClient } from "./oauth-client.js";

/** An access token is refreshed this long before it expires, so no call starts with a stale one. */
const EARLY_REFRESH_MS = 2 * 60 * 1000;

export const RECONNECT_REASON =
  "Google no longer accepts SafeIntro's access to this mailbox: it was revoked, or it expired. Reconnect Gmail to resume.";

export interface AccessTokenDeps {
  prisma: PrismaClient;
  cipher: TokenCipher;
  oauthClient: () => OAuthClient;
  now?: () => number;
}

/**
 * The one place that refreshes and saves Google tokens. Callers get a valid access token
 * or a GmailError; they never see an expired token. `forceRefresh` asks Google even when
 * the cached token is fresh: it is how the web app confirms the grant still stands. A refused refresh token
 * (`invalid_grant`) marks the account "needs reconnect" at once: it is never retried.
 * Tokens sealed under an older key are sealed again with the current one on the way.
 */
export type AccessTokens = (accountId: string, options?: { forceRefresh?: boolean }) => Promise<string>;

export function createAccessTokens(deps: AccessTokenDeps): AccessTokens {
  const now = deps.now ?? Date.now;
  return async (accountId, options = {}) => {
    const account = await deps.prisma.googleAccount.findUnique({ where: { id: accountId } });
    if (!account) throw new GmailError("needs_reconnect", "the Gmail account is no longer connected");
    if (account.status === "needs_reconnect")
      throw new GmailError("needs_reconnect", "the Gmail account needs reconnecting");
    const cachedIsFresh =
      account.accessTokenExpiresAt && account.accessTokenExpiresAt.getTime() - EARLY_REFRESH_MS > now();
    if (account.accessTokenSealed && cachedIsFresh && !options.forceRefresh) {
      return deps.cipher.open(account.accessTokenSealed, sealedPlaces.accessToken(accountId));
    }

    const refreshToken = deps.cipher.open(account.refreshTokenSealed, sealedPlaces.refreshToken(accountId));
    const client = deps.oauthClient();
    client.setCredentials({ refresh_token: refreshToken });
    let accessToken: string;
    try {
      const response = await client.getAccessToken();
      if (!response.token) throw new GmailError("temporary", "Google returned no access token");
      accessToken = response.token;
    } catch (error) {
      const failure = translateGmailError(error, "other");
      if (failure.code === "needs_reconnect")
        await markNeedsReconnect(deps.prisma, accountId, { grantedAt: account.grantedAt });
      throw failure;
    }
    const credentials = client.credentials;
    // Google may hand out a new refresh token; an old key's seal is renewed on the way too.
    const currentRefreshToken = credentials.refresh_token || refreshToken;
    const resealRefreshToken =
      currentRefreshToken !== refreshToken || deps.cipher.needsReseal(account.refreshTokenSealed);
    await deps.prisma.googleAccount.update({
      where: { id: accountId },
      data: {
        accessTokenSealed: deps.cipher.seal(accessToken, sealedPlaces.accessToken(accountId)),
        accessTokenExpiresAt: new Date(credentials.expiry_date ?? now() + 3_500_000),
        ...(resealRefreshToken
          ? { refreshTokenSealed: deps.cipher.seal(currentRefreshToken, sealedPlaces.refreshToken(accountId)) }
          : {}),
      },
    });
    return accessToken;
  };
}

/**
 * Which grant Google refused: the one signed in at `grantedAt` (the token refresh knows it), or
 * any granted before `grantedBefore` (a job knows only when it began).
 */
export type RefusedGrant = { grantedAt: Date } | { grantedBefore: Date };

/**
 * Google refused the account's grant (revoked at Google, expired, the account deleted): the
 * account waits for its owner to sign in again, and every SafeIntro session of the connector
 * ends, since signing in to SafeIntro is signing in with that Google account. Only that grant:
 * if the connector signed in again meanwhile (a job with the old token failing after), the new
 * grant stands, and nothing changes. Returns whether the account was marked.
 */
export async function markNeedsReconnect(
  prisma: PrismaClient,
  accountId: string,
  refused: RefusedGrant,
): Promise<boolean> {
  const grant =
    "grantedAt" in refused ? { grantedAt: refused.grantedAt } : { grantedAt: { lte: refused.grantedBefore } };
  return prisma.$transaction(async (tx) => {
    const marked = await tx.googleAccount.updateManyAndReturn({
      where: { id: accountId, ...grant },
      data: {
        status: "needs_reconnect",
        statusReason: RECONNECT_REASON,
        accessTokenSealed: null,
        accessTokenExpiresAt: null,
      },
      select: { connectorId: true },
    });
    await tx.session.deleteMany({ where: { connectorId: { in: marked.map((account) => account.connectorId) } } });
    return marked.length > 0;
  });
}
