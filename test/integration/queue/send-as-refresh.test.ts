import { randomBytes, randomUUID } from "node:crypto";
import { createGmailEmulator, type GmailEmulator } from "@safeintro/gmail-emulator";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectGoogleAccount } from "../../../src/accounts/connect-google-account.js";
import { createTokenCipher } from "../../../src/crypto/token-cipher.js";
import { createPrismaClient, type PrismaClient } from "../../../src/db/client.js";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import { createMailboxClient } from "../../../src/gmail/mailbox-client.js";
import { createQuotaLimiter } from "../../../src/gmail/quota-limiter.js";
import {
  connectorAddressesOf,
  refreshSendAsAddresses,
  SEND_AS_RECHECK_MS,
} from "../../../src/queue/send-as-addresses.js";
import { capturedLog, LEVEL } from "../../support/captured-log.js";
import { uniqueAddress } from "../../support/mail.js";
import { databaseUrl, redisPrefix, redisUrl } from "../../support/services.js";
import { backendError503, insufficientPermissions403 } from "../../unit/gmail/google-error-bodies.js";

const cipher = createTokenCipher([{ version: "v1", key: randomBytes(32) }]);
const ALIAS = "Sam.Work@Alias.example";

/**
 * When the Gmail job reads the send-as aliases again (a day after the last reading), and that
 * a refusal from Gmail leaves the stored ones alone, against the emulator and the real database.
 */
describe("refreshing an account's send-as addresses", () => {
  let prisma: PrismaClient;
  let redis: Redis;
  let emulator: GmailEmulator;
  beforeAll(async () => {
    prisma = createPrismaClient(databaseUrl());
    redis = new Redis(redisUrl(), { maxRetriesPerRequest: 1 });
    emulator = await createGmailEmulator({ quotaUnitsPerSecond: 10_000 });
    await emulator.listen(0);
  });
  afterAll(async () => {
    await emulator.close();
    await redis.quit();
    await prisma.$disconnect();
  });

  async function connected() {
    const email = uniqueAddress();
    emulator.setSendAs(email, [
      { sendAsEmail: ALIAS },
      { sendAsEmail: "pending@alias.example", verificationStatus: "pending" },
    ]);
    const { accessToken } = emulator.issueTokens(email);
    const { accountId } = await connectGoogleAccount(prisma, cipher, {
      subject: `sub-${randomUUID()}`,
      email,
      scopes: "openid email https://www.googleapis.com/auth/gmail.readonly",
      refreshToken: `1//${randomUUID()}`,
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
    });
    const { logger, entries } = capturedLog();
    const limiter = createQuotaLimiter(redis, { keyPrefix: `${redisPrefix()}:${randomUUID()}` });
    const deps = {
      prisma,
      logger,
      mailboxFor: (id: string) =>
        createMailboxClient({
          endpoints: googleEndpoints(emulator.url),
          getAccessToken: async () => accessToken,
          limiter,
          accountId: id,
        }),
    };
    const row = () => prisma.googleAccount.findUniqueOrThrow({ where: { id: accountId } });
    // Calls since this account was connected: an injected fault's is logged before its user is known.
    const since = emulator.calls.length;
    const sendAsCalls = () => emulator.calls.slice(since).filter((call) => call.path.endsWith("/settings/sendAs"));
    return { email, deps, row, entries, sendAsCalls };
  }

  it("reads them when never read, and again only once the reading is a day old", async () => {
    const { email, deps, row, sendAsCalls } = await connected();
    const first = new Date("2030-01-01T00:00:00Z");
    await refreshSendAsAddresses(deps, await row(), first);
    expect(await row()).toMatchObject({ sendAsAddresses: [email, ALIAS.toLowerCase()], sendAsCheckedAt: first });
    expect(connectorAddressesOf(await row())).toEqual([email, ALIAS.toLowerCase()]);

    emulator.setSendAs(email, []);
    await refreshSendAsAddresses(deps, await row(), new Date(first.getTime() + SEND_AS_RECHECK_MS - 1));
    expect(sendAsCalls()).toHaveLength(1);
    expect((await row()).sendAsAddresses).toEqual([email, ALIAS.toLowerCase()]);

    const dayLater = new Date(first.getTime() + SEND_AS_RECHECK_MS);
    await refreshSendAsAddresses(deps, await row(), dayLater);
    expect(sendAsCalls()).toHaveLength(2);
    expect(await row()).toMatchObject({ sendAsAddresses: [email], sendAsCheckedAt: dayLater });
  });

  it("keeps what it had on a 403 or a 5xx, says so in a warning without Gmail's words, and reads again next time", async () => {
    const { email, deps, row, entries, sendAsCalls } = await connected();
    const first = new Date("2030-01-01T00:00:00Z");
    await refreshSendAsAddresses(deps, await row(), first);
    const dayLater = new Date(first.getTime() + SEND_AS_RECHECK_MS + 1);

    for (const [status, body] of [
      [403, insufficientPermissions403],
      [503, backendError503],
    ] as const) {
      emulator.injectFault({ path: "/settings/sendAs", status, body });
      await refreshSendAsAddresses(deps, await row(), dayLater);
      expect(await row()).toMatchObject({
        sendAsAddresses: [email, ALIAS.toLowerCase()],
        sendAsCheckedAt: first,
        status: "active",
      });
      const warning = entries.at(-1);
      expect(warning).toMatchObject({ level: LEVEL.warn, status });
      expect(JSON.stringify(warning)).not.toContain(body.error.message);
    }
    expect(sendAsCalls().map((call) => call.status)).toEqual([200, 403, 503]);

    await refreshSendAsAddresses(deps, await row(), dayLater);
    expect((await row()).sendAsCheckedAt).toEqual(dayLater);
  });
});
