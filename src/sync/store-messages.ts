import type { PrismaClient } from "../db/client.js";
import { InputError } from "../intake/input-error.js";
import { parseEmail } from "../intake/parse-email.js";
import { analyzeEmail } from "../intros/analyze-email.js";
import type { Analysis } from "../intros/types.js";
import type { Logger } from "../logger.js";
import type { FetchedMessage } from "./mailbox-reader.js";

export interface SyncTarget {
  accountId: string;
  connectorId: string;
  /** The mailbox owner's addresses: their own mail is never a request to them. */
  connectorAddresses: string[];
}

export interface StoreSettings {
  maxMessageBytes: number;
  logger: Logger;
}

/**
 * Judges fetched messages and records them: every message as seen (ids and verdict only;
 * no content is kept), and each intro request with its analysis. A message that cannot be
 * parsed is recorded as seen and not a request, so it is not fetched again and again.
 * Returns how many intro requests were found.
 */
export async function storeFetchedMessages(
  prisma: PrismaClient,
  target: SyncTarget,
  fetched: Map<string, FetchedMessage | null>,
  settings: StoreSettings,
): Promise<number> {
  const seen: { gmailMessageId: string; threadId: string; internalDate: Date; isIntroRequest: boolean }[] = [];
  const requests: { gmailMessageId: string; receivedAt: Date; analysis: Analysis }[] = [];
  for (const [gmailMessageId, message] of fetched) {
    if (message === null) continue; // deleted before we could fetch it
    const analysis = await analyzeRaw(gmailMessageId, message, target, settings);
    seen.push({ gmailMessageId, threadId: message.threadId, internalDate: message.internalDate, isIntroRequest: analysis?.isIntroRequest ?? false });
    if (analysis?.isIntroRequest) requests.push({ gmailMessageId, receivedAt: message.internalDate, analysis });
  }
  await prisma.$transaction([
    prisma.syncedMessage.createMany({
      data: seen.map((entry) => ({ ...entry, accountId: target.accountId })),
      skipDuplicates: true,
    }),
    ...requests.map(({ gmailMessageId, receivedAt, analysis }) =>
      prisma.introRequest.upsert({
        where: { connectorId_sourceKey: { connectorId: target.connectorId, sourceKey: gmailMessageId } },
        create: { connectorId: target.connectorId, sourceKey: gmailMessageId, receivedAt, ...introRequestFields(analysis) },
        update: {},
      }),
    ),
  ]);
  return requests.length;
}

async function analyzeRaw(
  gmailMessageId: string,
  message: FetchedMessage,
  target: SyncTarget,
  settings: StoreSettings,
): Promise<Analysis | null> {
  try {
    const email = await parseEmail(message.raw, { maxBytes: settings.maxMessageBytes });
    return analyzeEmail(email, { connectorAddresses: target.connectorAddresses });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // The reason names the problem ("truncated MIME message…"), never the content.
    settings.logger.warn({ accountId: target.accountId, gmailMessageId, reason: error.code }, "message skipped: %s", error.message);
    return null;
  }
}

function introRequestFields(analysis: Analysis) {
  return {
    requesterName: analysis.requester.name,
    requesterEmail: analysis.requester.email ?? "",
    forwardedByEmail: analysis.forwardedBy?.email ?? null,
    targetName: analysis.target?.name ?? null,
    targetEmail: analysis.target?.email ?? null,
    targetOrganization: analysis.target?.organization ?? null,
    targetRole: analysis.target?.role ?? null,
    reason: analysis.reason,
    ask: analysis.ask,
    benefitToTarget: analysis.benefitToTarget,
    blurb: analysis.blurb,
    specificityScore: analysis.specificity?.score ?? null,
    specificityBand: analysis.specificity?.band ?? null,
    specificitySignals: analysis.specificity ? JSON.parse(JSON.stringify(analysis.specificity.signals)) : undefined,
  };
}
