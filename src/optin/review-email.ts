import type { Prisma } from "../db/index.js";
import type { ReviewEmail } from "../email/index.js";
import { canSendWith } from "../gmail/index.js";
import type { AfterCommit } from "../links/index.js";
import { composeEmail, writeOutboxEmail } from "../outbox/index.js";
import type { Judgement } from "../relationships/index.js";
import { RECOMMENDATION_LABELS } from "../requests/index.js";
import { runAfterCommit } from "./carry-out-effects.js";
import type { OptInDeps } from "./optin-deps.js";

/** What the review email needs of the double opt-in's parts. */
export type ReviewEmailDeps = Pick<OptInDeps, "renderer" | "sends" | "publicUrl" | "messageIdDomain" | "logger">;

/** The request as the review email tells of it. */
export interface ReviewedRequest {
  id: string;
  requesterName: string | null;
  requesterEmail: string;
  targetName: string | null;
  targetEmail: string | null;
  subject: string | null;
  specificityScore: number | null;
}

/**
 * The review email's data: the request, the recommendation in words with its reasons, and
 * absolute links to the request's page and to the confirm pages of its three actions
 * (`/requests/<id>/act/<action>`), which show the email each would send and act only on the
 * signed-in connector's confirmation.
 */
export function reviewEmailData(
  request: ReviewedRequest,
  judgement: Pick<Judgement, "recommendation" | "reasons">,
  publicUrl: string,
): ReviewEmail {
  const page = `/requests/${encodeURIComponent(request.id)}`;
  const absolute = (path: string) => new URL(path, publicUrl).toString();
  return {
    requesterName: request.requesterName ?? request.requesterEmail,
    requesterEmail: request.requesterEmail,
    targetName: request.targetName ?? request.targetEmail,
    requestSubject: request.subject,
    recommendation: RECOMMENDATION_LABELS[judgement.recommendation],
    reasons: judgement.reasons.map((reason) => reason.text).filter((text) => text.trim() !== ""),
    specificityScore: Math.min(100, Math.max(0, Math.round(request.specificityScore ?? 0))),
    requestUrl: absolute(page),
    askTargetUrl: absolute(`${page}/act/ask_target`),
    askForDetailsUrl: absolute(`${page}/act/ask_requester_for_details`),
    declineUrl: absolute(`${page}/act/decline`),
  };
}

/**
 * After a request's first judgement, in the transaction that stored it: the review email to
 * the connector themself (from and to their Gmail address, a thread of its own) as an outbox
 * row. None when they turned review emails off or have not allowed SafeIntro to send; none
 * while the mailbox's first full sync runs (what it finds is old mail, not new requests, and
 * a burst of reviews would spend the daily send cap the connector's own emails need); and
 * none when the email cannot be made of the request (logged): the analysis stands either way.
 * Returns what to do after the commit (queue the send), or null when nothing was written.
 */
export async function writeReviewEmail(
  deps: ReviewEmailDeps,
  tx: Prisma.TransactionClient,
  introRequestId: string,
  judgement: Pick<Judgement, "recommendation" | "reasons">,
  now: Date,
): Promise<AfterCommit | null> {
  const request = await tx.introRequest.findUnique({
    where: { id: introRequestId },
    select: {
      id: true,
      connectorId: true,
      requesterName: true,
      requesterEmail: true,
      targetName: true,
      targetEmail: true,
      subject: true,
      specificityScore: true,
      connector: {
        select: {
          displayName: true,
          reviewEmails: true,
          googleAccount: { select: { email: true, scopes: true, historyId: true } },
        },
      },
    },
  });
  const account = request?.connector.googleAccount;
  if (!request || !account || !request.connector.reviewEmails || !canSendWith(account.scopes)) return null;
  if (account.historyId === null) return null;
  const connector = { name: request.connector.displayName ?? account.email, address: account.email };
  let composed: Awaited<ReturnType<typeof composeEmail>>;
  try {
    const email = deps.renderer.render("review", reviewEmailData(request, judgement, deps.publicUrl));
    composed = await composeEmail({
      purpose: "review",
      from: connector,
      to: [connector],
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageIdDomain: deps.messageIdDomain,
      date: now,
    });
  } catch (error) {
    deps.logger.warn(
      { introRequestId, error: (error as Error).message },
      "the review email could not be made; the request is analysed without it",
    );
    return null;
  }
  const { id } = await writeOutboxEmail(tx, {
    connectorId: request.connectorId,
    introRequestId,
    purpose: "review",
    email: composed,
  });
  return () => runAfterCommit(deps, () => deps.sends.requestSend(id));
}
