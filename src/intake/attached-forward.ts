import { simpleParser, type ParsedMail } from "mailparser";
import { inlineForward } from "./inline-forward.js";
import { rootContentType } from "./root-content-type.js";

/**
 * A message forwarded as an attachment (Gmail's "Forward as attachment", Outlook's, Apple
 * Mail's): the note says "See attached" and the request is in a message/rfc822 part marked
 * `attachment`, which mailparser leaves out of the text (an inline one it already shows, with
 * its headers). Written out the way Gmail writes an inline forward, it is read by the same
 * forward reader, so the original's writer is the requester and the sender the forwarder.
 *
 * Only the first such attachment, one level deep: a note forwarding one request is the case
 * that matters; the attached message's own attachments are not opened (bounded work on
 * hostile mail). One that does not parse is left out, and the note is read as it is.
 */
export async function attachedForwardText(mail: ParsedMail): Promise<string | null> {
  // A bounce or an abuse report (multipart/report) returns a message; no one forwarded it.
  if (/^multipart\/report\b/i.test(rootContentType(mail))) return null;
  const attached = mail.attachments.find((attachment) => /^message\/(?:rfc822|global)$/i.test(attachment.contentType));
  if (attached === undefined) return null;
  let inner: ParsedMail;
  try {
    inner = await simpleParser(attached.content, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  } catch {
    return null;
  }
  if (!(inner.text ?? "").trim() && !inner.subject) return null;
  return inlineForward(inner).trimEnd();
}

/** The note, then the forwarded message under it, as an inline forward reads. */
export function withAttachedForward(note: string, forward: string | null): string {
  if (forward === null) return note;
  return note.trim() === "" ? forward : `${note.replace(/\s+$/, "")}\n\n${forward}`;
}
