import { prepareMessage, type PreparedMessage } from "../mailbox/prepare-message.js";
import { parseSearchQuery, QueryError } from "../mailbox/search-query.js";
import { ownFromAddresses } from "../mailbox/send-as.js";
import { messageRef, type StoredMessage } from "../mailbox/stored-message.js";
import { normalizeSubject } from "../mailbox/threading.js";
import { fromBase64Any, toBase64Url } from "../mime/base64url.js";
import { ApiError, type ApiResponse } from "./api-types.js";
import { invalidArgument, notFound } from "./google-errors.js";
import { decodePageToken, encodePageToken, isRecord, maxResultsParam } from "./query-params.js";
import { findAttachment, MESSAGE_FORMATS, renderMessage, type MessageFormat } from "./render-message.js";
import type { GmailCall } from "./routes.js";
import { stampSentHeaders } from "./sent-headers.js";

/** Where a page ended: the last message's (internalDate, seq), Gmail's list order key. */
type ListCursor = [number, number];

function isListCursor(value: unknown): value is ListCursor {
  return Array.isArray(value) && value.length === 2 && value.every((item) => typeof item === "number");
}

/** users.messages.list: newest first, filtered by labelIds, q and spam/trash. */
export function listMessages({ state, mailbox, request }: GmailCall): ApiResponse {
  const { query } = request;
  const maxResults = maxResultsParam(query, 100, 500);
  const labelIds = query
    .getAll("labelIds")
    .flatMap((value) => value.split(","))
    .filter(Boolean);
  let search;
  try {
    search = parseSearchQuery(query.get("q") ?? "", state.now());
  } catch (error) {
    if (error instanceof QueryError) throw new ApiError(invalidArgument(error.message));
    throw error;
  }
  const includeSpamTrash = query.get("includeSpamTrash") === "true" || search.reachesSpamTrash;
  const matching = mailbox
    .list()
    .filter((message) => includeSpamTrash || !message.labelIds.some((label) => label === "SPAM" || label === "TRASH"))
    .filter((message) => labelIds.every((label) => message.labelIds.includes(label)))
    .filter(search.matches);

  const cursor = decodePageToken(query, isListCursor);
  const start = cursor ? matching.filter((message) => comesBefore(message, cursor)).length : 0;
  const page = matching.slice(start, start + maxResults);
  const last = page.at(-1);
  const hasMore = start + page.length < matching.length;
  return {
    status: 200,
    body: {
      ...(page.length > 0 ? { messages: page.map(messageRef) } : {}),
      ...(hasMore && last ? { nextPageToken: encodePageToken([last.internalDate, last.seq]) } : {}),
      resultSizeEstimate: matching.length,
    },
  };
}

/** True when `message` sorts at or before the cursor in newest-first order. */
function comesBefore(message: StoredMessage, [internalDate, seq]: ListCursor): boolean {
  return message.internalDate > internalDate || (message.internalDate === internalDate && message.seq >= seq);
}

/** users.messages.get in format full (default), metadata, minimal or raw. */
export function getMessage({ mailbox, params, request }: GmailCall): ApiResponse {
  const message = findMessage(mailbox.get.bind(mailbox), params[0] ?? "");
  const format = request.query.get("format") ?? "full";
  if (!(MESSAGE_FORMATS as readonly string[]).includes(format)) {
    throw new ApiError(invalidArgument(`Invalid value at 'format', "${format}"`));
  }
  const metadataHeaders = request.query.getAll("metadataHeaders").flatMap((value) => value.split(","));
  return { status: 200, body: renderMessage(message, format as MessageFormat, metadataHeaders.filter(Boolean)) };
}

/** users.messages.attachments.get. */
export function getAttachment({ mailbox, params }: GmailCall): ApiResponse {
  const message = findMessage(mailbox.get.bind(mailbox), params[0] ?? "");
  const part = findAttachment(message, params[1] ?? "");
  if (!part) throw new ApiError(invalidArgument("Invalid attachment token"));
  return { status: 200, body: { size: part.body.length, data: toBase64Url(part.body) } };
}

/**
 * users.messages.send with a JSON `{raw, threadId?}` body; the mail is filed as SENT. Gmail
 * first sets From and Message-ID as it does (stampSentHeaders). A `threadId` must name a
 * thread of the mailbox (400 "Invalid thread_id value" when it cannot be an id, as users
 * report Gmail's answer; 404 when there is no such thread), but
 * the message joins it only when it meets the conditions of Google's threading guide
 * (repliesWithin); otherwise it starts a thread of its own, without any error. Without a
 * `threadId` it always starts one.
 */
export async function sendMessage({ state, mailbox, request }: GmailCall): Promise<ApiResponse> {
  const body = isRecord(request.body) ? request.body : {};
  if (typeof body.raw !== "string" || body.raw === "") {
    throw new ApiError(
      invalidArgument("'raw' RFC822 payload message string or uploading message via /upload/* URL required"),
    );
  }
  let thread: StoredMessage[] | undefined;
  if (body.threadId !== undefined && body.threadId !== null && body.threadId !== "") {
    if (typeof body.threadId !== "string" || !/^[0-9a-f]{1,16}$/i.test(body.threadId)) {
      throw new ApiError(invalidArgument("Invalid thread_id value"));
    }
    thread = mailbox.thread(body.threadId.toLowerCase());
    if (thread.length === 0) throw new ApiError(notFound());
  }
  const prepared = await prepareMessage(
    stampSentHeaders(fromBase64Any(body.raw), ownFromAddresses(mailbox.email, mailbox.sendAs)),
  );
  const joined = thread?.[0] && repliesWithin(prepared, thread) ? thread[0].threadId : undefined;
  const message = mailbox.add(prepared, {
    labelIds: ["SENT"],
    thread: joined ? { id: joined } : "new",
    internalDate: state.now(),
    recordHistory: true,
  });
  return { status: 200, body: { id: message.id, threadId: message.threadId, labelIds: [...message.labelIds] } };
}

/**
 * Google's conditions for a sent message to join the requested thread ("Manage threads":
 * the threadId is given; "the References and In-Reply-To headers must be set in compliance
 * with the RFC 2822 standard"; "the Subject headers must match"), read as: In-Reply-To names a
 * message of the thread, References names one too, and the subject is a thread message's
 * subject, give or take "Re:"/"Fwd:" prefixes, case and spacing.
 */
function repliesWithin(prepared: PreparedMessage, thread: StoredMessage[]): boolean {
  const ids = new Set(thread.flatMap((message) => (message.messageIdHeader ? [message.messageIdHeader] : [])));
  const references =
    prepared.inReplyTo.some((id) => ids.has(id)) && prepared.referencesHeader.some((id) => ids.has(id));
  const subject = normalizeSubject(prepared.subject).base;
  return references && thread.some((message) => normalizeSubject(message.subject).base === subject);
}

/** users.messages.modify: add and remove labels. */
export function modifyMessage({ mailbox, params, request }: GmailCall): ApiResponse {
  findMessage(mailbox.get.bind(mailbox), params[0] ?? "");
  const body = isRecord(request.body) ? request.body : {};
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  const message = mailbox.modifyLabels(params[0] ?? "", strings(body.addLabelIds), strings(body.removeLabelIds));
  if (!message) throw new ApiError(notFound());
  return { status: 200, body: { id: message.id, threadId: message.threadId, labelIds: [...message.labelIds] } };
}

/** Gmail answers 400 for an id that cannot be one, 404 for a well-formed unknown id. */
function findMessage(get: (id: string) => StoredMessage | undefined, id: string): StoredMessage {
  if (!/^[0-9a-f]{1,16}$/i.test(id)) throw new ApiError(invalidArgument("Invalid id value"));
  const message = get(id.toLowerCase());
  if (!message) throw new ApiError(notFound());
  return message;
}
