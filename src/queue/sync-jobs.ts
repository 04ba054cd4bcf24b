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
  /** How long a request may wait for Redis before it fails (default 3 s). */
  timeoutMs?: number;
  /** Connection problems of the queue (otherwise printed by the library). */
  onError?: (error: Error) => void;
}

export class QueueUnavailableError extends Error {
  override readonly name = "QueueUnavailableError";
}

/**
 * Every failure to reach the queue becomes one error, QueueUnavailableError, here and only
 * here: callers (the web app's error middleware answers 503) need not know Redis' errors.
 * BullMQ waits for Redis indefinitely; a web request must not, so one that Redis has not
 * answered in time fails too.
 */
function withinTime<T>(operation: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new QueueUnavailableError(`the job queue did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  const failed = (error: unknown) => {
    throw error instanceof QueueUnavailableError
      ? error
      : new QueueUnavailableError(`the job queue failed: ${(error as Error).message}`, { cause: error });
  };
  return Promise.race([operation.catch(failed), timeout]).finally(() => clearTimeout(timer));
}

const DAY_MS = 24 * 60 * 60 * 1000;

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
  ) =>
    withinTime(
      queue.add(name, parseGmailJob(name, data), { removeOnComplete: 1000, removeOnFail: 5000, ...options }),
      timeoutMs,
    );

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
      const [keep, drop] = settings.pushTopic ? (["renew-watch", "poll"] as const) : (["poll", "renew-watch"] as const);
      const every = keep === "poll" ? settings.pollIntervalMs : DAY_MS;
      await withinTime(
        (async () => {
          await queue.removeJobScheduler(`${drop}:${accountId}`);
          await queue.upsertJobScheduler(
            `${keep}:${accountId}`,
            { every, immediately: keep === "renew-watch" },
            { name: keep, data: { accountId } },
          );
        })(),
        timeoutMs,
      );
    },
    async stopSchedules(accountId) {
      await withinTime(
        Promise.all([
          queue.removeJobScheduler(`poll:${accountId}`),
          queue.removeJobScheduler(`renew-watch:${accountId}`),
        ]),
        timeoutMs,
      );
    },
    async close() {
      await queue.close();
    },
  };
}
