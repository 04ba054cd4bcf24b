import type { Prisma } from "../db/index.js";
import { type AfterCommit, expiryOf, issueActionLinks, TARGET_ACTIONS } from "../links/index.js";
import { composeEmail, type OutboxPurpose, writeOutboxEmail } from "../outbox/index.js";
import type { TransitionEffect } from "../requests/index.js";
import type { OptInDeps } from "./optin-deps.js";
import { emailDataFor, TEMPLATE_OF, withSubject } from "./request-email.js";

const DAY_MS = 86_400_000;

/** The connector's wording for the email an action sends. */
export interface EmailWording {
  note?: string | null;
  subject?: string | null;
}

type SendEmail = Extract<TransitionEffect, { kind: "send_email" }>;

/**
 * Carries out a transition's effects in the caller's transaction: the emails as outbox rows
 * (with fresh single-use links for the target), the timers' due times on the request row.
 * Returns what to do after the commit: queue the emails and set the timers' jobs, so that no
 * job runs for rows that are not there yet. Every decision was the state machine's; this only
 * does it.
 */
export async function carryOutEffects(
  deps: OptInDeps,
  tx: Prisma.TransactionClient,
  request: Prisma.IntroRequestModel,
  effects: readonly TransitionEffect[],
  wording: EmailWording = {},
): Promise<AfterCommit> {
  const now = deps.now?.() ?? new Date();
  const after: AfterCommit[] = [];
  for (const effect of effects) {
    switch (effect.kind) {
      case "send_email": {
        const outboxId = await writeRequestEmail(deps, tx, request, effect, wording, now);
        if (outboxId) after.push(() => deps.sends.requestSend(outboxId));
        break;
      }
      case "schedule_reminder": {
        const at = new Date(now.getTime() + effect.afterDays * DAY_MS);
        await tx.introRequest.update({ where: { id: request.id }, data: { reminderDueAt: at } });
        after.push(() => deps.timers.schedule(request.id, "reminder_due", at));
        break;
      }
      case "schedule_expiry": {
        const at = new Date(now.getTime() + effect.afterDays * DAY_MS);
        await tx.introRequest.update({ where: { id: request.id }, data: { reminderDueAt: null, expiryDueAt: at } });
        after.push(() => deps.timers.schedule(request.id, "expiry_due", at));
        break;
      }
      case "schedule_snooze_end": {
        await tx.introRequest.update({ where: { id: request.id }, data: { snoozedUntil: effect.until } });
        after.push(() => deps.timers.schedule(request.id, "snooze_ends", effect.until));
        break;
      }
      case "cancel_timers": {
        await tx.introRequest.update({
          where: { id: request.id },
          data: { reminderDueAt: null, expiryDueAt: null, snoozedUntil: null },
        });
        after.push(() => deps.timers.cancel(request.id));
        break;
      }
      case "reanalyse":
        after.push(() => deps.analysis.requestAnalysis(request.id));
        break;
      // The transition's event row is the notice: the request page and its timeline show it.
      case "notify_connector":
        break;
      // The target's own path protects them (answerAsTarget), in the same transaction.
      case "protect_target":
        break;
    }
  }
  return async () => {
    for (const task of after) await task();
  };
}

/**
 * Runs what a committed change calls for. A failure (Redis unreachable) is logged, not thrown:
 * the change stands, and the sweeps queue what is missing (emails and timers from their rows,
 * analyses from the request's state) within minutes. Telling the connector "nothing changed"
 * would be false.
 */
export async function runAfterCommit(deps: Pick<OptInDeps, "logger">, afterCommit: AfterCommit): Promise<void> {
  try {
    await afterCommit();
  } catch (error) {
    deps.logger.warn(
      { error: (error as Error).message },
      "a change is saved, but its jobs could not be queued: the sweeps will queue them",
    );
  }
}

/**
 * One email of a request as an outbox row: rendered from its template, composed as the
 * connector, threaded as the state machine says. An email that may go once and already went
 * (or waits to go) is not written again. Returns the row's id, or null when none was written.
 */
async function writeRequestEmail(
  deps: OptInDeps,
  tx: Prisma.TransactionClient,
  request: Prisma.IntroRequestModel,
  effect: SendEmail,
  wording: EmailWording,
  now: Date,
): Promise<string | null> {
  const purpose: OutboxPurpose = effect.template;
  if (effect.once) {
    const earlier = await tx.outboxEmail.findFirst({
      where: { introRequestId: request.id, purpose, status: { not: "failed" } },
      select: { id: true },
    });
    if (earlier) return null;
  }
  const account = await tx.googleAccount.findUniqueOrThrow({
    where: { connectorId: request.connectorId },
    select: { email: true, connector: { select: { displayName: true } } },
  });
  const connector = { name: account.connector.displayName ?? account.email, address: account.email };
  const toTarget = effect.to.includes("target");
  const links = toTarget ? await targetLinks(deps, tx, request.id, now) : null;
  const template = TEMPLATE_OF[effect.template];
  const rendered = deps.renderer.render(
    template,
    emailDataFor(template, {
      request,
      connector,
      note: wording.note ?? null,
      links: links?.urls ?? null,
      linksExpireOn: links?.expiresAt ?? null,
    }),
  );
  const thread = await threadOf(tx, request, effect);
  // The connector's own subject only where a thread starts: a reply must keep Gmail's "Re: …".
  const email =
    effect.thread === "new" && effect.template === "ask_target" ? withSubject(rendered, wording.subject) : rendered;
  const recipients = effect.to.map((who) =>
    who === "target"
      ? { name: request.targetName, address: requireAddress(request.targetEmail, "the target") }
      : { name: request.requesterName, address: request.requesterEmail },
  );
  const composed = await composeEmail({
    purpose,
    from: connector,
    to: recipients,
    subject: email.subject,
    text: email.text,
    html: email.html,
    ...(thread.inReplyTo ? { inReplyTo: thread.inReplyTo, references: [thread.inReplyTo] } : {}),
    messageIdDomain: deps.messageIdDomain,
    date: now,
  });
  const { id } = await writeOutboxEmail(tx, {
    connectorId: request.connectorId,
    introRequestId: request.id,
    purpose,
    email: composed,
    gmailThreadId: thread.gmailThreadId,
  });
  return id;
}

/** Fresh single-use links for the target's four answers, as absolute URLs. */
async function targetLinks(deps: OptInDeps, tx: Prisma.TransactionClient, introRequestId: string, now: Date) {
  const paths = await issueActionLinks(tx, {
    introRequestId,
    audience: "target",
    actions: [...TARGET_ACTIONS],
    now,
    ttlMs: deps.linkTtlMs,
  });
  const absolute = (path: string) => new URL(path, deps.publicUrl).toString();
  return {
    urls: {
      yes: absolute(paths.yes),
      no: absolute(paths.no),
      not_now: absolute(paths.not_now),
      stop: absolute(paths.stop),
    },
    expiresAt: expiryOf(now, deps.linkTtlMs),
  };
}

/**
 * Where an email goes: a reply in the requester's thread answers their email (In-Reply-To,
 * and Gmail's thread id); the reminder answers the ask in its thread; others start their own.
 */
async function threadOf(
  tx: Prisma.TransactionClient,
  request: Prisma.IntroRequestModel,
  effect: SendEmail,
): Promise<{ inReplyTo: string | null; gmailThreadId: string | null }> {
  if (effect.thread === "requester") {
    const inReplyTo =
      request.sourceMessageId && /^<[^<>\s]+>$/.test(request.sourceMessageId) ? request.sourceMessageId : null;
    return { inReplyTo, gmailThreadId: request.gmailThreadId };
  }
  if (effect.template === "reminder") {
    const ask = await tx.outboxEmail.findFirst({
      where: { introRequestId: request.id, purpose: "ask_target" },
      orderBy: { createdAt: "desc" },
      select: { messageId: true, gmailThreadId: true },
    });
    return { inReplyTo: ask?.messageId ?? null, gmailThreadId: ask?.gmailThreadId ?? null };
  }
  return { inReplyTo: null, gmailThreadId: null };
}

function requireAddress(address: string | null, who: string): string {
  if (!address) throw new RangeError(`SafeIntro does not know ${who}'s address`);
  return address;
}
