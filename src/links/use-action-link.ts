import type { Prisma, PrismaClient } from "../db/index.js";
import { hashActionToken, isActionName, isActionTokenShape, isExpired } from "./action-token.js";
import { isLinkAudience } from "./issue-action-links.js";
import type { ActionLinkInfo } from "./read-action-link.js";

/** The caller's effect of an action: the state change, its events, outbox rows, in the link's transaction. */
export type PerformAction<T> = (tx: Prisma.TransactionClient, link: ActionLinkInfo, action: string) => Promise<T>;

export type UseLink<T> =
  | { status: "done"; link: ActionLinkInfo; result: T }
  /** Nothing changed: the link is unknown, used, expired, or does not offer that action. */
  | { status: "unknown" | "used" | "expired" | "not_offered" };

interface ClaimedRow {
  intro_request_id: string;
  audience: string;
  actions: string[];
  expires_at: Date;
  created_at: Date;
}

/** Time enough for the caller's effect (rows, rendered emails), short enough not to hold a lock for long. */
const TRANSACTION_TIMEOUT_MS = 15_000;

/**
 * Acts on a link once. In one transaction: marks the link used (an UPDATE that only a link
 * still unused, unexpired and offering the action matches), then runs `perform`. Two POSTs
 * racing for one link never both act: the second UPDATE waits for the first's row lock and
 * then matches nothing. When `perform` throws, the transaction rolls back and the link stays
 * unused, so the person can try again; the error goes to the caller.
 */
export async function useActionLink<T>(
  prisma: PrismaClient,
  token: unknown,
  action: unknown,
  now: Date,
  perform: PerformAction<T>,
): Promise<UseLink<T>> {
  if (!isActionTokenShape(token)) return { status: "unknown" };
  const tokenHash = hashActionToken(token);
  if (!isActionName(action)) return { status: (await whyNot(prisma, tokenHash, now)) ?? "not_offered" };
  return prisma.$transaction(
    async (tx): Promise<UseLink<T>> => {
      const [claimed] = await tx.$queryRaw<ClaimedRow[]>`
        UPDATE action_links SET used_at = ${now}::timestamptz, used_action = ${action}
        WHERE token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > ${now}::timestamptz
          AND ${action} = ANY(actions)
        RETURNING intro_request_id::text AS intro_request_id, audience, actions, expires_at, created_at`;
      if (!claimed) return { status: (await whyNot(tx, tokenHash, now)) ?? "not_offered" };
      // Only issueActionLinks writes links; another audience is a bug, and rolls the claim back.
      if (!isLinkAudience(claimed.audience)) throw new Error(`An action link has an unknown audience`);
      const link: ActionLinkInfo = {
        introRequestId: claimed.intro_request_id,
        audience: claimed.audience,
        actions: claimed.actions,
        expiresAt: claimed.expires_at,
        usedAt: now,
        usedAction: action,
        createdAt: claimed.created_at,
      };
      return { status: "done", link, result: await perform(tx, link, action) };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

/** Why a link did not act, in the order its page explains it; null: it does not offer the action. */
async function whyNot(
  db: Prisma.TransactionClient | PrismaClient,
  tokenHash: string,
  now: Date,
): Promise<"unknown" | "used" | "expired" | null> {
  const row = await db.actionLink.findUnique({
    where: { tokenHash },
    select: { audience: true, usedAt: true, expiresAt: true },
  });
  if (!row || !isLinkAudience(row.audience)) return "unknown";
  if (row.usedAt) return "used";
  if (isExpired(row.expiresAt, now)) return "expired";
  return null;
}
