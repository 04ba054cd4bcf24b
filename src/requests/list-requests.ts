import type { Prisma, PrismaClient } from "../db/index.js";
import type { SpecificityBand } from "../generated/prisma/enums.js";
import type { Recommendation } from "../relationships/index.js";
import { describeTarget } from "./describe-target.js";
import { type IntroRequestState, REQUEST_STATES } from "./labels.js";
import { isUuid } from "./request-id.js";

/** How many requests one page lists at most. */
export const LISTED_REQUESTS_MAX = 200;

export interface RequestFilter {
  state?: IntroRequestState;
  /** The recommendation in force: the connector's own choice when there is one. */
  recommendation?: Recommendation;
}

/** One request as the requests page lists it. */
export interface RequestListItem {
  id: string;
  requesterName: string | null;
  requesterEmail: string;
  /** "Mary Jones, HR, XYZ Corp", "someone at XYZ Corp", "no one named". */
  target: string;
  specificityBand: SpecificityBand | null;
  specificityScore: number | null;
  state: IntroRequestState;
  /** The connector's choice if any, else SafeIntro's; null until analysed. */
  recommendation: Recommendation | null;
  /** The recommendation is the connector's own choice. */
  overridden: boolean;
  receivedAt: Date | null;
}

export interface RequestList {
  /** Newest first, at most LISTED_REQUESTS_MAX. */
  requests: RequestListItem[];
  /** How many requests the filter matches (may be more than are listed). */
  matching: number;
  /** All the connector's requests by state, whatever the filter; every state present, 0 or more. */
  countsByState: Record<IntroRequestState, number>;
  /** All the connector's requests. */
  total: number;
}

/** The connector's requests, newest first, narrowed by state and recommendation. */
export async function listRequests(
  prisma: PrismaClient,
  connectorId: string,
  filter: RequestFilter,
): Promise<RequestList> {
  const countsByState = Object.fromEntries(REQUEST_STATES.map((state) => [state, 0])) as Record<
    IntroRequestState,
    number
  >;
  if (!isUuid(connectorId)) return { requests: [], matching: 0, countsByState, total: 0 };
  const where = whereOf(connectorId, filter);
  const [rows, matching, groups] = await Promise.all([
    prisma.introRequest.findMany({
      where,
      orderBy: [{ receivedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      take: LISTED_REQUESTS_MAX,
      select: {
        id: true,
        requesterName: true,
        requesterEmail: true,
        targetName: true,
        targetRole: true,
        targetOrganization: true,
        specificityBand: true,
        specificityScore: true,
        state: true,
        recommendation: true,
        recommendationOverride: true,
        receivedAt: true,
      },
    }),
    prisma.introRequest.count({ where }),
    prisma.introRequest.groupBy({ by: ["state"], where: { connectorId }, _count: { _all: true } }),
  ]);
  for (const group of groups) countsByState[group.state] = group._count._all;
  return {
    requests: rows.map((row) => ({
      id: row.id,
      requesterName: row.requesterName,
      requesterEmail: row.requesterEmail,
      target: describeTarget(row.targetName, row.targetRole, row.targetOrganization),
      specificityBand: row.specificityBand,
      specificityScore: row.specificityScore,
      state: row.state,
      recommendation: row.recommendationOverride ?? row.recommendation,
      overridden: row.recommendationOverride !== null,
      receivedAt: row.receivedAt,
    })),
    matching,
    countsByState,
    total: groups.reduce((sum, group) => sum + group._count._all, 0),
  };
}

function whereOf(connectorId: string, filter: RequestFilter): Prisma.IntroRequestWhereInput {
  const where: Prisma.IntroRequestWhereInput = { connectorId };
  if (filter.state) where.state = filter.state;
  if (filter.recommendation)
    where.OR = [
      { recommendationOverride: filter.recommendation },
      { recommendationOverride: null, recommendation: filter.recommendation },
    ];
  return where;
}
