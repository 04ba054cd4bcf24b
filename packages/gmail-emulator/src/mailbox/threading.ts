/**
 * Groups messages into threads the way Gmail roughly does: a reply joins the thread of a
 * message it references; failing that, a "Re:"/"Fwd:" message joins the latest thread
 * with the same subject. A message with a plain subject and no known reference starts one.
 */
export class ThreadIndex {
  private readonly byMessageId = new Map<string, string>();
  private readonly bySubject = new Map<string, string>();

  /** The thread an incoming message belongs to, or undefined for a new thread. */
  find(references: string[], subject: string): string | undefined {
    for (const reference of [...references].reverse()) {
      const thread = this.byMessageId.get(reference);
      if (thread) return thread;
    }
    const { base, isReply } = normalizeSubject(subject);
    return isReply && base !== "" ? this.bySubject.get(base) : undefined;
  }

  remember(threadId: string, messageIdHeader: string | undefined, subject: string): void {
    if (messageIdHeader) this.byMessageId.set(messageIdHeader, threadId);
    const { base } = normalizeSubject(subject);
    if (base !== "") this.bySubject.set(base, threadId);
  }

  clear(): void {
    this.byMessageId.clear();
    this.bySubject.clear();
  }
}

const PREFIX = /^\s*(re|fwd?|aw|wg|sv|vs|tr)\s*(\[\d+\])?\s*:\s*/i;

export function normalizeSubject(subject: string): { base: string; isReply: boolean } {
  let base = subject.trim();
  let isReply = false;
  while (PREFIX.test(base)) {
    base = base.replace(PREFIX, "");
    isReply = true;
  }
  return { base: base.replace(/\s+/g, " ").toLowerCase(), isReply };
}

/** Message-IDs in a References or In-Reply-To header, in order. */
export function parseMessageIds(value: string | undefined): string[] {
  return value ? (value.match(/<[^<>\s]+>/g) ?? []) : [];
}
