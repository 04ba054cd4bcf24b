/** Gmail's system labels, in the order users.labels.list returns them. */
export const SYSTEM_LABEL_IDS = [
  "CHAT",
  "SENT",
  "INBOX",
  "IMPORTANT",
  "TRASH",
  "DRAFT",
  "SPAM",
  "CATEGORY_FORUMS",
  "CATEGORY_UPDATES",
  "CATEGORY_PERSONAL",
  "CATEGORY_PROMOTIONS",
  "CATEGORY_SOCIAL",
  "STARRED",
  "UNREAD",
] as const;

/** Gmail's Schema$Label as listed for a system label. */
export interface GmailLabel {
  id: string;
  name: string;
  messageListVisibility?: "hide" | "show";
  labelListVisibility?: "labelHide" | "labelShow" | "labelShowIfUnread";
  type: "system" | "user";
}

/** The system labels Gmail lists with "hide" visibility; the others carry no visibility fields. */
const HIDDEN = new Set<string>(["CHAT", "IMPORTANT", "TRASH", "SPAM"]);

export function systemLabels(): GmailLabel[] {
  return SYSTEM_LABEL_IDS.map((id) =>
    HIDDEN.has(id)
      ? { id, name: id, messageListVisibility: "hide", labelListVisibility: "labelHide", type: "system" }
      : { id, name: id, type: "system" },
  );
}

const TAKEOUT_NAMES: Record<string, string> = {
  inbox: "INBOX",
  sent: "SENT",
  unread: "UNREAD",
  opened: "",
  important: "IMPORTANT",
  starred: "STARRED",
  spam: "SPAM",
  trash: "TRASH",
  draft: "DRAFT",
  chat: "CHAT",
  "category personal": "CATEGORY_PERSONAL",
  "category promotions": "CATEGORY_PROMOTIONS",
  "category updates": "CATEGORY_UPDATES",
  "category social": "CATEGORY_SOCIAL",
  "category forums": "CATEGORY_FORUMS",
};

/**
 * Labels from a Google Takeout `X-Gmail-Labels: Inbox,Unread,Category Promotions` header,
 * so a demo mailbox can say exactly how each message is filed. Unknown names are skipped.
 */
export function labelsFromTakeoutHeader(value: string): string[] {
  const labels = value
    .split(",")
    .map((name) => TAKEOUT_NAMES[name.trim().toLowerCase()])
    .filter((label): label is string => Boolean(label));
  return [...new Set(labels)];
}
