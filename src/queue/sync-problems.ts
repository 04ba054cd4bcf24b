import type { GmailErrorCode } from "../gmail/index.js";
import type { Failure } from "./classify-failure.js";

/**
 * Plain words for the status page, by what went wrong: what happened, and what happens next
 * or what to do. Each must be true of what the worker then does (gmail-job-failure.ts).
 */
const GMAIL_PROBLEM: Record<Exclude<GmailErrorCode, "rate_limited">, string> = {
  temporary: "Gmail did not answer; SafeIntro will try again shortly.",
  // withAccessToken refreshes and retries on a 401; one that gets here came back after a fresh token.
  unauthorized: "Gmail did not accept SafeIntro's access just now; SafeIntro will try again shortly.",
  needs_reconnect: "Google no longer accepts SafeIntro's access. Reconnect Gmail to resume.",
  configuration:
    "Google refused SafeIntro's own settings (its OAuth client), not your account. The team has been told; syncing resumes once they fix it, with nothing for you to do.",
  cursor_expired: "Gmail's change history ran out; SafeIntro will read the mailbox again.",
  not_found: "A message disappeared while SafeIntro read it; SafeIntro will try again shortly.",
  // Only a send draws it (gmail-error.ts); a sync never does.
  insufficient_scope: "Google has not given SafeIntro permission to send email from this account.",
  permanent:
    "Gmail refused a request SafeIntro made, so SafeIntro has stopped syncing this mailbox. The team has been told. Press Sync now to try again.",
};

export const DATABASE_PROBLEM = "SafeIntro's database was unavailable; it will try again shortly.";
export const QUEUE_PROBLEM = "SafeIntro's job queue was unavailable; it will try again shortly.";
export const OWN_PROBLEM =
  "SafeIntro ran into a problem of its own. The team has been told; it will try again shortly.";

/** The words for a failure; a rate limit says when syncing goes on instead (rateLimitProblem). */
export function syncProblemOf(failure: Exclude<Failure, { kind: "cancelled" }>): string {
  switch (failure.kind) {
    case "gmail":
      return failure.error.code === "rate_limited"
        ? "Gmail asked SafeIntro to slow down; it will continue shortly."
        : GMAIL_PROBLEM[failure.error.code];
    case "database":
      return DATABASE_PROBLEM;
    case "queue":
      return QUEUE_PROBLEM;
    case "unknown":
      return OWN_PROBLEM;
  }
}

/** "Gmail asked SafeIntro to slow down; syncing goes on at 14:05 UTC." */
export function rateLimitProblem(resumesAt: Date): string {
  const time = resumesAt.toISOString().slice(11, 16);
  return `Gmail asked SafeIntro to slow down; syncing goes on at ${time} UTC.`;
}
