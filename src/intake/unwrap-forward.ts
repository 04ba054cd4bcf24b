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
export function unwrapForward(subject: string, text: string): UnwrappedForward | null {
  const looksForwarded = FORWARD_MARKER.test(text) || (FORWARD_SUBJECT.test(subject) && !REPLY_SUBJECT.test(subject));
  if (!looksForwarded) return null;
  // The parser's patterns are slow on long lines: it reads them cut (./long-lines.ts).
  const { text: shortened, restore } = shortenLongLines(text);
  const result = forwardParser.read(shortened, subject);
  if (!result.forwarded || !result.email.from.address) return null;
  return {
    original: {
      name: result.email.from.name ? restore(result.email.from.name) : null,
      email: restore(result.email.from.address).toLowerCase(),
    },
    subject: restore(result.email.subject ?? subject),
    body: restore(result.email.body ?? ""),
    note: restore(result.message ?? ""),
  };
}
