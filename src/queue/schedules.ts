export interface ScheduleSettings {
  /** Polling without push, or while Gmail refuses to start push for the mailbox. */
  pollIntervalMs: number;
  /** With push: the slow check that catches notifications Google delayed or dropped. */
  safetyPollMs: number;
  /** Set when Gmail push is configured. */
  pushTopic?: string;
}

/** One schedule of an account: a BullMQ job scheduler, by id. */
export interface Schedule {
  id: string;
  name: "poll" | "renew-watch";
  everyMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The schedules an account needs, and those it must not have:
 * - no push: polling;
 * - push that works: the daily watch renewal (a watch lapses after 7 days), and a slow poll,
 *   since Google says notifications may be delayed or dropped;
 * - push that Gmail refused (`watchFailing`): polling as without push, and the watch tried
 *   again at the slow poll's pace, until it works.
 */
export function schedulesFor(
  accountId: string,
  settings: ScheduleSettings,
  state: { watchFailing: boolean } = { watchFailing: false },
): { keep: Schedule[]; drop: string[] } {
  const poll = (everyMs: number): Schedule => ({ id: `poll:${accountId}`, name: "poll", everyMs });
  const renewWatch = (everyMs: number): Schedule => ({ id: `renew-watch:${accountId}`, name: "renew-watch", everyMs });
  if (!settings.pushTopic) return { keep: [poll(settings.pollIntervalMs)], drop: [`renew-watch:${accountId}`] };
  if (state.watchFailing) return { keep: [poll(settings.pollIntervalMs), renewWatch(settings.safetyPollMs)], drop: [] };
  return { keep: [poll(settings.safetyPollMs), renewWatch(DAY_MS)], drop: [] };
}

/** Every scheduler id an account may have, for stopping them all. */
export const scheduleIdsOf = (accountId: string): string[] => [`poll:${accountId}`, `renew-watch:${accountId}`];
