import { createCipheriv, randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectGoogleAccount } from "../../src/accounts/connect-google-account.js";
import { resealUnboundTokens } from "../../src/accounts/reseal-unbound-tokens.js";
import { sealedPlaces } from "../../src/crypto/sealed-places.js";
import { createTokenCipher } from "../../src/crypto/token-cipher.js";
import { createPrismaClient, type PrismaClient } from "../../src/db/client.js";
import { recordMailboxAddress } from "../../src/accounts/record-mailbox-address.js";
import { markNeedsReconnect } from "../../src/gmail/access-tokens.js";
import type { GoogleSignIn } from "../../src/gmail/oauth-client.js";
import { databaseUrl } from "../support/services.js";

const key = { version: "v1", key: randomBytes(32) };
const cipher = createTokenCipher([key]);

/** What Google's token endpoint tells SafeIntro about one sign-in. */
function signIn(subject: string, email: string, refreshToken = `1//${randomUUID()}`): GoogleSignIn {
  return {
    subject,
    email,
    scopes: "openid email https://www.googleapis.com/auth/gmail.readonly",
    refreshToken,
    accessToken: `ya29.${randomUUID()}`,
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
  };
}

describe("connectors are Google accounts, not addresses", () => {
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = createPrismaClient(databaseUrl());
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });
  const address = () => `mary.${randomUUID().slice(0, 8)}@xyz.example`;

  it("a different Google account with the same address gets a connector of its own, and the first keeps its data", async () => {
    const reassigned = address();
    const first = await connectGoogleAccount(prisma, cipher, signIn(`sub-${randomUUID()}`, reassigned, "1//first"));
    await prisma.introRequest.create({
      data: { connectorId: first.connectorId, sourceKey: "m1", requesterEmail: "alex@example.org" },
    });

    // The address was given to someone else (a Workspace user deleted and created again).
    const second = await connectGoogleAccount(prisma, cipher, signIn(`sub-${randomUUID()}`, reassigned, "1//second"));
    expect(second.connectorId).not.toBe(first.connectorId);
    expect(second.needsFullSync).toBe(true);
    expect(await prisma.introRequest.count({ where: { connectorId: second.connectorId } })).toBe(0);

    const firstAccount = await prisma.googleAccount.findUniqueOrThrow({ where: { id: first.accountId } });
    expect(cipher.open(firstAccount.refreshTokenSealed, sealedPlaces.refreshToken(first.accountId))).toBe("1//first");
    expect(await prisma.introRequest.count({ where: { connectorId: first.connectorId } })).toBe(1);
  });

  it("the same Google account under a new address keeps its connector, with the address brought in step", async () => {
    const subject = `sub-${randomUUID()}`;
    const before = await connectGoogleAccount(prisma, cipher, signIn(subject, address()));
    await prisma.googleAccount.update({ where: { id: before.accountId }, data: { historyId: 42n } });
    const renamed = address();
    const after = await connectGoogleAccount(prisma, cipher, signIn(subject, renamed));
    expect(after).toEqual({ connectorId: before.connectorId, accountId: before.accountId, needsFullSync: false });
    const connector = await prisma.connector.findUniqueOrThrow({
      where: { id: before.connectorId },
      include: { googleAccount: true },
    });
    expect(connector.email).toBe(renamed);
    expect(connector.googleAccount?.email).toBe(renamed);
  });

  it("a sync that finds the mailbox under a new address records it on the account and the connector", async () => {
    const connected = await connectGoogleAccount(prisma, cipher, signIn(`sub-${randomUUID()}`, address()));
    const renamed = address();
    await recordMailboxAddress(prisma, connected.accountId, renamed.toUpperCase());
    const connector = await prisma.connector.findUniqueOrThrow({
      where: { id: connected.connectorId },
      include: { googleAccount: true },
    });
    expect([connector.email, connector.googleAccount?.email]).toEqual([renamed, renamed]);
  });

  it("when Google refuses the grant, every session of the connector ends", async () => {
    const connected = await connectGoogleAccount(prisma, cipher, signIn(`sub-${randomUUID()}`, address()));
    const session = {
      connectorId: connected.connectorId,
      csrfToken: "x",
      expiresAt: new Date(Date.now() + 86_400_000),
    };
    await prisma.session.createMany({
      data: [
        { id: randomUUID(), ...session },
        { id: randomUUID(), ...session },
      ],
    });
    expect(await prisma.session.count({ where: { connectorId: connected.connectorId } })).toBe(2);

    const account = await prisma.googleAccount.findUniqueOrThrow({ where: { id: connected.accountId } });
    expect(await markNeedsReconnect(prisma, connected.accountId, { grantedAt: account.grantedAt })).toBe(true);
    expect(await prisma.session.count({ where: { connectorId: connected.connectorId } })).toBe(0);
    expect((await prisma.googleAccount.findUniqueOrThrow({ where: { id: connected.accountId } })).status).toBe(
      "needs_reconnect",
    );
  });

  it("a refusal of an old grant leaves a connector who signed in again since alone", async () => {
    const subject = `sub-${randomUUID()}`;
    const email = address();
    const connected = await connectGoogleAccount(prisma, cipher, signIn(subject, email, "1//old"));
    const oldGrant = await prisma.googleAccount.findUniqueOrThrow({ where: { id: connected.accountId } });
    // A job begins with the old grant…
    const jobBegan = new Date();
    await new Promise((resolve) => setTimeout(resolve, 5));
    // …the connector signs in again (a new grant, a new session)…
    await connectGoogleAccount(prisma, cipher, signIn(subject, email, "1//new"));
    await prisma.session.create({
      data: {
        id: randomUUID(),
        connectorId: connected.connectorId,
        csrfToken: "x",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    // …and then Google's refusal of the old grant arrives, from the token refresh or from the job.
    expect(await markNeedsReconnect(prisma, connected.accountId, { grantedAt: oldGrant.grantedAt })).toBe(false);
    expect(await markNeedsReconnect(prisma, connected.accountId, { grantedBefore: jobBegan })).toBe(false);
    const account = await prisma.googleAccount.findUniqueOrThrow({ where: { id: connected.accountId } });
    expect(account.status).toBe("active");
    expect(cipher.open(account.refreshTokenSealed, sealedPlaces.refreshToken(account.id))).toBe("1//new");
    expect(await prisma.session.count({ where: { connectorId: connected.connectorId } })).toBe(1);
  });
});

describe("tokens sealed before they were bound to their row", () => {
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = createPrismaClient(databaseUrl());
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  /** The first format: AES-GCM with the key version alone as associated data. */
  function sealUnbound(plaintext: string): string {
    const iv = randomBytes(12);
    const gcm = createCipheriv("aes-256-gcm", key.key, iv);
    gcm.setAAD(Buffer.from(key.version));
    const data = Buffer.concat([gcm.update(plaintext, "utf8"), gcm.final()]);
    return [key.version, iv, data, gcm.getAuthTag()]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".");
  }

  it("are sealed again bound to their row at start-up; cached access tokens of that format are dropped", async () => {
    const connected = await connectGoogleAccount(
      prisma,
      cipher,
      signIn(`sub-${randomUUID()}`, `old.${randomUUID().slice(0, 8)}@xyz.example`),
    );
    await prisma.googleAccount.update({
      where: { id: connected.accountId },
      data: { refreshTokenSealed: sealUnbound("1//legacy-refresh"), accessTokenSealed: sealUnbound("ya29.legacy") },
    });

    expect((await resealUnboundTokens(prisma, cipher)).resealed).toBeGreaterThanOrEqual(1);
    const account = await prisma.googleAccount.findUniqueOrThrow({ where: { id: connected.accountId } });
    expect(cipher.needsReseal(account.refreshTokenSealed)).toBe(false);
    expect(cipher.open(account.refreshTokenSealed, sealedPlaces.refreshToken(account.id))).toBe("1//legacy-refresh");
    expect(account.accessTokenSealed).toBeNull();
    // Bound now: the same value in another account's row does not open.
    expect(() => cipher.open(account.refreshTokenSealed, sealedPlaces.refreshToken(randomUUID()))).toThrow(
      /wrong place/,
    );
    // Nothing left to do the second time.
    const again = await prisma.googleAccount.count({
      where: { id: connected.accountId, refreshTokenSealed: { not: { startsWith: "s2." } } },
    });
    expect(again).toBe(0);
  });

  it("one that does not open (another key, or damaged) is left as it is and named, and the others are still sealed again", async () => {
    const [broken, legacy] = await Promise.all(
      ["broken", "legacy"].map((kind) =>
        connectGoogleAccount(
          prisma,
          cipher,
          signIn(`sub-${randomUUID()}`, `${kind}.${randomUUID().slice(0, 8)}@xyz.example`),
        ),
      ),
    );
    const damaged = "v9.not-a-key-we-have.garbage.tag";
    await prisma.googleAccount.update({ where: { id: broken!.accountId }, data: { refreshTokenSealed: damaged } });
    await prisma.googleAccount.update({
      where: { id: legacy!.accountId },
      data: { refreshTokenSealed: sealUnbound("1//legacy-two") },
    });

    const { unreadable } = await resealUnboundTokens(prisma, cipher);
    expect(unreadable).toContain(broken!.accountId);
    expect(unreadable).not.toContain(legacy!.accountId);
    const brokenAfter = await prisma.googleAccount.findUniqueOrThrow({ where: { id: broken!.accountId } });
    const legacyAfter = await prisma.googleAccount.findUniqueOrThrow({ where: { id: legacy!.accountId } });
    expect(brokenAfter.refreshTokenSealed).toBe(damaged);
    expect(cipher.open(legacyAfter.refreshTokenSealed, sealedPlaces.refreshToken(legacy!.accountId))).toBe(
      "1//legacy-two",
    );
  });
});
