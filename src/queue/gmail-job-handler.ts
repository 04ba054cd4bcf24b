import { type Job, UnrecoverableError } from "bullmq";
import type { PrismaClient } from "../db/index.js";
import type { MailboxClient } from "../gmail/index.js";
import type { Logger } from "../logger.js";
import type { StoreSettings } from "../sync/index.js";
import { backfillContactCounts, hasUncountedMessages, syncMailbox } from "../sync/index.js";
import type { AnalysisJobs } from "./analysis-jobs.js";
import { reanalyseOpenRequests } from "./sweep-unanalysed.js";
import { GMAIL_QUEUE, type GmailJobName, isGmailJobName, parseGmailJob } from "./gmail-jobs.js";
import { handleJobFailure } from "./job-failure.js";
import { renewWatch } from "./renew-watch.js";
import { connectorAddressesOf, refreshSendAsAddresses } from "./send-as-addresses.js";
import type { SyncJobs } from "./sync-jobs.js";

export interface GmailWorkerDeps {
  prisma: PrismaClient;
  jobs: SyncJobs;
  mailboxFor: (accountId: string) => MailboxClient;
  store: StoreSettings;
  /** Analyses are queued again after a full sync: requests found early were judged on part of the history. */
  analysis: AnalysisJobs;
  logger: Logger;
  pushTopic?: string;
}

/**
 * Handles one job of the `gmail` queue. It declares three parameters on purpose: BullMQ
 * hands the abort signal (cancelAllJobs, at shutdown) only to a processor that takes it.
 */
export function createGmailJobHandler(deps: GmailWorkerDeps) {
  return async (job: Job, token: string | undefined, signal: AbortSignal | undefined): Promise<unknown> => {
    if (!isGmailJobName(job.name))
      throw new UnrecoverableError(`unknown job "${job.name}" on the ${GMAIL_QUEUE} queue`);
    const { accountId } = parseGmailJob(job.name, job.data);
    try {
      return await runJob(deps, job.name, accountId, job.data, signal);
    } catch (error) {
      return handleJobFailure(deps, { job, token, accountId }, error);
    }
  };
}

async function runJob(
  deps: GmailWorkerDeps,
  name: GmailJobName,
  accountId: string,
  data: unknown,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  // With the connector's consent to the LLM judge, which a sync needs: one query, not two.
  const account = await deps.prisma.googleAccount.findUnique({
    where: { id: accountId },
    include: { connector: { select: { llmJudge: true } } },
  });
  // Disconnected while its schedule lived on (the queue was down at the time), or waiting for
  // its connector (reconnect, or Sync now after a permanent failure): end its schedules now.
  if (!account || account.status !== "active" || account.syncStoppedAt !== null) {
    await deps.jobs.stopSchedules(accountId);
    if (!account) return { skipped: "disconnected" };
    return { skipped: account.status !== "active" ? "needs reconnect" : "sync stopped" };
  }
  switch (name) {
    case "poll":
      await deps.jobs.requestSync(accountId, "poll");
      return { queued: true };
    case "renew-watch":
      return renewWatch(deps, account);
    case "sync": {
      const { reason } = parseGmailJob("sync", data);
      // Never read yet (a new account): read before its first sync, which goes through the whole
      // history and must know the connector's mail from an alias. Afterwards, after each sync.
      const fresh = account.sendAsCheckedAt === null ? await refreshSendAsAddresses(deps, account) : null;
      const addresses = connectorAddressesOf({
        email: account.email,
        sendAsAddresses: fresh ?? account.sendAsAddresses,
      });
      const target = {
        accountId,
        connectorId: account.connectorId,
        connectorAddresses: addresses,
        llmJudge: account.connector.llmJudge,
      };
      const result = await syncMailbox(deps.prisma, deps.mailboxFor(accountId), target, deps.store, { signal });
      deps.logger.info({ accountId, reason, ...result }, "mailbox synced");
      if (fresh === null) await refreshSendAsAddresses(deps, account);
      if (result.mode === "full") await reanalyseOpenRequests(deps, account.connectorId);
      if (await hasUncountedMessages(deps.prisma, accountId)) await deps.jobs.requestContactCount(accountId);
      return result;
    }
    case "count-contacts": {
      const target = { accountId, connectorId: account.connectorId, connectorAddresses: connectorAddressesOf(account) };
      const result = await backfillContactCounts(deps.prisma, deps.mailboxFor(accountId), target);
      if (result.remaining) await deps.jobs.requestContactCount(accountId);
      // The counters now hold the whole history: the open requests are judged again on it.
      else await reanalyseOpenRequests(deps, account.connectorId);
      return result;
    }
  }
}
