import { HISTORY_TYPES, renderHistory, type HistoryRecord, type HistoryType } from "../mailbox/history.js";
import { ApiError, type ApiResponse } from "./api-types.js";
import { invalidArgument, notFound } from "./google-errors.js";
import { decodePageToken, encodePageToken, maxResultsParam } from "./query-params.js";
import type { GmailCall } from "./routes.js";

/**
 * users.history.list: records after startHistoryId, oldest first, filtered by
 * historyTypes and labelId. A cursor older than the kept history answers 404, which
 * tells the client to do a full sync; so does one beyond the mailbox's history id, a
 * cursor this mailbox never gave out. A client keeps such a cursor when the emulator
 * restarts (its history starts again, lower), and answering it 200 with no records made
 * every message below the old cursor invisible to that client.
 */
export function listHistory({ mailbox, request }: GmailCall): ApiResponse {
  const { query } = request;
  const startText = query.get("startHistoryId");
  if (startText === null || startText === "")
    throw new ApiError(invalidArgument("Missing required field: startHistoryId"));
  if (!/^\d+$/.test(startText)) throw new ApiError(invalidArgument(`Invalid startHistoryId: ${startText}`));
  const maxResults = maxResultsParam(query, 100, 500);
  const types = query
    .getAll("historyTypes")
    .flatMap((value) => value.split(","))
    .filter(Boolean);
  const unknownType = types.find((type) => !(HISTORY_TYPES as readonly string[]).includes(type));
  if (unknownType) throw new ApiError(invalidArgument(`Invalid value at 'history_types', "${unknownType}"`));
  const labelId = query.get("labelId");

  const start = Number(startText);
  if (start > mailbox.historyId) throw new ApiError(notFound());
  const records = mailbox.historyAfter(start);
  if (records === "expired") throw new ApiError(notFound());
  const afterId = decodePageToken(query, (value): value is number => typeof value === "number");
  const matching = records
    .filter((record) => afterId === undefined || record.id > afterId)
    .filter((record) => types.length === 0 || types.includes(record.type as HistoryType))
    .filter((record) => !labelId || touchesLabel(record, labelId));
  const page = matching.slice(0, maxResults);
  const last = page.at(-1);
  return {
    status: 200,
    body: {
      ...(page.length > 0 ? { history: page.map(renderHistory) } : {}),
      ...(matching.length > page.length && last ? { nextPageToken: encodePageToken(last.id) } : {}),
      historyId: String(mailbox.historyId),
    },
  };
}

function touchesLabel(record: HistoryRecord, labelId: string): boolean {
  return record.message.labelIds.includes(labelId) || record.labelIds.includes(labelId);
}
