/**
 * Forwarded intro requests over SMTP: how many forwards a second SafeIntro's inbound listener
 * answers 250 to, and how long after that 250 the request exists.
 *
 * The whole product in this process (startSafeIntro: no web app, every worker, one analysis
 * thread by default, the inbound SMTP listener on a free loopback port), private PostgreSQL
 * and Redis (src/dev/local-services.ts, or DATABASE_URL and REDIS_URL), the Gmail emulator only
 * because the settings need a Google to name: the connector (sam@rivera.example, connected as
 * a sign-in records it, read-only scopes, mailbox stopped for syncing) never syncs, and with no
 * gmail.send no review email is written. The sender checks read a static DNS file
 * (INBOUND_DNS_RECORDS_FILE): rivera.example's SPF lets 127.0.0.1 send, and its DMARC exists,
 * so every forward passes as one from Sam's own mail server would.
 *
 * FORWARDS forwards, each of a corpus request (the "direct" ones of labels.json) with the
 * original's From rewritten to a requester of its own and a sentence of its own in the text
 * (same sender and text would make them one request), built as a mail client forwards
 * (buildForward, then MailComposer, all before the clock starts), with Sam's note. After
 * WARM_UP forwards whose requests are awaited (connections, JIT), all FORWARDS are handed at
 * once to a nodemailer pool of CONNECTIONS connections (MAIL FROM sam@rivera.example).
 * - accepted per second: FORWARDS / (last 250 − the moment they were handed to the pool)
 * - 250 → request: per forward, sendMail's resolution (Date.now(), the client) to
 *   (a) its intro_requests.created_at (the same machine's clock; written inside the
 *       processing transaction, so a little before the row can be read), and
 *   (b) the poll (every POLL_MS, one query) that first found its inbound_messages row linked
 *       to a request (intro_request_id): when the request page could show it, to within a poll.
 *   and to its analyzed_at (the analysis job, queued once the request exists).
 * - peak RSS (VmHWM) of this process: the product, the SMTP client and the emulator under tsx.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGmailEmulator } from "@safeintro/gmail-emulator";
import nodemailer from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer";
import { pino } from "pino";
import { connectGoogleAccount } from "../src/accounts/connect-google-account.js";
import { buildForward } from "../src/cli/forward-command.js";
import { loadConfig, requireServerSettings } from "../src/config.js";
import { emulatorSettings } from "../src/dev/emulator-settings.js";
import { freePort } from "../src/dev/ports.js";
import { currentInboundAddress } from "../src/inbound/inbound-address.js";
import type { StaticDnsRecords } from "../src/inbound/dns-resolver.js";
import { startSafeIntro } from "../src/runtime/start-safeintro.js";
import { prepareBench } from "./worker-process.js";

const FORWARDS = 300;
const WARM_UP = 8;
/** Then forwards one at a time, each sent once the one before is a request: the latency with no backlog. */
const ONE_AT_A_TIME = 20;
/** SMTP connections at once: nodemailer's pool (pool: true, maxConnections). */
const CONNECTIONS = 4;
const POLL_MS = 25;
const TIMEOUT_MS = 90_000;
const INBOUND_DOMAIN = "in.bench.example";
const CONNECTOR = { name: "Sam Rivera", address: "sam@rivera.example" };
const CLIENT = { id: "forward-bench-client", secret: "forward-bench-secret" };
const SCOPES = ["openid", "email", "https://www.googleapis.com/auth/gmail.readonly"];
const DNS_RECORDS: StaticDnsRecords = {
  "rivera.example": { TXT: [["v=spf1 ip4:127.0.0.1 ip6:::1 -all"]] },
  "_dmarc.rivera.example": { TXT: [["v=DMARC1; p=reject"]] },
};
const corpusFolder = new URL("../test/fixtures/corpus/", import.meta.url);

const say = (line: string) => process.stderr.write(`[forward bench] ${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The corpus' direct intro requests (labels.json), in name order. */
function corpusRequests(): Buffer[] {
  const labels = JSON.parse(readFileSync(new URL("labels.json", corpusFolder), "utf8")) as Record<
    string,
    { isIntroRequest: boolean; category: string }
  >;
  return Object.entries(labels)
    .filter(([, label]) => label.isIntroRequest && label.category === "direct")
    .map(([name]) => name)
    .sort()
    .map((name) => readFileSync(new URL(name, corpusFolder)));
}

const requesterOf = (index: number) => `requester-${index}@example.org`;

/** Forward number `index`: an original of its own (From rewritten), a sentence of its own, Sam's note; raw MIME. */
async function forward(originals: Buffer[], index: number, to: string): Promise<Buffer> {
  const original = originals[index % originals.length] ?? Buffer.alloc(0);
  const text = original.toString("latin1").replace(/\r?\n/g, "\r\n");
  const end = text.indexOf("\r\n\r\n");
  const headers = text.slice(0, end).replace(/^From:.*(\r\n[ \t].*)*$/im, `From: Requester ${index} <${requesterOf(index)}>`); // prettier-ignore
  const message = await buildForward(Buffer.from(headers + text.slice(end), "latin1"), {
    from: `${CONNECTOR.name} <${CONNECTOR.address}>`,
    to,
    note: `Worth a look, number ${index}.`,
  });
  message.text += `\n\nP.S. This is note ${index} of the forwarding benchmark (${randomUUID()}).\n`;
  return new MailComposer(message).compile().build();
}

function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  return { p50: Math.round(rank(0.5)), p95: Math.round(rank(0.95)), max: Math.round(sorted.at(-1) ?? 0) };
}

function statusMb(field: "VmRSS" | "VmHWM"): number {
  const status = readFileSync("/proc/self/status", "utf8");
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export async function runForwardBench() {
  const local = await prepareBench("sources", say);
  const dnsDir = mkdtempSync(join(tmpdir(), "safeintro-forward-bench-"));
  const dnsFile = join(dnsDir, "dns.json");
  writeFileSync(dnsFile, JSON.stringify(DNS_RECORDS));
  const emulator = await createGmailEmulator({
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    mailboxes: { [CONNECTOR.address]: [] },
  });
  let product: Awaited<ReturnType<typeof startSafeIntro>> | null = null;
  let transport: ReturnType<typeof nodemailer.createTransport> | null = null;
  try {
    const { url: googleBaseUrl } = await emulator.listen(0);
    const config = requireServerSettings(
      loadConfig({
        NODE_ENV: "development",
        LOG_LEVEL: "warn",
        POLL_INTERVAL_SECONDS: "3600",
        INBOUND_DOMAIN,
        INBOUND_DNS_RECORDS_FILE: dnsFile,
        ...emulatorSettings({
          googleBaseUrl,
          client: CLIENT,
          databaseUrl: local.databaseUrl,
          redisUrl: local.redisUrl,
          redisKeyPrefix: local.redisPrefix,
        }),
      }),
    );
    product = await startSafeIntro(config, {
      web: null,
      workers: true,
      smtp: { port: await freePort(), host: "127.0.0.1" },
      logger: pino({ level: "warn" }, pino.destination(2)),
    });
    const smtp = product.smtp;
    if (!smtp) throw new Error("the inbound SMTP listener did not start");
    const { prisma, cipher } = product.services;

    const tokens = emulator.issueTokens(CONNECTOR.address, { clientId: CLIENT.id, scopes: SCOPES });
    const { connectorId, accountId } = await connectGoogleAccount(prisma, cipher, {
      subject: randomUUID(),
      email: CONNECTOR.address,
      scopes: SCOPES.join(" "),
      refreshToken: tokens.refreshToken,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: new Date(Date.now() + 3_500_000),
    });
    await prisma.connector.update({ where: { id: connectorId }, data: { displayName: CONNECTOR.name } });
    await prisma.googleAccount.update({ where: { id: accountId }, data: { syncStoppedAt: new Date() } });
    const inboundAddress = await currentInboundAddress(prisma, connectorId, INBOUND_DOMAIN);

    const originals = corpusRequests();
    say(`building ${WARM_UP + FORWARDS + ONE_AT_A_TIME} forwards of ${originals.length} corpus requests…`);
    const raws = await Promise.all(
      Array.from({ length: WARM_UP + FORWARDS + ONE_AT_A_TIME }, (_, index) =>
        forward(originals, index, inboundAddress),
      ),
    );
    transport = nodemailer.createTransport({
      pool: true,
      maxConnections: CONNECTIONS,
      maxMessages: Infinity,
      host: smtp.host,
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
    });
    const pool = transport;
    const envelope = { from: CONNECTOR.address, to: [inboundAddress] };
    const refusals: string[] = [];
    const send = async (raw: Buffer): Promise<number | null> => {
      try {
        const info = (await pool.sendMail({ envelope, raw })) as { response?: string };
        const at = Date.now();
        if (!/^250 /.test(info.response ?? "")) refusals.push(info.response ?? "no answer");
        return at;
      } catch (error) {
        const refused = error as Error & { response?: string };
        refusals.push(refused.response ?? refused.message);
        return null;
      }
    };
    const linked = () =>
      prisma.inboundMessage.count({ where: { connectorId, status: "processed", introRequestId: { not: null } } });

    say(`warm-up: ${WARM_UP} forwards to ${inboundAddress} (SMTP ${smtp.host}:${smtp.port})…`);
    await Promise.all(raws.slice(0, WARM_UP).map(send));
    for (const startedAt = Date.now(); (await linked()) < WARM_UP; await sleep(POLL_MS))
      if (Date.now() - startedAt > TIMEOUT_MS) throw new Error("timed out waiting for the warm-up's requests");
    if (refusals.length > 0) throw new Error(`the warm-up was refused: ${refusals.join("; ")}`);
    const rssBeforeMb = statusMb("VmRSS");

    say(`${FORWARDS} forwards at once over a pool of ${CONNECTIONS} SMTP connections…`);
    // Inbound message id → its request's requester, and when a poll first found the two linked.
    const firstSeen = new Map<string, { requester: string | null; seenAt: number }>();
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const rows = await prisma.inboundMessage.findMany({
          where: { connectorId, introRequestId: { not: null }, id: { notIn: [...firstSeen.keys()] } },
          select: { id: true, introRequest: { select: { requesterEmail: true } } },
        });
        const now = Date.now();
        for (const row of rows)
          firstSeen.set(row.id, { requester: row.introRequest?.requesterEmail ?? null, seenAt: now });
        await sleep(POLL_MS);
      }
    })();
    const handedAt = Date.now();
    const answeredAt = await Promise.all(raws.slice(WARM_UP, WARM_UP + FORWARDS).map(send));
    const lastAnswer = Math.max(...answeredAt.map((at) => at ?? 0));
    const acceptedSeconds = (lastAnswer - handedAt) / 1000;
    const accepted = answeredAt.filter((at) => at !== null).length;
    const answered = new Map(
      answeredAt.flatMap((at, index) => (at === null ? [] : [[requesterOf(WARM_UP + index), at] as const])),
    );

    const requests = () =>
      prisma.introRequest.findMany({
        where: { connectorId, requesterEmail: { in: [...answered.keys()] } },
        select: { requesterEmail: true, createdAt: true, analyzedAt: true },
      });
    let found: Awaited<ReturnType<typeof requests>> = [];
    for (const startedAt = Date.now(); ; await sleep(100)) {
      found = await requests();
      if (found.length === accepted && found.every((row) => row.analyzedAt !== null)) break;
      if (Date.now() - startedAt > TIMEOUT_MS)
        throw new Error(`timed out: ${found.length} of ${accepted} requests, not all analysed`);
    }
    const polledBatch = () => [...firstSeen.values()].filter((row) => answered.has(row.requester ?? ""));
    for (const startedAt = Date.now(); polledBatch().length < accepted; await sleep(POLL_MS))
      if (Date.now() - startedAt > TIMEOUT_MS) throw new Error("timed out: the poll did not see every request");
    polling = false;
    await poller;
    const polled = polledBatch();
    const allRequestsSeconds = (Math.max(...polled.map((row) => row.seenAt)) - handedAt) / 1000;

    say(`${ONE_AT_A_TIME} forwards one at a time…`);
    const alone: { createdMs: number; seenMs: number }[] = [];
    for (let index = WARM_UP + FORWARDS; index < raws.length; index++) {
      const at = await send(raws[index] ?? Buffer.alloc(0));
      if (at === null) continue;
      for (const startedAt = Date.now(); ; await sleep(POLL_MS)) {
        const row = await prisma.inboundMessage.findFirst({
          where: { connectorId, introRequest: { requesterEmail: requesterOf(index) } },
          select: { introRequest: { select: { createdAt: true } } },
        });
        if (row?.introRequest) {
          alone.push({ createdMs: row.introRequest.createdAt.getTime() - at, seenMs: Date.now() - at });
          break;
        }
        if (Date.now() - startedAt > TIMEOUT_MS) throw new Error("timed out waiting for a lone forward's request");
      }
    }

    const since = (requester: string | null, at: number) => at - (answered.get(requester ?? "") ?? at);
    const inbound = await prisma.inboundMessage.groupBy({
      by: ["status", "outcome"],
      where: { connectorId },
      _count: { _all: true },
    });
    const requestsInAll = await prisma.introRequest.count({ where: { connectorId } });
    return {
      forwards: FORWARDS,
      warmUp: WARM_UP,
      connections: CONNECTIONS,
      originals: originals.length,
      bytesPerForward: Math.round(raws.reduce((sum, raw) => sum + raw.length, 0) / raws.length),
      acceptedPerSecond: round(accepted / acceptedSeconds, 1),
      acceptedSeconds: round(acceptedSeconds, 2),
      accepted,
      refused: refusals.length,
      refusals: refusals.slice(0, 5),
      answerToCreatedAtMs: spread(found.map((row) => since(row.requesterEmail, row.createdAt.getTime()))),
      answerToLinkSeenMs: spread(polled.map((row) => since(row.requester, row.seenAt))),
      answerToAnalyzedAtMs: spread(found.map((row) => since(row.requesterEmail, row.analyzedAt?.getTime() ?? 0))),
      allRequestsSeenSeconds: round(allRequestsSeconds, 2),
      oneAtATime: {
        forwards: ONE_AT_A_TIME,
        answerToCreatedAtMs: spread(alone.map((one) => one.createdMs)),
        answerToLinkSeenMs: spread(alone.map((one) => one.seenMs)),
      },
      pollMs: POLL_MS,
      inboundMessages: inbound.map((row) => ({ status: row.status, outcome: row.outcome, count: row._count._all })),
      requests: requestsInAll,
      analysisThreads: config.ANALYSIS_THREADS,
      rssBeforeMb,
      peakRssMb: statusMb("VmHWM"),
      node: process.version,
    };
  } finally {
    transport?.close();
    await product?.stop();
    await emulator.close();
    await local.stop();
    rmSync(dnsDir, { recursive: true, force: true });
  }
}

export type ForwardBenchResult = Awaited<ReturnType<typeof runForwardBench>>;

export function formatForwardBench(result: ForwardBenchResult): string {
  const ms = (spread: { p50: number; p95: number; max: number }) =>
    `${spread.p50} ms p50, ${spread.p95} ms p95, ${spread.max} ms max`;
  const rows: [string, string][] = [
    [
      "accepted (250) per second",
      `${result.acceptedPerSecond} (${result.accepted} of ${result.forwards} in ${result.acceptedSeconds} s, ` +
        `${result.connections} SMTP connections, ${(result.bytesPerForward / 1024).toFixed(1)} KB each)`,
    ],
    ["refused", `${result.refused}${result.refusals.length > 0 ? `: ${result.refusals.join("; ")}` : ""}`],
    ["250 → request created_at", ms(result.answerToCreatedAtMs)],
    [`250 → link seen (poll ${result.pollMs} ms)`, ms(result.answerToLinkSeenMs)],
    ["250 → analyzed_at", ms(result.answerToAnalyzedAtMs)],
    [`one at a time (${result.oneAtATime.forwards}): 250 → created_at`, ms(result.oneAtATime.answerToCreatedAtMs)],
    [`one at a time: 250 → link seen`, ms(result.oneAtATime.answerToLinkSeenMs)],
    ["all requests seen after", `${result.allRequestsSeenSeconds} s (from handing all to the pool)`],
    [
      "inbound messages",
      result.inboundMessages.map((row) => `${row.status} "${row.outcome ?? ""}" ${row.count}`).join(", "),
    ],
    [
      "requests",
      `${result.requests} for ${result.forwards} + ${result.warmUp} warm-up + ${result.oneAtATime.forwards} one-at-a-time forwards` +
        (result.requests === result.forwards + result.warmUp + result.oneAtATime.forwards
          ? " (none merged)"
          : " (SOME MERGED: not all distinct)"),
    ],
    ["peak RSS (this process)", `${result.peakRssMb} MB (${result.rssBeforeMb} MB before the batch)`],
    ["analysis threads, node", `${result.analysisThreads}, ${result.node}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}\n`).join("");
}
