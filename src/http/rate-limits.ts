import { isIPv6 } from "node:net";
import type { RequestHandler } from "express";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, RLWrapperTimeouts } from "rate-limiter-flexible";
import type { Logger } from "../logger.js";

/**
 * Where the limits are counted, once for every web process. The connection should fail fast
 * (no offline queue, like the job producer's) so that no request waits for a Redis that is down.
 */
export interface RateLimitStore {
  redis: Redis;
  /** The app's Redis key prefix: counters live under `<prefix>:ratelimit:<limit>:<client>`. */
  prefix: string;
}

export interface Limit {
  name: string;
  points: number;
  durationSeconds: number;
  /** What the refused client reads. */
  message: string;
}

/**
 * Each sign-in start writes a row and asks Google for a consent page. 20 in 10 minutes is a
 * household or an office behind one address retrying, not a script filling the table.
 */
export const SIGN_IN_LIMIT: Limit = {
  name: "signin",
  points: 20,
  durationSeconds: 10 * 60,
  message: "Too many sign-ins were started from your network. Wait a few minutes, then try again.",
};

/**
 * Pub/Sub pushes come from a few Google addresses, for every connected mailbox: generous. A
 * 429 loses nothing, Pub/Sub delivers again with backoff.
 */
export const PUSH_LIMIT: Limit = {
  name: "push",
  points: 600,
  durationSeconds: 60,
  message: "too many push requests; deliver again later",
};

/** How long a request waits for the shared counter before its process counts on its own. */
const REDIS_ANSWER_MS = 500;

/** A refusal: the error handler answers 429 with Retry-After. */
export class RateLimited extends Error {
  override readonly name = "RateLimited";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export interface RateLimits {
  signIn: RequestHandler;
  push: RequestHandler;
}

/**
 * Per client address, counted in Redis so that the limits hold across web processes.
 *
 * When Redis is down, not ready or slow, each process counts on its own instead (an
 * in-memory "insurance" counter with the same limit): neither limit fails closed, and
 * neither fails wide open.
 * - Sign-in must keep working without Redis (the product promises it: the connector is
 *   signed in and told that syncing could not start), yet one client must still not write
 *   rows without end: the same bound holds, per process.
 * - Push cannot queue anything without Redis and answers 503 by itself, which Pub/Sub
 *   retries; the in-process count still bounds what an unauthenticated flood costs (token
 *   checks, database lookups) meanwhile.
 *
 * Without a store every process counts on its own all the time.
 */
export function createRateLimits(store: RateLimitStore | undefined, logger: Logger): RateLimits {
  return { signIn: rateLimit(SIGN_IN_LIMIT, store, logger), push: rateLimit(PUSH_LIMIT, store, logger) };
}

function rateLimit(limit: Limit, store: RateLimitStore | undefined, logger: Logger): RequestHandler {
  const counter = counterFor(limit, store);
  return async (request, _response, next) => {
    const client = clientKey(request.ip);
    const refusal = await counter.consume(client).then(
      () => null,
      (rejection: unknown) => rejection,
    );
    if (refusal instanceof RateLimiterRes) {
      // Once per client and window, not once per refused request.
      if (refusal.consumedPoints === limit.points + 1) logger.info({ limit: limit.name, client }, "rate limit reached");
      next(new RateLimited(limit.message, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))));
      return;
    }
    // Even the in-process counter failed: a limit must not take the route down with it.
    if (refusal)
      logger.warn({ limit: limit.name, error: String(refusal) }, "rate limit could not count; request let through");
    next();
  };
}

function counterFor(limit: Limit, store: RateLimitStore | undefined) {
  const settings = { points: limit.points, duration: limit.durationSeconds };
  const inProcess = new RateLimiterMemory(settings);
  if (!store) return inProcess;
  const shared = new RateLimiterRedis({
    ...settings,
    storeClient: store.redis,
    keyPrefix: `${store.prefix}:ratelimit:${limit.name}`,
    // Straight to the insurance counter while disconnected, rather than erroring per command.
    rejectIfRedisNotReady: true,
    insuranceLimiter: inProcess,
  });
  // A Redis that accepts commands but does not answer (a network partition) must not hold
  // sign-ins: past the time, the insurance counter decides.
  return new RLWrapperTimeouts({ limiter: shared, timeoutMs: REDIS_ANSWER_MS });
}

/**
 * Whom a limit counts: the client's address (request.ip, which trusts X-Forwarded-For only
 * from a proxy on loopback: "trust proxy" in app.ts). An IPv6 client usually holds a whole
 * /64 and could take a fresh address per request, so the /64 counts as one client.
 */
export function clientKey(ip: string | undefined): string {
  if (!ip) return "unknown";
  const address = ip.split("%")[0] ?? ip;
  if (!isIPv6(address)) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return mapped;
  return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, "::" expanded; an embedded IPv4 tail counts as two. */
function ipv6Groups(address: string): string[] {
  const groupsOf = (part: string | undefined) =>
    part
      ? part
          .split(":")
          .flatMap((group) => (group.includes(".") ? ["0", "0"] : [Number.parseInt(group, 16).toString(16)]))
      : [];
  const [head, tail] = address.split("::");
  const left = groupsOf(head);
  const right = groupsOf(tail);
  return [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
}
