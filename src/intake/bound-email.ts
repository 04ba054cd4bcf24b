import type { ParsedEmail } from "./parsed-email.js";

/**
 * How much of a message the analysis reads. An intro request is a few KB of text: the
 * longest plain text in the labelled corpora and the benchmark's mixed mail (quoted history
 * included) is 23 KB, the longest subject 97 characters. Reading more never finds a request
 * that the start of the message does not show, and it bounds what a crafted message costs:
 * 1 MB of junk is analysed in the time of 64 KiB.
 */

/** The start of the plain text that is analysed: about three times the longest seen. */
export const MAX_TEXT_CHARS = 64 * 1024;
/** The start of the subject that is read (only forward detection looks at it). */
export const MAX_SUBJECT_CHARS = 1024;
/**
 * The recipients who count as known people (never the target). A person writes to a few;
 * Gmail lets no message go to more than 2,000.
 */
export const MAX_RECIPIENTS = 2000;
/**
 * Blank lines kept in a row. One separates paragraphs for every step of the analysis;
 * thousands in a row made both mail parsers take time growing with their square (each
 * tries patterns starting `^\s*` from every line, and `\s` runs on across lines).
 */
export const MAX_BLANK_LINES = 2;

/** The parts of a message the analysis reads, each cut to its bound. Pure. */
export function boundEmail(email: ParsedEmail): ParsedEmail {
  return {
    ...email,
    subject: cutAt(email.subject, MAX_SUBJECT_CHARS),
    to: email.to.slice(0, MAX_RECIPIENTS),
    text: boundMessageText(email.text),
  };
}

/** The start of a message's plain text, with runs of blank lines shortened. Pure. */
export function boundMessageText(text: string): string {
  const kept: string[] = [];
  let blanks = 0;
  for (const line of cutAt(text, MAX_TEXT_CHARS).split("\n")) {
    // Blanks alone on a line (spaces, "\r", U+3000…) make a blank line like any other.
    const blank = line.trim() === "";
    blanks = blank ? blanks + 1 : 0;
    if (blanks <= MAX_BLANK_LINES) kept.push(blank ? "" : line);
  }
  return kept.join("\n");
}

/** The first `max` UTF-16 units of `text`, without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const highSurrogate = code >= 0xd800 && code <= 0xdbff;
  return text.slice(0, highSurrogate ? max - 1 : max);
}
