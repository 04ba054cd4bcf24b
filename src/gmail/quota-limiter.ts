import { createHash, randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

/**
 * Gmail's per-user quota (250 units per second, a moving average) shared by every process
 * that calls Gmail for the same account. BullMQ's limiter is per queue, not per account, so
 * this one keeps each account's last second of reservations in Redis.
 */
export interface QuotaLimiter {
  /** The budget of one account in any one-second window; no single reservation may exceed it. */
  readonly unitsPerSecond: number;
  /**
   * Waits until `units` fit in the account's last-second window, then records them. Returns
   * the reservation's id (for restamp), or nothing from limiters that cannot restamp.
   */
  reserve(accountId: string, units: number): Promise<string | void>;
  /**
   * Moves a reservation to now: for a call so costly (messages.send, 100 of 250 units) that
   * the time its request took to reach Gmail matters. Counted from when Gmail answered, the
   * next calls cannot land within Gmail's second of it, however late this one arrived.
   */
  restamp?(accountId: string, reservation: string): Promise<void>;
  /** After a 429: every reserve for the account waits until `ms` from now (a longer pause wins). */
  pauseAccount(accountId: string, ms: number): Promise<void>;
}

export interface QuotaLimiterOptions {
  unitsPerSecond?: number;
  /** Namespace of the limiter's keys, e.g. the BullMQ prefix. */
  keyPrefix: string;
  /**
   * The clock, in ms. Unset: Redis' own clock (TIME), so processes whose clocks disagree still
   * share one window. Set it only for tests.
   */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * The window the budget applies to (default 1000 ms, Google's second). A little longer
   * absorbs network jitter: two bursts a full window apart here can reach Google less than a
   * second apart when the first was delayed on the way.
   */
  windowMs?: number;
  /** Called once a reservation is recorded, with the window timestamp it was recorded at. */
  onReserved?: (reservation: { accountId: string; units: number; at: number }) => void;
}

const WINDOW_MS = 1000;

// Both scripts read "now" from ARGV[1] (a test clock) or else from Redis' own clock.
const NOW_LUA = `local now = tonumber(ARGV[1])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
`;

// Sliding-window log: one sorted-set member "<units>:<uuid>" per reservation, scored by its
// time. Check and record run in one script, so concurrent reservers cannot both take the last
// units. Returns {granted, waitMs, now}; waitMs is when enough of the oldest entries will have
// left the window for the reservation to fit (or when the pause ends).
const RESERVE_SCRIPT = `
${NOW_LUA}local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local units = tonumber(ARGV[4])
local paused = redis.call('GET', KEYS[2])
if paused and tonumber(paused) > now then
  return {0, math.ceil(tonumber(paused) - now), now}
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local entries = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local used = 0
for i = 1, #entries, 2 do
  used = used + tonumber(string.match(entries[i], '^(%d+):'))
end
if used + units <= limit then
  redis.call('ZADD', KEYS[1], now, units .. ':' .. ARGV[5])
  redis.call('PEXPIRE', KEYS[1], window * 2)
  return {1, 0, now}
end
local freed = 0
for i = 1, #entries, 2 do
  freed = freed + tonumber(string.match(entries[i], '^(%d+):'))
  if used - freed + units <= limit then
    return {0, math.max(1, math.ceil(tonumber(entries[i + 1]) + window - now)), now}
  end
end
return {0, window, now}
`;

// Moves one reservation's time to now (XX: only if it is still in the window).
const RESTAMP_SCRIPT = `
${NOW_LUA}redis.call('ZADD', KEYS[1], 'XX', now, ARGV[2])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]) * 2)
return 1
`;

// Keeps the later of the current and the requested pause end; the key expires with the pause.
const PAUSE_SCRIPT = `
${NOW_LUA}local ms = tonumber(ARGV[2])
local current = redis.call('GET', KEYS[1])
if current and tonumber(current) >= now + ms then return 0 end
redis.call('SET', KEYS[1], now + ms, 'PX', ms)
return 1
`;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createQuotaLimiter(redis: Redis, options: QuotaLimiterOptions): QuotaLimiter {
  const unitsPerSecond = options.unitsPerSecond ?? 250;
  if (!Number.isInteger(unitsPerSecond) || unitsPerSecond <= 0)
    throw new RangeError("unitsPerSecond must be a positive integer");
  const sleep = options.sleep ?? realSleep;
  const windowMs = options.windowMs ?? WINDOW_MS;
  const clockArg = () => (options.now ? String(Math.floor(options.now())) : "");
  // A hash tag keeps both keys of an account in one Redis Cluster slot, as a script needs.
  const keys = (accountId: string) => [
    `${options.keyPrefix}:gmail-quota:{${accountId}}:window`,
    `${options.keyPrefix}:gmail-quota:{${accountId}}:paused-until`,
  ];

  return {
    unitsPerSecond,
    async reserve(accountId, units) {
      if (!Number.isInteger(units) || units <= 0)
        throw new RangeError(`units must be a positive integer, got ${units}`);
      if (units > unitsPerSecond)
        throw new RangeError(`${units} units can never fit in ${unitsPerSecond} units per second`);
      const [windowKey, pauseKey] = keys(accountId);
      for (;;) {
        const id = randomUUID();
        const reply = await runScript(
          redis,
          RESERVE_SCRIPT,
          [windowKey!, pauseKey!],
          [clockArg(), String(windowMs), String(unitsPerSecond), String(units), id],
        );
        const [granted, waitMs, at] = readReply(reply);
        if (granted === 1) {
          options.onReserved?.({ accountId, units, at });
          return `${units}:${id}`;
        }
        await sleep(waitMs);
      }
    },
    async restamp(accountId, reservation) {
      await runScript(redis, RESTAMP_SCRIPT, [keys(accountId)[0]!], [clockArg(), reservation, String(windowMs)]);
    },
    async pauseAccount(accountId, ms) {
      const duration = Math.ceil(ms);
      if (!(duration > 0)) return;
      await runScript(redis, PAUSE_SCRIPT, [keys(accountId)[1]!], [clockArg(), String(duration)]);
    },
  };
}

const scriptShas = new Map<string, string>();

/** EVALSHA, falling back to EVAL once when the server has not cached the script (NOSCRIPT). */
async function runScript(redis: Redis, script: string, keys: string[], args: string[]): Promise<unknown> {
  let sha = scriptShas.get(script);
  if (!sha) {
    sha = createHash("sha1").update(script).digest("hex");
    scriptShas.set(script, sha);
  }
  try {
    return await redis.evalsha(sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
    return redis.eval(script, keys.length, ...keys, ...args);
  }
}

function readReply(reply: unknown): [number, number, number] {
  if (!Array.isArray(reply) || reply.length !== 3 || !reply.every((value) => typeof value === "number")) {
    throw new Error("unexpected reply from the quota script");
  }
  return [reply[0] as number, reply[1] as number, reply[2] as number];
}
