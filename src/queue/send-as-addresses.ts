import { GmailError } from "../gmail/index.js";
import type { GmailWorkerDeps } from "./gmail-job-handler.js";

/** How long a reading of Gmail's send-as aliases holds: they change seldom, and a sync may run every minute. */
export const SEND_AS_RECHECK_MS = 24 * 60 * 60 * 1000;

/** The connector's own addresses for a sync: the account's, and the send-as aliases last read from Gmail. */
export function connectorAddressesOf(account: { email: string; sendAsAddresses: readonly string[] }): string[] {
  return [...new Set([account.email.toLowerCase(), ...account.sendAsAddresses])];
}

/**
 * Reads the account's verified send-as aliases again once the last reading is a day old (or
 * there is none), stores them and returns them; null when it did not read them (too soon, or
 * Gmail refused). They are a refinement (forwards from an alias accepted, an
 * alias's mail seen as the connector's), never worth a failed sync: a refusal from Gmail (a
 * 403 for a scope, a 5xx, a rate limit) is logged and the stored aliases are kept, to be read
 * again at the next sync. Not caught: SafeIntro's own failures (its database, Redis), which
 * the job queue retries and names as it does for every other step of the job.
 */
export async function refreshSendAsAddresses(
  deps: Pick<GmailWorkerDeps, "prisma" | "mailboxFor" | "logger">,
  account: { id: string; sendAsCheckedAt: Date | null },
  now: Date = new Date(),
): Promise<string[] | null> {
  const checkedAt = account.sendAsCheckedAt?.getTime();
  if (checkedAt !== undefined && now.getTime() - checkedAt < SEND_AS_RECHECK_MS) return null;
  let addresses: string[];
  try {
    addresses = await deps.mailboxFor(account.id).listSendAsAddresses();
  } catch (error) {
    if (!(error instanceof GmailError)) throw error;
    // Only what kind of refusal it was: nothing of the mailbox reaches the log.
    deps.logger.warn(
      { accountId: account.id, code: error.code, status: error.status, reason: error.reason },
      "could not read the account's Gmail send-as aliases; the ones known are kept and read again at the next sync",
    );
    return null;
  }
  // updateMany: an account disconnected meanwhile is simply gone, not an error of the sync.
  await deps.prisma.googleAccount.updateMany({
    where: { id: account.id },
    data: { sendAsAddresses: addresses, sendAsCheckedAt: now },
  });
  return addresses;
}
