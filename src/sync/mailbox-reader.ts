import type { MailboxClient, RawMessage } from "../gmail/index.js";

/** A fetched message: its raw RFC 822 bytes and Gmail's ids for it, or why it could not be had (no_raw, too_large). */
export type FetchedMessage = RawMessage;

/**
 * What a sync needs of a mailbox: the reading half of src/gmail's MailboxClient. Only
 * types cross over; nothing here calls Google.
 */
export type MailboxReader = Pick<
  MailboxClient,
  "getProfile" | "listMessageIds" | "getRawMessages" | "getMessageHeaders" | "listHistory"
>;
