import type { Prisma, PrismaClient } from "../db/index.js";
import type { IntroRequestState } from "../requests/index.js";
import { hashActionToken, isActionTokenShape, isExpired } from "./action-token.js";
import { isLinkAudience, type LinkAudience } from "./issue-action-links.js";

/** A stored link, without its hash. */
export interface ActionLinkInfo {
  introRequestId: string;
  audience: LinkAudience;
  actions: string[];
  expiresAt: Date;
  usedAt: Date | null;
  usedAction: string | null;
  createdAt: Date;
}

/** What a link's page says about its request: the names for the wording, and where it stands. */
export interface LinkRequestSummary {
  id: string;
  state: IntroRequestState;
  requesterName: string | null;
  requesterEmail: string;
  targetName: string | null;
  targetEmail: string | null;
  connectorName: string | null;
  connectorEmail: string;
}

/** An answer this person gave before: the action and when. */
export interface EarlierAnswer {
  action: string;
  at: Date;
}

export type LinkStatus = "valid" | "expired" | "used" | "unknown";

export type ReadLink =
  | { status: "unknown" }
  | {
      status: Exclude<LinkStatus, "unknown">;
      link: ActionLinkInfo;
      request: LinkRequestSummary;
      /**
       * This person's answer to the request: this link's own when it is used, else the last
       * one given through another of their links for the request (a reminder's, say), else
       * the answer the request's events record. Null: they have not answered.
       */
      answered: EarlierAnswer | null;
    };

/**
 * What a link is, for its page: unknown (never issued, tampered with, or its request gone),
 * used, expired or valid, in that order, so a used link says "already answered" even after
 * it expires. Reads only; GET pages call this and nothing else.
 */
export async function readActionLink(prisma: PrismaClient, token: unknown, now: Date): Promise<ReadLink> {
  if (!isActionTokenShape(token)) return { status: "unknown" };
  const row = await prisma.actionLink.findUnique({
    where: { tokenHash: hashActionToken(token) },
    include: { introRequest: { select: SUMMARY_FIELDS } },
  });
  if (!row || !isLinkAudience(row.audience)) return { status: "unknown" };
  const link: ActionLinkInfo = {
    introRequestId: row.introRequestId,
    audience: row.audience,
    actions: row.actions,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
    usedAction: row.usedAction,
    createdAt: row.createdAt,
  };
  const summary = summaryOf(row.introRequest);
  const status = link.usedAt ? "used" : isExpired(link.expiresAt, now) ? "expired" : "valid";
  return { status, link, request: summary, answered: await earlierAnswer(prisma, link) };
}

const SUMMARY_FIELDS = {
  id: true,
  state: true,
  requesterName: true,
  requesterEmail: true,
  targetName: true,
  targetEmail: true,
  connector: { select: { displayName: true, email: true } },
} as const satisfies Prisma.IntroRequestSelect;

function summaryOf(row: Prisma.IntroRequestGetPayload<{ select: typeof SUMMARY_FIELDS }>): LinkRequestSummary {
  const { connector, ...request } = row;
  return { ...request, connectorName: connector.displayName, connectorEmail: connector.email };
}

/** A link's request as its pages word it, read in a transaction (useActionLink's), so that a result page needs no read after the commit. */
export async function readLinkRequest(
  tx: Prisma.TransactionClient,
  introRequestId: string,
): Promise<LinkRequestSummary | null> {
  const row = await tx.introRequest.findUnique({ where: { id: introRequestId }, select: SUMMARY_FIELDS });
  return row ? summaryOf(row) : null;
}

/** The target's answer as the request's events record it, when no link says it (a link issued before this module). */
const ANSWER_OF_STATE: Partial<Record<IntroRequestState, string>> = {
  accepted: "yes",
  introduced: "yes",
  declined_by_target: "no",
};

async function earlierAnswer(prisma: PrismaClient, link: ActionLinkInfo): Promise<EarlierAnswer | null> {
  if (link.usedAt && link.usedAction) return { action: link.usedAction, at: link.usedAt };
  const other = await prisma.actionLink.findFirst({
    where: { introRequestId: link.introRequestId, audience: link.audience, usedAt: { not: null } },
    orderBy: { usedAt: "desc" },
    select: { usedAt: true, usedAction: true },
  });
  if (other?.usedAt && other.usedAction) return { action: other.usedAction, at: other.usedAt };
  const event = await prisma.introRequestEvent.findFirst({
    where: { introRequestId: link.introRequestId, actor: link.audience, kind: "transition" },
    orderBy: { createdAt: "desc" },
    select: { toState: true, createdAt: true },
  });
  const action = event ? ANSWER_OF_STATE[event.toState] : undefined;
  return event && action ? { action, at: event.createdAt } : null;
}
