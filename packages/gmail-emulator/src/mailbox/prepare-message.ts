import { messageText, snippetOf } from "../mime/message-text.js";
import { headerValue, parseMime, type MimePart } from "../mime/parse-mime.js";
import { parseMessageIds } from "./threading.js";

/** Everything the mailbox needs from the raw bytes, computed once when the message arrives. */
export interface PreparedMessage {
  raw: Buffer;
  mime: MimePart;
  /** From the Date header; undefined when absent or unreadable. */
  date: number | undefined;
  messageIdHeader: string | undefined;
  /** In-Reply-To then References, as Message-IDs. */
  references: string[];
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
  return {
    raw,
    mime,
    date: Number.isFinite(date) ? date : undefined,
    messageIdHeader: parseMessageIds(header("Message-ID"))[0],
    references: [...parseMessageIds(header("References")), ...parseMessageIds(header("In-Reply-To"))],
    subject,
    fromAddresses,
    toAddresses,
    snippet: snippetOf(messageText(mime, "html")),
    searchText: `${subject}\n${header("From") ?? ""}\n${header("To") ?? ""}\n${text}`.toLowerCase(),
    takeoutLabels: header("X-Gmail-Labels"),
  };
}

/** Bare lower-case addresses in an address-list header ("Name <a@b>, c@d"). */
export function addressesIn(value: string | undefined): string[] {
  if (!value) return [];
  return (value.match(/[^\s<>,;:"()]+@[^\s<>,;:"()]+/g) ?? []).map((address) => address.toLowerCase());
}
