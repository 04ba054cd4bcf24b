import type { Prisma } from "../db/index.js";
import { canSendWith } from "../gmail/index.js";
import {
  isUuid,
  protectionKeysOf,
  type TransitionEffect,
  type TransitionEvent,
  transition,
} from "../requests/index.js";
import { targetKeyOf } from "../relationships/index.js";
import { carryOutEffects, runAfterCommit } from "./carry-out-effects.js";
import type { OptInDeps } from "./optin-deps.js";
import { emailDataFor, TEMPLATE_OF, withSubject } from "./request-email.js";

export type ConnectorAction = "ask_target" | "ask_requester_for_details" | "decline" | "snooze" | "send_decline_note";

export interface ActionEdits {
  note?: string;
  subject?: string;
  reason?: string;
  ask?: string;
  targetEmail?: string;
  sendDeclineNote?: boolean;
  snoozeUntil?: Date;
  /** Keep this note and subject as the connector's own version of this email (their defaults from now on). */
  keepWording?: boolean;
}

export interface EmailPreview {
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
}

export interface ActionForm {
  action: ConnectorAction;
  defaults: { note: string; subject: string; reason: string; ask: string; targetEmail: string | null };
  preview: EmailPreview | null;
  blocker: string | null;
}

export type ActionOutcome = { outcome: "done" } | { outcome: "needs_send_permission" } | { outcome: "not_found" };

/** The connector asked for something SafeIntro will not do as it stands; the message says why and what to do. */
export class ActionRefusedError extends Error {
  override readonly name = "ActionRefusedError";
}

/** An address a person can type: one plain `local@domain`, lowercased. */
const PLAIN_ADDRESS = /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/;
const PREVIEW_LINK = "/l/preview";

function eventOf(action: ConnectorAction, edits: ActionEdits): TransitionEvent {
  switch (action) {
    case "ask_target":
      return { type: "connector_asks_target" };
    case "ask_requester_for_details":
      return { type: "connector_asks_details" };
    case "decline":
      return { type: "connector_declines", noteToRequester: edits.sendDeclineNote === true };
    case "snooze":
      return { type: "connector_snoozes", until: edits.snoozeUntil ?? new Date(Date.now() + 7 * 86_400_000) };
    case "send_decline_note":
      return { type: "connector_sends_decline_note" };
  }
}

const REASONS: Readonly<Record<ConnectorAction, string>> = {
  ask_target: "You asked the target",
  ask_requester_for_details: "You asked the requester for details",
  decline: "You declined the request",
  snooze: "You snoozed the request",
  send_decline_note: "You sent the requester a kind note",
};

/** The request as the action would change it: the connector's words become the request's. */
function withEdits(request: Prisma.IntroRequestModel, action: ConnectorAction, edits: ActionEdits) {
  if (action !== "ask_target") return request;
  const clean = (text: string | undefined) => (text?.trim() ? text.trim() : null);
  return {
    ...request,
    reason: clean(edits.reason) ?? request.reason,
    ask: clean(edits.ask) ?? request.ask,
    targetEmail: clean(edits.targetEmail)?.toLowerCase() ?? request.targetEmail ?? resolvedTargetEmail(request),
  };
}

/** The address the analysis found for a target named without one (one contact, resolved). */
function resolvedTargetEmail(request: Prisma.IntroRequestModel): string | null {
  const judgement = request.judgement as { target?: { status?: string; email?: string } } | null;
  const target = judgement?.target;
  return target && (target.status === "resolved" || target.status === "address") && typeof target.email === "string"
    ? target.email
    : null;
}

/** What stops the action now, in words, or null. Checked again when it is carried out. */
async function blockerOf(
  deps: OptInDeps,
  request: Prisma.IntroRequestModel,
  action: ConnectorAction,
): Promise<string | null> {
  if (action !== "ask_target") return null;
  const name = request.targetName ?? "the target";
  if (!request.targetEmail) return `SafeIntro does not know ${name}'s address: add it below.`;
  if (!PLAIN_ADDRESS.test(request.targetEmail)) return `“${request.targetEmail}” is not an email address.`;
  if (!request.reason)
    return `Say why ${request.requesterName ?? "the requester"} wants to meet ${name}: the email needs it.`;
  if (!request.ask) return `Say what exactly is asked of ${name}: the email needs it.`;
  const keys = [
    ...protectionKeysOf(request),
    ...[targetKeyOf({ email: request.targetEmail, name: null })].flatMap((key) => (key ? [key] : [])),
  ];
  const protectedCount = await deps.prisma.protectedTarget.count({
    where: { connectorId: request.connectorId, targetKey: { in: keys } },
  });
  if (protectedCount > 0)
    return `${name} is protected: no request reaches them unless you choose to. Stop protecting ${name} on the request's page first if you really want to ask.`;
  return null;
}

async function loadRequest(deps: OptInDeps, connectorId: string, introRequestId: string) {
  if (!isUuid(introRequestId)) return null;
  return deps.prisma.introRequest.findFirst({ where: { id: introRequestId, connectorId } });
}

/**
 * The form of an action: its defaults, what stops it, and the email it would send with the
 * connector's edits, rendered as it will go but with placeholder links (the real ones are
 * made only when it is sent). Changes nothing. Throws IllegalTransitionError when the
 * request's state does not allow the action.
 */
export async function prepareConnectorAction(
  deps: OptInDeps,
  connectorId: string,
  introRequestId: string,
  action: ConnectorAction,
  edits: ActionEdits,
): Promise<ActionForm | null> {
  const stored = await loadRequest(deps, connectorId, introRequestId);
  if (!stored) return null;
  const { effects } = transition(stored.state, eventOf(action, edits), "connector", deps.machine);
  const saved = await readWording(deps, connectorId, action);
  edits = withWording(edits, saved);
  const request = withEdits(stored, action, edits);
  const blocker = await blockerOf(deps, request, action);
  const account = await deps.prisma.googleAccount.findUniqueOrThrow({
    where: { connectorId },
    select: { email: true, connector: { select: { displayName: true } } },
  });
  const connector = { name: account.connector.displayName ?? account.email, address: account.email };
  const email = effects.find(
    (effect): effect is Extract<TransitionEffect, { kind: "send_email" }> => effect.kind === "send_email",
  );
  let preview: EmailPreview | null = null;
  // Shown even when something stops it: the connector sees what they are completing.
  if (email) {
    const template = TEMPLATE_OF[email.template];
    const link = new URL(PREVIEW_LINK, deps.publicUrl).toString();
    const rendered = deps.renderer.render(
      template,
      emailDataFor(template, {
        request,
        connector,
        note: edits.note?.trim() || null,
        links: { yes: link, no: link, not_now: link, stop: link },
        linksExpireOn: new Date((deps.now?.() ?? new Date()).getTime() + deps.linkTtlMs),
      }),
    );
    const shown =
      email.thread === "new" && email.template === "ask_target" ? withSubject(rendered, edits.subject) : rendered;
    preview = {
      to: email.to.map((who) => (who === "target" ? (request.targetEmail ?? "") : request.requesterEmail)),
      cc: [],
      ...shown,
    };
  }
  return {
    action,
    defaults: {
      note: saved?.note ?? "",
      subject: preview?.subject ?? "",
      reason: stored.reason ?? "",
      ask: stored.ask ?? "",
      targetEmail: request.targetEmail,
    },
    preview,
    blocker,
  };
}

/**
 * Carries out the connector's choice: the state machine's transition, the request's new state
 * and event, and its effects (the email as an outbox row, timers) in one transaction, then the
 * jobs. An action that sends mail needs Gmail's permission to send: without it nothing changes
 * and the caller asks for it (needs_send_permission).
 */
export async function performConnectorAction(
  deps: OptInDeps,
  connectorId: string,
  introRequestId: string,
  action: ConnectorAction,
  edits: ActionEdits,
): Promise<ActionOutcome> {
  const stored = await loadRequest(deps, connectorId, introRequestId);
  if (!stored) return { outcome: "not_found" };
  edits = withWording(edits, await readWording(deps, connectorId, action));
  const event = eventOf(action, edits);
  const { effects } = transition(stored.state, event, "connector", deps.machine);
  const request = withEdits(stored, action, edits);
  const blocker = await blockerOf(deps, request, action);
  if (blocker) throw new ActionRefusedError(blocker);
  if (effects.some((effect) => effect.kind === "send_email")) {
    const account = await deps.prisma.googleAccount.findUniqueOrThrow({
      where: { connectorId },
      select: { scopes: true },
    });
    if (!canSendWith(account.scopes)) return { outcome: "needs_send_permission" };
  }
  const afterCommit = await deps.prisma.$transaction(async (tx) => {
    // The row lock orders this against a target's answer or a timer arriving at the same moment.
    const [locked] = await tx.$queryRaw<{ state: Prisma.IntroRequestModel["state"] }[]>`
      SELECT state::text AS state FROM intro_requests WHERE id = ${introRequestId}::uuid FOR UPDATE`;
    if (!locked) throw new ActionRefusedError("This request is gone.");
    const moved = transition(locked.state, event, "connector", deps.machine);
    const updated = await tx.introRequest.update({
      where: { id: introRequestId },
      data: {
        state: moved.to,
        ...(action === "ask_target"
          ? { reason: request.reason, ask: request.ask, targetEmail: request.targetEmail }
          : {}),
      },
    });
    await tx.introRequestEvent.create({
      data: {
        introRequestId,
        kind: "transition",
        fromState: locked.state,
        toState: moved.to,
        actor: "connector",
        reason: REASONS[action],
      },
    });
    if (edits.keepWording) {
      const wording = { note: edits.note?.trim() || null, subject: edits.subject?.trim() || null };
      await tx.connectorEmailWording.upsert({
        where: { connectorId_action: { connectorId, action } },
        create: { connectorId, action, ...wording },
        update: wording,
      });
    }
    return carryOutEffects(deps, tx, updated, moved.effects, {
      note: edits.note ?? null,
      subject: edits.subject ?? null,
    });
  });
  await runAfterCommit(deps, afterCommit);
  return { outcome: "done" };
}

/** The connector's own version of an action's email (their note and subject), if they kept one. */
async function readWording(deps: OptInDeps, connectorId: string, action: ConnectorAction) {
  return deps.prisma.connectorEmailWording.findUnique({
    where: { connectorId_action: { connectorId, action } },
    select: { note: true, subject: true },
  });
}

/** The connector's kept wording where this time's edits say nothing. */
function withWording(edits: ActionEdits, saved: { note: string | null; subject: string | null } | null): ActionEdits {
  const note = edits.note ?? saved?.note ?? undefined;
  const subject = edits.subject ?? saved?.subject ?? undefined;
  return { ...edits, ...(note === undefined ? {} : { note }), ...(subject === undefined ? {} : { subject }) };
}
