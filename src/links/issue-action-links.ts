import type { Prisma } from "../db/index.js";
import { expiryOf, hashActionToken, isActionName, newActionToken } from "./action-token.js";

/** Who a link was sent to. */
export type LinkAudience = "target" | "requester" | "connector";

export const LINK_AUDIENCES: readonly LinkAudience[] = ["target", "requester", "connector"];

export function isLinkAudience(value: unknown): value is LinkAudience {
  return typeof value === "string" && (LINK_AUDIENCES as readonly string[]).includes(value);
}

export interface IssueActionLinks<A extends string> {
  introRequestId: string;
  audience: LinkAudience;
  /** The answers offered to that person, each a button in the email. */
  actions: readonly A[];
  now: Date;
  /** How long the links work (ACTION_LINK_TTL_DAYS). */
  ttlMs: number;
}

/** The path of one action's link: `/l/<token>/<action>`. */
export function actionLinkPath(token: string, action: string): string {
  return `/l/${token}/${action}`;
}

/**
 * Issues the links of one email to one person, in the caller's transaction (with the state
 * change and the outbox row that carries them): one random token for the whole set of
 * actions offered to them, stored only as its SHA-256, and one path per action
 * (`/l/<token>/<action>`; the caller puts PUBLIC_URL before it). The token is the only secret:
 * it scopes the request, the person and the actions, and works once, until it expires.
 */
export async function issueActionLinks<A extends string>(
  tx: Prisma.TransactionClient,
  input: IssueActionLinks<A>,
): Promise<Record<A, string>> {
  const actions = [...new Set(input.actions)];
  if (actions.length === 0) throw new RangeError("A link must offer at least one action");
  const bad = actions.find((action) => !isActionName(action));
  if (bad !== undefined) throw new RangeError(`Not an action name: ${JSON.stringify(bad)}`);
  const expiresAt = expiryOf(input.now, input.ttlMs);
  const token = newActionToken();
  await tx.actionLink.create({
    data: {
      tokenHash: hashActionToken(token),
      introRequestId: input.introRequestId,
      audience: input.audience,
      actions,
      expiresAt,
      createdAt: input.now,
    },
  });
  return Object.fromEntries(actions.map((action) => [action, actionLinkPath(token, action)])) as Record<A, string>;
}
