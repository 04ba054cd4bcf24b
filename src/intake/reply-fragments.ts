import EmailReplyParser from "email-reply-parser";

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

/**
 * Splits a reply into fragments with email-reply-parser. The parser tests some sixty
 * patterns on every line; text with no line it could treat specially comes back as one
 * plain fragment, so that answer is given without running it (most fresh text is such).
 */
export function readReplyFragments(text: string): ReplyFragment[] {
  if (!SPECIAL_LINE_START.test(text) && !SPECIAL_WORD.test(text)) {
    // As the parser would: trailing blanks of each line dropped.
    return [{ content: text.replace(/[ \t]+$/gm, "").trimEnd(), quoted: false, signature: false }];
  }
  return replyParser
    .read(text)
    .getFragments()
    .map((fragment) => ({ content: fragment.getContent(), quoted: fragment.isQuoted(), signature: fragment.isSignature() }));
}
