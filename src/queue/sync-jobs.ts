import { Queue, type ConnectionOptions } from "bullmq";
import { GMAIL_QUEUE, type GmailJobName, type GmailJobPayload, parseGmailJob, type SyncReason } from "./gmail-jobs.js";

/** What the web app and the push endpoint may ask of the Gmail workers. */
export interface SyncJobs {
  requestSync(accountId: string, reason: SyncReason): Promise<void>;
  /** Polling (no push topic) or the daily watch renewal (push), for one account. */
  startSchedules(accountId: string): Promise<void>;
  stopSchedules(accountId: string): Promise<void>;
  close(): Promise<void>;
}

export interface SyncJobSettings {
  connection: ConnectionOptions;
  /** BullMQ key prefix (tests give each run its own). */
  prefix?: string;
  pollIntervalMs: number;
  /** Set when Gmail push is configured: then the watch is renewed instead of polling. */
  pushTopic?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createSyncJobs(settings: SyncJobSettings): SyncJobs {
  const queue = new Queue(GMAIL_QUEUE, { connection: settings.connection, ...(settings.prefix ? { prefix: settings.prefix } : {}) });
  const add = <Name extends GmailJobName>(name: Name, data: GmailJobPayload<Name>, options: Parameters<Queue["add"]>[2] = {}) =>
    queue.add(name, parseGmailJob(name, data), { removeOnComplete: 1000, removeOnFail: 5000, ...options });

  return {
    async requestSync(accountId, reason) {
      await add(
        "sync",
        { accountId, reason },
        {
          // One sync per account at a time, and one more queued behind it if mail arrives meanwhile:
          // notifications that come during a sync are never lost, and never run in parallel.
          deduplication: { id: `sync:${accountId}`, keepLastIfActive: true },
          attempts: 5,
          backoff: { type: "exponential", delay: 5_000 },
        },
      );
    },
    async startSchedules(accountId) {
      if (settings.pushTopic) {
        await queue.removeJobScheduler(`poll:${accountId}`);
        await queue.upsertJobScheduler(`renew-watch:${accountId}`, { every: DAY_MS, immediately: true }, { name: "renew-watch", data: { accountId } });
      } else {
        await queue.removeJobScheduler(`renew-watch:${accountId}`);
        await queue.upsertJobScheduler(`poll:${accountId}`, { every: settings.pollIntervalMs }, { name: "poll", data: { accountId } });
      }
    },
    async stopSchedules(accountId) {
      await queue.removeJobScheduler(`poll:${accountId}`);
      await queue.removeJobScheduler(`renew-watch:${accountId}`);
    },
    async close() {
      await queue.close();
    },
  };
}
