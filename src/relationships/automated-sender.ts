import { mailboxKey } from "../intake/index.js";
/**
 * Which senders are machines (newsletters, notifications, bounces), by their address alone:
 * their mail counts for no tie (docs/counting-rules.md).
 */

/**
 * Squashed local parts (separators removed) containing these are machine senders: no-reply in
 * its spellings (no.reply, do_not_reply, ne-pas-repondre), bounce handlers, auto-responders,
 * Amazon's auto-confirm. No person's address contains them.
 */
const AUTOMATED_FRAGMENTS = [
  "noreply",
  "donotreply",
  "nepasrepondre",
  "mailerdaemon",
  "postmaster",
  "autoreply",
  "autorespond",
  "autoconfirm",
];
/**
 * Words that mark a machine sender when they are a whole part of the local part (split at
 * . _ - =): notifications@github.com, calendar-notification@google.com, alerts@, digest@,
 * product-updates@, invitations@linkedin.com, bounces@. Whole parts only: "newsome",
 * "notley", "alertson" are people.
 */
const AUTOMATED_WORDS = new Set([
  "notifications",
  "notification",
  "notify",
  "notifier",
  "alerts",
  "newsletter",
  "newsletters",
  "digest",
  "updates",
  "invitations",
  "bounce",
  "bounces",
  "automated",
]);
/** Whole local parts only: "news@" is a newsletter, "news.anchor@" may be a person. */
const AUTOMATED_LOCAL_PARTS = new Set(["news", "mailer"]);
/** Domain labels (not the last) of bounce and notification hosts: x@bounces.google.com. */
const AUTOMATED_DOMAIN_LABELS = new Set(["bounce", "bounces", "noreply", "no-reply", "notifications", "mailer-daemon"]);

/**
 * Whether an address is a machine's (no-reply, notifications, bounces, newsletters). Its mail
 * is counted apart, never as correspondence. Only the address is judged, never the name: a
 * person called "News" or "Alert" is still a person.
 */
export function isAutomatedSender(email: string): boolean {
  const key = mailboxKey(email);
  const at = key.lastIndexOf("@");
  const local = at < 0 ? key : key.slice(0, at);
  const domainLabels =
    at < 0
      ? []
      : key
          .slice(at + 1)
          .split(".")
          .slice(0, -1);
  const squashed = local.replace(/[._=-]/g, "");
  return (
    AUTOMATED_LOCAL_PARTS.has(local) ||
    AUTOMATED_FRAGMENTS.some((fragment) => squashed.includes(fragment)) ||
    local.split(/[._=-]+/).some((part) => AUTOMATED_WORDS.has(part)) ||
    domainLabels.some((label) => AUTOMATED_DOMAIN_LABELS.has(label))
  );
}
