import type { PrismaClient } from "../db/index.js";
import type { EmailRenderer } from "../email/index.js";
import type { Logger } from "../logger.js";
import type { StateMachineOptions } from "../requests/index.js";

/** The timers a request can have; the `timers` queue's job names. */
export type TimerKind = "reminder_due" | "expiry_due" | "snooze_ends";

/**
 * What the double opt-in needs. The job producers are small interfaces of its own (the
 * queue's producers fit them), so that this domain code does not depend on the queue's.
 */
export interface OptInDeps {
  prisma: PrismaClient;
  /** The compiled email templates (src/email). */
  renderer: EmailRenderer;
  sends: { requestSend(outboxId: string): Promise<void> };
  timers: {
    schedule(introRequestId: string, kind: TimerKind, at: Date): Promise<void>;
    cancel(introRequestId: string): Promise<void>;
  };
  analysis: { requestAnalysis(introRequestId: string): Promise<void> };
  /** Where the links in emails point (PUBLIC_URL). */
  publicUrl: string;
  /** The domain of SafeIntro's Message-IDs (messageIdDomainOf(PUBLIC_URL)). */
  messageIdDomain: string;
  /** How long the links in an email work (ACTION_LINK_TTL_DAYS). */
  linkTtlMs: number;
  /** Days to the target's reminder, and from it to the expiry. */
  machine: StateMachineOptions;
  logger: Logger;
  now?: () => Date;
}
