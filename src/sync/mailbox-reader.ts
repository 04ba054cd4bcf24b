/** A fetched message: its raw RFC 822 bytes and Gmail's ids for it. */
export interface FetchedMessage {
  raw: Buffer;
  threadId: string;
  internalDate: Date;
  historyId: string;
}

/**
 * What a sync needs of a mailbox. src/gmail's MailboxClient provides it over the Gmail
 * API; nothing here knows about Google.
 */
export interface MailboxReader {
  getProfile(): Promise<{ emailAddress: string; historyId: string; messagesTotal: number }>;
  listMessageIds(pageToken?: string): Promise<{ ids: { id: string; threadId: string }[]; nextPageToken?: string }>;
  /** null for a message deleted before it could be fetched. */
  getRawMessages(ids: string[]): Promise<Map<string, FetchedMessage | null>>;
  listHistory(
    startHistoryId: string,
    pageToken?: string,
  ): Promise<{ added: { id: string; threadId: string }[]; deleted: string[]; nextPageToken?: string; historyId: string }>;
}
