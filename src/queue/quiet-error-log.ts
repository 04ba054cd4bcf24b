import type { Logger } from "../logger.js";

/**
 * A listener for the `error` events of BullMQ and ioredis: each goes to the logger (never
 * printed raw by the library), but the same message again within `quietMs` only counts: while
 * Redis is down, every reconnect attempt fails alike, several times a second.
 */
export function quietErrorLog(logger: Logger, what: string, quietMs = 30_000): (error: Error) => void {
  let last: { message: string; at: number; repeats: number } | null = null;
  return (error) => {
    const now = Date.now();
    if (last && last.message === error.message && now - last.at < quietMs) {
      last.repeats += 1;
      return;
    }
    logger.warn({ error: error.message, ...(last?.repeats ? { repeatsOfPrevious: last.repeats } : {}) }, what);
    last = { message: error.message, at: now, repeats: 0 };
  };
}
