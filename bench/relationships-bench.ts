/**
 * Relationship counters and the judgement of a request, at mailbox sizes up to 50,000 messages.
 *   1. Counting: 50,000 generated header sets (relationships-headers.ts: no MIME parsing, this
 *      measures counting, not the analysis) go through the store path's transaction in chunks
 *      of FETCH_CHUNK: synced_messages.createManyAndReturn (skipDuplicates), then
 *      countMessageHeaders and saveMailIntroductions for the rows inserted now. Messages per
 *      second, the process's peak RSS (sampled every 50 ms), the rows made; then the same
 *      50,000 again, which must add nothing.
 *   2. Scoring (relationships-scoring.ts): analyzeIntroRequest on requests from a frequent
 *      correspondent naming a target by name only (so the LIKE search runs), in mailboxes of 500
 *      and 50,000 messages, after VACUUM ANALYZE (what autovacuum soon does after such a load):
 *      300 runs after 20 warm-up ones, each query stage alone, and the pure part alone.
 *   3. Arrival (relationships-arrivals.ts): 100 new intro requests at once, through the whole
 *      product, to their analysed row and page.
 * PostgreSQL and Redis are private instances (src/dev/local-services.ts).
 */
import { randomBytes } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { connectGoogleAccount } from "../src/accounts/connect-google-account.js";
import { loadConfig } from "../src/config.js";
import { createTokenCipher, type TokenCipher } from "../src/crypto/index.js";
import { createPrismaClient, type PrismaClient } from "../src/db/index.js";
import {
  countMessageHeaders,
  readHeaderFacts,
  saveMailIntroductions,
  tallyContacts,
} from "../src/relationships/index.js";
import { FETCH_CHUNK } from "../src/sync/fetch-new-messages.js";
import type { SyncTarget } from "../src/sync/store-messages.js";
import { formatArrivals, runArrivalBench } from "./relationships-arrivals.js";
import { chunks, type HeaderMailbox, headerMailbox } from "./relationships-headers.js";
import { type BenchAccount, RUNS, scoreMailbox, WARM_UP } from "./relationships-scoring.js";
import { prepareBench } from "./worker-process.js";

const BIG = 50_000;
const SMALL = 500;
/** The mailboxes' newest moment, and the scoring's "now": the same judgement every run. */
const NOW = new Date(Date.UTC(2026, 11, 1));
const say = (line: string) => process.stderr.write(`[relationships bench] ${line}\n`);
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

export async function runRelationshipsBench() {
  const startedAt = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const local = await prepareBench("sources", say);
  const prisma = createPrismaClient(local.databaseUrl);
  try {
    const postgres = await postgresSettings(prisma);
    const key = `v1:${randomBytes(32).toString("base64")}`;
    const cipher = createTokenCipher(loadConfig({ TOKEN_ENCRYPTION_KEYS: key }).TOKEN_ENCRYPTION_KEYS ?? []);
    const big = await connect(prisma, cipher, "dana@big.example", 1);
    const bigMailbox = headerMailbox({
      owner: { name: "Dana Big", email: big.email },
      size: BIG,
      seed: 50_000,
      now: NOW,
    });
    say(`counting ${BIG} header sets in chunks of ${FETCH_CHUNK}…`);
    const first = await countPass(prisma, big.target, bigMailbox);
    const rows = await rowCounts(prisma, big.target.accountId);
    say(`the same ${BIG} again…`);
    const again = await countPass(prisma, big.target, bigMailbox);
    const rowsAgain = await rowCounts(prisma, big.target.accountId);
    say("header reading and tally alone (no database)…");
    const tallySeconds = tallyAlone(bigMailbox);

    const small = await connect(prisma, cipher, "sol@small.example", 2);
    const smallMailbox = headerMailbox({
      owner: { name: "Sol Small", email: small.email },
      size: SMALL,
      seed: 500,
      now: NOW,
    });
    await countPass(prisma, small.target, smallMailbox);
    // What autovacuum does within a minute or so of such a load: the plans are those of a settled database.
    await prisma.$executeRawUnsafe("VACUUM ANALYZE contacts, contact_months, contact_threads, synced_messages");
    const scoring = [];
    for (const [account, mailbox] of [
      [small, smallMailbox],
      [big, bigMailbox],
    ] as const) {
      say(`scoring in the ${mailbox.size}-message mailbox: ${WARM_UP} + ${RUNS} runs…`);
      scoring.push(await scoreMailbox(prisma, account, mailbox, NOW));
    }
    // Done with: the product started next must not try to sync them.
    await prisma.googleAccount.updateMany({
      where: { id: { in: [big.target.accountId, small.target.accountId] } },
      data: { syncStoppedAt: new Date() },
    });
    const arrivals = await runArrivalBench(local, say);
    return {
      counting: {
        messages: BIG,
        chunk: FETCH_CHUNK,
        correspondents: bigMailbox.people.length,
        first,
        again,
        tallyAloneSeconds: round(tallySeconds, 2),
        rows,
        unchangedByAgain: JSON.stringify(rows) === JSON.stringify(rowsAgain),
      },
      scoring: { runs: RUNS, warmUp: WARM_UP, mailboxes: scoring, aimMs: 5, postgres },
      arrivals,
      seconds: Math.round((Date.now() - startedAt) / 1000),
      machine: { cpus: availableParallelism(), loadAverage: [round(loadAtStart, 2), round(loadavg()[0] ?? 0, 2)] },
    };
  } finally {
    await prisma.$disconnect();
    await local.stop();
  }
}

export type RelationshipsBenchResult = Awaited<ReturnType<typeof runRelationshipsBench>>;

async function connect(
  prisma: PrismaClient,
  cipher: TokenCipher,
  email: string,
  subject: number,
): Promise<BenchAccount> {
  const connected = await connectGoogleAccount(prisma, cipher, {
    subject: `2000000000000000000${subject}`,
    email,
    scopes: "openid email https://www.googleapis.com/auth/gmail.readonly",
    refreshToken: "bench-refresh-token",
    accessToken: "bench-access-token",
    accessTokenExpiresAt: new Date(Date.now() + 3_500_000),
  });
  const target: SyncTarget = { ...connected, connectorAddresses: [email] };
  return { email, connectorId: connected.connectorId, target };
}

/** One pass of the mailbox through the store path's transaction, chunk by chunk. */
async function countPass(prisma: PrismaClient, target: SyncTarget, mailbox: HeaderMailbox) {
  const { rss: startRss, heapUsed: startHeap } = process.memoryUsage();
  let [peakRss, peakHeap] = [startRss, startHeap];
  const sampler = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    [peakRss, peakHeap] = [Math.max(peakRss, rss), Math.max(peakHeap, heapUsed)];
  }, 50);
  let counted = 0;
  let storeMs = 0;
  const startedAt = performance.now();
  try {
    for (const chunk of chunks(mailbox.messages(), FETCH_CHUNK)) {
      const chunkStart = performance.now();
      counted += await prisma.$transaction(async (tx) => {
        const inserted = await tx.syncedMessage.createManyAndReturn({
          data: chunk.map((message) => ({
            accountId: target.accountId,
            gmailMessageId: message.gmailMessageId,
            threadId: message.threadId,
            internalDate: message.receivedAt,
            isIntroRequest: false,
            skipReason: null,
            contactsCounted: true,
          })),
          skipDuplicates: true,
          select: { gmailMessageId: true },
        });
        const fresh = new Set(inserted.map((row) => row.gmailMessageId));
        const newly = chunk
          .filter((message) => fresh.has(message.gmailMessageId))
          .map((message) => ({ ...message, introduction: null }));
        await countMessageHeaders(tx, target, newly);
        await saveMailIntroductions(tx, target.accountId, newly);
        return newly.length;
      });
      storeMs += performance.now() - chunkStart;
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - startedAt) / 1000;
  return {
    messages: mailbox.size,
    counted,
    seconds: round(seconds, 2),
    /** Over the transactions' time alone: the header generation is left out. */
    messagesPerSecond: Math.round(mailbox.size / (storeMs / 1000)),
    startRssMb: mb(startRss),
    peakRssMb: mb(peakRss),
    peakHeapUsedMb: mb(peakHeap),
  };
}

/** readHeaderFacts and tallyContacts over the same chunks, no database: the JavaScript part of counting. */
function tallyAlone(mailbox: HeaderMailbox): number {
  let ms = 0;
  for (const chunk of chunks(mailbox.messages(), FETCH_CHUNK)) {
    const start = performance.now();
    tallyContacts(
      chunk.map((message) => ({
        facts: readHeaderFacts(message.headers, message.receivedAt),
        threadId: message.threadId,
      })),
      [mailbox.owner.email],
    );
    ms += performance.now() - start;
  }
  return ms / 1000;
}

async function rowCounts(prisma: PrismaClient, accountId: string) {
  const [row] = await prisma.$queryRaw<
    { contacts: number; months: number; threads: number; messages: number; weight: number }[]
  >`
    SELECT (SELECT count(*)::int FROM contacts WHERE account_id = ${accountId}::uuid) AS contacts,
      (SELECT count(*)::int FROM contact_months m JOIN contacts c ON c.id = m.contact_id
        WHERE c.account_id = ${accountId}::uuid) AS months,
      (SELECT count(*)::int FROM contact_threads t JOIN contacts c ON c.id = t.contact_id
        WHERE c.account_id = ${accountId}::uuid) AS threads,
      (SELECT coalesce(sum(sent_messages + received_messages + automated_messages), 0)::int FROM contacts
        WHERE account_id = ${accountId}::uuid) AS messages,
      (SELECT round(coalesce(sum(sent_weight + received_weight), 0)::numeric, 3)::float8 FROM contact_months m
        JOIN contacts c ON c.id = m.contact_id WHERE c.account_id = ${accountId}::uuid) AS weight`;
  return {
    contacts: row?.contacts ?? 0,
    contactMonths: row?.months ?? 0,
    contactThreads: row?.threads ?? 0,
    /** Sums over the counters: a second pass that added anything would change them. */
    countedMessages: row?.messages ?? 0,
    monthWeight: row?.weight ?? 0,
  };
}

async function postgresSettings(prisma: PrismaClient) {
  const names = ["server_version", "shared_buffers", "work_mem", "effective_cache_size", "fsync"];
  const more = ["synchronous_commit", "full_page_writes", "max_connections", "jit", "random_page_cost"];
  const rows = await prisma.$queryRaw<{ name: string; setting: string }[]>`
    SELECT name, current_setting(name) AS setting FROM unnest(${[...names, ...more]}::text[]) AS name`;
  return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
}

export function formatRelationshipsBench(result: RelationshipsBenchResult): string {
  const { counting: c, scoring: s } = result;
  const table = (rows: string[][]) => {
    const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
    return rows.map((row) => `${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")}`.trimEnd()).join("\n");
  };
  const pass = (label: string, p: typeof c.first) => [
    label,
    String(p.counted),
    String(p.seconds),
    String(p.messagesPerSecond),
    `${p.peakRssMb} (from ${p.startRssMb})`,
    String(p.peakHeapUsedMb),
  ];
  const ms = (x: { p50: number; p99: number; max: number }) => `${x.p50} / ${x.p99} / ${x.max}`;
  const pg = s.postgres;
  return [
    `Counting ${c.messages} generated header sets (From/To/Cc/Date/List-*: no MIME parsing, this measures counting, ` +
      `not the analysis), ${c.correspondents} correspondents, through the store transaction in chunks of ${c.chunk}`,
    table([
      ["pass", "counted", "seconds", "messages/s", "peak RSS (MB)", "peak heap used (MB)"],
      pass("first", c.first),
      pass("again (all known)", c.again),
    ]),
    `of the first pass, header reading + tally in JavaScript alone: ${c.tallyAloneSeconds} s; ` +
      `rows: contacts ${c.rows.contacts}, contact_months ${c.rows.contactMonths}, contact_threads ${c.rows.contactThreads}; ` +
      `second pass changed them: ${c.unchangedByAgain ? "no (counted once)" : "YES"}`,
    "",
    `Scoring one request: analyzeIntroRequest, ${s.runs} runs after ${s.warmUp} warm-up, 3 requests in turn, ` +
      `after VACUUM ANALYZE (ms, p50 / p99 / max; aim < ${s.aimMs})`,
    table([
      ["mailbox", "contacts", "analyzeIntroRequest", "pure part", "targets"],
      ...s.mailboxes.map((m) => [`${m.messages} messages`, String(m.contacts), ms(m.analyzeMs), ms(m.pureMs), m.targets.join(", ")]), // prettier-ignore
    ]),
    ...s.mailboxes.map(
      (m) =>
        `  ${m.messages}: stages p50: target LIKE search ${m.stagesMs.targetSearch.p50}, counters ${m.stagesMs.counters.p50}, ` +
        `shared threads ${m.stagesMs.sharedThreads.p50}, ledger + protection ${m.stagesMs.ledgerAndProtection.p50}, ` +
        `rest (request read, judgement write) ≈ ${m.restMs} (requesters' messages: ${m.requesterMessages.join(", ")})`,
    ),
    `PostgreSQL ${pg.server_version} (private, src/dev: fsync ${pg.fsync}, synchronous_commit ${pg.synchronous_commit}, ` +
      `shared_buffers ${pg.shared_buffers}, work_mem ${pg.work_mem}, effective_cache_size ${pg.effective_cache_size}, ` +
      `jit ${pg.jit}, max_connections ${pg.max_connections})`,
    "",
    formatArrivals(result.arrivals),
    `whole benchmark: ${result.seconds} s on ${result.machine.cpus} CPUs, ` +
      `load average ${result.machine.loadAverage[0]} at the start, ${result.machine.loadAverage[1]} at the end`,
    "",
  ].join("\n");
}
