import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsentNeededError, connectGoogleAccount } from "../../src/accounts/connect-google-account.js";
import { sealedPlaces } from "../../src/crypto/sealed-places.js";
import { createTokenCipher } from "../../src/crypto/token-cipher.js";
import { createPrismaClient, type PrismaClient } from "../../src/db/client.js";
import type { GoogleSignIn } from "../../src/gmail/oauth-client.js";
import { databaseUrl } from "../support/services.js";

const cipher = createTokenCipher([{ version: "v1", key: randomBytes(32) }]);
const READ = "openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/gmail.readonly";

/** A sign-in as Google reports it; `refreshToken: undefined` is anyone who consented before. */
function signIn(subject: string, email: string, refreshToken: string | undefined, scopes = READ): GoogleSignIn {
  return {
    subject,
    email,
    scopes,
    ...(refreshToken ? { refreshToken } : {}),
    accessToken: `ya29.${randomUUID()}`,
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
  };
}

describe("a sign-in that brings no refresh token (Google sends one only at the first consent)", () => {
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = createPrismaClient(databaseUrl());
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });
  const subject = () => `sub-${randomUUID()}`;
  const address = () => `dana.${randomUUID().slice(0, 8)}@xyz.example`;
  const opened = async (accountId: string) => {
    const account = await prisma.googleAccount.findUniqueOrThrow({ where: { id: accountId } });
    return {
      refreshToken: cipher.open(account.refreshTokenSealed, sealedPlaces.refreshToken(accountId)),
      accessToken:
        account.accessTokenSealed && cipher.open(account.accessTokenSealed, sealedPlaces.accessToken(accountId)),
      scopes: account.scopes,
      status: account.status,
    };
  };

  it("keeps the stored refresh token of a known, active account, and takes the new access token and scopes", async () => {
    const who = subject();
    const first = await connectGoogleAccount(prisma, cipher, signIn(who, address(), "1//first"));
    const later = signIn(who, address(), undefined, `${READ} https://www.googleapis.com/auth/gmail.send`);
    const again = await connectGoogleAccount(prisma, cipher, later);
    expect(again).toEqual({ ...first, needsFullSync: true });
    expect(await opened(first.accountId)).toEqual({
      refreshToken: "1//first",
      accessToken: later.accessToken,
      scopes: later.scopes,
      status: "active",
    });
  });

  it("asks for consent, changing nothing, for an unknown Google account or one that needs reconnecting", async () => {
    const stranger = address();
    await expect(connectGoogleAccount(prisma, cipher, signIn(subject(), stranger, undefined))).rejects.toBeInstanceOf(
      ConsentNeededError,
    );
    expect(await prisma.connector.count({ where: { email: stranger } })).toBe(0);

    const who = subject();
    const connected = await connectGoogleAccount(prisma, cipher, signIn(who, address(), "1//dead"));
    await prisma.googleAccount.update({ where: { id: connected.accountId }, data: { status: "needs_reconnect" } });
    const before = await opened(connected.accountId);
    await expect(connectGoogleAccount(prisma, cipher, signIn(who, address(), undefined))).rejects.toBeInstanceOf(
      ConsentNeededError,
    );
    expect(await opened(connected.accountId)).toEqual(before);

    // The consent round brings a refresh token: the account is active again, on the new token.
    await connectGoogleAccount(prisma, cipher, signIn(who, address(), "1//renewed"));
    expect(await opened(connected.accountId)).toMatchObject({ refreshToken: "1//renewed", status: "active" });
  });
});
