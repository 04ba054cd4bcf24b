import type { PrismaClient } from "../db/index.js";
import type { KarmaLedger, TargetProtection } from "../relationships/index.js";

const DAY_MS = 86_400_000;
/** Requests naming the same target within this window count towards protecting them. */
export const PROTECTION_WINDOW_DAYS = 90;

const INTRODUCED_STATES = ["accepted", "introduced"];
const DECLINED_STATES = ["declined_by_connector", "declined_by_target", "expired", "withdrawn"];

export interface LedgerQuery {
  connectorId: string;
  accountId: string;
  connectorAddresses: string[];
  requesterEmail: string;
  /** The request being judged: not one of its own earlier requests, nor one of the target's. */
  introRequestId: string;
  /** The keys the target is known by (intro_requests.target_key): none when the request names no one. */
  targetKeys: string[];
  now: Date;
}

interface LedgerRow {
  made_for: number;
  made_by: number;
  earlier: Record<string, number> | null;
  recent: number;
  declines: number;
  protected: number;
}

/**
 * The karma ledger between the connector and a requester (introductions found in mail,
 * either way, and SafeIntro's own records of the requester's earlier requests) and the
 * target's protection (other requests naming them in the last 90 days, their declines,
 * whether the connector protects them). One statement of indexed counts.
 */
export async function readLedgerAndProtection(
  prisma: PrismaClient,
  query: LedgerQuery,
): Promise<{ ledger: KarmaLedger; protection: TargetProtection }> {
  const requester = query.requesterEmail.toLowerCase();
  const since = new Date(query.now.getTime() - PROTECTION_WINDOW_DAYS * DAY_MS);
  const [row] = await prisma.$queryRaw<LedgerRow[]>`
    SELECT
      (SELECT count(*)::int FROM mail_introductions
        WHERE account_id = ${query.accountId}::uuid AND introducer_email = ANY (${query.connectorAddresses}::text[])
          AND ${requester} = ANY (introduced_emails)) AS made_for,
      (SELECT count(*)::int FROM mail_introductions
        WHERE account_id = ${query.accountId}::uuid AND introducer_email = ${requester}
          AND introduced_emails && ${query.connectorAddresses}::text[]) AS made_by,
      (SELECT json_object_agg(state, n) FROM (
        SELECT state::text AS state, count(*)::int AS n FROM intro_requests
        WHERE connector_id = ${query.connectorId}::uuid AND requester_email = ${requester}
          AND id <> ${query.introRequestId}::uuid
        GROUP BY state) AS earlier) AS earlier,
      (SELECT count(*)::int FROM intro_requests
        WHERE connector_id = ${query.connectorId}::uuid AND target_key = ANY (${query.targetKeys}::text[])
          AND id <> ${query.introRequestId}::uuid AND COALESCE(received_at, created_at) >= ${since}) AS recent,
      (SELECT count(*)::int FROM intro_requests
        WHERE connector_id = ${query.connectorId}::uuid AND target_key = ANY (${query.targetKeys}::text[])
          AND id <> ${query.introRequestId}::uuid AND state = 'declined_by_target') AS declines,
      (SELECT count(*)::int FROM protected_targets
        WHERE connector_id = ${query.connectorId}::uuid AND target_key = ANY (${query.targetKeys}::text[])) AS protected`;
  const earlier = row?.earlier ?? {};
  const count = (states: readonly string[]) => states.reduce((sum, state) => sum + (earlier[state] ?? 0), 0);
  const total = Object.values(earlier).reduce((sum, n) => sum + n, 0);
  const introduced = count(INTRODUCED_STATES);
  const declined = count(DECLINED_STATES);
  return {
    ledger: {
      // Introductions SafeIntro made count with those found in mail; the intro email it sends is
      // also in the mail, so a later mail introduction is likely the same one: take the larger.
      madeForRequester: Math.max(row?.made_for ?? 0, introduced),
      madeByRequester: row?.made_by ?? 0,
      previousRequests: { total, introduced, declined, open: total - introduced - declined },
    },
    protection: {
      requestsLast90Days: row?.recent ?? 0,
      pastDeclines: row?.declines ?? 0,
      isProtected: (row?.protected ?? 0) > 0,
    },
  };
}
