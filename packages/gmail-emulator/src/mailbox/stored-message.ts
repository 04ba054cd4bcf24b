import type { MimePart } from "../mime/parse-mime.js";

/** A message as the emulator keeps it: the raw bytes plus what Gmail derives from them. */
export interface StoredMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  /** ms since epoch (Gmail's `internalDate`). */
  internalDate: number;
  /** The last history record that touched this message. */
  historyId: number;
  raw: Buffer;
  mime: MimePart;
  snippet: string;
  /** Addresses, lower-case, for `from:` / `to:` search and SENT detection. */
  fromAddresses: string[];
  toAddresses: string[];
  /** The Message-ID header's id in angle brackets ("<a@b>"), for rfc822msgid: and threading. */
  messageIdHeader: string | undefined;
  /** The Subject header as written (decoded), for threading a sent reply. */
  subject: string;
  /** Lower-case subject and body text for free-text search. */
  searchText: string;
  /** Insertion order; breaks internalDate ties so listing is stable. */
  seq: number;
}

/** `{id, threadId}`: how lists and history name a message. */
export interface MessageRef {
  id: string;
  threadId: string;
}

export function messageRef(message: StoredMessage): MessageRef {
  return { id: message.id, threadId: message.threadId };
}
