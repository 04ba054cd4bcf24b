import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { connectGoogleAccount } from "../../src/accounts/connect-google-account.js";
import { createMailboxClient } from "../../src/gmail/mailbox-client.js";
import { createQuotaLimiter } from "../../src/gmail/quota-limiter.js";
import { syncMailbox } from "../../src/sync/sync-mailbox.js";
import { corpus, someMessages, uniqueAddress } from "../support/mail.js";
import { startProduct, TEST_CLIENT_ID, type RunningProduct } from "../support/product-harness.js";
import { requestedIds } from "../unit/gmail/batch-fixtures.js";

/** 600 MB of message, 800 million base64url characters: past what one JavaScript string may hold. */
const HUGE_RAW_CHARS = 800 * 1024 * 1024;
const CHUNK = 1024 * 1024;

describe("a sync goes on past messages it cannot read", () => {
  let product: RunningProduct | undefined;
  afterEach(async () => {
    await product?.stop();
    product = undefined;
  });

  /** The product on the emulator (no workers: the test runs the sync), and an account connected without a browser. */
  async function connected(messages: Buffer[]) {
    const address = uniqueAddress();
    product = await startProduct({ workers: false, emulator: { mailboxes: { [address]: messages } } });
    const { services, emulator } = product;
    const tokens = emulator.issueTokens(address, { clientId: TEST_CLIENT_ID });
    const { accountId, connectorId } = await connectGoogleAccount(services.prisma, services.cipher, {
      subject: `sub-${randomUUID()}`,
      email: address,
      scopes: "openid email https://www.googleapis.com/auth/gmail.readonly",
      refreshToken: tokens.refreshToken,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: new Date(Date.now() + 3_500_000),
    });
    const target = { accountId, connectorId, connectorAddresses: [address] };
    const settings = { analyzer: services.analyzer, logger: services.logger };
    const stored = () =>
      services.prisma.syncedMessage.findMany({ where: { accountId }, orderBy: { gmailMessageId: "asc" } });
    const cursor = async () =>
      (await services.prisma.googleAccount.findUniqueOrThrow({ where: { id: accountId } })).historyId;
    return { address, accountId, target, settings, stored, cursor, services, emulator };
  }

  it("a message Gmail answers without raw (an old chat item) is recorded as skipped, no_raw, and the sync goes on", async () => {
    const { address, accountId, target, settings, stored, cursor, services, emulator } = await connected([
      corpus("high-01-mary-jones-hr.eml"),
      ...someMessages(3),
    ]);
    const [chat] = emulator.mailbox(address).list();
    if (!chat) throw new Error("no message in the mailbox");
    // Gmail's answer for a chat item: the message's ids and labels, and no raw.
    emulator.injectFault({
      method: "GET",
      path: `/messages/${chat.id}`,
      status: 200,
      times: Infinity,
      body: {
        id: chat.id,
        threadId: chat.threadId,
        labelIds: ["CHAT"],
        snippet: "",
        sizeEstimate: 180,
        historyId: String(chat.historyId),
        internalDate: String(chat.internalDate),
      },
    });

    const result = await syncMailbox(services.prisma, services.mailboxFor(accountId), target, settings);

    expect(result.mode).toBe("full");
    const rows = await stored();
    expect(rows).toHaveLength(4);
    expect(rows.find((row) => row.gmailMessageId === chat.id)).toMatchObject({
      threadId: chat.threadId,
      internalDate: new Date(chat.internalDate),
      skipReason: "no_raw",
      isIntroRequest: false,
    });
    expect(rows.filter((row) => row.skipReason === null)).toHaveLength(3);
    expect(await cursor()).not.toBeNull();

    // Seen, so never fetched again.
    const getsBefore = emulator.calls.filter((call) => call.path.endsWith(`/messages/${chat.id}`)).length;
    await syncMailbox(services.prisma, services.mailboxFor(accountId), target, settings);
    expect(emulator.calls.filter((call) => call.path.endsWith(`/messages/${chat.id}`))).toHaveLength(getsBefore);
  });

  it("a 600 MB message is dropped as it streams, recorded as skipped, too_large, and the sync goes on in bounded memory", async () => {
    const { address, accountId, target, settings, stored, cursor, services, emulator } = await connected([
      corpus("high-01-mary-jones-hr.eml"),
      ...someMessages(5),
    ]);
    const huge = emulator.mailbox(address).list().at(-1);
    if (!huge) throw new Error("no message in the mailbox");
    // The emulator holds its mailbox in memory, so the 600 MB answer is made up on the way:
    // the batch that asks for `huge` gets its part replaced by one streamed chunk by chunk.
    const rss: number[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const item = requestedIds(String(init?.body)).indexOf(huge.id) + 1;
      if (item === 0) return response;
      const boundary = /boundary=(\S+)/.exec(response.headers.get("content-type") ?? "")?.[1] ?? "";
      const text = await response.text();
      const start = text.indexOf(
        `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <response-item-${item}>`,
      );
      const end = text.indexOf(`\r\n--${boundary}`, start);
      const head = `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <response-item-${item}>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{"id":"${huge.id}","threadId":"${huge.threadId}","labelIds":["INBOX"],"snippet":"","sizeEstimate":${(HUGE_RAW_CHARS / 4) * 3},"raw":"`;
      const tail = `","historyId":"${huge.historyId}","internalDate":"${huge.internalDate}"}`;
      let sent = 0;
      // One chunk, sent again and again: the memory measured is the client's, not this stream's.
      const chunk = Buffer.alloc(CHUNK, "A");
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(Buffer.from(text.slice(0, start) + head));
        },
        pull(controller) {
          rss.push(process.memoryUsage.rss());
          if (sent < HUGE_RAW_CHARS) {
            controller.enqueue(chunk);
            sent += CHUNK;
            return;
          }
          controller.enqueue(Buffer.from(tail + text.slice(end)));
          controller.close();
        },
      });
      return new Response(body, { headers: { "content-type": `multipart/mixed; boundary=${boundary}` } });
    };
    const mailbox = createMailboxClient({
      endpoints: services.endpoints,
      getAccessToken: (options) => services.accessTokens(accountId, options),
      limiter: createQuotaLimiter(services.redis, { keyPrefix: `${services.prefix}:quota` }),
      accountId,
      fetchImpl,
    });
    const before = process.memoryUsage.rss();

    const result = await syncMailbox(services.prisma, mailbox, target, settings);

    expect(rss.length).toBeGreaterThan(HUGE_RAW_CHARS / CHUNK);
    expect(result.mode).toBe("full");
    const rows = await stored();
    expect(rows).toHaveLength(6);
    expect(rows.find((row) => row.gmailMessageId === huge.id)).toMatchObject({
      threadId: huge.threadId,
      internalDate: new Date(huge.internalDate),
      skipReason: "too_large",
    });
    expect(rows.filter((row) => row.skipReason === null)).toHaveLength(5);
    const requests = await services.prisma.introRequest.findMany({ where: { connectorId: target.connectorId } });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.map((request) => request.sourceKey)).not.toContain(huge.id);
    expect(await cursor()).not.toBeNull();
    // Read whole, the answer would take more than 1.3 GB (and fail: no string holds 800 million
    // characters). Streamed, the process keeps what is kept of the huge part (at most
    // MAX_MESSAGE_BYTES as base64, here views of the one chunk) and the chunks in flight: it grew
    // by about 10 MB on the development machine, sampled at every chunk.
    const growthMb = (Math.max(...rss) - before) / (1024 * 1024);
    expect(growthMb, `resident memory grew by ${growthMb.toFixed(0)} MB`).toBeLessThan(128);
  });
});
