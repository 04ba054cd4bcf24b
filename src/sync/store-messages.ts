import type { MessageAnalyzer, SkipReason, Verdict } from "../analysis/index.js";
import type { PrismaClient } from "../db/index.js";
import { recordSubmission } from "../inbound/index.js";
import { MAX_SUBJECT_CHARS } from "../intake/index.js";
import type { Analysis, Submission } from "../intros/index.js";
import type { Logger } from "../logger.js";
import {
  countMessageHeaders,
  type CountedMessage,
  readHeaderFacts,
  saveMailIntroductions,
} from "../relationships/index.js";
import { introRequestFields } from "../requests/index.js";
import type { FetchedMessage } from "./mailbox-reader.js";

export interface SyncTarget {
  accountId: string;
  connectorId: string;
  /** The mailbox owner's addresses: their own mail is never a request to them. */
  connectorAddresses: string[];
  /** The connector lets the LLM judge read their request-like mail (Connector.llmJudge). */
  llmJudge?: boolean;
}

export interface StoreSettings {
  /** Judges each message off the main thread, within a time limit (src/analysis). */
  analyzer: MessageAnalyzer;
  /** The tag of the connectors' plus-address (PLUS_ADDRESS_TAG): their mail to it is a forwarded request. */
  plusAddressTag?: string;
  /** The analyzer asks an LLM judge (LLM_JUDGE_URL): for connectors who turned it on, it may. */
  llmJudge?: boolean;
  logger: Logger;
  /**
   * Told the ids of the requests a batch created, once they are stored, to queue their
   * analysis. Its failure fails the sync (retried); the repair sweep catches any request
   * left unanalysed meanwhile.
   */
  onNewRequests?: (introRequestIds: string[]) => Promise<void>;
  /**
   * Told of the messages a batch stored for the first time (thread and sender only), after
   * its transaction: a requester's answer in a request's thread sends the request back for a
   * new judgement (src/optin). Its failure fails the sync, which is retried.
   */
  onMessagesStored?: (
    target: SyncTarget,
    messages: { gmailMessageId: string; gmailThreadId: string; from: string | null }[],
  ) => Promise<void>;
}

/**
 * Judges fetched messages and records them: every message as seen (ids and verdict only;
 * no content is kept), and each intro request with its analysis. A message that cannot be
 * parsed, or that the analysis gives up on, is recorded as seen with the reason it was
 * skipped, so it is not fetched again and again and the sync goes on. Returns how many
 * intro requests were found.
 */
export async function storeFetchedMessages(
  prisma: PrismaClient,
  target: SyncTarget,
  fetched: Map<string, FetchedMessage | null>,
  settings: StoreSettings,
): Promise<number> {
  const seen: {
    gmailMessageId: string;
    threadId: string;
    internalDate: Date | null;
    isIntroRequest: boolean;
    skipReason: SkipReason | null;
    contactsCounted: boolean;
  }[] = [];
  const counted: CountedMessage[] = [];
  const requests: {
    gmailMessageId: string;
    receivedAt: Date;
    analysis: Analysis;
    identity: { originalMessageId: string | null; contentKey: string };
    thread: { gmailThreadId: string; sourceMessageId: string | null; subject: string };
  }[] = [];
  const submissions: {
    gmailMessageId: string;
    receivedAt: Date;
    submission: Submission;
    identity: { originalMessageId: string | null; contentKey: string };
  }[] = [];
  // Judged side by side: the analyzer runs as many at once as it has threads, the rest wait.
  const judged = await Promise.all(
    [...fetched].map(async ([gmailMessageId, message]) =>
      // null: deleted before we could fetch it.
      message === null ? null : { gmailMessageId, message, verdict: await judge(message, target, settings) },
    ),
  );
  for (const entry of judged) {
    if (entry === null) continue;
    const { gmailMessageId, message, verdict } = entry;
    const analysis = verdict.kind === "analysed" ? verdict.analysis : null;
    if (verdict.kind === "skipped") {
      // The reason names the problem ("truncated MIME message…"), never the content.
      settings.logger.warn(
        { accountId: target.accountId, gmailMessageId, reason: verdict.reason },
        "message skipped: %s",
        verdict.detail,
      );
    }
    seen.push({
      gmailMessageId,
      threadId: message.threadId,
      internalDate: message.internalDate,
      isIntroRequest: analysis?.isIntroRequest ?? false,
      skipReason: verdict.kind === "skipped" ? verdict.reason : null,
      // A skipped message's headers are fetched alone by the contacts backfill.
      contactsCounted: verdict.kind === "analysed",
    });
    if (verdict.kind === "analysed")
      counted.push({
        gmailMessageId,
        threadId: message.threadId,
        // Gmail always gives one; a message without it counts as arriving now rather than in 1970.
        receivedAt: message.internalDate ?? new Date(),
        headers: verdict.contactHeaders,
        introduction: verdict.introduction,
      });
    if (verdict.kind !== "analysed" || message.skipped) continue;
    if (verdict.submission)
      submissions.push({
        gmailMessageId,
        receivedAt: message.internalDate,
        submission: verdict.submission,
        identity: verdict.identity,
      });
    else if (verdict.analysis.isIntroRequest)
      requests.push({
        gmailMessageId,
        receivedAt: message.internalDate,
        analysis: verdict.analysis,
        identity: verdict.identity,
        thread: { gmailThreadId: message.threadId, sourceMessageId: verdict.messageId, subject: verdict.subject },
      });
  }
  const { created, stored } = await prisma.$transaction(async (tx) => {
    // Only the rows inserted now are counted: a message synced again (an overlapping sync, a
    // full resync) is already in synced_messages, so its headers are never counted twice.
    const inserted = await tx.syncedMessage.createManyAndReturn({
      data: seen.map((entry) => ({ ...entry, accountId: target.accountId })),
      skipDuplicates: true,
      select: { gmailMessageId: true },
    });
    const fresh = new Set(inserted.map((row) => row.gmailMessageId));
    const newlyCounted = counted.filter((message) => fresh.has(message.gmailMessageId));
    await countMessageHeaders(tx, target, newlyCounted);
    await saveMailIntroductions(tx, target.accountId, newlyCounted);
    const created = await tx.introRequest.createManyAndReturn({
      data: requests.map(({ gmailMessageId, receivedAt, analysis, identity, thread }) => ({
        connectorId: target.connectorId,
        sourceKey: gmailMessageId,
        receivedAt,
        ...identity,
        ...thread,
        ...introRequestFields(analysis),
      })),
      // Also when the same request is already recorded from a forward (content key, Message-ID).
      skipDuplicates: true,
      select: { id: true },
    });
    // Forwards to the plus-address: only those seen for the first time (a resync adds nothing).
    for (const { gmailMessageId, receivedAt, submission, identity } of submissions) {
      if (!fresh.has(gmailMessageId)) continue;
      const recorded = await recordSubmission(tx, {
        connectorId: target.connectorId,
        route: "plus_address",
        sourceKey: gmailMessageId,
        submission,
        identity,
        arrivedAt: receivedAt,
      });
      if (recorded.created) created.push({ id: recorded.introRequestId });
      await tx.inboundMessage.create({
        data: {
          connectorId: target.connectorId,
          route: "plus_address",
          status: "processed",
          fromAddress: submission.sentBy,
          subject: submission.subject.slice(0, MAX_SUBJECT_CHARS),
          outcome: recorded.created ? "Recorded as a request" : "The same request was already recorded",
          introRequestId: recorded.introRequestId,
          receivedAt,
        },
      });
    }
    return { created, stored: newlyCounted };
  });
  await learnConnectorName(prisma, target, stored);
  if (created.length > 0) await settings.onNewRequests?.(created.map((row) => row.id));
  if (stored.length > 0)
    await settings.onMessagesStored?.(
      target,
      stored.map((message) => ({
        gmailMessageId: message.gmailMessageId,
        gmailThreadId: message.threadId,
        from: readHeaderFacts(message.headers, message.receivedAt).from?.email ?? null,
      })),
    );
  return requests.length + submissions.length;
}

/**
 * The analysis' verdict, or the fetch's own: a message Gmail gave without raw (no_raw), or
 * over MAX_MESSAGE_BYTES and dropped as it streamed (too_large), is skipped like one the
 * analysis refuses, and recorded as seen so that it is never fetched again.
 */
async function judge(message: FetchedMessage, target: SyncTarget, settings: StoreSettings): Promise<Verdict> {
  if (message.skipped) return { kind: "skipped", ...message.skipped };
  return settings.analyzer.judge(message.raw, {
    connectorAddresses: target.connectorAddresses,
    plusAddressTag: settings.plusAddressTag ?? null,
    llmJudge: settings.llmJudge === true && target.llmJudge === true,
  });
}

/**
 * The connector's name as their own mail gives it (the display name of a message they sent):
 * the emails SafeIntro sends for them are signed with it. Google's sign-in gives only the
 * address (SafeIntro asks for no profile scope). A name the connector already has is kept.
 */
async function learnConnectorName(
  prisma: PrismaClient,
  target: SyncTarget,
  stored: readonly CountedMessage[],
): Promise<void> {
  const own = new Set(target.connectorAddresses.map((address) => address.toLowerCase()));
  let name: string | null = null;
  for (const message of stored) {
    const from = readHeaderFacts(message.headers, message.receivedAt).from;
    if (from?.name && own.has(from.email) && from.name.toLowerCase() !== from.email) name = from.name;
  }
  if (name)
    await prisma.connector.updateMany({
      where: { id: target.connectorId, displayName: null },
      data: { displayName: name },
    });
}
