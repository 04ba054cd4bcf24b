import type { Prisma } from "../db/index.js";
import {
  allowedEvents,
  type IntroRequestState,
  protectionKeysOf,
  type TransitionEffect,
  type TransitionEventType,
  transition,
} from "../requests/index.js";
import { targetKeyOf } from "../relationships/index.js";

/** The target's answers, as the buttons of the email to them offer them. */
export type TargetAction = "yes" | "no" | "not_now" | "stop";

type TargetEventType = Extract<TransitionEventType, `target_${string}`>;

export const TARGET_EVENTS: Readonly<Record<TargetAction, TargetEventType>> = {
  yes: "target_says_yes",
  no: "target_says_no",
  not_now: "target_says_not_now",
  stop: "target_opts_out",
};

/** The buttons of an email to the target, in the order it shows them. */
export const TARGET_ACTIONS = Object.keys(TARGET_EVENTS) as readonly TargetAction[];

export function isTargetAction(value: unknown): value is TargetAction {
  return typeof value === "string" && Object.hasOwn(TARGET_EVENTS, value);
}

/** The event row's reason, in words. */
const REASONS: Readonly<Record<TargetAction, string>> = {
  yes: "The target said yes to the introduction",
  no: "The target said no thanks",
  not_now: "The target said not now",
  stop: "The target asked not to be sent requests through SafeIntro",
};

/** Of the actions a link offers, those the request's state still allows, in the link's order. */
export function targetActionsAllowed(state: IntroRequestState, offered: readonly string[]): TargetAction[] {
  const events = new Set<TransitionEventType>(allowedEvents(state, "target"));
  return offered.filter(isTargetAction).filter((action) => events.has(TARGET_EVENTS[action]));
}

/**
 * What the flow code does with the effects this module does not carry out itself (send_email,
 * timers, notify_connector): outbox rows and timers, in the same transaction. `request` is the
 * request as it is after the answer.
 */
export type CarryOutEffects = (
  tx: Prisma.TransactionClient,
  request: Prisma.IntroRequestModel,
  effects: readonly TransitionEffect[],
) => Promise<AfterCommit | void>;

/**
 * What to do once the transaction has committed: queue the jobs for the rows it wrote (a job
 * queued earlier could run before the rows exist, or for rows rolled back).
 */
export type AfterCommit = () => Promise<void>;

/** The default: the answer, its event and the protection are written; nothing else is done. */
export const carryOutNothing: CarryOutEffects = async () => undefined;

export interface TargetAnswer {
  action: TargetAction;
  from: IntroRequestState;
  to: IntroRequestState;
  /** Every effect the state machine asked for, protect_target included. */
  effects: TransitionEffect[];
  /** The target was protected now (false: already protected, or nothing to protect). */
  protectedNow: boolean;
  /** To run once the caller's transaction has committed (see CarryOutEffects). */
  afterCommit?: AfterCommit;
}

/**
 * The target's answer to a request, in the caller's transaction (useActionLink's): locks the
 * request, asks the state machine (transition throws IllegalTransitionError, e.g.
 * already_answered, and the caller's transaction rolls back), writes the new state and a
 * "transition" event (actor "target"), protects the target when they opt out, and hands the
 * other effects to `carryOut`.
 */
export async function answerAsTarget(
  tx: Prisma.TransactionClient,
  introRequestId: string,
  action: string,
  carryOut: CarryOutEffects = carryOutNothing,
): Promise<TargetAnswer> {
  if (!isTargetAction(action)) throw new RangeError(`Not a target's answer: ${JSON.stringify(action)}`);
  // The row lock serialises answers given through two links at once (the ask's and the reminder's).
  const [locked] = await tx.$queryRaw<{ state: IntroRequestState }[]>`
    SELECT state::text AS state FROM intro_requests WHERE id = ${introRequestId}::uuid FOR UPDATE`;
  if (!locked) throw new Error("The request of an action link is gone");
  const from = locked.state;
  const { to, effects } = transition(from, { type: TARGET_EVENTS[action] }, "target");
  const request = await tx.introRequest.update({ where: { id: introRequestId }, data: { state: to } });
  await tx.introRequestEvent.create({
    data: {
      introRequestId,
      kind: "transition",
      fromState: from,
      toState: to,
      actor: "target",
      reason: REASONS[action],
    },
  });
  const protectedNow = effects.some((effect) => effect.kind === "protect_target")
    ? await protectOnTargetsWish(tx, request)
    : false;
  const afterCommit = await carryOut(
    tx,
    request,
    effects.filter((effect) => effect.kind !== "protect_target"),
  );
  return { action, from, to, effects, protectedNow, ...(afterCommit ? { afterCommit } : {}) };
}

/** A label is for a page: a name or an address, not an essay (as protect-target.ts). */
const MAX_LABEL_CHARS = 200;

/**
 * The target asked not to be sent requests: their connector protects them from now on, under
 * every key a request may name them by (their address and their name), with a "protection"
 * event. A request that names no one SafeIntro can tell apart has nothing to protect.
 */
async function protectOnTargetsWish(tx: Prisma.TransactionClient, request: Prisma.IntroRequestModel): Promise<boolean> {
  const targetKey = request.targetKey ?? targetKeyOf({ email: request.targetEmail, name: request.targetName });
  if (!targetKey) return false;
  const label = (request.targetName ?? request.targetEmail ?? targetKey).slice(0, MAX_LABEL_CHARS);
  const keys = protectionKeysOf({ targetKey, targetName: request.targetName });
  const { count } = await tx.protectedTarget.createMany({
    data: keys.map((key) => ({ connectorId: request.connectorId, targetKey: key, label })),
    skipDuplicates: true,
  });
  if (count === 0) return false;
  await tx.introRequestEvent.create({
    data: {
      introRequestId: request.id,
      kind: "protection",
      fromState: request.state,
      toState: request.state,
      actor: "target",
      reason: `${label} asked not to be sent requests: protected, so SafeIntro asks you before any request reaches them`,
    },
  });
  return true;
}
