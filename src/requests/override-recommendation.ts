import type { PrismaClient } from "../db/index.js";
import type { Recommendation } from "../relationships/index.js";
import { RECOMMENDATION_LABELS } from "./labels.js";
import { isUuid } from "./request-id.js";

/**
 * The connector's own recommendation for one of their requests: kept as an override of
 * SafeIntro's (none when it is SafeIntro's), with an event on the request's timeline saying
 * what changed. Choosing what is already in force changes nothing and adds no event.
 * False when the connector has no such request.
 */
export async function overrideRecommendation(
  prisma: PrismaClient,
  connectorId: string,
  id: string,
  choice: Recommendation,
): Promise<boolean> {
  if (!isUuid(id) || !isUuid(connectorId)) return false;
  return prisma.$transaction(async (tx) => {
    const request = await tx.introRequest.findFirst({
      where: { id, connectorId },
      select: { state: true, recommendation: true, recommendationOverride: true },
    });
    if (!request) return false;
    const override = choice === request.recommendation ? null : choice;
    if (override === request.recommendationOverride) return true;
    await tx.introRequest.update({
      where: { id },
      data: {
        recommendationOverride: override,
        events: {
          create: {
            kind: "override",
            fromState: request.state,
            toState: request.state,
            actor: "connector",
            reason: overrideReason(request.recommendationOverride ?? request.recommendation, choice, override === null),
          },
        },
      },
    });
    return true;
  });
}

/** "Recommendation changed from “Decline” to “Ask the target”". */
function overrideReason(before: Recommendation | null, after: Recommendation, backToSafeIntros: boolean): string {
  const to = `“${RECOMMENDATION_LABELS[after]}”`;
  if (before === null) return `Recommendation set to ${to} before SafeIntro made one`;
  const changed = `Recommendation changed from “${RECOMMENDATION_LABELS[before]}” to ${to}`;
  return backToSafeIntros ? `${changed}, SafeIntro's own recommendation` : changed;
}
