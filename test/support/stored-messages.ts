import type { GmailEmulator } from "@safeintro/gmail-emulator";
import type { PrismaClient } from "../../src/db/client.js";

/**
 * The Gmail ids SafeIntro recorded for an account and the ids the emulator's mailbox holds,
 * each sorted: equal when every message was stored, and (the table's unique key) once.
 */
export async function storedAndInGmail(
  prisma: PrismaClient,
  emulator: GmailEmulator,
  address: string,
  accountId: string,
): Promise<{ stored: string[]; inGmail: string[] }> {
  const rows = await prisma.syncedMessage.findMany({ where: { accountId }, select: { gmailMessageId: true } });
  return {
    stored: rows.map((row) => row.gmailMessageId).toSorted(),
    inGmail: emulator
      .mailbox(address)
      .list()
      .map((message) => message.id)
      .toSorted(),
  };
}
