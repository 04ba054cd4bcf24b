import type { PrismaClient } from "../db/index.js";

/** What a page says about one email SafeIntro sends for the connector. */
export interface OutboxEmailStatus {
  id: string;
  purpose: string;
  state: "sending" | "waiting" | "sent" | "failed";
  /** "sending", "sent at 2026-03-16 09:30 UTC", "waiting: …, goes out after …", "failed: …". */
  text: string;
  /** When it was sent (sent), or when it goes out at the earliest (waiting, when known). */
  at?: Date;
}

const WAITING = "waiting: ";

/** "2026-03-16 09:30 UTC". */
export function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** The minute at or after `date`: "goes out after" must never name a time before it. */
const laterMinute = (date: Date) => utcMinute(new Date(Math.ceil(date.getTime() / 60_000) * 60_000));

/** The words lastError holds while an email waits; the page shows them as they are. */
export const waitingWords = {
  dailyCap: (cap: number, until: Date) =>
    `${WAITING}the daily send cap is reached (${cap} emails in 24 hours from this account); it goes out after ${laterMinute(until)}`,
  gmailLimit: (until: Date) => `${WAITING}Gmail asked SafeIntro to slow down; it goes out after ${laterMinute(until)}`,
  reconnect: () =>
    `${WAITING}Google no longer accepts SafeIntro's access to this Gmail account; it goes out once you reconnect Gmail`,
  configuration: () =>
    `${WAITING}Google refused SafeIntro's own settings, not your account; it goes out once the team fixes them`,
} as const;

/** Pure: the page's words for a row. */
export function describeOutboxEmail(row: {
  id: string;
  purpose: string;
  status: "pending" | "sent" | "failed";
  lastError: string | null;
  sentAt: Date | null;
}): OutboxEmailStatus {
  const base = { id: row.id, purpose: row.purpose };
  if (row.status === "sent") {
    return {
      ...base,
      state: "sent",
      text: row.sentAt ? `sent at ${utcMinute(row.sentAt)}` : "sent",
      ...at(row.sentAt),
    };
  }
  if (row.status === "failed")
    return { ...base, state: "failed", text: `failed: ${row.lastError ?? "unknown reason"}` };
  if (row.lastError?.startsWith(WAITING)) {
    const until = /after (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC$/.exec(row.lastError);
    return {
      ...base,
      state: "waiting",
      text: row.lastError,
      ...(until ? at(new Date(`${until[1]}T${until[2]}:00Z`)) : {}),
    };
  }
  return { ...base, state: "sending", text: row.lastError ? `sending (${row.lastError})` : "sending" };
}

/** The emails of one request, oldest first, for its page. Scoped by the connector. */
export async function readOutboxStatus(
  prisma: PrismaClient,
  scope: { connectorId: string; introRequestId: string },
): Promise<OutboxEmailStatus[]> {
  const rows = await prisma.outboxEmail.findMany({
    where: { connectorId: scope.connectorId, introRequestId: scope.introRequestId },
    select: { id: true, purpose: true, status: true, lastError: true, sentAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(describeOutboxEmail);
}

function at(date: Date | null): { at?: Date } {
  return date ? { at: date } : {};
}
