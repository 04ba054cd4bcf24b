/**
 * The email benchmark's second part: sends per second through the outbox, against the Gmail
 * emulator at Gmail's own quota (250 units a second per user; messages.send costs 100), and
 * from the emulator's call log whether each account stayed within it.
 *
 * Private PostgreSQL and Redis (src/dev/local-services.ts, or DATABASE_URL and REDIS_URL), the
 * emulator and the state changes' side (createServices) in this process; the workers in a
 * process of their own, as deployed (`node bin/safeintro.js worker`, bench/worker-process.ts),
 * with SEND_DAILY_CAP=2000 in the settings it reads. Two connectors, each with gmail.send
 * granted, their mailboxes stopped for syncing so that every call the emulator sees for them
 * is the outbox's. For each, EMAILS outbox rows are written as a state change writes them: the
 * ask-target email rendered from the compiled templates, composed (composeEmail) and written
 * (writeOutboxEmail), one transaction each. Then all of them are queued at once
 * (services.sends.requestSend, the two connectors' rows interleaved) and the send worker sends
 * them. Per account: sends per second from its first row queued to its last row marked sent,
 * queue → sent latency (the row's sent_at); then one email alone on an idle account. From the
 * call log: messages.send calls, how many calls answered 429 (and when), searches, and the most
 * quota units in any one second by the calls' arrival (the emulator's window: calls at t and
 * after t − 1 s). Exactly once: every row sent, its Message-ID once in the user's SENT, as the
 * message whose Gmail id the row holds.
 */
import { randomUUID } from "node:crypto";
import { createGmailEmulator, type GmailEmulator } from "@safeintro/gmail-emulator";
import { pino } from "pino";
import { connectGoogleAccount } from "../src/accounts/connect-google-account.js";
import { loadConfig, requireServerSettings } from "../src/config.js";
import { emulatorSettings } from "../src/dev/emulator-settings.js";
import { startLocalServices } from "../src/dev/local-services.js";
import { createEmailRenderer, type EmailRenderer, SAMPLE_EMAIL_DATA } from "../src/email/index.js";
import { QUOTA_UNITS } from "../src/gmail/index.js";
import { composeEmail, writeOutboxEmail } from "../src/outbox/index.js";
import { createServices, type Services } from "../src/runtime/services.js";
import { startWorkerProcess, type WorkerProcess } from "./worker-process.js";

/** Outbox rows per account. */
const EMAILS = 60;
const SEND_DAILY_CAP = 2000;
const CLIENT = { id: "outbox-bench-client", secret: "outbox-bench-secret" };
const AUTH = "https://www.googleapis.com/auth/";
const SEND_SCOPES = ["openid", "email", `${AUTH}gmail.readonly`, `${AUTH}gmail.send`];
const CONNECTORS = [
  { name: "Sam Rivera", address: "sam@rivera.example" },
  { name: "Dana Okoro", address: "dana@okoro.example" },
] as const;
/** Gmail's per-user quota, the emulator's default. */
const GMAIL_UNITS_PER_SECOND = 250;
/** The window of SafeIntro's own quota limiter (src/runtime/services.ts: 1050 ms, Google's second and 5%). */
const LIMITER_WINDOW_MS = 1050;
const TIMEOUT_MS = 120_000;

const say = (line: string) => process.stderr.write(`[email bench] ${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

interface Account {
  name: string;
  address: string;
  connectorId: string;
  accountId: string;
}

interface Row {
  id: string;
  messageId: string;
  account: Account;
  queuedAt: number;
}

export async function runOutboxBench() {
  const local = await startLocalServices(
    { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL },
    "bench",
  );
  say(local.description);
  const emulator = await createGmailEmulator({
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    mailboxes: Object.fromEntries(CONNECTORS.map((connector) => [connector.address, []])),
  });
  let services: Services | null = null;
  let worker: WorkerProcess | null = null;
  try {
    const { url: googleBaseUrl } = await emulator.listen(0);
    // What the worker process reads, and the state changes in this process with it.
    const env = {
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      POLL_INTERVAL_SECONDS: "3600",
      SEND_DAILY_CAP: String(SEND_DAILY_CAP),
      ...emulatorSettings({
        googleBaseUrl,
        client: CLIENT,
        databaseUrl: local.databaseUrl,
        redisUrl: local.redisUrl,
        redisKeyPrefix: local.redisPrefix,
      }),
    };
    const config = requireServerSettings(loadConfig(env));
    services = createServices(config, { logger: pino({ level: "warn" }, pino.destination(2)) });
    const running = services;
    const accounts = await Promise.all(CONNECTORS.map((connector) => connect(running, emulator, connector)));
    const renderer = await createEmailRenderer();
    say("outbox: starting the worker process (node bin/safeintro.js worker)…");
    worker = await startWorkerProcess("sources", env, { redisUrl: local.redisUrl, prefix: local.redisPrefix });
    return await measure({
      services,
      renderer,
      emulator,
      accounts,
      dailyCap: config.SEND_DAILY_CAP,
      workerCommand: worker.command,
    });
  } finally {
    await worker?.stop();
    await services?.close();
    await emulator.close();
    await local.stop();
  }
}

/** A connector who granted gmail.send, their mailbox stopped for syncing: every call of theirs is a send. */
async function connect(
  services: Services,
  emulator: GmailEmulator,
  connector: { name: string; address: string },
): Promise<Account> {
  const { prisma, cipher } = services;
  const tokens = emulator.issueTokens(connector.address, { clientId: CLIENT.id, scopes: SEND_SCOPES });
  const { connectorId, accountId } = await connectGoogleAccount(prisma, cipher, {
    subject: randomUUID(),
    email: connector.address,
    scopes: SEND_SCOPES.join(" "),
    refreshToken: tokens.refreshToken,
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: new Date(Date.now() + 3_500_000),
  });
  await prisma.connector.update({ where: { id: connectorId }, data: { displayName: connector.name } });
  await prisma.googleAccount.update({ where: { id: accountId }, data: { syncStoppedAt: new Date() } });
  return { ...connector, connectorId, accountId };
}

interface Bench {
  services: Services;
  renderer: EmailRenderer;
  emulator: GmailEmulator;
  accounts: Account[];
  dailyCap: number;
  workerCommand: string;
}

/** The ask-target email, rendered, composed and written in one transaction, as a state change does. */
async function writeEmail(bench: Bench, account: Account): Promise<{ id: string; messageId: string }> {
  const { prisma, messageIdDomain } = bench.services;
  const data = SAMPLE_EMAIL_DATA["ask-target"];
  return prisma.$transaction(async (tx) => {
    const rendered = bench.renderer.render("ask-target", data);
    const email = await composeEmail({
      purpose: "ask_target",
      from: { name: account.name, address: account.address },
      to: [{ name: "Mary Jones", address: "mary.jones@xyzcorp.example" }],
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageIdDomain,
    });
    return writeOutboxEmail(tx, { connectorId: account.connectorId, purpose: "ask_target", email });
  });
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const startedAt = Date.now();
  while (!(await check())) {
    if (Date.now() - startedAt > TIMEOUT_MS) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  return { p50: rank(0.5), p95: rank(0.95), max: sorted.at(-1) ?? 0 };
}

/** The most units charged to `user` in any one second, as the emulator's limiter counts them: calls at t and after t − 1 s. */
function peakUnitsPerSecond(emulator: GmailEmulator, user: string): number {
  const charged = emulator.calls.filter((call) => call.user === user && call.units > 0);
  let peak = 0;
  for (const call of charged) {
    const inWindow = charged.filter((other) => other.at <= call.at && other.at > call.at - 1000);
    peak = Math.max(
      peak,
      inWindow.reduce((sum, other) => sum + other.units, 0),
    );
  }
  return peak;
}

async function measure(bench: Bench) {
  const { emulator, accounts, dailyCap } = bench;
  const { prisma, sends } = bench.services;
  say(`outbox: writing ${EMAILS} emails for each of ${accounts.length} connectors, one transaction each…`);
  const written = new Map<Account, { id: string; messageId: string }[]>();
  const writeStart = Date.now();
  for (const account of accounts) {
    const rows: { id: string; messageId: string }[] = [];
    for (let index = 0; index < EMAILS; index++) rows.push(await writeEmail(bench, account));
    written.set(account, rows);
  }
  const writeMsPerEmail = (Date.now() - writeStart) / (EMAILS * accounts.length);

  say(`outbox: queueing all ${EMAILS * accounts.length} at once; the send worker sends them at Gmail's quota…`);
  const queued: Row[] = [];
  for (let index = 0; index < EMAILS; index++) {
    for (const account of accounts) {
      const row = written.get(account)![index]!;
      const queuedAt = Date.now();
      await sends.requestSend(row.id);
      queued.push({ ...row, account, queuedAt });
    }
  }
  const ids = queued.map((row) => row.id);
  await until("every outbox row sent", async () => {
    const done = await prisma.outboxEmail.count({ where: { id: { in: ids }, status: { not: "pending" } } });
    return done === ids.length;
  });
  const stored = await prisma.outboxEmail.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, sentAt: true, attempts: true, gmailMessageId: true },
  });
  const byId = new Map(stored.map((row) => [row.id, row]));

  const perAccount = accounts.map((account) => {
    const rows = queued.filter((row) => row.account === account);
    const sentAt = rows.map((row) => byId.get(row.id)?.sentAt?.getTime() ?? Number.NaN);
    const firstQueued = Math.min(...rows.map((row) => row.queuedAt));
    const lastSent = Math.max(...sentAt);
    const firstSent = Math.min(...sentAt);
    const latency = spread(rows.map((row, index) => (sentAt[index]! - row.queuedAt) / 1000));
    const userCalls = emulator.calls.filter((call) => call.user === account.address);
    const sendCalls = userCalls.filter((call) => call.method === "POST" && call.path.endsWith("/messages/send"));
    const searches = userCalls.filter((call) => call.method === "GET" && call.path.endsWith("/messages")).length;
    // Exactly once: each row sent, its Message-ID once in SENT, as the message the row names.
    const sent = emulator
      .mailbox(account.address)
      .list()
      .filter((message) => message.labelIds.includes("SENT"));
    const sentByMessageId = new Map<string, string[]>();
    for (const message of sent) {
      const key = message.messageIdHeader ?? "";
      sentByMessageId.set(key, [...(sentByMessageId.get(key) ?? []), message.id]);
    }
    const exactlyOnce = rows.filter((row) => {
      const record = byId.get(row.id);
      const copies = sentByMessageId.get(row.messageId) ?? [];
      return record?.status === "sent" && copies.length === 1 && copies[0] === record.gmailMessageId;
    }).length;
    const limited = userCalls.filter((call) => call.status === 429);
    return {
      account: account.address,
      emails: rows.length,
      seconds: round((lastSent - firstQueued) / 1000, 2),
      sendsPerSecond: round(rows.length / ((lastSent - firstQueued) / 1000), 2),
      /** First sent → last sent: the pace once sending has started. */
      steadySendsPerSecond: round((rows.length - 1) / ((lastSent - firstSent) / 1000), 2),
      queueToSentSeconds: { p50: round(latency.p50, 2), p95: round(latency.p95, 2), max: round(latency.max, 2) },
      calls: userCalls.length,
      sendCalls: sendCalls.length,
      answered429: limited.length,
      /** When Gmail (the emulator) answered 429, in seconds after the account's first call. */
      answered429AtSeconds: limited.map((call) => round((call.at - (userCalls[0]?.at ?? call.at)) / 1000, 2)),
      otherErrors: userCalls.filter((call) => call.status !== 200 && call.status !== 429).length,
      searches,
      unitsCharged: userCalls.reduce((sum, call) => sum + call.units, 0),
      /** By the calls' arrival times in the emulator's log (it charges a moment later, once the body is read). */
      peakUnitsInOneSecond: peakUnitsPerSecond(emulator, account.address),
      rowsSent: rows.filter((row) => byId.get(row.id)?.status === "sent").length,
      /** Sent after more than one attempt (a 429 delays the job; its retry searches first, then sends). */
      rowsRetried: rows.filter((row) => (byId.get(row.id)?.attempts ?? 0) > 1).length,
      messagesInSent: sent.length,
      sentExactlyOnce: exactlyOnce,
    };
  });
  const firstQueued = Math.min(...queued.map((row) => row.queuedAt));
  const lastSent = Math.max(...stored.map((row) => row.sentAt?.getTime() ?? Number.NaN));

  // One email on an idle account: what a person waits when nothing else is being sent.
  await sleep(LIMITER_WINDOW_MS + 100);
  const alone = await writeEmail(bench, accounts[0]!);
  const aloneQueuedAt = Date.now();
  await sends.requestSend(alone.id);
  let aloneSentAt = 0;
  await until("the email alone sent", async () => {
    const row = await prisma.outboxEmail.findUnique({ where: { id: alone.id }, select: { sentAt: true } });
    aloneSentAt = row?.sentAt?.getTime() ?? 0;
    return aloneSentAt > 0;
  });

  const sendUnits = QUOTA_UNITS.messagesSend;
  const sendsPerWindow = Math.floor(GMAIL_UNITS_PER_SECOND / sendUnits);
  return {
    emailsPerAccount: EMAILS,
    accounts: accounts.length,
    sendDailyCap: dailyCap,
    worker: bench.workerCommand,
    writeMsPerEmail: round(writeMsPerEmail, 1),
    perAccount,
    together: {
      emails: queued.length,
      seconds: round((lastSent - firstQueued) / 1000, 2),
      sendsPerSecond: round(queued.length / ((lastSent - firstQueued) / 1000), 2),
    },
    aloneQueueToSentMs: aloneSentAt - aloneQueuedAt,
    ceiling: {
      unitsPerSecond: GMAIL_UNITS_PER_SECOND,
      unitsPerSend: sendUnits,
      /** 250 / 100: Gmail's quota as an average. */
      nominalSendsPerSecond: GMAIL_UNITS_PER_SECOND / sendUnits,
      /** Whole sends in any one second: a third would make 300 > 250. */
      slidingSecondSendsPerSecond: sendsPerWindow,
      /** SafeIntro's limiter lets the same two through per 1.05 s. */
      limiterSendsPerSecond: round(sendsPerWindow / (LIMITER_WINDOW_MS / 1000), 2),
    },
  };
}

export type OutboxBenchResult = Awaited<ReturnType<typeof runOutboxBench>>;

/** The outbox part's table: one row per account, sending at the same time. */
export function formatOutboxBench(result: OutboxBenchResult): string {
  const { ceiling } = result;
  const header = ["", "sends/s", "p50 s", "p95 s", "messages.send", "429", "peak units/s", "sent once", "retried"];
  const rows = [
    header,
    ...result.perAccount.map((account, index) => [
      `account ${index + 1}`,
      String(account.sendsPerSecond),
      String(account.queueToSentSeconds.p50),
      String(account.queueToSentSeconds.p95),
      String(account.sendCalls),
      String(account.answered429),
      String(account.peakUnitsInOneSecond),
      `${account.sentExactlyOnce}/${account.emails}`,
      String(account.rowsRetried),
    ]),
    ["together", String(result.together.sendsPerSecond)],
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const table = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  const searches = result.perAccount.reduce((sum, account) => sum + account.searches, 0);
  const others = result.perAccount.reduce((sum, account) => sum + account.otherErrors, 0);
  const limited = result.perAccount.reduce((sum, account) => sum + account.answered429, 0);
  const sendCalls = result.perAccount.reduce((sum, account) => sum + account.sendCalls, 0);
  const limitedAt = result.perAccount
    .filter((account) => account.answered429 > 0)
    .map(
      (account) => `account ${result.perAccount.indexOf(account) + 1} at ${account.answered429AtSeconds.join(", ")} s`,
    )
    .join("; ");
  return [
    `Outbox → Gmail emulator: ${result.emailsPerAccount} emails per account, ${result.accounts} accounts at once, ` +
      `all queued together (sends/s: first queued → last sent; p50/p95: queue → sent)`,
    ...table,
    `ceiling per account: ${ceiling.nominalSendsPerSecond}/s nominal (${ceiling.unitsPerSecond} units/s ÷ ` +
      `${ceiling.unitsPerSend} a send), but any one second holds ${ceiling.slidingSecondSendsPerSecond} sends ` +
      `(a third makes ${(ceiling.slidingSecondSendsPerSecond + 1) * ceiling.unitsPerSend} > ${ceiling.unitsPerSecond}): ` +
      `${ceiling.slidingSecondSendsPerSecond}/s at most, ${ceiling.limiterSendsPerSecond}/s with SafeIntro's 1.05 s window`,
    limited === 0
      ? `within Gmail's quota: yes, none of ${sendCalls} messages.send calls answered 429`
      : `within Gmail's quota: NO, ${limited} of ${sendCalls} messages.send calls answered 429 (${limitedAt}); ` +
        "each waited in the queue, its retry searched by Message-ID, then sent it once",
    `emulator call log: 429 over all of each user's calls; peak units/s: the most in any one second by the calls' ` +
      `arrival (limit ${ceiling.unitsPerSecond}; the emulator charges once the body is read, a moment later); ${searches} searches, ` +
      `${others} other errors; sent once: the row sent, its Message-ID once in the user's SENT, as the message the row names`,
    `one email alone, idle account: queue → sent ${result.aloneQueueToSentMs} ms; outbox row written in ` +
      `${result.writeMsPerEmail} ms; worker: ${result.worker}; SEND_DAILY_CAP ${result.sendDailyCap}`,
  ].join("\n");
}
