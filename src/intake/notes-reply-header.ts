/**
 * Lotus Notes' reply header, which puts the previous message under the reply with no ">"
 * quoting and no "From:" line, so neither the reply parser nor the Outlook block sees it:
 *
 *   Glenda Osterhout/TallowCo/OSUExt 05/02/2003 03:15 PM        (or the date on a line of its own,
 *   To: naasgaard@lab.example.org cc:                              under "Jane Doe@ENRON", or
 *   Subject: Native grass seed germination testing                "Jane Doe" <jd@x> on 05/02/2003 …)
 *
 * A date and a time, then "To:" on the next line (up to two blank lines between: a Notes
 * reply read in Outlook, real Enron mail, session 23; or a "Please respond to …" line, session
 * 28's blind set gq-fo, or a "Sent by: …" line of mail sent for someone, session 38's blind set
 * r38a), then "Subject:" within four lines.
 * Each pattern is bounded and anchored at a line start.
 */
const DATE_TIME = String.raw`\d{1,2}/\d{1,2}/\d{2,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?`;
const HEADER = new RegExp(
  String.raw`^([^\n]{0,160}?)\b${DATE_TIME}[ \t]*\n(?:[ \t]*(?:Please respond to|Sent by:)[^\n]{0,120}\n){0,2}(?:[ \t]*\n){0,2}[ \t]*To:[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*Subject:`,
  "m",
);
/** The name line above a date alone: short, no sentence in it ("Jane Doe@ENRON", "Jane Doe/HOU/ECT"). */
const NAME_LINE = /^[ \t]*[^\s.!?][^\n.!?]{0,80}$/;

/** A header's date and time followed by a line break: most mail has none, and is not read further. */
const DATE_TIME_AT_LINE_END = new RegExp(String.raw`${DATE_TIME}[ \t]*\n`);

/**
 * The same header with its name and date line gone, as the released Enron corpus has some:
 * "Start with Joe hillings in DC" over a blank line, then "To: Steven J Kean/HOU/EES@EES",
 * "cc:", "Subject: MEC" (real Enron mail: the question answered is the quoted original's). Only
 * with a Notes address (a "/" hierarchy and an "@") on the "To:" line and "cc:" between, so that
 * a writer's own "To: all staff" line is not taken for history.
 */
const HEADER_WITHOUT_DATE =
  /\n[ \t]*\n[ \t]*To:[ \t]*[^\n/@]{1,80}\/[^\n@]{1,80}@[^\n]{1,80}\n(?:[ \t]*\n)?[ \t]*cc:[^\n]*\n(?:[ \t]*\n)?(?:[ \t]*bcc:[^\n]*\n)?[ \t]*Subject:/i;

/**
 * GroupWise's reply header, the same kind of history under the reply with no ">" on its lines:
 * ">>> <Chris.Germany@enron.com> 10/23/01 04:08PM >>>" (real Enron mail, session 37's blind set
 * r37e: the question answered, "Who is my contact for capacity release questions?", was read as
 * the reply's). Read as history here, and so for the learned model as text, like a Notes header:
 * cut for the model too, it changed the model's training (session 37 tried it and reverted it).
 */
const GROUPWISE_HEADER = new RegExp(String.raw`^>>>[ \t]*[^\n]{0,160}?${DATE_TIME}[ \t]*>>>[ \t]*$`, "m");

/** Where a Notes (or GroupWise) reply header starts in the text, or -1 when there is none. */
export function notesReplyHeaderAt(text: string): number {
  const groupWise = GROUPWISE_HEADER.exec(text)?.index ?? -1;
  const notes = notesHeaderAt(text);
  return groupWise < 0 ? notes : notes < 0 ? groupWise : Math.min(groupWise, notes);
}

function notesHeaderAt(text: string): number {
  if (!DATE_TIME_AT_LINE_END.test(text)) return headerWithoutDateAt(text);
  const found = HEADER.exec(text);
  if (!found) return headerWithoutDateAt(text);
  if ((found[1] ?? "").trim() !== "") return found.index;
  // The date stands alone: the sender's name is on the line above, part of the header.
  const before = text.slice(0, found.index).replace(/\n$/, "");
  const lineStart = before.lastIndexOf("\n") + 1;
  const previous = before.slice(lineStart);
  return previous.trim() !== "" && NAME_LINE.test(previous) ? lineStart : found.index;
}

function headerWithoutDateAt(text: string): number {
  const found = HEADER_WITHOUT_DATE.exec(text);
  // The header starts at its "To:" line, below the blank line; the text above is the reply.
  return found ? found.index + found[0].search(/[ \t]*To:/i) : -1;
}
