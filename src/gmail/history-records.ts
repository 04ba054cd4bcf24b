import type { gmail_v1 } from "@googleapis/gmail";

/**
 * The messages a page of users.history.list added and deleted. Records are in history order,
 * so a later deletion cancels an earlier addition (and a later addition, an earlier deletion).
 * Pure; used by mailbox-client.ts.
 */
export function foldHistoryRecords(records: readonly gmail_v1.Schema$History[]): {
  added: { id: string; threadId: string }[];
  deleted: string[];
} {
  const added = new Map<string, string>();
  const deleted = new Set<string>();
  for (const record of records) {
    for (const { message } of record.messagesAdded ?? []) {
      if (!message?.id || !message.threadId) continue;
      deleted.delete(message.id);
      added.set(message.id, message.threadId);
    }
    for (const { message } of record.messagesDeleted ?? []) {
      if (!message?.id) continue;
      added.delete(message.id);
      deleted.add(message.id);
    }
  }
  return { added: [...added].map(([id, threadId]) => ({ id, threadId })), deleted: [...deleted] };
}
