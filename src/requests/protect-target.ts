import type { PrismaClient } from "../db/index.js";
import { targetKeyOf } from "../relationships/index.js";
import { isUuid } from "./request-id.js";

export interface ProtectionChange {
  /** The connector has a request of that id. */
  found: boolean;
  /** The target's protection changed (false: it already was as asked). */
  changed: boolean;
  /** The request has no target key (it names no one, or is not analysed yet): nothing to protect. */
  noTarget: boolean;
}

/** A label is for a page: a name or an address, not an essay. */
const MAX_LABEL_CHARS = 200;

/**
 * The keys under which a request's target may be protected: its own key (the address when
 * known), and the key of the name it gives, as the analysis weighs them. Empty when the request
 * has no target key yet.
 */
export function protectionKeysOf(request: { targetKey: string | null; targetName: string | null }): string[] {
  if (!request.targetKey) return [];
  const nameKey = targetKeyOf({ email: null, name: request.targetName });
  return nameKey && nameKey !== request.targetKey ? [request.targetKey, nameKey] : [request.targetKey];
}

/**
 * Protects the target of one of the connector's requests ("ask me before any request
 * reaches them"), or stops protecting them, with an event on that request's timeline.
 * Protection belongs to the target (its key), so it holds for every request naming them;
 * stopping lifts it under the target's name too, so the request's page then says "no".
 */
export async function setTargetProtection(
  prisma: PrismaClient,
  connectorId: string,
  id: string,
  protect: boolean,
): Promise<ProtectionChange> {
  if (!isUuid(id) || !isUuid(connectorId)) return { found: false, changed: false, noTarget: false };
  return prisma.$transaction(async (tx) => {
    const request = await tx.introRequest.findFirst({
      where: { id, connectorId },
      select: { state: true, targetKey: true, targetName: true, targetEmail: true },
    });
    if (!request) return { found: false, changed: false, noTarget: false };
    const targetKey = request.targetKey;
    if (!targetKey) return { found: true, changed: false, noTarget: true };
    const label = (request.targetName ?? request.targetEmail ?? targetKey).slice(0, MAX_LABEL_CHARS);
    const changed = protect
      ? (await tx.protectedTarget.createMany({ data: [{ connectorId, targetKey, label }], skipDuplicates: true }))
          .count > 0
      : (await tx.protectedTarget.deleteMany({ where: { connectorId, targetKey: { in: protectionKeysOf(request) } } }))
          .count > 0;
    if (changed)
      await tx.introRequestEvent.create({
        data: {
          introRequestId: id,
          kind: "protection",
          fromState: request.state,
          toState: request.state,
          actor: "connector",
          reason: protect
            ? `Protected ${label}: SafeIntro asks you before any request reaches them`
            : `Stopped protecting ${label}`,
        },
      });
    return { found: true, changed, noTarget: false };
  });
}
