import { cutTrailingQuote, type SplitText, splitQuoted } from "./split-quoted.js";
import { type UnwrappedForward, unwrapForward } from "./unwrap-forward.js";

export interface MessageText extends SplitText {
  /** The forwarded message, when this one forwards another; its text is what `fresh` holds. */
  forward: UnwrappedForward | null;
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
  const { head, trailingQuote } = cutTrailingQuote(normalized);
  let forward = unwrapForward(subject, head, options);
  let history = trailingQuote;
  if (!forward && trailingQuote) {
    forward = unwrapForward(subject, normalized, options);
    if (forward) history = "";
  }
  const split = splitQuoted(forward ? forward.body : head);
  return { forward, ...split, quoted: [split.quoted, history].filter(Boolean).join("\n") };
}
