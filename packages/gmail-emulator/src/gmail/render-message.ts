import { toBase64Url } from "../mime/base64url.js";
import type { MimeHeader, MimePart } from "../mime/parse-mime.js";
import type { StoredMessage } from "../mailbox/stored-message.js";

export const MESSAGE_FORMATS = ["full", "metadata", "minimal", "raw"] as const;
export type MessageFormat = (typeof MESSAGE_FORMATS)[number];

/** Gmail's Schema$MessagePartBody. */
export interface GmailPartBody {
  attachmentId?: string;
  size: number;
  data?: string;
}

/** Gmail's Schema$MessagePart. */
export interface GmailPart {
  partId: string;
  mimeType: string;
  filename: string;
  headers: MimeHeader[];
  body: GmailPartBody;
  parts?: GmailPart[];
}

/** Gmail's Schema$Message, in the key order Gmail writes it. */
export interface GmailMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  snippet: string;
  payload?: GmailPart | { mimeType: string; headers: MimeHeader[] };
  sizeEstimate: number;
  raw?: string;
  historyId: string;
  internalDate: string;
}

/** users.messages.get in the asked format; `metadataHeaders` filters the metadata headers. */
export function renderMessage(
  message: StoredMessage,
  format: MessageFormat,
  metadataHeaders: string[] = [],
): GmailMessage {
  const head = {
    id: message.id,
    threadId: message.threadId,
    labelIds: [...message.labelIds],
    snippet: message.snippet,
  };
  const tail = { historyId: String(message.historyId), internalDate: String(message.internalDate) };
  switch (format) {
    case "minimal":
      return { ...head, sizeEstimate: message.raw.length, ...tail };
    case "raw":
      return { ...head, sizeEstimate: message.raw.length, raw: toBase64Url(message.raw), ...tail };
    case "metadata":
      return {
        ...head,
        payload: { mimeType: message.mime.mimeType, headers: pickHeaders(message.mime.headers, metadataHeaders) },
        sizeEstimate: message.raw.length,
        ...tail,
      };
    case "full":
      return { ...head, payload: renderPart(message.id, message.mime, ""), sizeEstimate: message.raw.length, ...tail };
  }
}

function pickHeaders(headers: MimeHeader[], wanted: string[]): MimeHeader[] {
  if (wanted.length === 0) return headers;
  const names = new Set(wanted.map((name) => name.toLowerCase()));
  return headers.filter((header) => names.has(header.name.toLowerCase()));
}

function renderPart(messageId: string, part: MimePart, partId: string): GmailPart {
  const rendered: GmailPart = {
    partId,
    mimeType: part.mimeType,
    filename: part.filename,
    headers: part.headers,
    body: renderBody(messageId, part, partId),
  };
  if (part.isMultipart) {
    // Gmail numbers children "0", "1", … under the root and "0.1" deeper down.
    rendered.parts = part.children.map((child, index) =>
      renderPart(messageId, child, partId === "" ? String(index) : `${partId}.${index}`),
    );
  }
  return rendered;
}

function renderBody(messageId: string, part: MimePart, partId: string): GmailPartBody {
  if (part.isMultipart) return { size: 0 };
  if (isAttachment(part)) return { attachmentId: attachmentIdFor(messageId, partId), size: part.body.length };
  if (part.body.length === 0) return { size: 0 };
  return { size: part.body.length, data: toBase64Url(part.body) };
}

/** Gmail serves named parts and non-text parts by attachment id rather than inline data. */
export function isAttachment(part: MimePart): boolean {
  if (part.isMultipart) return false;
  return part.filename !== "" || part.disposition === "attachment" || !part.mimeType.startsWith("text/");
}

/** Opaque to clients, but decodable here so attachments.get needs no extra table. */
export function attachmentIdFor(messageId: string, partId: string): string {
  return `ANGjdJ${Buffer.from(`${messageId}:${partId}`).toString("base64url")}`;
}

export function findAttachment(message: StoredMessage, attachmentId: string): MimePart | undefined {
  if (!attachmentId.startsWith("ANGjdJ")) return undefined;
  const decoded = Buffer.from(attachmentId.slice(6), "base64url").toString();
  const [id, partId] = decoded.split(":");
  if (id !== message.id || partId === undefined) return undefined;
  let part: MimePart | undefined = message.mime;
  for (const index of partId === "" ? [] : partId.split(".")) part = part?.children[Number(index)];
  return part && isAttachment(part) ? part : undefined;
}
