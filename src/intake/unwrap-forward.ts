import EmailForwardParser from "email-forward-parser";
import type { Person } from "./person.js";
import { shortenLongLines } from "./long-lines.js";

export interface UnwrappedForward {
  /** The original sender of the forwarded message. */
  original: Person;
  subject: string;
  /** The forwarded message's own text. */
  body: string;
  /** What the forwarder wrote above the forwarded message ("FYI, can you look?"). */
  note: string;
  /** When the original was sent, as the forward's header block gives it; null when unreadable. */
  date: Date | null;
}

const forwardParser = new EmailForwardParser();

/**
 * Separator lines that only forwards carry. Outlook uses the same "From: … Sent: …" block
 * for replies and forwards, so without one of these the subject has to say "Fwd"/"FW".
 * Dashes are matched from the first of a run only: from each dash of a long run the pattern
 * rescanned the rest of it, in time growing with the square of its length.
 */
const FORWARD_MARKER =
  /(?<!-)-{2,}\s*(original|forwarded) message\s*-{2,}|begin forwarded message:|(?<!-)-{2,}\s*message transféré\s*-{2,}|(?<!-)-{2,}\s*weitergeleitete nachricht\s*-{2,}/i;
const FORWARD_SUBJECT = /^\s*(fwd?|fw|tr|wg|rv)\s*:/i;
const REPLY_SUBJECT = /^\s*(re|aw|sv)\s*:/i;

/**
 * Unwraps a forwarded message in the styles of Gmail, Outlook, Apple Mail, Thunderbird
 * and others (email-forward-parser does the recognising). Returns null for anything
 * that is not a forward, replies with quoted history included.
 */
export function unwrapForward(
  subject: string,
  text: string,
  options: { knownForward?: boolean } = {},
): UnwrappedForward | null {
  // A message forwarded to SafeIntro on purpose is known to be a forward: the parser alone
  // decides, in every language it knows, without the pre-check's few.
  const looksForwarded =
    options.knownForward === true ||
    FORWARD_MARKER.test(text) ||
    (FORWARD_SUBJECT.test(subject) && !REPLY_SUBJECT.test(subject));
  if (!looksForwarded) return null;
  // The parser's patterns are slow on long lines: it reads them cut (./long-lines.ts).
  const { text: shortened, restore } = shortenLongLines(text);
  // Read first without the subject: given one, the parser reports it (less its "Fwd:") as the
  // original's subject, where the forwarded header block has the original's own. The subject
  // is still needed for forwards the body alone does not show (Outlook's block without a
  // separator line), and the pre-check above has already asked for "Fwd"/"FW" there.
  let result = forwardParser.read(shortened);
  if (!result.forwarded || !result.email.from.address) result = forwardParser.read(shortened, subject);
  if (!result.forwarded || !result.email.from.address) return null;
  return {
    original: {
      name: result.email.from.name ? restore(result.email.from.name) : null,
      email: restore(result.email.from.address).toLowerCase(),
    },
    subject: restore(result.email.subject ?? subject),
    body: restore(result.email.body ?? ""),
    note: restore(result.message ?? ""),
    date: readForwardDate(result.email.date),
  };
}

/**
 * The date line of a forward's header block, in the words of the client that wrote it:
 * "Tue, Dec 1, 2026 at 9:14 AM" (Gmail), "Tuesday, December 1, 2026 9:14 AM" (Outlook),
 * "1 December 2026 at 09:14:00 CET" (Apple Mail). JavaScript's date parser reads these once
 * the "at" is gone (and a zone abbreviation it does not know); a date it cannot read is null.
 */
function readForwardDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const cleaned = value
    .replace(/\s+at\s+/i, " ")
    .replace(/\s+/g, " ")
    .trim();
  const parsed = new Date(cleaned);
  if (!Number.isNaN(parsed.getTime())) return parsed;
  // A zone abbreviation JavaScript does not know ("CET"): the day is still right without it.
  const withoutZone = new Date(cleaned.replace(/\s+[A-Z]{2,5}$/, ""));
  return Number.isNaN(withoutZone.getTime()) ? null : withoutZone;
}
