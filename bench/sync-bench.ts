/**
 * What a Gmail sync costs, against the local Gmail emulator.
 *   - quota units and HTTP requests per message: a 5,000-message full sync, then 500 new
 *     messages by incremental sync (aims: ≤ 5.2 units, ≤ 0.05 requests per message);
 *   - sustained quota use during the full sync, as a fraction of Gmail's 250 units/s, and
 *     how many 429s it drew (aims: ≥ 0.9, none);
 *   - the memory of the worker process that did the sync: resident at idle once started
 *     (VmRSS), and its peak by the end of the full sync (VmHWM);
 *   - the batch sizes the client settled on, under the emulator's limit on a user's calls at
 *     once (25, as in the field: parts beyond it come back 429), and how many 429s were never
 *     retried (aim: none).
 * The worker is the real one (`safeintro worker`) in a child process, from the TypeScript
 * sources through tsx, or compiled (`npm run worker`, after a build) with `--compiled`;
 * PostgreSQL and Redis are private instances (src/dev/local-services.ts).
 */
import { type CallRecord, createGmailEmulator, DEFAULT_CONCURRENT_CALLS_PER_USER } from "@safeintro/gmail-emulator";
import { pino } from "pino";
import { connectGoogleAccount } from "../src/accounts/connect-google-account.js";
import { loadConfig, requireServerSettings } from "../src/config.js";
import { emulatorSettings } from "../src/dev/emulator-settings.js";
import { createServices } from "../src/runtime/services.js";
import { buildMixedCorpus } from "./mixed-corpus.js";
import { prepareBench, startWorkerProcess, type WorkerBuild, type WorkerProcess } from "./worker-process.js";

const FULL = Number(process.env.SYNC_BENCH_MESSAGES ?? 5000);
const INCREMENTAL = Math.round(FULL / 10);
const USER = "sam@rivera.example";
const BENCH_CLIENT = { id: "bench-client", secret: "bench-secret" };
const GMAIL_LIMIT = 250;
/** How long the started worker is left alone before its idle memory is read. */
const SETTLE_MS = 2000;
const say = (line: string) => process.stderr.write(`[sync bench] ${line}\n`);

export async function runSyncBench(options: { worker: WorkerBuild } = { worker: "sources" }) {
  const local = await prepareBench(options.worker, say);
  say(`building ${FULL + INCREMENTAL} messages of 5–50 KB…`);
  const corpus = await buildMixedCorpus(FULL + INCREMENTAL, 7);
  const emulator = await createGmailEmulator({
    mailboxes: { [USER]: corpus.slice(0, FULL) },
    clientId: BENCH_CLIENT.id,
    clientSecret: BENCH_CLIENT.secret,
  });
  const { url: googleBaseUrl } = await emulator.listen(0);

  const env = {
    // Production as deployed, on the emulator: what a staging deployment on it needs. No web
    // app runs, so the https address is never served.
    NODE_ENV: "production",
    ALLOW_GOOGLE_BASE_URL: "true",
    PUBLIC_URL: "https://safeintro.invalid",
    LOG_LEVEL: "warn",
    POLL_INTERVAL_SECONDS: "3600",
    ...emulatorSettings({
      googleBaseUrl,
      client: BENCH_CLIENT,
      databaseUrl: local.databaseUrl,
      redisUrl: local.redisUrl,
      redisKeyPrefix: local.redisPrefix,
    }),
  };
  const services = createServices(requireServerSettings(loadConfig(env)), { logger: pino({ level: "warn" }) });
  const tokens = emulator.issueTokens(USER, { clientId: BENCH_CLIENT.id });
  const { accountId } = await connectGoogleAccount(services.prisma, services.cipher, {
    subject: "100000000000000000001",
    email: USER,
    scopes: "openid email https://www.googleapis.com/auth/gmail.readonly",
    refreshToken: tokens.refreshToken,
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: new Date(Date.now() + 3_500_000),
  });

  /**
   * Counts from `since`, taken before anything could start the sync: the worker starts one by
   * itself for every account it follows (its schedules are made again at start-up).
   */
  async function measure(label: string, expectedMessages: number, since: { calls: number; requests: number }) {
    const callsBefore = since.calls;
    const requestsBefore = since.requests;
    const startedAt = Date.now();
    await services.jobs.requestSync(accountId, "manual");
    for (;;) {
      const seen = await services.prisma.syncedMessage.count({ where: { accountId } });
      if (seen >= expectedMessages) break;
      if (Date.now() - startedAt > 15 * 60_000) throw new Error(`${label}: timed out at ${seen} messages`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const logged = emulator.calls.slice(callsBefore);
    const calls = logged.filter((call) => call.user === USER);
    const batches = batchSizes(logged);
    const units = calls.reduce((sum, call) => sum + call.units, 0);
    const charged = calls.filter((call) => call.units > 0);
    const seconds = ((charged.at(-1)?.at ?? 0) - (charged[0]?.at ?? 0)) / 1000;
    const messages = label === "full" ? FULL : INCREMENTAL;
    return {
      messages,
      // From the sync's first call when it began before this asked for it (at the worker's start).
      seconds: Math.round((Date.now() - Math.min(startedAt, calls[0]?.at ?? startedAt)) / 100) / 10,
      unitsPerMessage: round(units / messages, 3),
      httpRequestsPerMessage: round((emulator.httpRequests() - requestsBefore) / messages, 4),
      // Under two seconds of calls there is no sustained rate to speak of (one batch is one burst).
      quotaUse: seconds >= 2 ? round(units / seconds / GMAIL_LIMIT, 3) : null,
      responses429: calls.filter((call) => call.status === 429).length,
      unretried429: unretried429(calls),
      batches: batches.length,
      batchSizes: histogram(batches),
      // The size most sent over the last half of the batches: where the adaptive size came to rest.
      settledBatchSize: mostCommon(batches.slice(Math.floor(batches.length / 2))),
    };
  }

  const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

  let worker: WorkerProcess | undefined;
  try {
    say(`starting the worker (${options.worker})…`);
    const beforeWorker = { calls: emulator.calls.length, requests: emulator.httpRequests() };
    worker = await startWorkerProcess(options.worker, env, { redisUrl: local.redisUrl, prefix: local.redisPrefix });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const idleRssMb = worker.rssMb();
    say(`full sync of ${FULL} messages (about ${Math.ceil((FULL * 5) / 240)} s at the quota)…`);
    const full = await measure("full", FULL, beforeWorker);
    const peakAfterFull = worker.peakRssMb();
    say(`incremental sync of ${INCREMENTAL} new messages…`);
    const beforeNewMail = { calls: emulator.calls.length, requests: emulator.httpRequests() };
    for (const raw of corpus.slice(FULL)) await emulator.addMessage(USER, raw);
    const incremental = await measure("incremental", FULL + INCREMENTAL, beforeNewMail);
    const result = {
      full,
      incremental,
      worker: { command: worker.command, idleRssMb: round(idleRssMb, 1), peakRssMb: round(peakAfterFull, 1) },
      concurrentCallsPerUser: DEFAULT_CONCURRENT_CALLS_PER_USER,
      aims: { unitsPerMessage: 5.2, httpRequestsPerMessage: 0.05, quotaUse: 0.9, unretried429: 0 },
    };
    return result;
  } finally {
    await worker?.stop();
    await services.close();
    await emulator.close();
    await local.stop();
  }
}

export type SyncBenchResult = Awaited<ReturnType<typeof runSyncBench>>;

/**
 * The calls each batch carried, in order. The emulator logs a batch's calls as it runs them,
 * then the batch request itself once answered; one account syncs one batch at a time.
 */
function batchSizes(calls: readonly CallRecord[]): number[] {
  const sizes: number[] = [];
  let inner = 0;
  for (const call of calls) {
    if (call.batch) inner++;
    else if (call.path === "/batch/gmail/v1" && inner > 0) {
      sizes.push(inner);
      inner = 0;
    }
  }
  return sizes;
}

/** Messages whose last messages.get answer was a 429: a rate limit given up on. */
function unretried429(calls: readonly CallRecord[]): number {
  const last = new Map<string, number>();
  for (const call of calls) if (call.batch && /\/messages\/[^/]+$/.test(call.path)) last.set(call.path, call.status);
  return [...last.values()].filter((status) => status === 429).length;
}

/** "24×180, 48×3": each size sent, most sent first. */
function histogram(sizes: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const size of sizes) counts.set(size, (counts.get(size) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .map(([size, count]) => `${size}×${count}`)
    .join(", ");
}

function mostCommon(sizes: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const size of sizes) counts.set(size, (counts.get(size) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

export function formatSyncBench(result: SyncBenchResult): string {
  const { full, incremental } = result;
  const rows: [string, string, string, string][] = [
    ["", `full sync (${full.messages})`, `incremental (${incremental.messages})`, "aim"],
    ["quota units / message", String(full.unitsPerMessage), String(incremental.unitsPerMessage), "≤ 5.2"],
    [
      "HTTP requests / message",
      String(full.httpRequestsPerMessage),
      String(incremental.httpRequestsPerMessage),
      "≤ 0.05",
    ],
    ["quota use (of 250 units/s)", String(full.quotaUse), String(incremental.quotaUse), "≥ 0.9 (full)"],
    [
      `429 responses (${result.concurrentCallsPerUser} calls at once)`,
      String(full.responses429),
      String(incremental.responses429),
      "",
    ],
    ["429s never retried", String(full.unretried429), String(incremental.unretried429), "0"],
    ["batches", String(full.batches), String(incremental.batches), ""],
    ["batch size settled on", String(full.settledBatchSize), String(incremental.settledBatchSize), ""],
    ["wall time (s)", String(full.seconds), String(incremental.seconds), ""],
    ["worker RSS (MB)", `idle ${result.worker.idleRssMb}, peak ${result.worker.peakRssMb}`, "", ""],
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const table = rows
    .map(
      (row) =>
        `${row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join("  ")
          .trimEnd()}\n`,
    )
    .join("");
  const sizes = `batch sizes: full ${full.batchSizes}; incremental ${incremental.batchSizes}\n`;
  return `${table}${sizes}worker: ${result.worker.command}\n`;
}
