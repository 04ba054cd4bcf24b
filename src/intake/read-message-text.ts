import { notesReplyHeaderAt } from "./notes-reply-header.js";
import { cutTrailingQuote, type NotesHistoryOption, type SplitText, splitQuoted } from "./split-quoted.js";
import {
  lotusForwardBelowAnother,
  lotusForwardInReplyHistory,
  type UnwrappedForward,
  unwrapForward,
} from "./unwrap-forward.js";

export interface MessageText extends SplitText {
  /** The forwarded message, when this one forwards another; its text is what `fresh` holds. */
  forward: UnwrappedForward | null;
  /**
   * What the learned request model reads for its probability, never for its evidence: the
   * subject and `fresh` of the message that asks, or, under a Lotus Notes reply header, of the
   * text read as though that history were the sender's own (a forward in it unwrapped, a Lotus
   * forward in a reply's history too). The model was trained on that reading; retrained on the cut text it did worse, twice
   * (docs/decisions.md, sessions 16 and 19).
   */
  modelReading: { subject: string; text: string };
}

/**
 * What a message says, ready to judge: a forward unwrapped (its original text is the
 * request), then the sender's new text separated from quoted history.
 *
 * The ">" history that ends most replies is set aside first: it never holds a forward's
 * separator, and both parsers are slow on long threads. A forward quoted whole with ">"
 * (iOS Mail does that) is found by a second look at the full text.
 */
export function readMessageText(subject: string, text: string, options: { knownForward?: boolean } = {}): MessageText {
  const normalized = text.replace(/\r\n/g, "\n");
  const read = readWith(subject, normalized, options);
  // The second reading only where there is a Notes header, or a Lotus forward in a reply's
  // history or below another forward: otherwise the two are the same.
  const readsApart =
    notesReplyHeaderAt(normalized) >= 0 ||
    lotusForwardInReplyHistory(subject, normalized) ||
    lotusForwardBelowAnother(subject, normalized);
  const asModelRead = readsApart ? readWith(subject, normalized, { ...options, notesHistory: "text" }) : read;
  const modelReading = {
    subject: asModelRead.forward ? asModelRead.forward.subject : subject,
    text: asModelRead.fresh,
  };
  return { ...read, modelReading };
}

/**
 * One reading of the message (its line breaks already "\n"), with a Notes reply's history cut
 * (the default) or read as text.
 */
function readWith(
  subject: string,
  normalized: string,
  options: { knownForward?: boolean } & NotesHistoryOption,
): Omit<MessageText, "modelReading"> {
  const { head, trailingQuote } = cutTrailingQuote(normalized);
  let forward = unwrapForward(subject, head, options);
  let history = trailingQuote;
  if (!forward && trailingQuote) {
    forward = unwrapForward(subject, normalized, options);
    if (forward) history = "";
  }
  const split = splitQuoted(forward ? forward.body : head, options);
  return { forward, ...split, quoted: [split.quoted, history].filter(Boolean).join("\n") };
}
