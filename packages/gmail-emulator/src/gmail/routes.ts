import type { Mailbox } from "../mailbox/mailbox.js";
import { MODIFY_SCOPES, PROFILE_SCOPES, READ_SCOPES, SEND_SCOPES } from "../oauth/scopes.js";
import type { EmulatorState } from "../server/state.js";
import type { ApiRequest, ApiResponse } from "./api-types.js";
import { listHistory } from "./history-handler.js";
import { safeDecode } from "./query-params.js";
import { getLabels, getProfile, startWatch, stopWatch } from "./mailbox-handlers.js";
import { getAttachment, getMessage, listMessages, modifyMessage, sendMessage } from "./messages-handlers.js";
import { QUOTA_PRICES } from "./quota-prices.js";

/** What a handler gets: the caller's mailbox and the path's captured segments. */
export interface GmailCall {
  state: EmulatorState;
  mailbox: Mailbox;
  params: string[];
  request: ApiRequest;
}

interface GmailRoute {
  method: string;
  /** Matched against the path after /gmail/v1/users/{userId}. */
  pattern: RegExp;
  units: number;
  /** Any one of these scopes lets the call through. */
  scopes: string[];
  handle: (call: GmailCall) => ApiResponse | Promise<ApiResponse>;
}

const ROUTES: GmailRoute[] = [
  { method: "GET", pattern: /^\/profile$/, units: QUOTA_PRICES.getProfile, scopes: PROFILE_SCOPES, handle: getProfile },
  {
    method: "GET",
    pattern: /^\/labels$/,
    units: QUOTA_PRICES["labels.list"],
    scopes: PROFILE_SCOPES,
    handle: getLabels,
  },
  {
    method: "GET",
    pattern: /^\/messages$/,
    units: QUOTA_PRICES["messages.list"],
    scopes: READ_SCOPES,
    handle: listMessages,
  },
  {
    method: "POST",
    pattern: /^\/messages\/send$/,
    units: QUOTA_PRICES["messages.send"],
    scopes: SEND_SCOPES,
    handle: sendMessage,
  },
  {
    method: "GET",
    pattern: /^\/messages\/([^/]+)$/,
    units: QUOTA_PRICES["messages.get"],
    scopes: READ_SCOPES,
    handle: getMessage,
  },
  {
    method: "GET",
    pattern: /^\/messages\/([^/]+)\/attachments\/([^/]+)$/,
    units: QUOTA_PRICES["messages.attachments.get"],
    scopes: READ_SCOPES,
    handle: getAttachment,
  },
  {
    method: "POST",
    pattern: /^\/messages\/([^/]+)\/modify$/,
    units: QUOTA_PRICES["messages.modify"],
    scopes: MODIFY_SCOPES,
    handle: modifyMessage,
  },
  {
    method: "GET",
    pattern: /^\/history$/,
    units: QUOTA_PRICES["history.list"],
    scopes: READ_SCOPES,
    handle: listHistory,
  },
  { method: "POST", pattern: /^\/watch$/, units: QUOTA_PRICES.watch, scopes: READ_SCOPES, handle: startWatch },
  { method: "POST", pattern: /^\/stop$/, units: QUOTA_PRICES.stop, scopes: READ_SCOPES, handle: stopWatch },
];

export function matchGmailRoute(method: string, rest: string): (GmailRoute & { params: string[] }) | undefined {
  for (const route of ROUTES) {
    if (route.method !== method.toUpperCase()) continue;
    const match = route.pattern.exec(rest);
    if (match) return { ...route, params: match.slice(1).map(safeDecode) };
  }
  return undefined;
}
