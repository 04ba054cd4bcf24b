import type { Worker } from "bullmq";
import type { Services } from "./services.js";
import { createGmailWorker } from "../queue/index.js";

/** Starts every queue's worker (today: the "gmail" queue). */
export function startWorkers(services: Services): Worker[] {
  const { config } = services;
  const gmail = createGmailWorker(
    {
      prisma: services.prisma,
      jobs: services.jobs,
      mailboxFor: services.mailboxFor,
      store: { analyzer: services.analyzer, logger: services.logger },
      logger: services.logger,
      ...(config.GMAIL_PUSH_TOPIC ? { pushTopic: config.GMAIL_PUSH_TOPIC } : {}),
    },
    { connection: services.redis, prefix: services.prefix },
  );
  return [gmail];
}
