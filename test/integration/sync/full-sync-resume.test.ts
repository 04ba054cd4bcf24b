import { randomBytes, randomUUID } from "node:crypto";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalysisPool, type MessageAnalyzer } from "../../../src/analysis/index.js";
import { createTokenCipher, sealedPlaces } from "../../../src/crypto/index.js";
import { createPrismaClient, type PrismaClient } from "../../../src/db/client.js";
import { GmailError, type RawMessage } from "../../../src/gmail/index.js";
import { SyncCancelledError, syncMailbox } from "../../../src/sync/sync-mailbox.js";
import type { MailboxReader } from "../../../src/sync/mailbox-reader.js";
import { manyMessages } from "../../support/many-messages.js";
import { databaseUrl } from "../../support/services.js";

const PAGE = 100;
const HISTORY_ID = "7000";

/**
 * A mailbox of `count` messages listed `PAGE` a page, that records what it is asked, and
 * can run a step when a fetch asks for a given id (to stop the sync there).
 */
function fakeMailbox(count: number) {
  const raws = manyMessages(count, `resume-${randomUUID().slice(0, 8)}`);
  const ids = raws.map((_, index) => `m-${String(index).padStart(4, "0")}`);
  const asked = { profiles: 0, pages: [] as Array<string | undefined>, fetched: [] as string[] };
  const hooks = new Map<string, () => void>();
  const mailbox: MailboxReader = {
    async getProfile() {
      asked.profiles += 1;
      return { emailAddress: "sam@rivera.example", historyId: HISTORY_ID, messagesTotal: count };
    },
    async listMessageIds(pageToken) {
      asked.pages.push(pageToken);
      const start = pageToken ? Number(pageToken.slice("page-".length)) : 0;
      const next = start + PAGE < count ? `page-${start + PAGE}` : undefined;
      const page = ids.slice(start, start + PAGE).map((id) => ({ id, threadId: `t-${id}` }));
      return { ids: page, ...(next ? { nextPageToken: next } : {}) };
    },
    async getMessageHeaders() {
      return new Map();
    },
    async getRawMessages(wanted) {
      const result = new Map<string, RawMessage | null>();
      for (const id of wanted) {
        hooks.get(id)?.();
        asked.fetched.push(id);
        const raw = raws[ids.indexOf(id)] ?? Buffer.alloc(0);
        result.set(id, { raw, threadId: `t-${id}`, internalDate: new Date(1_700_000_000_000), historyId: "6000" });
      }
      return result;
    },
    async listHistory() {
      throw new Error("a full sync reads no history");
    },
  };
  return { mailbox, ids, asked, when: (id: string, step: () => void) => hooks.set(id, step) };
}

describe("a full sync stopped between chunks goes on from its place", () => {
  let prisma: PrismaClient;
  let analyzer: MessageAnalyzer;
  beforeAll(() => {
    prisma = createPrismaClient(databaseUrl());
    analyzer = createAnalysisPool({
      timeLimitMs: 10_000,
      threads: 1,
      maxMessageBytes: 26_214_400,
      logger: pino({ level: "silent" }),
    });
  });
  const connectors: string[] = [];
  afterAll(async () => {
    await prisma.connector.deleteMany({ where: { id: { in: connectors } } });
    await analyzer.close();
    await prisma.$disconnect();
  });

  // The run's database is shared: a token sealed as SafeIntro seals one, under a key of this file's own.
  const cipher = createTokenCipher([{ version: "v1", key: randomBytes(32) }]);
  async function newAccount() {
    const connector = await prisma.connector.create({ data: { email: "sam@rivera.example" } });
    connectors.push(connector.id);
    const id = randomUUID();
    await prisma.googleAccount.create({
      data: {
        id,
        connectorId: connector.id,
        googleSubject: randomUUID(),
        email: "sam@rivera.example",
        scopes: "openid email https://www.googleapis.com/auth/gmail.readonly",
        refreshTokenSealed: cipher.seal("1//unused-by-the-fake-mailbox", sealedPlaces.refreshToken(id)),
      },
    });
    return { accountId: id, connectorId: connector.id, connectorAddresses: ["sam@rivera.example"] };
  }
  const settings = () => ({ analyzer, logger: pino({ level: "silent" }) });

  it("stops when asked, with what it fetched stored and its place saved, then fetches only the rest", async () => {
    const target = await newAccount();
    // 550 messages in 6 pages; chunks of 240: the first two chunks end inside pages 3 and 5.
    const gmail = fakeMailbox(550);
    const stop = new AbortController();
    // Asked to stop while the second chunk is fetched: it is stored, then the sync stops.
    gmail.when("m-0300", () => stop.abort());

    const first = await syncMailbox(prisma, gmail.mailbox, target, settings(), { signal: stop.signal }).catch(
      (error: unknown) => error,
    );
    expect(first).toBeInstanceOf(SyncCancelledError);
    expect(await prisma.syncedMessage.count({ where: { accountId: target.accountId } })).toBe(480);
    const saved = await prisma.googleAccount.findUniqueOrThrow({ where: { id: target.accountId } });
    // The 481st id was listed on the page from 400: listing goes on from there.
    expect(saved).toMatchObject({ historyId: null, fullSyncHistoryId: 7000n, fullSyncPageToken: "page-400" });
    expect(gmail.asked.pages).toEqual([undefined, "page-100", "page-200", "page-300", "page-400"]);

    const second = await syncMailbox(prisma, gmail.mailbox, target, settings());
    expect(second).toMatchObject({ mode: "full", historyId: HISTORY_ID, fetched: 70 });
    // No new profile (the history id it started from is kept) and no page before its place.
    expect(gmail.asked.profiles).toBe(1);
    expect(gmail.asked.pages.slice(5)).toEqual(["page-400", "page-500"]);
    // Every message fetched exactly once over both runs, and stored once.
    expect(gmail.asked.fetched.toSorted()).toEqual(gmail.ids);
    expect(await prisma.syncedMessage.count({ where: { accountId: target.accountId } })).toBe(550);
    const done = await prisma.googleAccount.findUniqueOrThrow({ where: { id: target.accountId } });
    expect(done).toMatchObject({
      historyId: 7000n,
      fullSyncHistoryId: null,
      fullSyncPageToken: null,
      lastSyncError: null,
    });
  });

  it("lists from the first page again when Gmail no longer takes the saved page token, skipping what is stored", async () => {
    const target = await newAccount();
    const gmail = fakeMailbox(150);
    await prisma.googleAccount.update({
      where: { id: target.accountId },
      data: { fullSyncHistoryId: 6500n, fullSyncPageToken: "expired-token" },
    });
    const list = gmail.mailbox.listMessageIds.bind(gmail.mailbox);
    gmail.mailbox.listMessageIds = async (pageToken) => {
      if (pageToken === "expired-token")
        throw new GmailError("permanent", "Gmail call failed: 400 badRequest: Invalid pageToken", { status: 400 });
      return list(pageToken);
    };
    const result = await syncMailbox(prisma, gmail.mailbox, target, settings());
    expect(result).toMatchObject({ mode: "full", historyId: "6500", fetched: 150 });
    expect(gmail.asked.profiles).toBe(0);
    expect(gmail.asked.pages).toEqual([undefined, "page-100"]);
  });
});
