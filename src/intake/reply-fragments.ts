import EmailReplyParser from "email-reply-parser";
import { shortenLongLines } from "./long-lines.js";

/** A run of lines of a reply, as email-reply-parser sees it. */
export interface ReplyFragment {
  content: string;
  quoted: boolean;
  signature: boolean;
}

const replyParser = new EmailReplyParser();

/**
 * Lines the reply parser treats specially (its dist/regex.js): ">" quotes, separators,
 * "From: …" blocks and sign-offs ("Sent from", "Cheers") by how they start; quote headers
 * ("On … wrote", "Le … a écrit", "… schrieb …:") by the word they all contain. A superset
 * on purpose: a false alarm only costs the parser's time.
 */
const SPECIAL_LINE_START =
  /^[ \t]*(?:>|[-_+=]{2}|-+ ?(?:original|oprindelig|message|ursprüngliche)|(?:From|Von|De|Van|Da)\s?:|Sent\s|Get\sOutlook|Cheers|Best\swishes|Gesendet|Sendt|Envoy|T[ée]l[ée]charger|Bien\s|Bonne|Enviado|In\sdata|Verzonden|Verstuurd)/im;
const SPECIAL_WORD =
  /regards|cordialement|wrote|schrieb|écrit|escribió|scritto|escreveu|schreef|skrev|kirjoitti|pisze|napisał|г\. в|写道|작성|のメッセージ|gesendet|>:[ \t]*$/im;

/** Blanks that end a line, from the first of the run (from each one, a long run mid-line took quadratic time). */
const TRAILING_BLANKS = /(?<![ \t])[ \t]+$/gm;

/**
 * The start of a reply the parser reads. Some of its patterns span lines ("On … wrote:"
 * broken in two, "Den … skrev …:") and take time growing with the cube of the text: 8 KiB
 * of crafted short lines ("abc. x skrev x") cost it 400 ms, 16 KiB seconds, 200 of those
 * lines 30 ms. The new text of a reply is a few KB (our longest message, a whole thread,
 * is 6.5 KiB in 168 lines); what lies beyond is history.
 */
export const REPLY_PARSER_CHARS = 8 * 1024;
export const REPLY_PARSER_LINES = 200;

/**
 * Splits a reply into fragments with email-reply-parser. The parser tests some sixty
 * patterns on every line; text with no line it could treat specially comes back as one
 * plain fragment, so that answer is given without running it (most fresh text is such).
 * Otherwise it reads the reply's start, its long lines cut (./long-lines.ts), and the
 * rest is taken for quoted history.
 */
export function readReplyFragments(text: string): ReplyFragment[] {
  if (!SPECIAL_LINE_START.test(text) && !SPECIAL_WORD.test(text)) {
    // As the parser would: trailing blanks of each line dropped.
    return [{ content: text.replace(TRAILING_BLANKS, "").trimEnd(), quoted: false, signature: false }];
  }
  const shortened = shortenLongLines(text);
  const { head, rest } = cutAtLineBreak(shortened.text, REPLY_PARSER_CHARS, REPLY_PARSER_LINES);
  const fragments: ReplyFragment[] = replyParser
    .read(head)
    .getFragments()
    .map((fragment) => ({
      content: shortened.restore(fragment.getContent()),
      quoted: fragment.isQuoted(),
      signature: fragment.isSignature(),
    }));
  if (rest !== "") fragments.push({ content: shortened.restore(rest), quoted: true, signature: false });
  return fragments;
}

/** `text` cut at a line break, the head no longer than `maxLines` lines and `maxChars` characters. */
function cutAtLineBreak(text: string, maxChars: number, maxLines: number): { head: string; rest: string } {
  let end = -1;
  for (let lines = 1; lines <= maxLines; lines++) {
    const lineEnd = text.indexOf("\n", end + 1);
    if (lineEnd === -1 && text.length <= maxChars) return { head: text, rest: "" };
    if (lineEnd === -1 || lineEnd > maxChars) break;
    end = lineEnd;
  }
  // A first line longer than the limit is cut inside.
  if (end === -1) end = maxChars;
  return { head: text.slice(0, end), rest: text.slice(end).replace(/^\n/, "") };
}
