export const HISTORY_TYPES = ["messageAdded", "messageDeleted", "labelAdded", "labelRemoved"] as const;
export type HistoryType = (typeof HISTORY_TYPES)[number];

/** One change to a mailbox. Gmail may pack several changes in a record; the emulator keeps one. */
export interface HistoryRecord {
  id: number;
  type: HistoryType;
  /** The message as it was right after the change. */
  message: { id: string; threadId: string; labelIds: string[] };
  /** For label changes: the labels added or removed. */
  labelIds: string[];
}

/** Gmail's Schema$History. */
export interface GmailHistory {
  id: string;
  messages: { id: string; threadId: string }[];
  messagesAdded?: { message: { id: string; threadId: string; labelIds: string[] } }[];
  messagesDeleted?: { message: { id: string; threadId: string; labelIds: string[] } }[];
  labelsAdded?: { message: { id: string; threadId: string; labelIds: string[] }; labelIds: string[] }[];
  labelsRemoved?: { message: { id: string; threadId: string; labelIds: string[] }; labelIds: string[] }[];
}

export function renderHistory(record: HistoryRecord): GmailHistory {
  const message = { ...record.message, labelIds: [...record.message.labelIds] };
  const rendered: GmailHistory = { id: String(record.id), messages: [{ id: message.id, threadId: message.threadId }] };
  switch (record.type) {
    case "messageAdded":
      rendered.messagesAdded = [{ message }];
      break;
    case "messageDeleted":
      rendered.messagesDeleted = [{ message }];
      break;
    case "labelAdded":
      rendered.labelsAdded = [{ message, labelIds: [...record.labelIds] }];
      break;
    case "labelRemoved":
      rendered.labelsRemoved = [{ message, labelIds: [...record.labelIds] }];
      break;
  }
  return rendered;
}
