/**
 * Lotus Notes' reply header, which puts the previous message under the reply with no ">"
 * quoting and no "From:" line, so neither the reply parser nor the Outlook block sees it:
 *
 *   Glenda Osterhout/TallowCo/OSUExt 05/02/2003 03:15 PM        (or the date on a line of its own,
 *   To: naasgaard@lab.example.org cc:                              under "Jane Doe@ENRON", or
 *   Subject: Native grass seed germination testing                "Jane Doe" <jd@x> on 05/02/2003 …)
 *
 * A date and a time, then "To:" on the next line (up to two blank lines between: a Notes
 * reply read in Outlook, real Enron mail, session 23), then "Subject:" within four lines.
 * Each pattern is bounded and anchored at a line start.
 */
const DATE_TIME = String.raw`\d{1,2}/\d{1,2}/\d{2,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?`;
const HEADER = new RegExp(
  String.raw`^([^\n]{0,160}?)\b${DATE_TIME}[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*To:[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*Subject:`,
  "m",
);
/** The name line above a date alone: short, no sentence in it ("Jane Doe@ENRON", "Jane Doe/HOU/ECT"). */
const NAME_LINE = /^[ \t]*[^\s.!?][^\n.!?]{0,80}$/;

/** A header's date and time followed by a line break: most mail has none, and is not read further. */
const DATE_TIME_AT_LINE_END = new RegExp(String.raw`${DATE_TIME}[ \t]*\n`);

/** Where a Notes reply header starts in the text, or -1 when there is none. */
export function notesReplyHeaderAt(text: string): number {
  if (!DATE_TIME_AT_LINE_END.test(text)) return -1;
  const found = HEADER.exec(text);
  if (!found) return -1;
  if ((found[1] ?? "").trim() !== "") return found.index;
  // The date stands alone: the sender's name is on the line above, part of the header.
  const before = text.slice(0, found.index).replace(/\n$/, "");
  const lineStart = before.lastIndexOf("\n") + 1;
  const previous = before.slice(lineStart);
  return previous.trim() !== "" && NAME_LINE.test(previous) ? lineStart : found.index;
}
