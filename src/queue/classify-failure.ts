import { ConnectionClosedError } from "bullmq";
import { GmailError } from "../gmail/index.js";
import { SyncCancelledError } from "../sync/index.js";
import { QueueUnavailableError } from "./sync-jobs.js";

/**
 * Whose fault a failed job is, which decides what happens next and what the status page says:
 * - `gmail`: Google answered (or could not be reached); its code says what to do.
 * - `database`, `queue`: SafeIntro's own PostgreSQL or Redis was unavailable. Nothing is wrong
 *   with the mailbox or with Gmail: the job is retried, and the connector is told whose it was.
 * - `cancelled`: SafeIntro is shutting down; the sync stopped between chunks, to go on later.
 * - `unknown`: anything else, a bug most likely: retried, and reported loudly.
 */
export type Failure =
  | { kind: "gmail"; error: GmailError }
  | { kind: "database" }
  | { kind: "queue" }
  | { kind: "cancelled" }
  | { kind: "unknown" };

export function classifyFailure(error: unknown): Failure {
  if (error instanceof GmailError) return { kind: "gmail", error };
  if (error instanceof SyncCancelledError) return { kind: "cancelled" };
  if (isDatabaseUnavailable(error)) return { kind: "database" };
  if (isQueueUnavailable(error)) return { kind: "queue" };
  return { kind: "unknown" };
}

// Prisma's codes for a server it cannot reach, that timed out or closed the connection, and a
// pool with no connection to give.
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// The pg driver adapter's kinds for the same (meta.driverAdapterError.cause.kind).
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL's own: connection exceptions (class 08), shutting down or starting up (57P01–57P03),
// too many connections (53300).
const UNAVAILABLE_SQLSTATE = /^(08|57P0[123]$|53300$)/;

/**
 * A Prisma error (every one carries `clientVersion`) that says PostgreSQL could not be used
 * just now, as opposed to a query SafeIntro got wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const record = asRecord(error);
  if (typeof record.clientVersion !== "string") return false;
  if (record.name === "PrismaClientInitializationError") return true;
  if (typeof record.code === "string" && UNREACHABLE_CODES.has(record.code)) return true;
  const cause = asRecord(asRecord(asRecord(record.meta).driverAdapterError).cause);
  if (typeof cause.kind === "string" && UNREACHABLE_KINDS.has(cause.kind)) return true;
  const sqlState = cause.originalCode ?? cause.code;
  if (typeof sqlState === "string" && UNAVAILABLE_SQLSTATE.test(sqlState)) return true;
  // The pg driver's own words when the server goes away under a query it is running.
  return typeof record.message === "string" && /Connection terminated|connection (?:closed|lost)/i.test(record.message);
}

// Redis refusing work for a while: loading its data, a read-only replica, out of memory, busy.
const UNAVAILABLE_REPLY = /^(LOADING|READONLY|MISCONF|OOM|BUSY|TRYAGAIN|CLUSTERDOWN|MASTERDOWN|NOREPLICAS)\b/;
const REDIS_CONNECTION_ERRORS = new Set(["MaxRetriesPerRequestError", "AbortError", "InterruptError"]);

/** Redis (the job queue and the quota limiter) could not be used just now. */
export function isQueueUnavailable(error: unknown): boolean {
  if (error instanceof QueueUnavailableError || error instanceof ConnectionClosedError) return true;
  const record = asRecord(error);
  const message = typeof record.message === "string" ? record.message : "";
  if (record.name === "ReplyError") return UNAVAILABLE_REPLY.test(message);
  if (typeof record.name === "string" && REDIS_CONNECTION_ERRORS.has(record.name)) return true;
  return (
    message === "Connection is closed." ||
    message.startsWith("Stream isn't writeable") ||
    record.code === "ECONNREFUSED" ||
    record.code === "ECONNRESET"
  );
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}
