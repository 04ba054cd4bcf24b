import type { Prisma } from "../db/index.js";
import type { RequestSource } from "../generated/prisma/enums.js";
import { MAX_SUBJECT_CHARS } from "../intake/index.js";
import type { Submission } from "../intros/index.js";
import { introRequestFields } from "../requests/index.js";

/** Longest connector note kept: the note is theirs, the rest of the forward is the request. */
const MAX_NOTE_CHARS = 2_000;

export interface SubmissionToRecord {
  connectorId: string;
  route: RequestSource;
  /** Unique per connector: the Gmail message id (plus-address), or "inbound:<id>". */
  sourceKey: string;
  submission: Submission;
  identity: { originalMessageId: string | null; contentKey: string };
  /** When the forward arrived: the request's date when the original's own date is unreadable. */
  arrivedAt: Date;
}

const ROUTE_WORDS: Record<RequestSource, string> = {
  inbox: "found in your inbox",
  plus_address: "to your plus-address",
  inbound_smtp: "to your SafeIntro address",
  inbound_webhook: "to your SafeIntro address",
};

/**
 * Records a forward the connector sent on purpose: a new request (whatever the analysis
 * found: an unrecognised one says so), or, when the same request is already recorded (the
 * same Message-ID, or the same sender and text: forwarded twice, by two routes, or also in
 * the inbox), an event on that one. Runs inside the caller's transaction. Returns the
 * request and whether it is new, so the caller queues its analysis.
 */
export async function recordSubmission(
  tx: Prisma.TransactionClient,
  record: SubmissionToRecord,
): Promise<{ introRequestId: string; created: boolean }> {
  const { submission, identity } = record;
  const analysis = submission.analysis;
  const created = await tx.introRequest.createManyAndReturn({
    data: [
      {
        connectorId: record.connectorId,
        sourceKey: record.sourceKey,
        source: record.route,
        recognised: analysis.isIntroRequest,
        connectorNote: submission.connectorNote?.slice(0, MAX_NOTE_CHARS) ?? null,
        originalMessageId: identity.originalMessageId,
        contentKey: identity.contentKey,
        // The forward's subject is the connector's ("Fwd: …"); the request keeps the original's.
        subject: submission.subject.slice(0, MAX_SUBJECT_CHARS),
        receivedAt: submission.originalDate ?? record.arrivedAt,
        ...introRequestFields(analysis),
      },
    ],
    // Any of the three keys already taken: the same request, recorded before.
    skipDuplicates: true,
    select: { id: true, state: true },
  });
  const fresh = created[0];
  if (fresh) {
    await tx.introRequestEvent.create({
      data: {
        introRequestId: fresh.id,
        kind: "forwarded",
        toState: fresh.state,
        actor: "connector",
        reason: `You forwarded it ${ROUTE_WORDS[record.route]}.${submission.unrecognised ? ` ${submission.unrecognised}` : ""}`,
      },
    });
    return { introRequestId: fresh.id, created: true };
  }
  const existing = await tx.introRequest.findFirstOrThrow({
    where: {
      connectorId: record.connectorId,
      OR: [
        { sourceKey: record.sourceKey },
        { contentKey: identity.contentKey },
        ...(identity.originalMessageId ? [{ originalMessageId: identity.originalMessageId }] : []),
      ],
    },
    select: { id: true, state: true },
  });
  await tx.introRequestEvent.create({
    data: {
      introRequestId: existing.id,
      kind: "forwarded",
      toState: existing.state,
      actor: "connector",
      reason: `You forwarded it again ${ROUTE_WORDS[record.route]}; it is the same request, so nothing new was made.`,
    },
  });
  return { introRequestId: existing.id, created: false };
}
