import { z } from "zod";

/** The one queue of Gmail work. Its jobs carry an account id, never tokens or mail. */
export const GMAIL_QUEUE = "gmail";

export const SyncReason = z.enum(["connected", "push", "poll", "manual"]);
export type SyncReason = z.infer<typeof SyncReason>;

/** Job name → payload schema. Payloads are checked when queued and again when processed. */
export const GmailJobPayloads = {
  /** Bring the account up to date (full the first time, then incremental). */
  sync: z.object({ accountId: z.uuid(), reason: SyncReason }).strict(),
  /**
   * Polling tick: asks for a sync. Without push, or while Gmail refuses push for the mailbox,
   * every POLL_INTERVAL_SECONDS; with push, every SAFETY_POLL_MINUTES, for lost notifications.
   */
  poll: z.object({ accountId: z.uuid() }).strict(),
  /** Renewal of the Gmail push watch (it lapses after 7 days): daily; every SAFETY_POLL_MINUTES while Gmail refuses it. */
  "renew-watch": z.object({ accountId: z.uuid() }).strict(),
  /**
   * Counts the headers of messages synced without them (before relationship counting existed,
   * or skipped by the analysis): a chunk per job, headers only, queued again until none is left.
   */
  "count-contacts": z.object({ accountId: z.uuid() }).strict(),
} as const;

export type GmailJobName = keyof typeof GmailJobPayloads;
export type GmailJobPayload<Name extends GmailJobName> = z.infer<(typeof GmailJobPayloads)[Name]>;

export function parseGmailJob<Name extends GmailJobName>(name: Name, data: unknown): GmailJobPayload<Name> {
  return GmailJobPayloads[name].parse(data) as GmailJobPayload<Name>;
}

export const isGmailJobName = (name: string): name is GmailJobName => Object.hasOwn(GmailJobPayloads, name);
