import { messageIdFor } from "./ids.js";
import type { HistoryRecord, HistoryType } from "./history.js";
import { labelsFromTakeoutHeader } from "./labels.js";
import type { PreparedMessage } from "./prepare-message.js";
import type { SendAsAlias } from "./send-as.js";
import type { StoredMessage } from "./stored-message.js";
import { ThreadIndex } from "./threading.js";

export interface AddOptions {
  labelIds?: string[];
  /**
   * Which thread the message joins: "infer" (the default, as for mail that arrives: a
   * message it references, else a "Re:" of a subject), "new", or `{ id }`, an existing
   * thread (messages.send decides, see sendMessage).
   */
  thread?: "infer" | "new" | { id: string };
  /** Overrides the Date header (sent mail is dated when it is sent). */
  internalDate?: number;
  /** False while loading the initial mailbox: that mail predates any client's cursor. */
  recordHistory: boolean;
}

/** Where watch() sends notifications for this mailbox. */
export interface WatchState {
  topicName: string;
  labelIds: string[];
  labelFilterBehavior: "include" | "exclude";
  expiration: number;
}

export const FIRST_HISTORY_ID = 1000;

/** One user's mail, threads and change history, all in memory. */
export class Mailbox {
  private readonly messages = new Map<string, StoredMessage>();
  private readonly threads = new ThreadIndex();
  private records: HistoryRecord[] = [];
  private currentHistoryId = FIRST_HISTORY_ID;
  /** A startHistoryId below this has expired (Gmail keeps history for about a week). */
  private floor = FIRST_HISTORY_ID;
  private seq = 0;
  private sorted: StoredMessage[] | undefined;
  private readonly listeners: ((record: HistoryRecord) => void)[] = [];
  watch: WatchState | undefined;
  /** The account's custom "from" addresses (settings, kept with the mailbox as the watch is). */
  sendAs: SendAsAlias[] = [];

  constructor(readonly email: string) {}

  get historyId(): number {
    return this.currentHistoryId;
  }

  add(prepared: PreparedMessage, options: AddOptions): StoredMessage {
    const internalDate = options.internalDate ?? prepared.date ?? Date.now();
    const seq = this.seq++;
    const id = messageIdFor(internalDate, `${this.email}\n${seq}\n${prepared.raw.toString("latin1")}`, (candidate) =>
      this.messages.has(candidate),
    );
    const thread = options.thread ?? "infer";
    const threadId =
      thread === "new"
        ? id
        : thread === "infer"
          ? (this.threads.find(prepared.references, prepared.subject) ?? id)
          : this.hasThread(thread.id)
            ? thread.id
            : id;
    this.threads.remember(threadId, prepared.messageIdHeader, prepared.subject);
    const message: StoredMessage = {
      id,
      threadId,
      labelIds: options.labelIds ?? this.defaultLabels(prepared),
      internalDate,
      historyId: 0,
      raw: prepared.raw,
      mime: prepared.mime,
      snippet: prepared.snippet,
      fromAddresses: prepared.fromAddresses,
      toAddresses: prepared.toAddresses,
      messageIdHeader: prepared.messageIdHeader,
      subject: prepared.subject,
      searchText: prepared.searchText,
      seq,
    };
    this.messages.set(id, message);
    this.sorted = undefined;
    if (options.recordHistory) {
      this.record("messageAdded", message, []);
    } else {
      message.historyId = ++this.currentHistoryId;
      this.floor = this.currentHistoryId;
    }
    return message;
  }

  get(id: string): StoredMessage | undefined {
    return this.messages.get(id);
  }

  /** Every message, newest first (Gmail's list order). */
  list(): StoredMessage[] {
    this.sorted ??= [...this.messages.values()].sort((a, b) => b.internalDate - a.internalDate || b.seq - a.seq);
    return this.sorted;
  }

  threadCount(): number {
    return new Set([...this.messages.values()].map((message) => message.threadId)).size;
  }

  delete(id: string): StoredMessage | undefined {
    const message = this.messages.get(id);
    if (!message) return undefined;
    this.messages.delete(id);
    this.sorted = undefined;
    this.record("messageDeleted", message, []);
    return message;
  }

  modifyLabels(id: string, add: string[], remove: string[]): StoredMessage | undefined {
    const message = this.messages.get(id);
    if (!message) return undefined;
    const added = add.filter((label) => !message.labelIds.includes(label));
    const removed = remove.filter((label) => message.labelIds.includes(label) && !add.includes(label));
    message.labelIds = [...message.labelIds.filter((label) => !removed.includes(label)), ...added];
    if (added.length > 0) this.record("labelAdded", message, added);
    if (removed.length > 0) this.record("labelRemoved", message, removed);
    return message;
  }

  /** Records after `startHistoryId`, or "expired" when that cursor is older than the kept history. */
  historyAfter(startHistoryId: number): HistoryRecord[] | "expired" {
    if (startHistoryId < this.floor) return "expired";
    return this.records.filter((record) => record.id > startHistoryId);
  }

  /** Forgets history so that any startHistoryId below `historyId` answers 404. */
  expireHistoryBefore(historyId: number): void {
    this.floor = Math.max(this.floor, historyId);
    this.records = this.records.filter((record) => record.id > this.floor);
  }

  onHistory(listener: (record: HistoryRecord) => void): void {
    this.listeners.push(listener);
  }

  private record(type: HistoryType, message: StoredMessage, labelIds: string[]): void {
    const id = ++this.currentHistoryId;
    message.historyId = id;
    const record: HistoryRecord = {
      id,
      type,
      message: { id: message.id, threadId: message.threadId, labelIds: [...message.labelIds] },
      labelIds,
    };
    this.records.push(record);
    for (const listener of this.listeners) listener(record);
  }

  /** The thread's messages, newest first; none for an unknown thread. */
  thread(threadId: string): StoredMessage[] {
    return this.list().filter((message) => message.threadId === threadId);
  }

  private hasThread(threadId: string): boolean {
    return this.list().some((message) => message.threadId === threadId);
  }

  private defaultLabels(prepared: PreparedMessage): string[] {
    if (prepared.takeoutLabels !== undefined) return labelsFromTakeoutHeader(prepared.takeoutLabels);
    const owner = this.email.toLowerCase();
    if (!prepared.fromAddresses.includes(owner)) return ["INBOX", "UNREAD"];
    // Mail from the owner is SENT; mail the owner also sent to themselves lands in the inbox too.
    return prepared.toAddresses.includes(owner) ? ["SENT", "INBOX", "UNREAD"] : ["SENT"];
  }
}
