import type { PrismaClient } from "../db/index.js";
import { canSendWith } from "../gmail/index.js";
import type { Recommendation } from "../relationships/index.js";
import { describeTarget } from "../requests/index.js";

/** One intro request as the status page lists it. */
export interface RequestSummary {
  /** For the link to the request's page. */
  id: string;
  requester: string;
  target: string;
  band: "low" | "medium" | "high" | null;
  score: number | null;
  receivedAt: Date | null;
  /** The connector's choice if any, else SafeIntro's; null until analysed. */
  recommendation: Recommendation | null;
  overridden: boolean;
}

/** How many of the newest requests the status page lists. */
const LISTED_REQUESTS = 20;

/** What the status page shows of a connector's Gmail connection. */
export interface AccountStatus {
  connectorEmail: string;
  account: {
    email: string;
    status: "active" | "needs_reconnect";
    statusReason: string | null;
    lastSyncAt: Date | null;
    lastSyncError: string | null;
    /** Syncing stopped after Gmail refused a request for good, until Sync now (lastSyncError says why). */
    syncStopped?: boolean;
    firstSyncDone: boolean;
    watchExpiresAt: Date | null;
    /** Why Gmail push could not be started; the mailbox is polled meanwhile. */
    watchError?: string | null;
    /** The review email for each new request (on unless the connector turned it off). */
    reviewEmails?: boolean;
    /** The connector lets the LLM judge read their request-like mail (off unless they turned it on). */
    llmJudge?: boolean;
    /** The connector allowed SafeIntro to send from their Gmail (gmail.send). */
    canSend?: boolean;
    messagesSeen: number;
    introRequestsFound: number;
    /** The newest requests first. */
    latestRequests: RequestSummary[];
  } | null;
}

export async function readAccountStatus(prisma: PrismaClient, connectorId: string): Promise<AccountStatus | null> {
  const connector = await prisma.connector.findUnique({ where: { id: connectorId }, include: { googleAccount: true } });
  if (!connector) return null;
  const account = connector.googleAccount;
  if (!account) return { connectorEmail: connector.email, account: null };
  const [messagesSeen, introRequestsFound, latest] = await Promise.all([
    prisma.syncedMessage.count({ where: { accountId: account.id } }),
    prisma.introRequest.count({ where: { connectorId } }),
    prisma.introRequest.findMany({
      where: { connectorId },
      orderBy: [{ receivedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: LISTED_REQUESTS,
      select: {
        id: true,
        requesterName: true,
        requesterEmail: true,
        targetName: true,
        targetOrganization: true,
        targetRole: true,
        specificityBand: true,
        specificityScore: true,
        receivedAt: true,
        recommendation: true,
        recommendationOverride: true,
      },
    }),
  ]);
  return {
    connectorEmail: connector.email,
    account: {
      email: account.email,
      status: account.status,
      statusReason: account.statusReason,
      lastSyncAt: account.lastSyncAt,
      lastSyncError: account.lastSyncError,
      syncStopped: account.syncStoppedAt !== null,
      firstSyncDone: account.historyId !== null,
      watchExpiresAt: account.watchExpiresAt,
      watchError: account.watchError,
      reviewEmails: connector.reviewEmails,
      llmJudge: connector.llmJudge,
      canSend: canSendWith(account.scopes),
      messagesSeen,
      introRequestsFound,
      latestRequests: latest.map((request) => ({
        id: request.id,
        requester: request.requesterName ?? request.requesterEmail,
        target: describeTarget(request.targetName, request.targetRole, request.targetOrganization),
        band: request.specificityBand,
        score: request.specificityScore,
        receivedAt: request.receivedAt,
        recommendation: request.recommendationOverride ?? request.recommendation,
        overridden: request.recommendationOverride !== null,
      })),
    },
  };
}
