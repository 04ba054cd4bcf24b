import { DelayedError, type Job, UnrecoverableError, WaitingError } from "bullmq";
import { type GmailError, markNeedsReconnect } from "../gmail/index.js";
import { classifyFailure } from "./classify-failure.js";
import type { GmailWorkerDeps } from "./gmail-job-handler.js";
import { rateLimitDelayMs } from "./retry-policy.js";
import { rateLimitProblem, syncProblemOf } from "./sync-problems.js";

interface JobContext {
  job: Job;
  token: string | undefined;
  accountId: string;
}

/**
 * What a failed job leads to, by whose failure it was (classifyFailure). Always throws: an
 * error BullMQ retries with the Gmail backoff, an UnrecoverableError (no retry can help), or
 * DelayedError / WaitingError for a job this handler put back in the queue itself.
 */
export async function handleJobFailure(deps: GmailWorkerDeps, context: JobContext, error: unknown): Promise<never> {
  const failure = classifyFailure(error);
  const { job, token, accountId } = context;
  const facts = { accountId, job: job.name, attempt: job.attemptsMade + 1 };
  switch (failure.kind) {
    case "cancelled":
      // Not a failure: SafeIntro is stopping. The job goes back to the queue, uncounted, and the
      // next worker goes on from where the sync stopped.
      await job.moveToWait(token);
      throw new WaitingError();
    case "gmail":
      return handleGmailFailure(deps, context, failure.error);
    case "unknown":
      await recordProblem(deps, accountId, syncProblemOf(failure));
      deps.logger.error({ ...facts, err: error }, "Gmail job failed on a problem of SafeIntro's own; it is retried");
      throw error;
    case "database":
    case "queue":
      // Nothing wrong with Gmail or the mailbox: retried by BullMQ with backoff, and said so.
      await recordProblem(deps, accountId, syncProblemOf(failure));
      deps.logger.warn(
        { ...facts, error: (error as Error).message },
        `Gmail job failed: SafeIntro's ${failure.kind === "database" ? "database" : "job queue"} was unavailable; it is retried`,
      );
      throw error;
  }
}

async function handleGmailFailure(deps: GmailWorkerDeps, context: JobContext, error: GmailError): Promise<never> {
  const { job, token, accountId } = context;
  const facts = { accountId, job: job.name, code: error.code, status: error.status, reason: error.reason };
  switch (error.code) {
    case "rate_limited": {
      // Gmail sets the pace: the job waits in the queue for as long as Google asked, the worker
      // slot free meanwhile. Not a failed attempt: attempts are for failures.
      const timesLimited = Math.max(1, job.attemptsStarted - job.attemptsMade);
      const resumesAt = new Date(Date.now() + rateLimitDelayMs(error, timesLimited));
      await recordProblem(deps, accountId, rateLimitProblem(resumesAt));
      deps.logger.info({ ...facts, resumesAt }, "Gmail asked SafeIntro to slow down: the job waits in the queue");
      await job.moveToDelayed(resumesAt.getTime(), token);
      throw new DelayedError();
    }
    case "configuration":
      // Every account fails alike until the deployment is fixed: loud, and no account is changed.
      await recordProblem(deps, accountId, syncProblemOf({ kind: "gmail", error }));
      deps.logger.error(
        facts,
        "Google refused SafeIntro's OAuth client: check GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET",
      );
      throw new UnrecoverableError(error.message);
    case "needs_reconnect": {
      // Only a grant from before this job began: a connector who signed in again meanwhile keeps
      // the new grant, its schedules and its sessions.
      const began = new Date(job.processedOn ?? Date.now());
      if (!(await markNeedsReconnect(deps.prisma, accountId, { grantedBefore: began }))) {
        deps.logger.info(facts, "Google refused an old grant; the account was connected again since");
        throw new UnrecoverableError("grant replaced since the job began");
      }
      await recordProblem(deps, accountId, syncProblemOf({ kind: "gmail", error }));
      deps.logger.warn(facts, "Google refused the account's grant: it waits for its connector to reconnect");
      // Best effort: a job that still comes finds the account waiting and ends its schedules.
      await deps.jobs.stopSchedules(accountId).catch(() => undefined);
      throw new UnrecoverableError("needs reconnect");
    }
    case "permanent":
      // Retrying would fail alike: the mailbox stops until its connector presses Sync now (or
      // signs in again), and the team is told. Not recorded, it is retried, and recorded then.
      await deps.prisma.googleAccount.updateMany({
        where: { id: accountId },
        data: { lastSyncError: syncProblemOf({ kind: "gmail", error }), syncStoppedAt: new Date() },
      });
      deps.logger.error(
        { ...facts, error: error.message },
        "Gmail refused a request for good: syncing stopped for this mailbox until its connector presses Sync now",
      );
      await deps.jobs.stopSchedules(accountId).catch(() => undefined);
      throw new UnrecoverableError(error.message);
    default:
      // temporary, unauthorized, not_found: retried by BullMQ with backoff.
      await recordProblem(deps, accountId, syncProblemOf({ kind: "gmail", error }));
      deps.logger.warn({ ...facts, error: error.message }, "Gmail job failed; it is retried");
      throw error;
  }
}

/** The status page's words for the last failure; best effort, PostgreSQL may be what failed. */
async function recordProblem(deps: GmailWorkerDeps, accountId: string, problem: string): Promise<void> {
  await deps.prisma.googleAccount
    .updateMany({ where: { id: accountId }, data: { lastSyncError: problem } })
    .catch((error: unknown) =>
      deps.logger.warn({ accountId, error: (error as Error).message }, "could not record the sync problem"),
    );
}
