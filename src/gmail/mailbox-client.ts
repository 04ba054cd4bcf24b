// googleapis' Gmail client alone: the whole googleapis package costs a process ~100 MB and
// half a second to load for hundreds of APIs SafeIntro never calls.
import { gmail as gmailApi } from "@googleapis/gmail";
import { fetchRawMessages, pauseIfRateLimited, type RawMessage } from "./fetch-raw-messages.js";
import { GmailError, translateGmailError, type GmailErrorContext } from "./gmail-error.js";
import { QUOTA_UNITS, type GoogleEndpoints } from "./google-endpoints.js";
import type { QuotaLimiter } from "./quota-limiter.js";
import { SINGLE_CALL_RETRY, withGmailRetries, type RetryOptions } from "./retry.js";
import { verifiedSendAsAddresses } from "./send-as.js";
import { foldHistoryRecords } from "./history-records.js";
import { type GetAccessToken, withAccessToken } from "./with-access-token.js";

export type { RawMessage } from "./fetch-raw-messages.js";

/** A message's chosen headers (format=metadata) and Gmail's ids and date for it. */
export interface MessageHeaders {
  threadId: string;
  internalDate: Date;
  headers: { name: string; value: string }[];
}

/** Metadata calls at once: well under Gmail's limit on a user's concurrent requests. */
const HEADER_CALLS_AT_ONCE = 8;

/** The mailbox as the rest of SafeIntro sees it; every failure is a GmailError. */
export interface MailboxClient {
  getProfile(): Promise<{ emailAddress: string; historyId: string; messagesTotal: number }>;
  /** One page of users.messages.list (500 ids, spam and trash left out). */
  listMessageIds(pageToken?: string): Promise<{ ids: { id: string; threadId: string }[]; nextPageToken?: string }>;
  /** format=raw, batched; null for a message deleted since it was listed. */
  getRawMessages(ids: string[]): Promise<Map<string, RawMessage | null>>;
  /**
   * format=metadata with only the named headers: who wrote to whom and when, never a body.
   * A few calls at a time, each through the quota limiter; null for a message deleted since.
   */
  getMessageHeaders(ids: string[], headerNames: readonly string[]): Promise<Map<string, MessageHeaders | null>>;
  /**
   * One page of history since startHistoryId (messageAdded, messageDeleted). Within the page a
   * message added then deleted is reported deleted only. An expired cursor throws
   * GmailError "cursor_expired": the caller must fully resync.
   */
  listHistory(
    startHistoryId: string,
    pageToken?: string,
  ): Promise<{
    added: { id: string; threadId: string }[];
    deleted: string[];
    nextPageToken?: string;
    historyId: string;
  }>;
  watch(topicName: string): Promise<{ historyId: string; expiration: Date }>;
  stop(): Promise<void>;
  /**
   * users.messages.send of a raw RFC 5322 message (base64url on the wire), in `threadId` when
   * given. Made once: Gmail has no idempotency key, so a call whose answer was lost (a dropped
   * connection, a 5xx) is never repeated here. The caller looks for the message in the mailbox
   * (findSentByMessageId) before sending it again. A missing gmail.send scope throws
   * GmailError "insufficient_scope".
   */
  sendMessage(raw: Uint8Array, threadId?: string): Promise<{ id: string; threadId: string }>;
  /**
   * The message carrying this Message-ID header ("<id@host>"), wherever it is (Sent, or
   * trashed since: spam and trash are searched too); null when there is none.
   */
  findSentByMessageId(messageId: string): Promise<{ id: string; threadId: string } | null>;
  /**
   * The connector's own addresses from Gmail's send-as settings (users.settings.sendAs.list,
   * allowed by gmail.readonly): the primary and each verified alias, lower-cased.
   */
  listSendAsAddresses(): Promise<string[]>;
}

export interface MailboxClientOptions {
  endpoints: GoogleEndpoints;
  /** A valid access token; called before every attempt, so a retry picks up a refreshed one. */
  getAccessToken: GetAccessToken;
  limiter: QuotaLimiter;
  accountId: string;
  retry?: RetryOptions;
  /** The most calls per messages.get batch; the size adapts below it to Gmail's limit on calls at once. */
  batchSize?: number;
  /** A message's raw bytes over this are dropped as they stream in, and the message skipped (too_large). */
  maxMessageBytes?: number;
  /**
   * How long a send may take before it is given up as a temporary failure (default 60 s): a
   * hung send would otherwise hold its job, lock renewed, for ever. Gmail may still have taken
   * it, and the retry looks for it first.
   */
  sendTimeoutMs?: number;
  fetchImpl?: typeof fetch;
}

// Gmail's quota is a moving average over about a second: after a 429 that names no
// Retry-After, a second's pause lets it drain.
const DEFAULT_PAUSE_MS = 1000;

export function createMailboxClient(options: MailboxClientOptions): MailboxClient {
  const { endpoints, getAccessToken, limiter, accountId, retry } = options;
  // retry: false: retries are ours (withGmailRetries), with the quota reserved for each attempt.
  const gmail = gmailApi({ version: "v1", rootUrl: endpoints.gmailRoot, retry: false });
  const failure = { limiter, accountId, defaultPauseMs: DEFAULT_PAUSE_MS };

  /**
   * One REST call: token, quota, the call. Only the call's own failure is Google's and is
   * translated into a GmailError; the token lookup (PostgreSQL) and the quota reservation
   * (Redis) throw their own errors, which the job queue retries and the status page names.
   * A dropped connection is tried once more at once; everything else that can heal (5xx,
   * 429) is the job queue's to retry, with backoff and without holding a worker.
   */
  const call = <T>(
    units: number,
    context: GmailErrorContext,
    request: (options: { headers: Record<string, string> }) => Promise<{ data: T }>,
    retryPolicy: RetryOptions = SINGLE_CALL_RETRY,
  ) =>
    withGmailRetries(
      () =>
        withAccessToken(getAccessToken, async (token) => {
          const reservation = await limiter.reserve(accountId, units);
          try {
            return (await request({ headers: { Authorization: `Bearer ${token}` } })).data;
          } catch (error) {
            throw await pauseIfRateLimited(translateGmailError(error, context), failure);
          } finally {
            // A send takes 40% of a second's quota: counted from Gmail's answer, a slow request
            // cannot put two more sends within Gmail's second of it (npm run bench -- email).
            if (context === "send" && reservation)
              await limiter.restamp?.(accountId, reservation).catch(() => undefined);
          }
        }),
      // Tests give their own clock (sleep, random); how often and for what is fixed here.
      { ...retry, ...retryPolicy },
    );

  return {
    async getProfile() {
      const data = await call(QUOTA_UNITS.getProfile, "other", (o) => gmail.users.getProfile({ userId: "me" }, o));
      return {
        emailAddress: required(data.emailAddress, "users.getProfile", "emailAddress"),
        historyId: required(data.historyId, "users.getProfile", "historyId"),
        messagesTotal: data.messagesTotal ?? 0,
      };
    },

    async listMessageIds(pageToken) {
      const data = await call(QUOTA_UNITS.messagesList, "other", (o) =>
        gmail.users.messages.list(
          { userId: "me", maxResults: 500, includeSpamTrash: false, ...(pageToken ? { pageToken } : {}) },
          o,
        ),
      );
      const ids = (data.messages ?? []).map((message) => ({
        id: required(message.id, "users.messages.list", "id"),
        threadId: required(message.threadId, "users.messages.list", "threadId"),
      }));
      return { ids, ...(data.nextPageToken ? { nextPageToken: data.nextPageToken } : {}) };
    },

    getRawMessages(ids) {
      return fetchRawMessages(ids, {
        batchUrl: endpoints.batchUrl,
        apiPath: new URL(endpoints.gmailRoot).pathname,
        getAccessToken,
        limiter,
        accountId,
        defaultPauseMs: DEFAULT_PAUSE_MS,
        ...(retry ? { retry } : {}),
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        ...(options.maxMessageBytes ? { maxMessageBytes: options.maxMessageBytes } : {}),
        ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
      });
    },

    async getMessageHeaders(ids, headerNames) {
      const found = new Map<string, MessageHeaders | null>();
      const getOne = async (id: string) => {
        try {
          const data = await call(QUOTA_UNITS.messagesGet, "message", (o) =>
            gmail.users.messages.get({ userId: "me", id, format: "metadata", metadataHeaders: [...headerNames] }, o),
          );
          found.set(id, {
            threadId: required(data.threadId, "users.messages.get", "threadId"),
            internalDate: new Date(Number(data.internalDate ?? 0)),
            headers: (data.payload?.headers ?? []).flatMap((header) =>
              header.name && typeof header.value === "string" ? [{ name: header.name, value: header.value }] : [],
            ),
          });
        } catch (error) {
          if (error instanceof GmailError && error.code === "not_found") found.set(id, null);
          else throw error;
        }
      };
      for (let start = 0; start < ids.length; start += HEADER_CALLS_AT_ONCE)
        await Promise.all(ids.slice(start, start + HEADER_CALLS_AT_ONCE).map(getOne));
      return found;
    },

    async listHistory(startHistoryId, pageToken) {
      const data = await call(QUOTA_UNITS.historyList, "history", (o) =>
        gmail.users.history.list(
          {
            userId: "me",
            startHistoryId,
            historyTypes: ["messageAdded", "messageDeleted"],
            maxResults: 500,
            ...(pageToken ? { pageToken } : {}),
          },
          o,
        ),
      );
      return {
        ...foldHistoryRecords(data.history ?? []),
        historyId: required(data.historyId, "users.history.list", "historyId"),
        ...(data.nextPageToken ? { nextPageToken: data.nextPageToken } : {}),
      };
    },

    async watch(topicName) {
      const data = await call(QUOTA_UNITS.watch, "other", (o) =>
        gmail.users.watch({ userId: "me", requestBody: { topicName } }, o),
      );
      const expiration = Number(required(data.expiration, "users.watch", "expiration"));
      return { historyId: required(data.historyId, "users.watch", "historyId"), expiration: new Date(expiration) };
    },

    async stop() {
      await call(QUOTA_UNITS.stop, "other", (o) => gmail.users.stop({ userId: "me" }, o));
    },

    async sendMessage(raw, threadId) {
      // A budget set below one send's price (GMAIL_QUOTA_UNITS_PER_SECOND may go down to 10)
      // would refuse the reservation for ever: such a send takes the account's whole second.
      const units = Math.min(QUOTA_UNITS.messagesSend, limiter.unitsPerSecond);
      const data = await call(
        units,
        "send",
        (o) =>
          gmail.users.messages.send(
            {
              userId: "me",
              requestBody: { raw: Buffer.from(raw).toString("base64url"), ...(threadId ? { threadId } : {}) },
            },
            { ...o, timeout: options.sendTimeoutMs ?? SEND_TIMEOUT_MS },
          ),
        SENT_ONCE,
      );
      return {
        id: required(data.id, "users.messages.send", "id"),
        threadId: required(data.threadId, "users.messages.send", "threadId"),
      };
    },

    async findSentByMessageId(messageId) {
      const data = await call(QUOTA_UNITS.messagesList, "other", (o) =>
        gmail.users.messages.list(
          // Gmail's operator takes the id without its angle brackets (rfc822msgid:a@b). A sent
          // message the connector deleted sits in Trash for 30 days: it was sent all the same.
          { userId: "me", q: `rfc822msgid:${searchableMessageId(messageId)}`, includeSpamTrash: true, maxResults: 10 },
          o,
        ),
      );
      const found = data.messages?.[0];
      if (!found) return null;
      return {
        id: required(found.id, "users.messages.list", "id"),
        threadId: required(found.threadId, "users.messages.list", "threadId"),
      };
    },

    async listSendAsAddresses() {
      const data = await call(QUOTA_UNITS.sendAsList, "other", (o) =>
        gmail.users.settings.sendAs.list({ userId: "me" }, o),
      );
      return verifiedSendAsAddresses(data);
    },
  };
}

/**
 * A send is never made again by the client, not even after a dropped connection (the one
 * failure other calls retry at once): Gmail may have taken the message before the connection
 * dropped, and only a search of the mailbox can tell.
 */
const SENT_ONCE: RetryOptions = { maxAttempts: 1 };
const SEND_TIMEOUT_MS = 60_000;

/** "<a@b>" → "a@b", refusing what could change the search (spaces, quotes, parentheses, braces). */
function searchableMessageId(messageId: string): string {
  const bare = messageId.trim().replace(/^<(.*)>$/, "$1");
  if (!/^[A-Za-z0-9!#$%&'*+/=?^_`|~.@-]+$/.test(bare) || !bare.includes("@"))
    throw new GmailError("permanent", "not a Message-ID SafeIntro can search for");
  return bare;
}

function required<T>(value: T | null | undefined, method: string, field: string): T {
  if (value === null || value === undefined || value === "") {
    throw new GmailError("permanent", `Gmail answered ${method} without ${field}`);
  }
  return value;
}
