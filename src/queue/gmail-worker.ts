import { type ConnectionOptions, type Job, UnrecoverableError, Worker } from "bullmq";
import { recordMailboxAddress } from "../accounts/index.js";
import type { PrismaClient } from "../db/index.js";
import { markNeedsReconnect, GmailError } from "../gmail/index.js";
import type { MailboxClient } from "../gmail/index.js";
import type { Logger } from "../logger.js";
import { GMAIL_QUEUE, isGmailJobName, parseGmailJob } from "./gmail-jobs.js";
import type { SyncJobs } from "./sync-jobs.js";
import type { StoreSettings } from "../sync/index.js";
import { syncMailbox } from "../sync/index.js";

export interface GmailWorkerDeps {
  prisma: PrismaClient;
  jobs: SyncJobs;
  mailboxFor: (accountId: string) => MailboxClient;
  store: StoreSettings;
  logger: Logger;
  pushTopic?: string;
}

/** Plain words for the status page, by what went wrong. */
const SYNC_PROBLEM: Record<GmailError["code"], string> = {
  temporary: "Gmail did not answer; SafeIntro will try again shortly.",
  rate_limited: "Gmail asked SafeIntro to slow down; it will continue shortly.",
  // withAccessToken refreshes and retries on a 401; one that gets here came back after a fresh token.
  unauthorized: "Gmail did not accept SafeIntro's access just now; SafeIntro will try again shortly.",
  needs_reconnect: "Google no longer accepts SafeIntro's access. Reconnect Gmail to resume.",
  configuration:
    "Google refused SafeIntro's own settings (its OAuth client), not your account. The team has been told; syncing resumes once they fix it, with nothing for you to do.",
  cursor_expired: "Gmail's change history ran out; SafeIntro will read the mailbox again.",
  not_found: "A message disappeared while SafeIntro read it; the next sync continues.",
  permanent: "Gmail refused a request SafeIntro made. The team has been told; syncing is paused for this mailbox.",
};

/** Handles one job of the "gmail" queue. */
function createGmailJobHandler(deps: GmailWorkerDeps) {
  return async (job: Job): Promise<unknown> => {
    if (!isGmailJobName(job.name)) throw new UnrecoverableError(`unknown job "${job.name}"`);
    const { accountId } = parseGmailJob(job.name, job.data);
    const account = await deps.prisma.googleAccount.findUnique({ where: { id: accountId } });
    if (!account) {
      // Disconnected while its schedule lived on (the queue was down at the time): end it now.
      await deps.jobs.stopSchedules(accountId);
      return { skipped: "disconnected" };
    }
    if (account.status !== "active") return { skipped: "needs reconnect" };

    try {
      switch (job.name) {
        case "poll":
          await deps.jobs.requestSync(accountId, "poll");
          return { queued: true };
        case "renew-watch": {
          if (!deps.pushTopic) return { skipped: "push not configured" };
          const mailbox = deps.mailboxFor(accountId);
          // Pushes name the mailbox by address: a renamed account must be found under its new one.
          await recordMailboxAddress(deps.prisma, accountId, (await mailbox.getProfile()).emailAddress);
          const watch = await mailbox.watch(deps.pushTopic);
          await deps.prisma.googleAccount.update({
            where: { id: accountId },
            data: { watchExpiresAt: watch.expiration },
          });
          return { watchExpiresAt: watch.expiration.toISOString() };
        }
        case "sync": {
          const target = { accountId, connectorId: account.connectorId, connectorAddresses: [account.email] };
          const result = await syncMailbox(deps.prisma, deps.mailboxFor(accountId), target, deps.store);
          deps.logger.info({ accountId, ...result }, "mailbox synced");
          return result;
        }
      }
    } catch (error) {
      if (!(error instanceof GmailError)) throw error;
      await deps.prisma.googleAccount.updateMany({
        where: { id: accountId },
        data: { lastSyncError: SYNC_PROBLEM[error.code] },
      });
      const facts = { accountId, job: job.name, code: error.code, status: error.status, reason: error.reason };
      if (error.code === "configuration") {
        // Every account fails alike until the deployment is fixed: loud, and no account is changed.
        deps.logger.error(
          facts,
          "Google refused SafeIntro's OAuth client: check GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET",
        );
        throw new UnrecoverableError(error.message);
      }
      deps.logger.warn(facts, "Gmail job failed");
      if (error.code === "needs_reconnect") {
        await markNeedsReconnect(deps.prisma, accountId);
        await deps.jobs.stopSchedules(accountId);
        throw new UnrecoverableError("needs reconnect");
      }
      if (error.code === "permanent") throw new UnrecoverableError(error.message);
      throw error; // temporary, rate limited: BullMQ retries with backoff
    }
  };
}

export function createGmailWorker(
  deps: GmailWorkerDeps,
  settings: { connection: ConnectionOptions; prefix?: string; concurrency?: number },
): Worker {
  const worker = new Worker(GMAIL_QUEUE, createGmailJobHandler(deps), {
    connection: settings.connection,
    ...(settings.prefix ? { prefix: settings.prefix } : {}),
    // Accounts sync in parallel; one account's syncs never do (deduplication in SyncJobs).
    concurrency: settings.concurrency ?? 4,
  });
  worker.on("failed", (job, error) => {
    deps.logger.warn(
      { jobId: job?.id, job: job?.name, attempts: job?.attemptsMade, error: error.message },
      "job failed",
    );
  });
  return worker;
}
