import type { PrismaClient } from "../db/index.js";
import type { Logger } from "../logger.js";
import type { SyncJobs } from "./sync-jobs.js";

const PAGE = 500;

/** An account as the schedules' upkeep reads it. */
export interface FollowedAccount {
  id: string;
  refreshTokenSealed: string;
}

/**
 * Makes the schedules of every account SafeIntro follows (active, not stopped) again from
 * PostgreSQL, the copy that survives Redis. A schedule that is already right is left alone.
 * An account whose token `canSync` says cannot be used (sealed under a key this deployment
 * no longer has) is left out: each of its jobs would fail alike. Returns how many accounts
 * were scheduled, and how many were left out.
 */
export async function reconcileSchedules(
  prisma: PrismaClient,
  jobs: SyncJobs,
  canSync: (account: FollowedAccount) => boolean = () => true,
): Promise<{ scheduled: number; leftOut: number }> {
  const tally = { scheduled: 0, leftOut: 0 };
  let after: string | undefined;
  for (;;) {
    const accounts = await prisma.googleAccount.findMany({
      where: { status: "active", syncStoppedAt: null },
      select: { id: true, watchError: true, refreshTokenSealed: true },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
    for (const account of accounts) {
      if (!canSync(account)) {
        tally.leftOut += 1;
        continue;
      }
      await jobs.startSchedules(account.id, { watchFailing: account.watchError !== null });
      tally.scheduled += 1;
    }
    if (accounts.length < PAGE) return tally;
    after = accounts.at(-1)?.id;
  }
}

export interface ScheduleKeeperSettings {
  /** How often to check that Redis still holds the schedules (one GET). */
  checkEveryMs: number;
  /** How often to go through every account anyway (one whose schedule was never made: Redis down at sign-in). */
  repairEveryMs: number;
}

/**
 * Schedules live only in Redis. Each worker process makes them again from PostgreSQL when it
 * starts, whenever Redis turns out to have lost its data (the marker key is gone: restarted
 * without persistence, flushed), and every `repairEveryMs` in any case. So losing Redis
 * loses at most one check interval of polling, never the mailboxes themselves.
 */
export function keepSchedules(
  deps: { prisma: PrismaClient; jobs: SyncJobs; logger: Logger; canSync?: (account: FollowedAccount) => boolean },
  settings: ScheduleKeeperSettings,
): { stop(): Promise<void> } {
  let lastRepair: number | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    const lost = !(await deps.jobs.schedulesKept());
    const due = lastRepair === null || Date.now() - lastRepair >= settings.repairEveryMs;
    if (!lost && !due) return;
    if (lost && lastRepair !== null)
      deps.logger.warn("Redis lost SafeIntro's schedules (restarted without persistence?): making them again");
    const { scheduled, leftOut } = await reconcileSchedules(deps.prisma, deps.jobs, deps.canSync);
    await deps.jobs.markSchedulesKept();
    lastRepair = Date.now();
    deps.logger.info({ accounts: scheduled }, "schedules made from PostgreSQL");
    if (leftOut > 0)
      deps.logger.error(
        { accounts: leftOut },
        "accounts whose Google tokens cannot be opened with TOKEN_ENCRYPTION_KEYS are not followed (a key removed while still in use?); their connectors must connect Gmail again",
      );
  };
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = check()
      .catch((error: unknown) =>
        // PostgreSQL or Redis down: the next check tries again.
        deps.logger.warn({ error: (error as Error).message }, "could not check the schedules; trying again later"),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, settings.checkEveryMs).unref();
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
