import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { ANALYSIS_QUEUE } from "../../src/queue/analysis-jobs.js";
import { GMAIL_QUEUE } from "../../src/queue/gmail-jobs.js";
import { redisUrl } from "./services.js";

/**
 * True when no sync, contact count or analysis of the product is queued or running: the
 * work the connect set off is over. The gmail queue is read first: a sync queues its
 * analyses before it finishes, so once it is idle an empty analysis queue means they ran.
 * Delayed gmail jobs (the next poll, a retry later) are not work under way.
 */
export async function queuesIdle(redisPrefix: string): Promise<boolean> {
  const connection = new Redis(redisUrl(), { maxRetriesPerRequest: null });
  const open = (name: string) => new Queue(name, { connection, prefix: redisPrefix });
  const gmail = open(GMAIL_QUEUE);
  const analysis = open(ANALYSIS_QUEUE);
  try {
    const syncing = await gmail.getJobCounts("active", "waiting", "prioritized");
    if (Object.values(syncing).some((count) => count > 0)) return false;
    const analysing = await analysis.getJobCounts("active", "waiting", "prioritized", "delayed");
    return Object.values(analysing).every((count) => count === 0);
  } finally {
    await Promise.all([gmail.close(), analysis.close()]);
    connection.disconnect();
  }
}
