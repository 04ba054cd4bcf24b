import type { Mailbox } from "../mailbox/mailbox.js";
import { METHOD_SCOPES } from "../oauth/scopes.js";
import type { EmulatorState } from "../server/state.js";
import type { ApiRequest, ApiResponse } from "./api-types.js";
import { listHistory } from "./history-handler.js";
import { safeDecode } from "./query-params.js";
import { getLabels, getProfile, startWatch, stopWatch } from "./mailbox-handlers.js";
import { getAttachment, getMessage, listMessages, modifyMessage, sendMessage } from "./messages-handlers.js";
import { type GmailMethod, QUOTA_PRICES } from "./quota-prices.js";
import { listSendAs } from "./settings-handlers.js";

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
  /** Google's name for the method: its quota price and its scopes follow from it. */
  name: GmailMethod;
  handle: (call: GmailCall) => ApiResponse | Promise<ApiResponse>;
}

const ROUTES: GmailRoute[] = [
  { method: "GET", pattern: /^\/profile$/, name: "getProfile", handle: getProfile },
  { method: "GET", pattern: /^\/labels$/, name: "labels.list", handle: getLabels },
  { method: "GET", pattern: /^\/messages$/, name: "messages.list", handle: listMessages },
  { method: "POST", pattern: /^\/messages\/send$/, name: "messages.send", handle: sendMessage },
  { method: "GET", pattern: /^\/messages\/([^/]+)$/, name: "messages.get", handle: getMessage },
  {
    method: "GET",
    pattern: /^\/messages\/([^/]+)\/attachments\/([^/]+)$/,
    name: "messages.attachments.get",
    handle: getAttachment,
  },
  { method: "POST", pattern: /^\/messages\/([^/]+)\/modify$/, name: "messages.modify", handle: modifyMessage },
  { method: "GET", pattern: /^\/history$/, name: "history.list", handle: listHistory },
  { method: "POST", pattern: /^\/watch$/, name: "watch", handle: startWatch },
  { method: "POST", pattern: /^\/stop$/, name: "stop", handle: stopWatch },
  { method: "GET", pattern: /^\/settings\/sendAs$/, name: "settings.sendAs.list", handle: listSendAs },
];

/** The route for a call, with its price in quota units and the scopes any one of which lets it through. */
export function matchGmailRoute(
  method: string,
  rest: string,
): (GmailRoute & { params: string[]; units: number; scopes: readonly string[] }) | undefined {
  for (const route of ROUTES) {
    if (route.method !== method.toUpperCase()) continue;
    const match = route.pattern.exec(rest);
    if (match) {
      const priced = { units: QUOTA_PRICES[route.name], scopes: METHOD_SCOPES[route.name] };
      return { ...route, ...priced, params: match.slice(1).map(safeDecode) };
    }
  }
  return undefined;
}
