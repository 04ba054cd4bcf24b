import type { Worker } from "bullmq";
import { sealedPlaces } from "../crypto/index.js";
import {
  createAnalysisWorker,
  createGmailWorker,
  createInboundWorker,
  createSendWorker,
  type FollowedAccount,
  createTimerWorker,
  keepSchedules,
  sweepInbound,
  sweepOutbox,
  sweepTimers,
  sweepUnanalysedRequests,
} from "../queue/index.js";
import { afterEmailSent, noticeRequesterReplies, type OptInDeps } from "../optin/index.js";
import type { Services } from "./services.js";
import { stopWorkers } from "./stop-workers.js";

export interface WorkerOptions {
  /** How often the workers check that Redis still holds the schedules (default 60 s). */
  scheduleCheckMs?: number;
  /** Job locks of the workers (BullMQ's 30 s by default); tests shorten them. */
  workerLocks?: { lockDurationMs: number; stalledIntervalMs: number };
}

export interface RunningWorkers {
  workers: Worker[];
  /** Stops them within `deadlineMs` (stop-workers.ts). */
  stop(deadlineMs: number): Promise<void>;
}

const SCHEDULE_CHECK_MS = 60_000;
const SCHEDULE_REPAIR_MS = 60 * 60_000;

/** Starts every queue's worker ("gmail", "analysis", "send", "timers", "inbound"), the upkeep of the schedules, and the sweeps. */
export function startWorkers(services: Services, optin: OptInDeps, options: WorkerOptions = {}): RunningWorkers {
  const { config } = services;
  const gmail = createGmailWorker(
    {
      prisma: services.prisma,
      jobs: services.jobs,
      mailboxFor: services.mailboxFor,
      store: {
        analyzer: services.analyzer,
        plusAddressTag: config.PLUS_ADDRESS_TAG,
        llmJudge: services.llmJudge !== null,
        logger: services.logger,
        onNewRequests: async (ids) => {
          for (const id of ids) await services.analysis.requestAnalysis(id);
        },
        // A requester's answer in a request's thread sends the request back for a new judgement.
        onMessagesStored: async (target, messages) => {
          await noticeRequesterReplies(optin, target.connectorId, messages);
        },
      },
      analysis: services.analysis,
      logger: services.logger,
      ...(config.GMAIL_PUSH_TOPIC ? { pushTopic: config.GMAIL_PUSH_TOPIC } : {}),
    },
    {
      connection: services.redis,
      prefix: services.prefix,
      ...(options.workerLocks
        ? {
            lockDurationMs: options.workerLocks.lockDurationMs,
            stalledIntervalMs: options.workerLocks.stalledIntervalMs,
          }
        : {}),
    },
  );
  // Schedules live only in Redis: made again from PostgreSQL now, and whenever Redis loses them.
  const canSync = (account: FollowedAccount) => {
    try {
      services.cipher.open(account.refreshTokenSealed, sealedPlaces.refreshToken(account.id));
      return true;
    } catch {
      return false;
    }
  };
  const schedules = keepSchedules(
    { prisma: services.prisma, jobs: services.jobs, logger: services.logger, canSync },
    { checkEveryMs: options.scheduleCheckMs ?? SCHEDULE_CHECK_MS, repairEveryMs: SCHEDULE_REPAIR_MS },
  );
  const locks = options.workerLocks
    ? { lockDurationMs: options.workerLocks.lockDurationMs, stalledIntervalMs: options.workerLocks.stalledIntervalMs }
    : {};
  const analysis = createAnalysisWorker(
    { prisma: services.prisma, logger: services.logger, review: optin },
    { connection: services.redis, prefix: services.prefix, ...locks },
  );
  const sweep = everyMinute(() => sweepUnanalysedRequests(services), services.logger, "unanalysed requests");
  // Emails from the connectors' Gmail (docs/outbox.md), and the sweep that queues those whose job was lost.
  const send = createSendWorker(
    {
      prisma: services.prisma,
      mailboxFor: services.mailboxFor,
      logger: services.logger,
      dailyCap: config.SEND_DAILY_CAP,
      afterSent: (outboxId) => afterEmailSent(optin, outboxId),
    },
    { connection: services.redis, prefix: services.prefix, ...locks },
  );
  const outboxSweep = everyMinute(
    () => sweepOutbox({ prisma: services.prisma, sends: services.sends, logger: services.logger }),
    services.logger,
    "the outbox",
  );
  // The target's reminder, the expiry and the end of a snooze; due times on the rows, set again if Redis lost them.
  const timers = createTimerWorker(
    { optin, logger: services.logger },
    { connection: services.redis, prefix: services.prefix, ...locks },
  );
  const timerSweep = everyMinute(
    () => sweepTimers({ prisma: services.prisma, timers: services.timers, logger: services.logger }),
    services.logger,
    "timers",
  );
  // Forwards to the connectors' inbound addresses, each turned into a request (src/inbound).
  const inbound = createInboundWorker(
    { prisma: services.prisma, analyzer: services.analyzer, logger: services.logger, analysis: services.analysis },
    { connection: services.redis, prefix: services.prefix, ...locks },
  );
  const inboundSweep = everyMinute(
    () => sweepInbound({ prisma: services.prisma, inbound: services.inbound, logger: services.logger }),
    services.logger,
    "inbound forwards",
  );
  const workers = [gmail, analysis, send, timers, inbound];
  return {
    workers,
    stop: (deadlineMs) =>
      stopWorkers(
        workers,
        [schedules.stop(), sweep.stop(), outboxSweep.stop(), timerSweep.stop(), inboundSweep.stop()],
        deadlineMs,
        services.logger,
      ),
  };
}

/** Runs `task` each minute, one run at a time; a failed run is logged and the next one tries again. */
function everyMinute(
  task: () => Promise<unknown>,
  logger: Services["logger"],
  what: string,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(task).catch((error: unknown) => {
      logger.warn({ error: (error as Error).message }, `sweep of ${what} failed`);
    });
  }, SCHEDULE_CHECK_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
