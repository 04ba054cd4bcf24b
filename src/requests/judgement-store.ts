import type { Prisma, PrismaClient } from "../db/index.js";
import type { Judgement } from "../relationships/index.js";

/** A request as the analysis job reads it: its own fields, and whose mailbox it came from. */
export interface RequestToJudge {
  id: string;
  /** Its state when read: `detected` until its first judgement is stored. */
  state: string;
  connectorId: string;
  requesterName: string | null;
  requesterEmail: string;
  targetName: string | null;
  targetEmail: string | null;
  targetOrganization: string | null;
  specificityScore: number | null;
  specificityBand: "low" | "medium" | "high" | null;
  specificitySignals: unknown;
  accountId: string;
  /** The connector's addresses (their sign-in address and the Gmail account's), lowercased. */
  connectorAddresses: string[];
}

interface RequestRow {
  id: string;
  state: string;
  connector_id: string;
  requester_name: string | null;
  requester_email: string;
  target_name: string | null;
  target_email: string | null;
  target_organization: string | null;
  specificity_score: number | null;
  specificity_band: "low" | "medium" | "high" | null;
  specificity_signals: unknown;
  account_id: string;
  connector_email: string;
  account_email: string;
}

/** The request and its connector's mailbox in one query; null when either is gone (disconnected). */
export async function readRequestToJudge(prisma: PrismaClient, introRequestId: string): Promise<RequestToJudge | null> {
  const [row] = await prisma.$queryRaw<RequestRow[]>`
    SELECT r.id, r.state::text AS state, r.connector_id, r.requester_name, r.requester_email, r.target_name, r.target_email,
      r.target_organization, r.specificity_score, r.specificity_band::text AS specificity_band, r.specificity_signals,
      a.id AS account_id, c.email AS connector_email, a.email AS account_email
    FROM intro_requests r
    JOIN connectors c ON c.id = r.connector_id
    JOIN google_accounts a ON a.connector_id = r.connector_id
    WHERE r.id = ${introRequestId}::uuid`;
  if (!row) return null;
  return {
    id: row.id,
    state: row.state,
    connectorId: row.connector_id,
    requesterName: row.requester_name,
    requesterEmail: row.requester_email.toLowerCase(),
    targetName: row.target_name,
    targetEmail: row.target_email,
    targetOrganization: row.target_organization,
    specificityScore: row.specificity_score,
    specificityBand: row.specificity_band,
    specificitySignals: row.specificity_signals,
    accountId: row.account_id,
    connectorAddresses: [...new Set([row.connector_email, row.account_email].map((a) => a.toLowerCase()))],
  };
}

/**
 * Stores a judgement in one statement: the request's judgement, recommendation and target
 * key, its error cleared; a request waiting for a judgement (`detected`, or `analyzed`: judged
 * again after the requester sent details) moves to `awaiting_connector`, with the event that
 * says so. Returns the state it moved from (`detected`: its first judgement), or null when it
 * did not move. Run again, it moves nothing twice. Runs alone or in the caller's transaction.
 */
export async function saveJudgement(
  prisma: PrismaClient | Prisma.TransactionClient,
  introRequestId: string,
  judged: { judgement: Judgement; targetKey: string | null; reason: string; now: Date },
): Promise<"detected" | "analyzed" | null> {
  const { judgement, targetKey, reason, now } = judged;
  const [row] = await prisma.$queryRaw<{ moved: boolean; was: string }[]>`
    WITH before AS (
      SELECT state FROM intro_requests WHERE id = ${introRequestId}::uuid FOR UPDATE
    ), saved AS (
      UPDATE intro_requests AS r SET
        judgement = ${JSON.stringify(judgement)}::jsonb,
        recommendation = ${judgement.recommendation}::recommendation,
        target_key = ${targetKey},
        analyzed_at = ${now},
        analysis_error = NULL,
        state = CASE WHEN before.state IN ('detected', 'analyzed') THEN 'awaiting_connector'::intro_request_state
          ELSE r.state END,
        updated_at = now()
      FROM before WHERE r.id = ${introRequestId}::uuid
      RETURNING before.state IN ('detected', 'analyzed') AS moved, before.state AS was
    ), event AS (
      INSERT INTO intro_request_events (id, intro_request_id, kind, from_state, to_state, actor, reason)
      SELECT gen_random_uuid(), ${introRequestId}::uuid, 'transition', saved.was, 'awaiting_connector', 'safeintro', ${reason}
      FROM saved WHERE saved.moved
    )
    SELECT moved, was::text AS was FROM saved`;
  if (!row?.moved) return null;
  return row.was === "detected" ? "detected" : "analyzed";
}
