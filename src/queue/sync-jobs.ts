import { Queue, type ConnectionOptions } from "bullmq";
import { GMAIL_QUEUE, type GmailJobName, type GmailJobPayload, parseGmailJob, type SyncReason } from "./gmail-jobs.js";
import { GMAIL_BACKOFF, JOB_ATTEMPTS } from "./retry-policy.js";
import { type ScheduleSettings, scheduleIdsOf, schedulesFor } from "./schedules.js";
import { withinTime } from "./within-time.js";

export { QueueUnavailableError } from "./within-time.js";

/** What the web app, the push endpoint and the workers may ask of the `gmail` queue. */
export interface SyncJobs {
  requestSync(accountId: string, reason: SyncReason): Promise<void>;
  /**
   * The account's schedules (polling, or the watch renewal and a slow poll with push), as
   * `schedulesFor` says. A schedule that is already right is left alone, so calling it again
   * (Sync now, the periodic repair) neither resets a timer nor runs a job early.
   */
  startSchedules(accountId: string, state?: { watchFailing?: boolean }): Promise<void>;
  stopSchedules(accountId: string): Promise<void>;
  /** Queues the contacts backfill of an account (one queued and one running at most). */
  requestContactCount(accountId: string): Promise<void>;
  /**
   * False when Redis has lost its data since markSchedulesKept (a restart without
   * persistence, a flush): the schedules, which live only there, must be made again.
   */
  schedulesKept(): Promise<boolean>;
  markSchedulesKept(): Promise<void>;
  close(): Promise<void>;
}

export interface SyncJobSettings extends ScheduleSettings {
  connection: ConnectionOptions;
  /** BullMQ key prefix (tests give each run its own). */
  prefix?: string;
  /** How long a request may wait for Redis before it fails (default 3 s). */
  timeoutMs?: number;
  /** Connection problems of the queue (otherwise printed by the library). */
  onError?: (error: Error) => void;
}

/** Failed attempts are retried by BullMQ with the Gmail backoff (retry-policy.ts). */
const RETRIED = { attempts: JOB_ATTEMPTS, backoff: { type: GMAIL_BACKOFF } } as const;
const KEPT = { removeOnComplete: 1000, removeOnFail: 5000 } as const;

export function createSyncJobs(settings: SyncJobSettings): SyncJobs {
  const queue = new Queue(GMAIL_QUEUE, {
    connection: settings.connection,
    ...(settings.prefix ? { prefix: settings.prefix } : {}),
  });
  queue.on("error", settings.onError ?? (() => undefined));
  const timeoutMs = settings.timeoutMs ?? 3000;
  const add = <Name extends GmailJobName>(
    name: Name,
    data: GmailJobPayload<Name>,
    options: Parameters<Queue["add"]>[2] = {},
  ) => withinTime(queue.add(name, parseGmailJob(name, data), { ...KEPT, ...options }), timeoutMs);
  // A key of SafeIntro's own beside the queue's: it disappears with them when Redis loses its data.
  const keptMarker = queue.toKey("schedules-kept");

  return {
    async requestSync(accountId, reason) {
      await add(
        "sync",
        { accountId, reason },
        {
          // One sync per account at a time, and one more queued behind it if mail arrives meanwhile:
          // notifications that come during a sync are never lost, and never run in parallel.
          deduplication: { id: `sync:${accountId}`, keepLastIfActive: true },
          ...RETRIED,
        },
      );
    },
    async startSchedules(accountId, state = {}) {
      const { keep, drop } = schedulesFor(accountId, settings, { watchFailing: state.watchFailing === true });
      await withinTime(
        (async () => {
          await Promise.all(drop.map((id) => queue.removeJobScheduler(id)));
          for (const schedule of keep) {
            const existing = await queue.getJobScheduler(schedule.id);
            if (existing?.every === schedule.everyMs) continue;
            // A new scheduler runs its first job at once: a new account's watch starts right away.
            await queue.upsertJobScheduler(
              schedule.id,
              { every: schedule.everyMs },
              { name: schedule.name, data: { accountId }, opts: { ...KEPT, ...RETRIED } },
            );
          }
        })(),
        timeoutMs,
      );
    },
    async requestContactCount(accountId) {
      await add(
        "count-contacts",
        { accountId },
        { deduplication: { id: `count-contacts:${accountId}`, keepLastIfActive: true }, ...RETRIED },
      );
    },
    async stopSchedules(accountId) {
      await withinTime(Promise.all(scheduleIdsOf(accountId).map((id) => queue.removeJobScheduler(id))), timeoutMs);
    },
    async schedulesKept() {
      return withinTime((async () => (await (await queue.getBackend().client).get(keptMarker)) !== null)(), timeoutMs);
    },
    async markSchedulesKept() {
      await withinTime(
        (async () => {
          await (await queue.getBackend().client).set(keptMarker, new Date().toISOString());
        })(),
        timeoutMs,
      );
    },
    async close() {
      await queue.close();
    },
  };
}
