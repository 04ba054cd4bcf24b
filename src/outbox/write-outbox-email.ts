import type { Prisma } from "../db/index.js";
import type { ComposedEmail, OutboxPurpose } from "./compose-email.js";

export interface OutboxEmailToWrite {
  connectorId: string;
  introRequestId?: string | null;
  purpose: OutboxPurpose;
  email: ComposedEmail;
  /** Gmail's thread to send it in: a reply in the requester's thread. */
  gmailThreadId?: string | null;
}

/**
 * Writes the email to send as a `pending` row, in the caller's transaction: the state change
 * and the email commit together or not at all. After the commit the caller queues it
 * (SendJobs.requestSend(id)); if that fails, the outbox sweep queues it within minutes.
 */
export async function writeOutboxEmail(
  tx: Prisma.TransactionClient,
  input: OutboxEmailToWrite,
): Promise<{ id: string; messageId: string }> {
  const row = await tx.outboxEmail.create({
    data: {
      connectorId: input.connectorId,
      introRequestId: input.introRequestId ?? null,
      purpose: input.purpose,
      messageId: input.email.messageId,
      raw: new Uint8Array(input.email.raw),
      gmailThreadId: input.gmailThreadId ?? null,
    },
    select: { id: true, messageId: true },
  });
  return row;
}
