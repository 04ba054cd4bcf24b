import type { PrismaClient } from "../db/index.js";
import type { Logger } from "../logger.js";
import type { TimerJobs, TimerKind } from "./timer-jobs.js";

const BATCH = 500;

/**
 * Sets again the timers Redis lost: the due times on the request rows are the record, the
 * delayed jobs only the alarms. A timer already due fires at once.
 */
export async function sweepTimers(deps: { prisma: PrismaClient; timers: TimerJobs; logger: Logger }): Promise<number> {
  const rows = await deps.prisma.introRequest.findMany({
    where: { OR: [{ reminderDueAt: { not: null } }, { expiryDueAt: { not: null } }, { snoozedUntil: { not: null } }] },
    select: { id: true, reminderDueAt: true, expiryDueAt: true, snoozedUntil: true },
    take: BATCH,
  });
  let set = 0;
  for (const row of rows) {
    const due: [TimerKind, Date | null][] = [
      ["reminder_due", row.reminderDueAt],
      ["expiry_due", row.expiryDueAt],
      ["snooze_ends", row.snoozedUntil],
    ];
    for (const [kind, at] of due) {
      if (!at || (await deps.timers.isScheduled(row.id, kind))) continue;
      await deps.timers.schedule(row.id, kind, at);
      set++;
    }
  }
  if (set > 0) deps.logger.info({ timers: set }, "set again the timers the queue had lost");
  return set;
}
