import { type ConnectionOptions, Queue } from "bullmq";
import { z } from "zod";
import { JOB_ATTEMPTS } from "./retry-policy.js";
import { withinTime } from "./within-time.js";

/** The queue of outbox emails to send from connectors' Gmail (docs/outbox.md). */
export const SEND_QUEUE = "send";

/** The one job of the send queue. It carries the outbox row's id, never the email. */
export const SendEmailPayload = z.object({ outboxId: z.uuid() }).strict();
export type SendEmailPayload = z.infer<typeof SendEmailPayload>;

/** The backoff type send jobs name; the send worker's `settings.backoffStrategy` computes it. */
export const SEND_BACKOFF = "send";

/** What the web app, the state changes and the outbox sweep may ask of the `send` queue. */
export interface SendJobs {
  /**
   * Queues the sending of one outbox row, after the transaction that wrote it has committed.
   * Deduplicated by row: while its job waits, is delayed (the daily cap) or runs, asking again
   * adds nothing. Sending twice is prevented by the row, not by this: a job that runs for a
   * row already sent does nothing.
   */
  requestSend(outboxId: string): Promise<void>;
  close(): Promise<void>;
}

export interface SendJobSettings {
  connection: ConnectionOptions;
  prefix?: string;
  /** How long a request may wait for Redis before it fails (default 3 s). */
  timeoutMs?: number;
  onError?: (error: Error) => void;
}

export function createSendJobs(settings: SendJobSettings): SendJobs {
  const queue = new Queue(SEND_QUEUE, {
    connection: settings.connection,
    ...(settings.prefix ? { prefix: settings.prefix } : {}),
  });
  queue.on("error", settings.onError ?? (() => undefined));
  const timeoutMs = settings.timeoutMs ?? 3000;
  return {
    async requestSend(outboxId) {
      const data = SendEmailPayload.parse({ outboxId });
      await withinTime(
        queue.add("send-email", data, {
          deduplication: { id: `send:${outboxId}` },
          // Failed attempts (Gmail unavailable, our database down) are retried by BullMQ with
          // the send backoff (send-worker.ts); the outbox sweep queues the row again after the last.
          attempts: JOB_ATTEMPTS,
          backoff: { type: SEND_BACKOFF },
          removeOnComplete: 1000,
          removeOnFail: 5000,
        }),
        timeoutMs,
      );
    },
    async close() {
      await queue.close();
    },
  };
}
