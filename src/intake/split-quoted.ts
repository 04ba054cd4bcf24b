import EmailReplyParser from "email-reply-parser";

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

const replyParser = new EmailReplyParser();

/**
 * Outlook and many mobile clients put the previous message under a header block
 * ("From: … Sent: … To: … Subject: …") without ">" quoting; the reply parser does not
 * always see it, so the block start is cut off first.
 */
const OUTLOOK_HEADER_BLOCK =
  /^[ \t]*(?:_{10,}[ \t]*\r?\n\s*)?\*?From:\*?[ \t].+\r?\n[ \t]*\*?(?:Sent|Date):\*?[ \t].+\r?\n(?:[ \t]*\*?(?:To|Cc|Subject):\*?[ \t]?.*\r?\n?)+/im;

/** Separates the new text of a reply from its quoted history (and from signatures). */
export function splitQuoted(text: string): SplitText {
  const normalized = text.replace(/\r\n/g, "\n");
  const outlook = OUTLOOK_HEADER_BLOCK.exec(normalized);
  const beforeOutlook = outlook ? normalized.slice(0, outlook.index) : normalized;
  const afterOutlook = outlook ? normalized.slice(outlook.index) : "";

  const fragments = replyParser.read(beforeOutlook).getFragments();
  // Quoted history sits below what the sender wrote; a ">" block with the sender's own
  // words after it is an inline quote.
  const lastWritten = fragments.findLastIndex(
    (fragment) => !fragment.isQuoted() && !fragment.isSignature() && fragment.getContent().trim() !== "",
  );
  const fresh: string[] = [];
  const withInlineQuotes: string[] = [];
  const quoted: string[] = [];
  fragments.forEach((fragment, index) => {
    const content = fragment.getContent();
    if (fragment.isQuoted() && index > lastWritten) {
      quoted.push(content);
    } else if (fragment.isQuoted()) {
      withInlineQuotes.push(content.replace(/^[ \t]*>[ \t]?/gm, ""));
      quoted.push(content);
    } else if (!fragment.isSignature()) {
      // Signatures ("Sent from my iPhone", title blocks) say nothing about the request.
      fresh.push(content);
      withInlineQuotes.push(content);
    }
  });
  if (afterOutlook) quoted.push(afterOutlook);
  return {
    fresh: fresh.join("\n\n").trim(),
    withInlineQuotes: withInlineQuotes.join("\n\n").trim(),
    quoted: quoted.join("\n").trim(),
  };
}
