import { messageText, snippetOf } from "../mime/message-text.js";
import { headerValue, parseMime, type MimePart } from "../mime/parse-mime.js";
import { parseMessageIds } from "./threading.js";

/** Everything the mailbox needs from the raw bytes, computed once when the message arrives. */
export interface PreparedMessage {
  raw: Buffer;
  mime: MimePart;
  /** From the Date header; undefined when absent or unreadable. */
  date: number | undefined;
  /** The Message-ID header's id, angle brackets included ("<a@b>"). */
  messageIdHeader: string | undefined;
  /** References then In-Reply-To, as Message-IDs: what threading looks for. */
  references: string[];
  /** The In-Reply-To header's Message-IDs alone. */
  inReplyTo: string[];
  /** The References header's Message-IDs alone. */
  referencesHeader: string[];
  subject: string;
  fromAddresses: string[];
  toAddresses: string[];
  snippet: string;
  searchText: string;
  /** Value of a Google Takeout X-Gmail-Labels header, if any. */
  takeoutLabels: string | undefined;
}

export async function prepareMessage(raw: Buffer): Promise<PreparedMessage> {
  const mime = await parseMime(raw);
  const header = (name: string): string | undefined => headerValue(mime.headers, name);
  const subject = header("Subject") ?? "";
  const text = messageText(mime);
  const dateValue = header("Date");
  const date = dateValue ? Date.parse(dateValue) : Number.NaN;
  const fromAddresses = addressesIn(header("From"));
  const toAddresses = ["To", "Cc", "Bcc"].flatMap((name) => addressesIn(header(name)));
  const inReplyTo = parseMessageIds(header("In-Reply-To"));
  const referencesHeader = parseMessageIds(header("References"));
  return {
    raw,
    mime,
    date: Number.isFinite(date) ? date : undefined,
    messageIdHeader: messageIdOf(header("Message-ID")),
    references: [...referencesHeader, ...inReplyTo],
    inReplyTo,
    referencesHeader,
    subject,
    fromAddresses,
    toAddresses,
    snippet: snippetOf(messageText(mime, "html")),
    searchText: `${subject}\n${header("From") ?? ""}\n${header("To") ?? ""}\n${text}`.toLowerCase(),
    takeoutLabels: header("X-Gmail-Labels"),
  };
}

/**
 * The id of a Message-ID header, in angle brackets. A bare id without them (seen from
 * careless senders) is taken as if it had them, so that rfc822msgid: still finds it.
 */
export function messageIdOf(value: string | undefined): string | undefined {
  const bracketed = parseMessageIds(value)[0];
  if (bracketed) return bracketed;
  const bare = value?.trim();
  return bare && /^[^\s<>]+$/.test(bare) ? `<${bare}>` : undefined;
}

/** Bare lower-case addresses in an address-list header ("Name <a@b>, c@d"). */
export function addressesIn(value: string | undefined): string[] {
  if (!value) return [];
  // Quoted display names and comments are text, not addresses: "Sam (eve@evil.example)" <sam@…> names one.
  const outsideQuotes = value.replace(/"(?:[^"\\]|\\.)*"/g, " ").replace(/\([^()]*\)/g, " ");
  return (outsideQuotes.match(/[^\s<>,;:"()]+@[^\s<>,;:"()]+/g) ?? []).map((address) => address.toLowerCase());
}
