/**
 * The relationships benchmark's third part: new intro-request email → analysed request on its
 * page, 100 arriving together. The whole product in this process (startSafeIntro: web app,
 * Gmail and analysis workers, one analysis thread by default) against the Gmail emulator at
 * its defaults (250 units/s, 25 calls at once per user). The connector signs in through the
 * real OAuth flow (the emulator answers the consent), which connects the mailbox: a few
 * hundred messages of history built with nodemailer's MailComposer, and two corpus requests.
 * Once the first full sync and its analyses are done, 100 intro requests (the corpus' high-*
 * and low-* ones, each with a Message-ID and a From address of its own) are added at once and
 * a sync is asked for as the push endpoint asks (jobs.requestSync(accountId, "push")). Per
 * message: from its add to its intro_requests row (created_at) and to its analyzed_at (the
 * analysis job's start; its write follows in the same job). The figure includes history.list,
 * messages.get at Gmail's quota, MIME analysis in the worker thread, storage with counting,
 * and the analysis job. Then one request's page is fetched over HTTP, signed in.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createGmailEmulator, type GmailEmulator } from "@safeintro/gmail-emulator";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import MailComposer from "nodemailer/lib/mail-composer";
import { pino } from "pino";
import { judgeRawMessage } from "../src/analysis/judge-raw-message.js";
import { loadConfig, requireServerSettings } from "../src/config.js";
import type { LocalServices } from "../src/dev/local-services.js";
import { emulatorSettings } from "../src/dev/emulator-settings.js";
import { freePort } from "../src/dev/ports.js";
import { ANALYSIS_QUEUE } from "../src/queue/analysis-jobs.js";
import { GMAIL_QUEUE } from "../src/queue/gmail-jobs.js";
import { startSafeIntro } from "../src/runtime/start-safeintro.js";

const ARRIVALS = 100;
const USER = "sam@rivera.example";
const CLIENT = { id: "bench-client", secret: "bench-secret" };
const DAY_MS = 86_400_000;
const MAX_BYTES = 26_214_400;
/** The people the corpus' requests name, as the connector's correspondents. */
const TARGETS = [
  ["Mary Jones", "mary.jones@xyzcorp.example"],
  ["Oskar Lindqvist", "oskar@brightwater.example"],
  ["Fatima Okafor", "fatima.okafor@corvidhealth.example"],
  ["José Müller", "jose.mueller@textilwerk-hessen.example"],
  ["Lucía Ferreira-Santos", "lucia@meridianbio.example"],
  ["Bartholomew Achebe", "b.achebe@graniteridge.example"],
  ["Beatrix Kowalczyk", "beatrix@orchardstreet.example"],
  ["Amara Nwosu-Bell", "amara@cobaltline.example"],
  ["Mei-Lin Zhou", "meilin.zhou@arborvale.example"],
  ["Harold Quennell", "harold@quennell.example"],
  ["Genevieve Laurent", "genevieve@laurent.example"],
  ["Priya Raman", "priya@ledgerleaf.test"],
] as const;
const corpusFolder = new URL("../test/fixtures/corpus/", import.meta.url);
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Address {
  name: string;
  address: string;
}

function message(from: Address, to: Address[], subject: string, date: Date, headers: Record<string, string> = {}) {
  return new MailComposer({ from, to, subject, date, text: "Talk soon.", headers }).compile().build();
}

/** 24 messages each way with each target, alternating, every 9 days; weekly newsletters; a group dinner. */
async function historyMailbox(now: Date): Promise<Buffer[]> {
  const me = { name: "Sam Rivera", address: USER };
  const built: Promise<Buffer>[] = [];
  for (const [name, address] of TARGETS) {
    for (let index = 0; index < 24; index++) {
      const mine = index % 2 === 0;
      const subject = `${index % 3 === 0 ? "" : "Re: "}Catching up with ${name} ${Math.floor(index / 3)}`;
      const date = new Date(now.getTime() - (24 - index) * 9 * DAY_MS);
      const them = { name, address };
      built.push(
        message(mine ? me : them, [mine ? them : me], subject, date, mine ? { "X-Gmail-Labels": "Sent" } : {}),
      );
    }
  }
  for (let week = 1; week <= 12; week++) {
    const from = { name: "Fintech Weekly", address: "no-reply@fintechweekly.example" };
    const unsubscribe = { "List-Unsubscribe": "<mailto:unsubscribe@fintechweekly.example>" };
    built.push(message(from, [me], `This week in fintech #${week}`, new Date(now.getTime() - week * 7 * DAY_MS), unsubscribe)); // prettier-ignore
  }
  const [mary, oskar] = TARGETS.map(([name, address]) => ({ name, address }));
  built.push(message(me, [mary as Address, oskar as Address], "Dinner on Thursday", new Date(now.getTime() - 40 * DAY_MS), { "X-Gmail-Labels": "Sent" })); // prettier-ignore
  const requests = ["high-02-oskar-lindqvist-cto.eml", "low-03-pick-brain-harold-quennell.eml"];
  return [...(await Promise.all(built)), ...requests.map((name) => readFileSync(new URL(name, corpusFolder)))];
}

/** A corpus request with a Message-ID and a From address of its own: `alex@…` becomes `alex.b7@…`. */
function variant(raw: Buffer, index: number): Buffer {
  const text = raw.toString("latin1").replace(/^(From:[^\n]*<)([^@>\s]+)@/im, `$1$2.b${index}@`);
  const id = `Message-ID: <relationships-bench-${index}@bench.invalid>`;
  const replaced = text.replace(/^Message-ID:[^\n]*$/im, id);
  return Buffer.from(replaced === text ? `${id}\r\n${text}` : replaced, "latin1");
}

/** 100 variants of the corpus' high-* and low-* requests, each still found to be an intro request. */
async function newRequests(): Promise<Buffer[]> {
  const names = readdirSync(corpusFolder)
    .filter((name) => /^(high|low)-.*\.eml$/.test(name))
    .sort();
  const found: Buffer[] = [];
  for (let index = 0; found.length < ARRIVALS && index < names.length * 20; index++) {
    const raw = variant(readFileSync(new URL(names[index % names.length] ?? "", corpusFolder)), index);
    const verdict = await judgeRawMessage({ raw, maxMessageBytes: MAX_BYTES, connectorAddresses: [USER] });
    if (verdict.kind === "analysed" && verdict.analysis.isIntroRequest) found.push(raw);
  }
  if (found.length < ARRIVALS) throw new Error(`only ${found.length} corpus variants are intro requests`);
  return found;
}

/** Signs in as `account` through SafeIntro's OAuth flow, the emulator answering for Google; the cookie header. */
async function signIn(appUrl: string, emulator: GmailEmulator, account: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const get = async (url: string) => {
    const response = await fetch(url, { redirect: "manual", headers: { cookie: cookie() } });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value === "" || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    await response.text();
    return response;
  };
  let response = await get(`${appUrl}/auth/google`);
  // A second round when Google (the emulator) gives no refresh token the first time.
  for (let round = 0; round < 2; round++) {
    const location = response.headers.get("location") ?? "";
    if (!emulator.url || !location.startsWith(emulator.url)) break;
    response = await get(new URL(emulator.authorize(location, { account }), appUrl).toString());
  }
  if (![...jar.keys()].some((name) => name.endsWith("si_session")))
    throw new Error(`sign-in gave no session (last answer ${response.status})`);
  return cookie();
}

async function until(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const startedAt = Date.now();
  while (!(await check())) {
    if (Date.now() - startedAt > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  return { p50: round(rank(0.5), 2), p95: round(rank(0.95), 2), max: round(sorted.at(-1) ?? 0, 2) };
}

export async function runArrivalBench(local: LocalServices, say: (line: string) => void) {
  const now = new Date();
  const history = await historyMailbox(now);
  say(`arrivals: checking ${ARRIVALS} corpus variants are intro requests…`);
  const arrivals = await newRequests();
  const emulator = await createGmailEmulator({ mailboxes: { [USER]: history }, clientId: CLIENT.id, clientSecret: CLIENT.secret }); // prettier-ignore
  const { url: googleBaseUrl } = await emulator.listen(0);
  const port = await freePort();
  const config = requireServerSettings(
    loadConfig({
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      POLL_INTERVAL_SECONDS: "3600",
      ...emulatorSettings({
        googleBaseUrl,
        client: CLIENT,
        databaseUrl: local.databaseUrl,
        redisUrl: local.redisUrl,
        redisKeyPrefix: local.redisPrefix,
        port,
      }),
    }),
  );
  const product = await startSafeIntro(config, {
    web: { port, host: "127.0.0.1" },
    workers: true,
    logger: pino({ level: "warn" }, pino.destination(2)),
  });
  const connection = new Redis(local.redisUrl, { maxRetriesPerRequest: null });
  const queues = [GMAIL_QUEUE, ANALYSIS_QUEUE].map(
    (name) => new Queue(name, { connection, prefix: local.redisPrefix }),
  );
  try {
    const { prisma, jobs } = product.services;
    const appUrl = product.url ?? "";
    say(`arrivals: signing in; first full sync of ${history.length} messages…`);
    const syncStart = Date.now();
    const cookie = await signIn(appUrl, emulator, USER);
    const account = await prisma.googleAccount.findFirstOrThrow({ where: { email: USER } });
    await until("the first full sync", 120_000, async () => {
      const synced = await prisma.googleAccount.count({
        where: { id: account.id, historyId: { not: null }, fullSyncHistoryId: null, lastSyncAt: { not: null } },
      });
      return (
        synced === 1 && (await prisma.syncedMessage.count({ where: { accountId: account.id } })) === history.length
      );
    });
    const firstSyncSeconds = (Date.now() - syncStart) / 1000;
    await until("the first sync's analyses", 60_000, async () => {
      for (const queue of queues) {
        const counts = await queue.getJobCounts("active", "waiting", "prioritized");
        if ((counts.active ?? 0) + (counts.waiting ?? 0) + (counts.prioritized ?? 0) > 0) return false;
      }
      return (await prisma.introRequest.count({ where: { connectorId: account.connectorId, analyzedAt: null } })) === 0;
    });

    say(`arrivals: ${ARRIVALS} new intro requests at once, then a push-triggered sync…`);
    const added = await Promise.all(
      arrivals.map(async (raw) => {
        const { id } = await emulator.addMessage(USER, raw);
        return { id, addedAt: Date.now() };
      }),
    );
    await jobs.requestSync(account.id, "push");
    const ids = added.map((arrival) => arrival.id);
    const rows = () =>
      prisma.introRequest.findMany({
        where: { connectorId: account.connectorId, sourceKey: { in: ids } },
        select: { id: true, sourceKey: true, createdAt: true, analyzedAt: true },
      });
    let found: Awaited<ReturnType<typeof rows>> = [];
    await until("the new requests analysed", 180_000, async () => {
      found = await rows();
      return found.length === ARRIVALS && found.every((row) => row.analyzedAt !== null);
    });
    const allSeenSeconds = (Date.now() - Math.min(...added.map((arrival) => arrival.addedAt))) / 1000;
    const addedAt = new Map(added.map((arrival) => [arrival.id, arrival.addedAt]));
    const since = (row: (typeof found)[number], at: Date | null) =>
      ((at?.getTime() ?? 0) - (addedAt.get(row.sourceKey) ?? 0)) / 1000;

    const shown = found[0];
    const page = await fetch(`${appUrl}/requests/${shown?.id}`, { headers: { cookie }, redirect: "manual" });
    const body = await page.text();
    const recommendation = /<p id="recommendation"><strong>([^<]*)<\/strong>/.exec(body)?.[1] ?? null;
    const recommendations = await prisma.introRequest.groupBy({
      by: ["recommendation"],
      where: { id: { in: found.map((row) => row.id) } },
      _count: { _all: true },
    });
    return {
      historyMessages: history.length,
      firstSyncSeconds: round(firstSyncSeconds, 1),
      arrivals: ARRIVALS,
      analysisThreads: config.ANALYSIS_THREADS,
      toRowSeconds: spread(found.map((row) => since(row, row.createdAt))),
      toAnalysedSeconds: spread(found.map((row) => since(row, row.analyzedAt))),
      allAnalysedAndSeenSeconds: round(allSeenSeconds, 2),
      recommendations: Object.fromEntries(recommendations.map((row) => [row.recommendation, row._count._all])),
      page: { status: page.status, signedIn: true, recommendation },
    };
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
    connection.disconnect();
    await product.stop();
    await emulator.close();
  }
}

export type ArrivalResult = Awaited<ReturnType<typeof runArrivalBench>>;

export function formatArrivals(result: ArrivalResult): string {
  const rows = [
    ["from its add to", "p50", "p95", "max"],
    ["its intro_requests row (created_at)", ...Object.values(result.toRowSeconds).map(String)],
    ["its analyzed_at", ...Object.values(result.toAnalysedSeconds).map(String)],
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const table = rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  const recommendations = Object.entries(result.recommendations)
    .map(([name, count]) => `${name} ${count}`)
    .join(", ");
  return [
    `New intro-request email → analysed request: ${result.arrivals} added at once to a mailbox of ` +
      `${result.historyMessages} (first full sync ${result.firstSyncSeconds} s), one push-triggered sync (s)`,
    ...table,
    ...(result.toRowSeconds.p50 === result.toRowSeconds.max
      ? [`(all ${result.arrivals} were fetched in one chunk and stored in one transaction: one created_at)`]
      : []),
    `all ${result.arrivals} analysed and seen after ${result.allAnalysedAndSeenSeconds} s; recommendations: ${recommendations} ` +
      "(every From is new to the mailbox)",
    `includes: history.list, messages.get at Gmail's quota (emulator defaults: 250 units/s, 25 calls at once), ` +
      `MIME analysis in ${result.analysisThreads} worker thread(s), storage and counting, the analysis job`,
    `request page over HTTP, signed in: ${result.page.status}, showing "${result.page.recommendation}"`,
  ].join("\n");
}
