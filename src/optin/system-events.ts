import type { Prisma } from "../db/index.js";
import type { AfterCommit } from "../links/index.js";
import { IllegalTransitionError, type TransitionEvent, transition } from "../requests/index.js";
import { carryOutEffects, runAfterCommit } from "./carry-out-effects.js";
import type { OptInDeps, TimerKind } from "./optin-deps.js";

type State = Prisma.IntroRequestModel["state"];

/** The due time each timer keeps on the request row. */
const DUE_FIELD = {
  reminder_due: "reminder_due_at",
  expiry_due: "expiry_due_at",
  snooze_ends: "snoozed_until",
} as const;
const DUE_DATA = { reminder_due: "reminderDueAt", expiry_due: "expiryDueAt", snooze_ends: "snoozedUntil" } as const;

const TIMER_REASONS: Readonly<Record<TimerKind, string>> = {
  reminder_due: "The target has not answered: one reminder sent",
  expiry_due: "The target did not answer: the request expired",
  snooze_ends: "The snooze is over",
};

/**
 * Applies an event that no person caused (a timer, an email sent, the requester's answer in
 * the thread) in one transaction with the row locked, and carries out its effects. An event
 * the request has moved past (a timer that fired after the target answered) changes nothing.
 */
async function applyEvent(
  deps: OptInDeps,
  introRequestId: string,
  event: TransitionEvent,
  actor: "safeintro" | "requester",
  reason: string,
  guard: (tx: Prisma.TransactionClient, state: State) => Promise<boolean> = async () => true,
  data: Prisma.IntroRequestUpdateInput = {},
): Promise<boolean> {
  const afterCommit = await deps.prisma.$transaction(async (tx): Promise<AfterCommit | null> => {
    const [locked] = await tx.$queryRaw<{ state: State }[]>`
      SELECT state::text AS state FROM intro_requests WHERE id = ${introRequestId}::uuid FOR UPDATE`;
    if (!locked || !(await guard(tx, locked.state))) return null;
    let moved;
    try {
      moved = transition(locked.state, event, actor, deps.machine);
    } catch (error) {
      if (error instanceof IllegalTransitionError) return null;
      throw error;
    }
    const updated = await tx.introRequest.update({ where: { id: introRequestId }, data: { ...data, state: moved.to } });
    await tx.introRequestEvent.create({
      data: { introRequestId, kind: "transition", fromState: locked.state, toState: moved.to, actor, reason },
    });
    return carryOutEffects(deps, tx, updated, moved.effects);
  });
  if (!afterCommit) return false;
  await runAfterCommit(deps, afterCommit);
  return true;
}

/**
 * A timer's job fired: the reminder, the expiry or the end of a snooze. Only if the request
 * still has that timer (the target's answer or the connector's action cleared it) and the
 * state machine still allows the event: a late or repeated job changes nothing.
 */
export async function fireTimer(deps: OptInDeps, introRequestId: string, kind: TimerKind): Promise<boolean> {
  return applyEvent(
    deps,
    introRequestId,
    { type: kind },
    "safeintro",
    TIMER_REASONS[kind],
    async (tx) => {
      const [row] = await tx.$queryRawUnsafe<{ due: Date | null }[]>(
        `SELECT ${DUE_FIELD[kind]} AS due FROM intro_requests WHERE id = $1::uuid`,
        introRequestId,
      );
      return row?.due != null;
    },
    { [DUE_DATA[kind]]: null },
  );
}

/** An email was recorded as sent: the introduction's sending moves its request to `introduced`. Idempotent. */
export async function afterEmailSent(deps: OptInDeps, outboxId: string): Promise<void> {
  const email = await deps.prisma.outboxEmail.findUnique({
    where: { id: outboxId },
    select: { purpose: true, introRequestId: true, status: true },
  });
  if (!email?.introRequestId || email.purpose !== "introduction" || email.status !== "sent") return;
  await applyEvent(
    deps,
    email.introRequestId,
    { type: "introduction_sent" },
    "safeintro",
    "The introduction email went to both",
    async (_tx, state) => state === "accepted",
  );
}

/** A message stored by the sync, as far as replies to SafeIntro's questions are concerned. */
export interface StoredReply {
  gmailMessageId: string;
  gmailThreadId: string;
  /** Its sender, lowercased. */
  from: string | null;
}

/**
 * The requester answered the connector's request for details in the request's thread: the
 * request goes back for a new judgement (state `analyzed`, then the analysis job). If the
 * sync took the answer for a new request of its own (it often repeats the ask), its parts
 * are folded into the original request and the duplicate is removed.
 */
export async function noticeRequesterReplies(
  deps: OptInDeps,
  connectorId: string,
  replies: readonly StoredReply[],
): Promise<number> {
  const threads = [...new Set(replies.map((reply) => reply.gmailThreadId))];
  if (threads.length === 0) return 0;
  const waiting = await deps.prisma.introRequest.findMany({
    where: { connectorId, state: "needs_details", gmailThreadId: { in: threads } },
  });
  let answered = 0;
  for (const request of waiting) {
    const reply = replies.find(
      (candidate) => candidate.gmailThreadId === request.gmailThreadId && candidate.from === request.requesterEmail,
    );
    if (!reply) continue;
    const duplicate = await deps.prisma.introRequest.findUnique({
      where: { connectorId_sourceKey: { connectorId, sourceKey: reply.gmailMessageId } },
    });
    const moved = await applyEvent(
      deps,
      request.id,
      { type: "requester_answers_details" },
      "requester",
      "The requester answered with details",
      async (tx) => {
        if (duplicate) await tx.introRequest.delete({ where: { id: duplicate.id } });
        return true;
      },
      duplicate ? foldedParts(request, duplicate) : {},
    );
    if (moved) answered++;
  }
  return answered;
}

/** The answer's parts where it gives them, the request's own elsewhere, and the answer's specificity. */
function foldedParts(
  request: Prisma.IntroRequestModel,
  answer: Prisma.IntroRequestModel,
): Prisma.IntroRequestUpdateInput {
  return {
    targetName: answer.targetName ?? request.targetName,
    targetEmail: answer.targetEmail ?? request.targetEmail,
    targetOrganization: answer.targetOrganization ?? request.targetOrganization,
    targetRole: answer.targetRole ?? request.targetRole,
    reason: answer.reason ?? request.reason,
    ask: answer.ask ?? request.ask,
    benefitToTarget: answer.benefitToTarget ?? request.benefitToTarget,
    blurb: answer.blurb ?? request.blurb,
    ...(answer.specificityScore !== null && (request.specificityScore ?? -1) < answer.specificityScore
      ? {
          specificityScore: answer.specificityScore,
          specificityBand: answer.specificityBand,
          specificitySignals: answer.specificitySignals ?? undefined,
        }
      : {}),
  };
}
