import type { PrismaClient } from "../db/index.js";
import type { MailboxReader } from "./mailbox-reader.js";
import { type StoreSettings, type SyncTarget, storeFetchedMessages } from "./store-messages.js";
import { throwIfCancelled } from "./sync-cancelled.js";

/**
 * How many messages are fetched and stored together: five seconds of quota (48 messages a
 * second, typically ten batches of 24 under Gmail's limit on calls at once). A full sync
 * hands over ids in multiples of this (see fullSync), so only its very last second is short.
 */
export const FETCH_CHUNK = 240;

export interface FetchTally {
  fetched: number;
  introRequests: number;
}

export interface SyncOptions {
  /**
   * Aborted to stop the sync (SafeIntro shutting down). It is checked between chunks: what
   * was fetched is stored first, so the next sync skips it.
   */
  signal?: AbortSignal;
}

/**
 * Fetches and stores the messages among `ids` that this account has not seen yet, so a
 * resync or an overlapping sync never fetches a message twice. Stops between chunks when
 * `options.signal` is aborted (SyncCancelledError), once the chunk being stored is stored.
 */
export async function fetchNewMessages(
  prisma: PrismaClient,
  mailbox: MailboxReader,
  target: SyncTarget,
  ids: string[],
  settings: StoreSettings,
  options: SyncOptions = {},
): Promise<FetchTally> {
  const pipeline = new FetchPipeline(prisma, mailbox, target, settings, options);
  await pipeline.fetch(ids);
  await pipeline.finish();
  return pipeline.tally;
}

/**
 * Fetching and storing as one pipeline: judging and storing a chunk overlaps with fetching
 * the next, so the quota is not left idle while messages are parsed, and at most two chunks
 * are in memory. A full sync keeps one pipeline across its listing pages: waiting for the
 * last chunk of each page to be stored before fetching the next page left a second or more
 * of quota unused every ten seconds (the figure `npm run bench -- sync` measures).
 */
export class FetchPipeline {
  readonly tally: FetchTally = { fetched: 0, introRequests: 0 };
  private storing: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly mailbox: MailboxReader,
    private readonly target: SyncTarget,
    private readonly settings: StoreSettings,
    private readonly options: SyncOptions = {},
  ) {}

  /**
   * Fetches `ids` chunk by chunk, each stored while the next is fetched. Resolves once the
   * last chunk is fetched and its storing has begun: `finish()` waits for it.
   */
  async fetch(ids: readonly string[]): Promise<void> {
    for (let start = 0; start < ids.length; start += FETCH_CHUNK) {
      if (this.options.signal?.aborted) {
        await this.finish();
        throwIfCancelled(this.options.signal);
      }
      const chunk = [...new Set(ids.slice(start, start + FETCH_CHUNK))];
      const known = await this.prisma.syncedMessage.findMany({
        where: { accountId: this.target.accountId, gmailMessageId: { in: chunk } },
        select: { gmailMessageId: true },
      });
      const knownIds = new Set(known.map((row) => row.gmailMessageId));
      const unseen = chunk.filter((id) => !knownIds.has(id));
      if (unseen.length === 0) continue;
      const fetched = await this.mailbox.getRawMessages(unseen);
      this.tally.fetched += [...fetched.values()].filter((message) => message !== null).length;
      await this.finish();
      this.then(async () => {
        this.tally.introRequests += await storeFetchedMessages(this.prisma, this.target, fetched, this.settings);
      });
    }
  }

  /**
   * Runs `step` once everything fetched so far is stored (a full sync saves its place so),
   * without waiting for it here. Skipped after a failure; its own failure is thrown by the
   * next `fetch` or `finish`.
   */
  afterStored(step: () => Promise<void>): void {
    this.then(step);
  }

  /** Waits until everything fetched is stored (and each step after it has run); throws the first failure. */
  async finish(): Promise<void> {
    await this.storing;
    if (this.failure) throw this.failure.error;
  }

  // The failure is caught at once and rethrown by finish: a rejection left pending across the
  // next fetch would count as unhandled.
  private then(step: () => Promise<void>): void {
    this.storing = this.storing.then(async () => {
      if (this.failure) return;
      try {
        await step();
      } catch (error) {
        this.failure = { error };
      }
    });
  }
}
