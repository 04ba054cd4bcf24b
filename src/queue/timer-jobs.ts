import { type ConnectionOptions, Queue } from "bullmq";
import { z } from "zod";
import { withinTime } from "./within-time.js";

/** The queue of a request's timers: the target's reminder, the expiry, the end of a snooze. */
export const TIMER_QUEUE = "timers";

export const TIMER_KINDS = ["reminder_due", "expiry_due", "snooze_ends"] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

/** A timer job carries the request's id and which timer it is, nothing else. */
export const TimerPayload = z.object({ introRequestId: z.uuid(), kind: z.enum(TIMER_KINDS) }).strict();
export type TimerPayload = z.infer<typeof TimerPayload>;

/** What the state changes and the timer sweep may ask of the `timers` queue. */
export interface TimerJobs {
  /** Fires `kind` for the request at `at` (a delayed job), replacing one already set. */
  schedule(introRequestId: string, kind: TimerKind, at: Date): Promise<void>;
  /** Drops the request's timers that have not fired: the target answered, the connector acted. */
  cancel(introRequestId: string): Promise<void>;
  /** Whether a timer is waiting in Redis (the sweep sets again those Redis lost). */
  isScheduled(introRequestId: string, kind: TimerKind): Promise<boolean>;
  /** Fires a waiting timer now: "moves the clock" in tests and the demo, never a sleep. */
  fireNow(introRequestId: string, kind: TimerKind): Promise<boolean>;
  close(): Promise<void>;
}

export interface TimerJobSettings {
  connection: ConnectionOptions;
  prefix?: string;
  timeoutMs?: number;
  onError?: (error: Error) => void;
}

/** One job id per request and timer: a new one replaces the old, and a cancel finds it. */
// BullMQ refuses ":" in a custom job id.
const jobIdOf = (introRequestId: string, kind: TimerKind) => `${kind}-${introRequestId}`;

/**
 * Timers as delayed BullMQ jobs. Their due times are also on the request row
 * (reminder_due_at, expiry_due_at, snoozed_until): the row is the record, the job the alarm,
 * so a Redis that loses its data loses no timer (see sweepTimers).
 */
export function createTimerJobs(settings: TimerJobSettings): TimerJobs {
  const queue = new Queue(TIMER_QUEUE, {
    connection: settings.connection,
    ...(settings.prefix ? { prefix: settings.prefix } : {}),
  });
  queue.on("error", settings.onError ?? (() => undefined));
  const timeoutMs = settings.timeoutMs ?? 3000;
  const remove = async (introRequestId: string, kind: TimerKind) => {
    const job = await queue.getJob(jobIdOf(introRequestId, kind));
    // A job that is running now finishes; it finds the request moved on and does nothing.
    if (job && !(await job.isActive())) await job.remove();
  };
  return {
    async schedule(introRequestId, kind, at) {
      const data = TimerPayload.parse({ introRequestId, kind });
      await withinTime(
        (async () => {
          await remove(introRequestId, kind);
          await queue.add(kind, data, {
            jobId: jobIdOf(introRequestId, kind),
            delay: Math.max(0, at.getTime() - Date.now()),
            attempts: 5,
            backoff: { type: "exponential", delay: 5000 },
            removeOnComplete: true,
            removeOnFail: 1000,
          });
        })(),
        timeoutMs,
      );
    },
    async cancel(introRequestId) {
      await withinTime(Promise.all(TIMER_KINDS.map((kind) => remove(introRequestId, kind))), timeoutMs);
    },
    async isScheduled(introRequestId, kind) {
      return withinTime((async () => (await queue.getJob(jobIdOf(introRequestId, kind))) !== undefined)(), timeoutMs);
    },
    async fireNow(introRequestId, kind) {
      return withinTime(
        (async () => {
          const job = await queue.getJob(jobIdOf(introRequestId, kind));
          if (!job || !(await job.isDelayed())) return false;
          await job.promote();
          return true;
        })(),
        timeoutMs,
      );
    },
    async close() {
      await queue.close();
    },
  };
}
