import { notesReplyHeaderAt } from "./notes-reply-header.js";
import { readReplyFragments } from "./reply-fragments.js";

export interface SplitText {
  /** What the sender wrote in this message. */
  fresh: string;
  /**
   * The same with any ">" block the sender put between their own lines, unquoted: a
   * quoted blurb, say. Not judged (inline replies quote the question they answer).
   */
  withInlineQuotes: string;
  /** Everything quoted, history and inline quotes: context only, never judged. */
  quoted: string;
}

/** How a Lotus Notes reply's history is read: cut as history, or (what the request model was trained on) as text. */
export interface NotesHistoryOption {
  /** "text": read on as though it were the sender's own text. Default "cut". */
  notesHistory?: "cut" | "text";
}

/**
 * Outlook and many mobile clients put the previous message under a header block
 * ("From: … Sent: … To: … Subject: …") without ">" quoting; the reply parser does not
 * always see it, so the block start is cut off first. Outlook writes the block in its user's
 * language: "Von: … Gesendet am: … An: … Betreff:", "De : … Envoyé : … À : … Objet :".
 */
const FROM = String.raw`(?:From|Von|De|Da|Van|Från|Fra|Od)`;
const SENT = String.raw`(?:Sent|Date|Gesendet(?:\s+am)?|Datum|Envoyé|Enviado(?:\s+el)?|Fecha|Inviato|Data|Verzonden|Skickat|Sendt|Wysłano)`;
const TO_CC_SUBJECT = String.raw`(?:To|Cc|Subject|An|Betreff|À|Objet|Para|Asunto|A|Oggetto|Aan|Onderwerp|Till|Ämne|Til|Emne|Do|Temat|DW)`;
const OUTLOOK_HEADER_BLOCK = new RegExp(
  String.raw`^[ \t]*(?:_{10,}[ \t]*\r?\n\s*)?\*?${FROM}\s?:\*?[ \t].+\r?\n[ \t]*\*?${SENT}\s?:\*?[ \t].+\r?\n(?:[ \t]*\*?${TO_CC_SUBJECT}\s?:\*?[ \t]?.*\r?\n?)+`,
  "im",
);

/** "Original Message" in the languages Outlook writes it in. */
const ORIGINAL_MESSAGE = String.raw`(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Mensagem original|Oorspronkelijk bericht|Originalmeddelande|Oprindelig meddelelse|Opprinnelig melding|Wiadomość oryginalna)`;

/** What may dress the line: a few characters that are neither letters, digits nor line breaks (bounded, so no line costs more than a glance). */
const DRESSING = String.raw`[^\p{L}\p{N}\n\r\u2028\u2029]{0,40}`;

/**
 * "Original Message" over a "From:" line, dressed in anything but hyphens: Outlook's hyphens
 * become dashes when pasted through a word processor ("—–Original Message—–"), some clients use
 * asterisks or equals signs, and text exported from mail archives loses them altogether. The
 * hyphenated line itself is left to the reply and forward parsers, as before: under a "Fw:" it
 * may head the forwarded message, not history.
 */
const ORIGINAL_MESSAGE_LINE = new RegExp(
  String.raw`^(?![ \t]{0,40}-{1,40}[ \t]{0,40}${ORIGINAL_MESSAGE}[ \t]{0,40}-{1,40}[ \t]{0,40}\n)${DRESSING}${ORIGINAL_MESSAGE}${DRESSING}\n[ \t]{0,40}\*?${FROM}\s?:\*?[ \t]`,
  "imu",
);

/** Gmail's and Apple Mail's English quote header, on one line. Other forms are left to the reply parser. */
const ON_WROTE_LINE = /^On [^\n]{4,300} wrote:[ \t]*$/m;

/**
 * "> Can you send the glossary by Tuesday?" then "Done, sent this morning.": the history below
 * an "On … wrote:" line is quoted with ">", and the sender's own lines come between and after
 * the quoted ones. (A forward unwrapped has no ">" at all; a plain reply's quote runs to the end.)
 */
function answersInline(history: string): boolean {
  const lines = history.split("\n").filter((line) => line.trim() !== "");
  const firstQuoted = lines.findIndex((line) => /^\s*>/.test(line));
  if (firstQuoted < 0) return false;
  const ownAfter = lines.slice(firstQuoted).filter((line) => !/^\s*>/.test(line));
  return ownAfter.length >= 2 && ownAfter.join(" ").split(/\s+/).length >= 12;
}

/** A rule line ("---", "***", "___", "===") that opens a fragment. */
const RULE_LINE = /^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})[ \t]*\n/;

/**
 * A rule line, then prose (a line of six words or more that ends a sentence): something
 * pasted, not a signature ("Jane Roe / VP Sales, Acme Inc. / 555-0100" has no such line).
 */
function pastedAfterRule(content: string): boolean {
  const rule = RULE_LINE.exec(content);
  if (!rule) return false;
  return content
    .slice(rule[0].length)
    .split("\n")
    .some((line) => line.trim().split(/\s+/).length >= 6 && /\p{L}[^\n]*[.?!]["”')]?\s*$/u.test(line));
}

/** Separates the new text of a reply from its quoted history (and from signatures). */
export function splitQuoted(text: string, options: NotesHistoryOption = {}): SplitText {
  const normalized = text.replace(/\r\n/g, "\n");
  // History under an Outlook or a Lotus Notes header block: whichever comes first.
  const historyAt = Math.min(
    ...[
      OUTLOOK_HEADER_BLOCK.exec(normalized)?.index ?? -1,
      ORIGINAL_MESSAGE_LINE.exec(normalized)?.index ?? -1,
      options.notesHistory === "text" ? -1 : notesReplyHeaderAt(normalized),
    ].filter((at) => at >= 0),
  );
  const cut = Number.isFinite(historyAt) ? historyAt : normalized.length;
  const beforeOutlook = normalized.slice(0, cut);
  const afterOutlook = normalized.slice(cut);

  const { head: beforeTrailing, trailingQuote } = cutTrailingQuote(beforeOutlook);
  // An unquoted "On … wrote:" line starts history as surely as ">" does (forwards lose
  // their ">" when unwrapped); cut there too, so the reply parser reads only the new part.
  // Unless the sender answers inline below it: then the reply parser reads the quoted lines and
  // the answers between them, as it does without the header.
  const found = ON_WROTE_LINE.exec(beforeTrailing);
  const inline = found !== null && answersInline(beforeTrailing.slice(found.index + found[0].length));
  const header = inline ? null : found;
  const head =
    found && inline
      ? beforeTrailing.replace(found[0], "")
      : header
        ? beforeTrailing.slice(0, header.index)
        : beforeTrailing;
  const afterHeader = header ? beforeTrailing.slice(header.index) : "";
  const fragments = readReplyFragments(head);
  // Quoted history sits below what the sender wrote; a ">" block with the sender's own
  // words after it is an inline quote.
  const lastWritten = fragments.findLastIndex(
    (fragment) => !fragment.quoted && !fragment.signature && fragment.content.trim() !== "",
  );
  const fresh: string[] = [];
  const withInlineQuotes: string[] = [];
  const quoted: string[] = [];
  fragments.forEach(({ content, quoted: isQuoted, signature: parsedAsSignature }, index) => {
    // The reply parser takes a line of dashes for a signature's "--": "---" above a pasted letter
    // is a rule, and the letter the sender's own words.
    const signature = parsedAsSignature && !pastedAfterRule(content);
    if (isQuoted && index > lastWritten) {
      quoted.push(content);
    } else if (isQuoted) {
      withInlineQuotes.push(content.replace(/^[ \t]*>[ \t]?/gm, ""));
      quoted.push(content);
    } else if (!signature) {
      // Signatures ("Sent from my iPhone", title blocks) say nothing about the request.
      fresh.push(content);
      withInlineQuotes.push(content);
    }
  });
  if (afterHeader.trim()) quoted.push(afterHeader.trim());
  if (trailingQuote) quoted.push(trailingQuote);
  if (afterOutlook) quoted.push(afterOutlook);
  return {
    fresh: fresh.join("\n\n").trim(),
    withInlineQuotes: withInlineQuotes.join("\n\n").trim(),
    quoted: quoted.join("\n").trim(),
  };
}

/**
 * Splits off the run of ">" lines (and blank lines) that ends a reply. The reply parser
 * would mark it quoted too, but it walks every line with a dozen patterns and reverses
 * strings character by character: on a long thread that is most of the analysis time.
 */
export function cutTrailingQuote(text: string): { head: string; trailingQuote: string } {
  const lines = text.split("\n");
  let start = lines.length;
  while (start > 0 && /^\s*(?:>|$)/.test(lines[start - 1] ?? "")) start--;
  while (start < lines.length && (lines[start] ?? "").trim() === "") start++;
  if (start >= lines.length) return { head: text, trailingQuote: "" };
  return { head: lines.slice(0, start).join("\n"), trailingQuote: lines.slice(start).join("\n") };
}
