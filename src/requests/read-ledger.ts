import type { PrismaClient } from "../db/index.js";
import type { KarmaLedger, TargetProtection } from "../relationships/index.js";

const DAY_MS = 86_400_000;
/** Requests naming the same target within this window count towards protecting them. */
export const PROTECTION_WINDOW_DAYS = 90;

const INTRODUCED_STATES = ["accepted", "introduced"] as const;
const DECLINED_STATES = ["declined_by_connector", "declined_by_target", "expired", "withdrawn"] as const;

export interface LedgerQuery {
  connectorId: string;
  accountId: string;
  connectorAddresses: string[];
  requesterEmail: string;
  /** The request being judged: not one of its own earlier requests. */
  introRequestId: string;
}

/**
 * The karma ledger between the connector and a requester: introductions found in mail
 * (either way) and SafeIntro's own records of the requester's earlier requests.
 */
export async function readKarmaLedger(prisma: PrismaClient, query: LedgerQuery): Promise<KarmaLedger> {
  const requester = query.requesterEmail.toLowerCase();
  const [madeForRequester, madeByRequester, earlier] = await Promise.all([
    prisma.mailIntroduction.count({
      where: {
        accountId: query.accountId,
        introducerEmail: { in: query.connectorAddresses },
        introducedEmails: { has: requester },
      },
    }),
    prisma.mailIntroduction.count({
      where: {
        accountId: query.accountId,
        introducerEmail: requester,
        introducedEmails: { hasSome: query.connectorAddresses },
      },
    }),
    prisma.introRequest.groupBy({
      by: ["state"],
      where: { connectorId: query.connectorId, requesterEmail: requester, id: { not: query.introRequestId } },
      _count: { _all: true },
    }),
  ]);
  const count = (states: readonly string[]) =>
    earlier.filter((row) => states.includes(row.state)).reduce((sum, row) => sum + row._count._all, 0);
  const total = earlier.reduce((sum, row) => sum + row._count._all, 0);
  const introduced = count(INTRODUCED_STATES);
  const declined = count(DECLINED_STATES);
  return {
    // Introductions SafeIntro made count with those found in mail; the intro email it sends is
    // also in the mail, so a later mail introduction is likely the same one: take the larger.
    madeForRequester: Math.max(madeForRequester, introduced),
    madeByRequester,
    previousRequests: { total, introduced, declined, open: total - introduced - declined },
  };
}

/** How often the target has been asked for, whether they declined, whether the connector protects them. */
export async function readTargetProtection(
  prisma: PrismaClient,
  query: { connectorId: string; introRequestId: string; targetKeys: string[]; now: Date },
): Promise<TargetProtection> {
  if (query.targetKeys.length === 0) return { requestsLast90Days: 0, pastDeclines: 0, isProtected: false };
  const others = {
    connectorId: query.connectorId,
    targetKey: { in: query.targetKeys },
    id: { not: query.introRequestId },
  };
  const since = new Date(query.now.getTime() - PROTECTION_WINDOW_DAYS * DAY_MS);
  const [recent, declines, protectedRows] = await Promise.all([
    prisma.introRequest.count({
      where: { ...others, OR: [{ receivedAt: { gte: since } }, { receivedAt: null, createdAt: { gte: since } }] },
    }),
    prisma.introRequest.count({ where: { ...others, state: "declined_by_target" } }),
    prisma.protectedTarget.count({ where: { connectorId: query.connectorId, targetKey: { in: query.targetKeys } } }),
  ]);
  return { requestsLast90Days: recent, pastDeclines: declines, isProtected: protectedRows > 0 };
}
