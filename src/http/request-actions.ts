import type { ConnectorAction } from "../optin/index.js";
import type { Recommendation } from "../relationships/index.js";
import { type IntroRequestState, type TransitionEventType, allowedEvents } from "../requests/index.js";

// The connector's actions on a request as the pages name and offer them: which ones a state
// allows (the state machine's connector events), the recommended one first, and their words.

/** The actions, in the order a page offers them (after the recommended one). */
export const CONNECTOR_ACTIONS: readonly ConnectorAction[] = [
  "ask_target",
  "ask_requester_for_details",
  "decline",
  "snooze",
  "send_decline_note",
];

export function isConnectorAction(value: unknown): value is ConnectorAction {
  return typeof value === "string" && (CONNECTOR_ACTIONS as readonly string[]).includes(value);
}

/** The connector's events of the state machine that a page offers, as actions. */
const ACTION_OF_EVENT: Partial<Readonly<Record<TransitionEventType, ConnectorAction>>> = {
  connector_asks_target: "ask_target",
  connector_asks_details: "ask_requester_for_details",
  connector_declines: "decline",
  connector_snoozes: "snooze",
  connector_sends_decline_note: "send_decline_note",
};

/** Each action as the request page's link says it. */
export const ACTION_LABELS: Readonly<Record<ConnectorAction, string>> = {
  ask_target: "Ask the target",
  ask_requester_for_details: "Ask the requester for details",
  decline: "Decline",
  snooze: "Snooze",
  send_decline_note: "Send the requester a kind note",
};

/** The recommendation an action carries out, when there is one ("suggest a call" has none). */
const ACTION_OF_RECOMMENDATION: Partial<Readonly<Record<Recommendation, ConnectorAction>>> = {
  ask_target: "ask_target",
  ask_requester_for_details: "ask_requester_for_details",
  decline: "decline",
};

/** What the request page says after an action was carried out (?notice=<action>). */
export const ACTION_NOTICES: Readonly<Record<ConnectorAction, string>> = {
  ask_target:
    "Your email to the target is on its way from your Gmail. “Emails for this request” below says when it has gone.",
  ask_requester_for_details:
    "Your email asking the requester for details is on its way from your Gmail. “Emails for this request” below says when it has gone.",
  decline:
    "The request is declined. If you chose to send the requester a note, it is on its way: see “Emails for this request” below.",
  snooze: "The request is snoozed: SafeIntro reminds you of it on the day you chose.",
  send_decline_note:
    "Your kind note to the requester is on its way from your Gmail. “Emails for this request” below says when it has gone.",
};

/** One action the request page offers. */
export interface OfferedAction {
  action: ConnectorAction;
  /** It carries out the recommendation: SafeIntro's, or the connector's own choice. */
  recommended: boolean;
}

/**
 * The actions the connector may take on a request in `state` (the state machine's
 * connector events), the one that carries out the recommendation first.
 */
export function offeredActions(state: IntroRequestState, recommendation: Recommendation | null): OfferedAction[] {
  const possible = allowedEvents(state, "connector").flatMap((event) => {
    const action = ACTION_OF_EVENT[event];
    return action ? [action] : [];
  });
  const actions = CONNECTOR_ACTIONS.filter((action) => possible.includes(action));
  const recommended = recommendation ? ACTION_OF_RECOMMENDATION[recommendation] : undefined;
  const ordered =
    recommended && actions.includes(recommended)
      ? [recommended, ...actions.filter((action) => action !== recommended)]
      : actions;
  return ordered.map((action) => ({ action, recommended: action === recommended }));
}

/** The preview page of an action: ids are uuids, actions fixed words, so nothing needs encoding. */
export function actionHref(requestId: string, action: ConnectorAction): string {
  return `/requests/${encodeURIComponent(requestId)}/act/${action}`;
}
