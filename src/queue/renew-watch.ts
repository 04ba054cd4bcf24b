import { recordMailboxAddress } from "../accounts/index.js";
import { GmailError } from "../gmail/index.js";
import type { GmailWorkerDeps } from "./gmail-job-handler.js";

export const WATCH_REFUSED_PROBLEM =
  "Gmail did not accept SafeIntro's request for push notifications (the team has been told), so SafeIntro checks your mailbox for new mail regularly instead. Push resumes by itself once it works.";

/**
 * Gmail refusing users.watch for good: a topic that does not exist (404), or that Gmail may
 * not publish to (403), or a malformed name (400). SafeIntro's settings, not the mailbox's.
 */
function isWatchRefused(error: unknown): error is GmailError {
  return error instanceof GmailError && (error.code === "permanent" || error.code === "not_found");
}

/**
 * Starts or renews the mailbox's Gmail watch. When Gmail refuses it, the mailbox does not go
 * quiet: it is polled as without push, the status page says so, the team is told (an error
 * in the log), and the watch is tried again at the slow poll's pace until it works.
 */
export async function renewWatch(
  deps: GmailWorkerDeps,
  account: { id: string; watchError: string | null },
): Promise<unknown> {
  if (!deps.pushTopic) return { skipped: "push not configured" };
  const mailbox = deps.mailboxFor(account.id);
  // Pushes name the mailbox by address: a renamed account must be found under its new one.
  await recordMailboxAddress(deps.prisma, account.id, (await mailbox.getProfile()).emailAddress);
  let watch;
  try {
    watch = await mailbox.watch(deps.pushTopic);
  } catch (error) {
    if (!isWatchRefused(error)) throw error;
    await deps.prisma.googleAccount.update({ where: { id: account.id }, data: { watchError: WATCH_REFUSED_PROBLEM } });
    deps.logger.error(
      { accountId: account.id, status: error.status, reason: error.reason, error: error.message },
      "Gmail refused users.watch: check GMAIL_PUSH_TOPIC, and that gmail-api-push@system.gserviceaccount.com may publish to it; the mailbox is polled meanwhile",
    );
    await deps.jobs.startSchedules(account.id, { watchFailing: true });
    return { watch: "refused" };
  }
  await deps.prisma.googleAccount.update({
    where: { id: account.id },
    data: { watchExpiresAt: watch.expiration, watchError: null },
  });
  if (account.watchError !== null) {
    deps.logger.info({ accountId: account.id }, "Gmail push works again: back from polling to push");
    await deps.jobs.startSchedules(account.id, { watchFailing: false });
  }
  return { watchExpiresAt: watch.expiration.toISOString() };
}
