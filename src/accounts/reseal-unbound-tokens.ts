import { sealedPlaces, BOUND_SEAL_PREFIX, type TokenCipher, TokenCipherError } from "../crypto/index.js";
import type { PrismaClient } from "../db/index.js";

/**
 * Seals again, bound to their rows, the refresh tokens that the first format sealed with
 * only the key version as associated data (before that, a value could be moved to another
 * row and still open). Run at start-up, before anything reads a token; finds nothing to do
 * once done. Cached access tokens of that format are simply dropped: they are refreshed
 * on the next call to Gmail.
 *
 * A value that does not open (sealed under a key no longer configured, or damaged) is left
 * as it is and its account named in the result: one bad row must not stop the whole
 * product from starting, and the workers already pass over an account whose token does not
 * open until its connector signs in again.
 */
export async function resealUnboundTokens(
  prisma: PrismaClient,
  cipher: TokenCipher,
): Promise<{ resealed: number; unreadable: string[] }> {
  const unbound = { not: { startsWith: BOUND_SEAL_PREFIX } };
  await prisma.googleAccount.updateMany({
    where: { accessTokenSealed: unbound },
    data: { accessTokenSealed: null, accessTokenExpiresAt: null },
  });
  const accounts = await prisma.googleAccount.findMany({
    where: { refreshTokenSealed: unbound },
    select: { id: true, refreshTokenSealed: true },
  });
  let resealed = 0;
  const unreadable: string[] = [];
  for (const account of accounts) {
    let refreshToken: string;
    try {
      refreshToken = cipher.openUnbound(account.refreshTokenSealed);
    } catch (error) {
      if (!(error instanceof TokenCipherError)) throw error;
      unreadable.push(account.id);
      continue;
    }
    // Conditional on the old value: a sign-in that stored a new token meanwhile wins.
    const { count } = await prisma.googleAccount.updateMany({
      where: { id: account.id, refreshTokenSealed: account.refreshTokenSealed },
      data: { refreshTokenSealed: cipher.seal(refreshToken, sealedPlaces.refreshToken(account.id)) },
    });
    resealed += count;
  }
  // A sign-in under way lasts ten minutes at most; one with an unbound verifier just starts again.
  await prisma.signInAttempt.deleteMany({ where: { codeVerifierSealed: unbound } });
  return { resealed, unreadable };
}
