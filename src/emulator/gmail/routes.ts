import { QUOTA_UNITS } from "../../gmail/google-endpoints.js";
import type { Mailbox } from "../mailbox/mailbox.js";
import { MODIFY_SCOPES, PROFILE_SCOPES, READ_SCOPES, SEND_SCOPES } from "../oauth/scopes.js";
import type { EmulatorState } from "../server/state.js";
import type { ApiRequest, ApiResponse } from "./api-types.js";
import { listHistory } from "./history-handler.js";
import { safeDecode } from "./query-params.js";
import { getLabels, getProfile, startWatch, stopWatch } from "./mailbox-handlers.js";
import { getAttachment, getMessage, listMessages, modifyMessage, sendMessage } from "./messages-handlers.js";

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

/** Google's published cost for attachments.get and messages.modify (not among SafeIntro's calls). */
const OTHER_UNITS = { attachmentsGet: 5, messagesModify: 5 } as const;

const ROUTES: GmailRoute[] = [
  { method: "GET", pattern: /^\/profile$/, units: QUOTA_UNITS.getProfile, scopes: PROFILE_SCOPES, handle: getProfile },
  { method: "GET", pattern: /^\/labels$/, units: QUOTA_UNITS.labelsList, scopes: PROFILE_SCOPES, handle: getLabels },
  { method: "GET", pattern: /^\/messages$/, units: QUOTA_UNITS.messagesList, scopes: READ_SCOPES, handle: listMessages },
  { method: "POST", pattern: /^\/messages\/send$/, units: QUOTA_UNITS.messagesSend, scopes: SEND_SCOPES, handle: sendMessage },
  { method: "GET", pattern: /^\/messages\/([^/]+)$/, units: QUOTA_UNITS.messagesGet, scopes: READ_SCOPES, handle: getMessage },
  {
    method: "GET",
    pattern: /^\/messages\/([^/]+)\/attachments\/([^/]+)$/,
    units: OTHER_UNITS.attachmentsGet,
    scopes: READ_SCOPES,
    handle: getAttachment,
  },
  {
    method: "POST",
    pattern: /^\/messages\/([^/]+)\/modify$/,
    units: OTHER_UNITS.messagesModify,
    scopes: MODIFY_SCOPES,
    handle: modifyMessage,
  },
  { method: "GET", pattern: /^\/history$/, units: QUOTA_UNITS.historyList, scopes: READ_SCOPES, handle: listHistory },
  { method: "POST", pattern: /^\/watch$/, units: QUOTA_UNITS.watch, scopes: READ_SCOPES, handle: startWatch },
  { method: "POST", pattern: /^\/stop$/, units: QUOTA_UNITS.stop, scopes: READ_SCOPES, handle: stopWatch },
];

export function matchGmailRoute(method: string, rest: string): (GmailRoute & { params: string[] }) | undefined {
  for (const route of ROUTES) {
    if (route.method !== method.toUpperCase()) continue;
    const match = route.pattern.exec(rest);
    if (match) return { ...route, params: match.slice(1).map(safeDecode) };
  }
  return undefined;
}
