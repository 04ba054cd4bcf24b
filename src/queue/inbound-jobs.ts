import { type ConnectionOptions, Queue } from "bullmq";
import { z } from "zod";
import { withinTime } from "./within-time.js";

/** The queue of accepted forwards, each to be turned into a request. */
export const INBOUND_QUEUE = "inbound";

/** It carries the stored message's id, never the message: that stays in PostgreSQL. */
export const ProcessInboundPayload = z.object({ inboundMessageId: z.uuid() }).strict();
export type ProcessInboundPayload = z.infer<typeof ProcessInboundPayload>;

export interface InboundJobs {
  /** Queues one stored forward; queued again while its job waits or runs, nothing is added. */
  requestProcessing(inboundMessageId: string): Promise<void>;
  close(): Promise<void>;
}

export interface InboundJobSettings {
  connection: ConnectionOptions;
  prefix?: string;
  timeoutMs?: number;
  onError?: (error: Error) => void;
}

export function createInboundJobs(settings: InboundJobSettings): InboundJobs {
  const queue = new Queue(INBOUND_QUEUE, {
    connection: settings.connection,
    ...(settings.prefix ? { prefix: settings.prefix } : {}),
  });
  queue.on("error", settings.onError ?? (() => undefined));
  const timeoutMs = settings.timeoutMs ?? 3000;
  return {
    async requestProcessing(inboundMessageId) {
      const data = ProcessInboundPayload.parse({ inboundMessageId });
      await withinTime(
        queue.add("process-inbound", data, {
          // Until it completes or fails: the sweep can queue one whose attempts all failed.
          deduplication: { id: `inbound:${inboundMessageId}` },
          attempts: 5,
          backoff: { type: "exponential", delay: 1000 },
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
