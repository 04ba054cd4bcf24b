/**
 * Does one big mailbox starve the others when SafeIntro scales out? Two real worker processes
 * (`safeintro worker`) share private PostgreSQL and Redis, with the web app taking Gmail's
 * pushes (OIDC-signed by the emulator, as Pub/Sub signs them) and the emulator at Gmail's real
 * per-user quota (250 units/s) and limit on calls at once (25).
 *   1. 50 connectors with 20 messages each are connected and synced, and their watches started.
 *   2. Baseline: for 10 s, a new intro request arrives every 200 ms in a random small mailbox.
 *   3. A connector with 5,000 messages is connected; new intro requests keep arriving in the
 *      small mailboxes at the same rate until its full sync has finished.
 * For every new message: the time from its arrival (the emulator pushes it at once) to its
 * intro request row in PostgreSQL (the row's created_at). Reported: p50, p95 and max, before
 * and during the big sync, and in the big sync's first 30 s; how many rows came only after the
 * big sync had ended (messages that waited behind it); the big sync's duration and quota use;
 * and each account's peak quota units in any one-second window, from the emulator's call log
 * (aims: no small account waits behind the big sync, no account over 250 units in a second).
 * FLEET_BENCH_MESSAGES sets the big mailbox's size; FLEET_BENCH_BIG_ACCOUNTS connects that
 * many big mailboxes at once instead of one (each full sync holds one of the workers' job
 * slots for its whole length: with as many as there are slots, new mail waits).
 */
import { readFileSync } from "node:fs";
import { type CallRecord, createGmailEmulator, DEFAULT_CONCURRENT_CALLS_PER_USER } from "@safeintro/gmail-emulator";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { pino } from "pino";
import { connectGoogleAccount } from "../src/accounts/connect-google-account.js";
import { judgeRawMessage } from "../src/analysis/judge-raw-message.js";
import { loadConfig, requireServerSettings } from "../src/config.js";
import { emulatorSettings } from "../src/dev/emulator-settings.js";
import { freePort } from "../src/dev/ports.js";
import { GMAIL_QUEUE } from "../src/queue/gmail-jobs.js";
import { startSafeIntro } from "../src/runtime/start-safeintro.js";
import { buildMixedCorpus } from "./mixed-corpus.js";
import { prepareBench, startWorkerProcess, type WorkerBuild, type WorkerProcess } from "./worker-process.js";

const SMALL_ACCOUNTS = 50;
const SMALL_MESSAGES = 20;
const BIG_MESSAGES = Number(process.env.FLEET_BENCH_MESSAGES ?? 5000);
const BIG_ACCOUNTS = Number(process.env.FLEET_BENCH_BIG_ACCOUNTS ?? 1);
const WORKER_PROCESSES = 2;
/** createGmailWorker's default: each worker process runs this many jobs at once. */
const JOBS_PER_WORKER = 4;
const ADD_EVERY_MS = 200;
const BASELINE_MS = 10_000;
const FIRST_MS = 30_000;
/** A row that appears after the big sync ended, for a message added this long before the end, waited behind it. */
const WAITED_MARGIN_MS = 5_000;
const GMAIL_LIMIT = 250;
const CLIENT = { id: "bench-client", secret: "bench-secret" };
const PUSH = {
  topic: "projects/safeintro-bench/topics/gmail",
  audience: "https://safeintro.invalid/gmail/push",
  serviceAccount: "gmail-push@safeintro-bench.iam.gserviceaccount.com",
};
const SCOPES = "openid email https://www.googleapis.com/auth/gmail.readonly";
const bigUser = (index: number) => (BIG_ACCOUNTS === 1 ? "big@fleet.example" : `big-${index}@fleet.example`);
const smallUser = (index: number) => `small-${String(index).padStart(2, "0")}@fleet.example`;
const say = (line: string) => process.stderr.write(`[fleet bench] ${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One new message in a small mailbox, and when it arrived. */
interface Arrival {
  user: string;
  connectorId: string;
  gmailId: string;
  addedAt: number;
  phase: "baseline" | "big";
}

export async function runFleetBench(options: { worker: WorkerBuild } = { worker: "sources" }) {
  const local = await prepareBench(options.worker, say);
  // What was started, stopped in reverse order whatever happens.
  const cleanups: Array<() => Promise<void> | void> = [() => local.stop()];
  try {
    return await measure(local, cleanups, options.worker);
  } finally {
    for (const cleanup of cleanups.reverse()) {
      // One that fails must neither stop the others nor hide what went wrong in the run.
      await Promise.resolve()
        .then(cleanup)
        .catch((error: unknown) => say(`stopping: ${(error as Error).message}`));
    }
  }
}

async function measure(
  local: { databaseUrl: string; redisUrl: string; redisPrefix: string },
  cleanups: Array<() => Promise<void> | void>,
  which: WorkerBuild,
) {
  say(`building ${BIG_MESSAGES + SMALL_ACCOUNTS * SMALL_MESSAGES} messages of 5–50 KB…`);
  const corpus = await buildMixedCorpus(BIG_MESSAGES + SMALL_ACCOUNTS * SMALL_MESSAGES, 11);
  const smallUsers = Array.from({ length: SMALL_ACCOUNTS }, (_, index) => smallUser(index + 1));
  const bigUsers = Array.from({ length: BIG_ACCOUNTS }, (_, index) => bigUser(index + 1));
  // Big mailboxes share one set of messages (each mailbox gives them ids of its own).
  const mailboxes: Record<string, Buffer[]> = Object.fromEntries(
    bigUsers.map((user) => [user, corpus.slice(0, BIG_MESSAGES)]),
  );
  smallUsers.forEach((user, index) => {
    const start = BIG_MESSAGES + index * SMALL_MESSAGES;
    mailboxes[user] = corpus.slice(start, start + SMALL_MESSAGES);
  });
  const requests = await introRequestMessages(smallUsers[0] ?? "");
  say(`${requests.length} corpus messages that the analysis finds to be intro requests, for the new mail`);

  const emulator = await createGmailEmulator({ mailboxes, clientId: CLIENT.id, clientSecret: CLIENT.secret });
  cleanups.push(() => emulator.close());
  const { url: googleBaseUrl } = await emulator.listen(0);
  // As the deploy guide has it: the topic exists, and gmail-api-push may publish to it.
  emulator.registerPushTopic(PUSH.topic);
  const port = await freePort();
  const env = {
    // Production as deployed on the emulator (a staging deployment): the web app serves plain
    // HTTP on loopback, for the emulator's pushes; no browser comes, so PUBLIC_URL is never served.
    NODE_ENV: "production",
    ALLOW_GOOGLE_BASE_URL: "true",
    LOG_LEVEL: "warn",
    ...emulatorSettings({
      googleBaseUrl,
      client: CLIENT,
      databaseUrl: local.databaseUrl,
      redisUrl: local.redisUrl,
      redisKeyPrefix: local.redisPrefix,
      port,
    }),
    PUBLIC_URL: "https://safeintro.invalid",
    GMAIL_PUSH_TOPIC: PUSH.topic,
    PUSH_AUDIENCE: PUSH.audience,
    PUSH_SERVICE_ACCOUNT: PUSH.serviceAccount,
  };
  // The web app alone in this process (the emulator's pushes reach it); the workers are children.
  const web = await startSafeIntro(requireServerSettings(loadConfig(env)), {
    web: { port, host: "127.0.0.1" },
    workers: false,
    logger: pino({ level: "warn" }, pino.destination(2)),
  });
  cleanups.push(() => web.stop());
  emulator.setPushEndpoint(`${web.url}/gmail/push`, {
    audience: PUSH.audience,
    serviceAccountEmail: PUSH.serviceAccount,
  });
  const { prisma, jobs, cipher } = web.services;
  const queueConnection = new Redis(local.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(GMAIL_QUEUE, { connection: queueConnection, prefix: local.redisPrefix });
  cleanups.push(async () => {
    await queue.close();
    queueConnection.disconnect();
  });

  /**
   * What the sign-in callback does once Google has answered: the account row (tokens sealed
   * to it), the first sync, and the schedules (with push: the watch at once, then daily).
   */
  let subjects = 0;
  async function connect(user: string) {
    const tokens = emulator.issueTokens(user, { clientId: CLIENT.id });
    const connected = await connectGoogleAccount(prisma, cipher, {
      subject: `1000000000000000${String(++subjects).padStart(5, "0")}`,
      email: user,
      scopes: SCOPES,
      refreshToken: tokens.refreshToken,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: new Date(Date.now() + 3_500_000),
    });
    await jobs.requestSync(connected.accountId, "connected");
    await jobs.startSchedules(connected.accountId);
    return connected;
  }

  const workers: WorkerProcess[] = [];
  say(`starting ${WORKER_PROCESSES} worker processes (${which})…`);
  for (let index = 0; index < WORKER_PROCESSES; index++) {
    const worker = await startWorkerProcess(which, env, { redisUrl: local.redisUrl, prefix: local.redisPrefix });
    workers.push(worker);
    cleanups.push(() => worker.stop());
  }
  await until("both workers registered with the queue", 60_000, async () => {
    return (await queue.getWorkersCount()) >= WORKER_PROCESSES;
  });

  say(`connecting ${SMALL_ACCOUNTS} mailboxes of ${SMALL_MESSAGES} messages…`);
  const connectorOf = new Map<string, string>();
  for (const user of smallUsers) connectorOf.set(user, (await connect(user)).connectorId);
  await until("the small mailboxes synced and watched", 180_000, async () => {
    const ready = await prisma.googleAccount.count({
      where: { email: { in: smallUsers }, historyId: { not: null }, watchExpiresAt: { not: null } },
    });
    const seen = await prisma.syncedMessage.count();
    return ready === SMALL_ACCOUNTS && seen === SMALL_ACCOUNTS * SMALL_MESSAGES;
  });
  await until("the queue idle", 60_000, async () => {
    const counts = await queue.getJobCounts("active", "waiting", "prioritized");
    return (counts.active ?? 0) + (counts.waiting ?? 0) + (counts.prioritized ?? 0) === 0;
  });

  const arrivals: Arrival[] = [];
  const next = random(5);
  let sent = 0;
  /** Adds one intro request to a random small mailbox every ADD_EVERY_MS until `done()` says stop. */
  async function addMail(phase: Arrival["phase"], done: () => Promise<boolean> | boolean) {
    const startedAt = Date.now();
    for (let tick = 0; !(await done()); tick++) {
      const due = startedAt + tick * ADD_EVERY_MS;
      if (due > Date.now()) await sleep(due - Date.now());
      const user = smallUsers[Math.floor(next() * smallUsers.length)] ?? "";
      const raw = asArrival(requests[sent % requests.length] ?? Buffer.alloc(0), sent);
      sent++;
      // Gmail's arrival: the emulator records the history and pushes it to the web app at once.
      const addedAt = Date.now();
      const added = await emulator.addMessage(user, raw);
      arrivals.push({ user, connectorId: connectorOf.get(user) ?? "", gmailId: added.id, addedAt, phase });
    }
  }

  say(`baseline: a new intro request every ${ADD_EVERY_MS} ms for ${BASELINE_MS / 1000} s, no big sync…`);
  const baselineStart = Date.now();
  await addMail("baseline", () => Date.now() - baselineStart >= BASELINE_MS);

  say(
    `connecting ${BIG_ACCOUNTS === 1 ? "the" : BIG_ACCOUNTS} ${BIG_MESSAGES}-message mailbox${BIG_ACCOUNTS === 1 ? "" : "es"}; ` +
      "new mail goes on until the full sync is done…",
  );
  const bigStartedAt = Date.now();
  const bigIds: string[] = [];
  for (const user of bigUsers) bigIds.push((await connect(user)).accountId);
  let bigDoneAt: number | null = null;
  const bigDone = async () => {
    const synced = await prisma.googleAccount.count({
      where: { id: { in: bigIds }, historyId: { not: null }, fullSyncHistoryId: null },
    });
    if (synced === BIG_ACCOUNTS) bigDoneAt ??= Date.now();
    if (Date.now() - bigStartedAt > 10 * 60_000) throw new Error("the big full sync took over 10 minutes");
    return bigDoneAt !== null;
  };
  await addMail("big", bigDone);
  const bigEndedAt = bigDoneAt ?? Date.now();
  const bigSeen = await prisma.syncedMessage.count({ where: { accountId: { in: bigIds } } });

  say(`${arrivals.length} new messages added; waiting for their intro request rows…`);
  await emulator.pushesSettled();
  const rows = new Map<string, number>();
  const key = (connectorId: string, gmailId: string) => `${connectorId}/${gmailId}`;
  await until(
    "every new message's intro request row",
    60_000,
    async () => {
      const found = await prisma.introRequest.findMany({
        where: { sourceKey: { in: arrivals.map((arrival) => arrival.gmailId) } },
        select: { connectorId: true, sourceKey: true, createdAt: true },
      });
      for (const row of found) rows.set(key(row.connectorId, row.sourceKey), row.createdAt.getTime());
      return rows.size >= arrivals.length;
    },
    { orGiveUp: true },
  );

  const latencyOf = (arrival: Arrival) => {
    const createdAt = rows.get(key(arrival.connectorId, arrival.gmailId));
    return createdAt === undefined ? null : (createdAt - arrival.addedAt) / 1000;
  };
  const during = arrivals.filter((arrival) => arrival.phase === "big");
  const first = during.filter((arrival) => arrival.addedAt - bigStartedAt < FIRST_MS);
  const waited = during.filter((arrival) => {
    const createdAt = rows.get(key(arrival.connectorId, arrival.gmailId));
    return arrival.addedAt < bigEndedAt - WAITED_MARGIN_MS && (createdAt === undefined || createdAt >= bigEndedAt);
  });

  const calls = emulator.calls;
  const bigSet = new Set(bigUsers);
  const bigCalls = calls.filter((call) => bigSet.has(call.user ?? "") && call.at >= bigStartedAt);
  const bigUnits = bigCalls.reduce((sum, call) => sum + call.units, 0);
  const bigSeconds = (bigEndedAt - bigStartedAt) / 1000;
  const peaks = peakUnitsPerSecond(calls);
  const peaksDuring = peakUnitsPerSecond(calls.filter((call) => call.at >= bigStartedAt && call.at <= bigEndedAt));
  const smallPeaks = smallUsers.map((user) => peaks.get(user) ?? 0);
  const smallSet = new Set(smallUsers);
  const pushes = emulator.pushDeliveries;
  const latencies = (list: Arrival[]) => summary(list.map(latencyOf));

  return {
    setup: {
      smallAccounts: SMALL_ACCOUNTS,
      smallMessages: SMALL_MESSAGES,
      bigAccounts: BIG_ACCOUNTS,
      bigMessages: BIG_MESSAGES,
      workerProcesses: WORKER_PROCESSES,
      jobsPerWorker: JOBS_PER_WORKER,
      addEveryMs: ADD_EVERY_MS,
      quotaUnitsPerSecond: GMAIL_LIMIT,
      concurrentCallsPerUser: DEFAULT_CONCURRENT_CALLS_PER_USER,
      worker: workers[0]?.command ?? "",
    },
    latencySeconds: {
      baseline: latencies(arrivals.filter((arrival) => arrival.phase === "baseline")),
      duringBigSync: latencies(during),
      firstThirtySeconds: { ...latencies(first), each: first.map(latencyOf) },
    },
    waitedBehindBigSync: waited.length,
    bigSync: {
      messages: bigSeen,
      seconds: round(bigSeconds, 1),
      // Per big mailbox, over the time from connecting them to the end of the last full sync.
      quotaUse: round(bigUnits / BIG_ACCOUNTS / bigSeconds / GMAIL_LIMIT, 3),
      responses429: bigCalls.filter((call) => call.status === 429).length,
    },
    quota: {
      limit: GMAIL_LIMIT,
      peakSmall: Math.max(...smallPeaks),
      peakSmallDuringBigSync: Math.max(...smallUsers.map((user) => peaksDuring.get(user) ?? 0)),
      peakBig: Math.max(...bigUsers.map((user) => peaks.get(user) ?? 0)),
      accountsOverLimit: [...peaks.values()].filter((units) => units > GMAIL_LIMIT).length,
      responses429Small: calls.filter((call) => smallSet.has(call.user ?? "") && call.status === 429).length,
      perAccount: Object.fromEntries([...peaks].sort((a, b) => a[0].localeCompare(b[0]))),
    },
    pushes: {
      delivered: pushes.filter((push) => push.status === 204).length,
      // Attempts that did not get a 204 (the emulator tries each push twice, as Pub/Sub retries).
      failedAttempts: pushes.filter((push) => push.status !== 204).length,
    },
    workers: workers.map((worker) => ({ peakRssMb: round(worker.peakRssMb(), 1) })),
    aims: { waitedBehindBigSync: 0, peakUnitsPerSecond: GMAIL_LIMIT },
  };
}

export type FleetBenchResult = Awaited<ReturnType<typeof runFleetBench>>;

/** Polls `check` every 250 ms until it holds; throws after `timeoutMs`, or just returns with `orGiveUp`. */
async function until(
  what: string,
  timeoutMs: number,
  check: () => Promise<boolean>,
  options: { orGiveUp?: boolean } = {},
): Promise<void> {
  const startedAt = Date.now();
  while (!(await check())) {
    if (Date.now() - startedAt > timeoutMs) {
      if (options.orGiveUp) {
        say(`gave up waiting for ${what} after ${timeoutMs / 1000} s`);
        return;
      }
      throw new Error(`timed out waiting for ${what}`);
    }
    await sleep(250);
  }
}

/**
 * The labelled corpus' intro requests that the analysis finds to be intro requests (as the
 * worker judges them, for a connector at `connectorAddress`): each new message makes a row.
 */
async function introRequestMessages(connectorAddress: string): Promise<Buffer[]> {
  const folder = new URL("../test/fixtures/corpus/", import.meta.url);
  const labels = JSON.parse(readFileSync(new URL("labels.json", folder), "utf8")) as Record<
    string,
    { isIntroRequest: boolean }
  >;
  const names = Object.keys(labels)
    .filter((name) => labels[name]?.isIntroRequest)
    .sort();
  const found: Buffer[] = [];
  for (const name of names) {
    const raw = readFileSync(new URL(name, folder));
    const verdict = await judgeRawMessage({
      raw,
      maxMessageBytes: 26_214_400,
      connectorAddresses: [connectorAddress],
    });
    if (verdict.kind === "analysed" && verdict.analysis.isIntroRequest) found.push(raw);
  }
  if (found.length === 0) throw new Error("no corpus message is found to be an intro request");
  return found;
}

/**
 * The message as an arrival of its own: its own Message-ID, and its own sender. SafeIntro
 * records the same sender's same words once per mailbox (a request forwarded again, or sent
 * twice), so the same corpus message from the same sender would not make a new request row.
 */
function asArrival(raw: Buffer, number: number): Buffer {
  const text = raw.toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  const messageId = `<fleet-${number}@bench.invalid>`;
  let headers = head.replace(/^Message-ID:[^\n]*(?:\n[ \t][^\n]*)*/im, `Message-ID: ${messageId}`);
  if (headers === head) headers = `Message-ID: ${messageId}\n${head}`;
  headers = headers.replace(
    /^From:[^\n]*(?:\n[ \t][^\n]*)*/im,
    `From: Requester ${number} <requester-${number}@bench.invalid>`,
  );
  return Buffer.from(headers + (end < 0 ? "" : text.slice(end)), "latin1");
}

/** Each user's most quota units charged within any one second (the emulator's sliding window). */
function peakUnitsPerSecond(calls: readonly CallRecord[]): Map<string, number> {
  const byUser = new Map<string, CallRecord[]>();
  for (const call of calls) {
    if (call.user === null || call.units === 0) continue;
    const list = byUser.get(call.user) ?? [];
    list.push(call);
    byUser.set(call.user, list);
  }
  const peaks = new Map<string, number>();
  for (const [user, list] of byUser) {
    list.sort((a, b) => a.at - b.at);
    let start = 0;
    let units = 0;
    let peak = 0;
    for (const call of list) {
      units += call.units;
      while ((list[start]?.at ?? Infinity) <= call.at - 1000) units -= list[start++]?.units ?? 0;
      peak = Math.max(peak, units);
    }
    peaks.set(user, peak);
  }
  return peaks;
}

/** p50, p95 and max of the latencies found, and how many rows never appeared (null). */
function summary(values: readonly (number | null)[]) {
  const found = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  const rank = (fraction: number) => found[Math.max(0, Math.ceil(fraction * found.length) - 1)] ?? null;
  const shown = (value: number | null) => (value === null ? null : round(value, 2));
  return {
    messages: values.length,
    missing: values.length - found.length,
    p50: shown(rank(0.5)),
    p95: shown(rank(0.95)),
    max: shown(found.at(-1) ?? null),
  };
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

/** Deterministic pseudo-random numbers (mulberry32): every run sends the mail to the same mailboxes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function formatFleetBench(result: FleetBenchResult): string {
  const { setup, latencySeconds: latency, bigSync, quota } = result;
  const cell = (value: number | null) => (value === null ? "–" : value.toFixed(2));
  const latencyRow = (label: string, stats: ReturnType<typeof summary>): [string, string, string, string, string] => [
    label,
    `${stats.messages}${stats.missing > 0 ? ` (${stats.missing} missing)` : ""}`,
    cell(stats.p50),
    cell(stats.p95),
    cell(stats.max),
  ];
  const rows: [string, string, string, string, string][] = [
    ["push → intro request row (s)", "messages", "p50", "p95", "max"],
    latencyRow("before the big sync", latency.baseline),
    latencyRow("during the big sync", latency.duringBigSync),
    latencyRow("  its first 30 s", latency.firstThirtySeconds),
  ];
  const widths = [0, 1, 2, 3, 4].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const table = rows
    .map(
      (row) =>
        `${row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join("  ")
          .trimEnd()}\n`,
    )
    .join("");
  const each = latency.firstThirtySeconds.each;
  const within = (low: number, high: number) =>
    each.filter((value) => value !== null && value >= low && value < high).length;
  const first =
    `< 0.1 s: ${within(0, 0.1)}, 0.1–0.5 s: ${within(0.1, 0.5)}, 0.5–1 s: ${within(0.5, 1)}, ` +
    `1–5 s: ${within(1, 5)}, ≥ 5 s: ${within(5, Infinity)}, never: ${each.filter((value) => value === null).length}`;
  return (
    `${setup.smallAccounts} mailboxes of ${setup.smallMessages} messages and ` +
    `${setup.bigAccounts === 1 ? "one" : setup.bigAccounts} of ${setup.bigMessages}; ` +
    `${setup.workerProcesses} worker processes × ${setup.jobsPerWorker} jobs at once; ` +
    `a new intro request every ${setup.addEveryMs} ms\n` +
    table +
    `first 30 s of the big sync: ${first}\n` +
    `rows that waited for the big sync to end: ${result.waitedBehindBigSync} (aim 0)\n` +
    `big full sync${setup.bigAccounts === 1 ? "" : "s"}: ${bigSync.messages} messages in ${bigSync.seconds} s, ` +
    `${bigSync.quotaUse} of ${quota.limit} units/s${setup.bigAccounts === 1 ? "" : " each"}, ${bigSync.responses429} 429s\n` +
    `peak quota units in any 1 s: small accounts ${quota.peakSmall} (max; ${quota.peakSmallDuringBigSync} during the big sync), ` +
    `big ${quota.peakBig}; ` +
    `accounts over ${quota.limit}: ${quota.accountsOverLimit} (aim 0); 429s to small accounts: ${quota.responses429Small}\n` +
    `pushes: ${result.pushes.delivered} delivered (204), ${result.pushes.failedAttempts} failed attempts\n` +
    `worker peak RSS (MB): ${result.workers.map((worker) => worker.peakRssMb).join(", ")}\n` +
    `worker: ${setup.worker}\n`
  );
}
