import type { ActionForm, ConnectorAction, EmailPreview } from "../optin/index.js";
import { type IntroRequestState, type RequestDetail, STATE_LABELS } from "../requests/index.js";
import { CSRF_FIELD } from "./csrf.js";
import { ACTION_LABELS, actionHref } from "./request-actions.js";

export {
  ACTION_LABELS,
  ACTION_NOTICES,
  actionHref,
  CONNECTOR_ACTIONS,
  isConnectorAction,
  offeredActions,
} from "./request-actions.js";
export type { OfferedAction } from "./request-actions.js";
import { requesterLabel } from "./format.js";
import { html, type TrustedHtml } from "./html.js";
import { cleanName } from "./link-pages.js";
import { page } from "./layout-page.js";

// The connector's actions on a request (the double opt-in's first step): which ones the request
// page offers, and each one's preview page, which shows the email exactly as it will go and
// lets the connector change its wording first. Every name and word on these pages comes from
// mail or from the connector's own typing: all of it goes through html`` (escaped), and the
// email's HTML only into a sandboxed iframe's srcdoc (escaped as an attribute).

/** Longest note, subject, reason and ask the form takes, in characters (the routes check them). */
export const FIELD_LIMITS = { note: 2_000, subject: 200, reason: 1_000, ask: 1_000, targetEmail: 254 } as const;

/**
 * What the fields show: what the connector sent, as they sent it; else the request's own. An
 * empty subject, reason or ask shows the default again: the email falls back to it then.
 */
export interface ActionFormValues {
  note?: string;
  subject?: string;
  reason?: string;
  ask?: string;
  targetEmail?: string;
  sendDeclineNote?: boolean;
  /** YYYY-MM-DD. */
  snoozeUntil?: string;
  keepWording?: boolean;
}

/** The request as the preview page needs it. */
export type ActionRequest = Pick<RequestDetail, "id" | "requesterName" | "requesterEmail" | "target">;

export interface ActionPageView {
  request: ActionRequest;
  form: ActionForm;
  /** What the connector typed (a preview with their edits, or a form that was refused); else the defaults. */
  values?: ActionFormValues;
  csrfToken: string;
  /** Why the form was refused (too long, not an address, …), in words. */
  problem?: string;
  /** Today, for the snooze's dates. */
  now: Date;
}

const DAY_MS = 86_400_000;
/** How far ahead a snooze may go. */
export const MAX_SNOOZE_DAYS = 365;
const DEFAULT_SNOOZE_DAYS = 7;

/** "2026-03-16" (UTC), as <input type="date"> reads and writes it. */
export function dateField(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const requesterOf = (request: ActionRequest): string =>
  cleanName(requesterLabel(request.requesterName, request.requesterEmail)) || "the requester";
const targetOf = (request: ActionRequest): string =>
  cleanName(request.target.name) || cleanName(request.target.email) || "the target";

/** The button that carries the action out. */
function sendLabel(action: ConnectorAction, request: ActionRequest): string {
  switch (action) {
    case "ask_target":
      return `Send to ${targetOf(request)}`;
    case "ask_requester_for_details":
      return `Send to ${requesterOf(request)}`;
    case "decline":
      return "Decline";
    case "snooze":
      return "Snooze";
    case "send_decline_note":
      return `Send to ${requesterOf(request)}`;
  }
}

function heading(action: ConnectorAction, request: ActionRequest): TrustedHtml {
  const requester = requesterOf(request);
  const target = targetOf(request);
  switch (action) {
    case "ask_target":
      return html`<h1>Ask <bdi>${target}</bdi></h1>
<p>This email asks <bdi>${target}</bdi> whether they would like to be introduced to <bdi>${requester}</bdi>. It goes
from your Gmail, in your name, with buttons for their answer; <bdi>${requester}</bdi> hears nothing until they say yes.
Nothing is sent until you press “${sendLabel(action, request)}”.</p>`;
    case "ask_requester_for_details":
      return html`<h1>Ask <bdi>${requester}</bdi> for details</h1>
<p>This email answers <bdi>${requester}</bdi> in their own thread, from your Gmail, and asks for what the request
leaves out. Nothing is sent until you press “${sendLabel(action, request)}”.</p>`;
    case "decline":
      return html`<h1>Decline the request from <bdi>${requester}</bdi></h1>
<p>The request is closed, and <bdi>${target}</bdi> never hears of it. <bdi>${requester}</bdi> is told only if you
choose to send them a kind, neutral note, in their own thread, from your Gmail.</p>`;
    case "snooze":
      return html`<h1>Snooze the request from <bdi>${requester}</bdi></h1>
<p>The request stays waiting for you, and SafeIntro reminds you of it on the day you choose. No email is sent.</p>`;
    case "send_decline_note":
      return html`<h1>A kind note to <bdi>${requester}</bdi></h1>
<p>This email answers <bdi>${requester}</bdi> in their own thread, from your Gmail: kind and neutral, with no reason
unless you write one. <bdi>${target}</bdi> is not named as having said no. Nothing is sent until you press “${sendLabel(action, request)}”.</p>`;
  }
}

function field(id: string, label: TrustedHtml | string, control: TrustedHtml, hint?: string): TrustedHtml {
  return html`<div class="field wide"><label for="${id}">${label}</label>
${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : ""}
${control}</div>`;
}

/** A textarea keeps a first line break only after the one the HTML parser drops: hence the newline. */
function textarea(name: keyof typeof FIELD_LIMITS, value: string, rows: number, hinted = false): TrustedHtml {
  return html`<textarea id="${name}" name="${name}" rows="${rows}" maxlength="${FIELD_LIMITS[name]}"${hinted ? html` aria-describedby="${name}-hint"` : ""}>
${value}</textarea>`;
}

function textInput(
  name: keyof typeof FIELD_LIMITS,
  value: string,
  type: "text" | "email" = "text",
  extra?: TrustedHtml,
): TrustedHtml {
  return html`<input type="${type}" id="${name}" name="${name}" value="${value}" maxlength="${FIELD_LIMITS[name]}"${extra ?? ""}>`;
}

/** The fields of one action, filled with what the connector typed or the request's own words. */
function fields(view: ActionPageView): TrustedHtml {
  const { form, request } = view;
  const values = view.values ?? {};
  const requester = requesterOf(request);
  const target = targetOf(request);
  const note = values.note ?? form.defaults.note;
  switch (form.action) {
    case "ask_target": {
      const targetEmail = values.targetEmail ?? form.defaults.targetEmail ?? "";
      const askForAddress = form.defaults.targetEmail === null || values.targetEmail !== undefined;
      return html`${
        askForAddress
          ? field(
              "targetEmail",
              html`<bdi>${target}</bdi>'s email address`,
              textInput("targetEmail", targetEmail, "email", html` autocomplete="off" spellcheck="false"`),
            )
          : ""
      }
${field("subject", "Subject", textInput("subject", values.subject || form.defaults.subject))}
${field("note", "Your own words at the top (optional)", textarea("note", note, 4, true), `A line or two in your voice, after the greeting (the email already starts “Hi <name>,”). Leave it empty for none.`)}
${field("reason", html`Why <bdi>${requester}</bdi> wants to meet <bdi>${target}</bdi>`, textarea("reason", values.reason || form.defaults.reason, 3))}
${field("ask", "What exactly they ask for", textarea("ask", values.ask || form.defaults.ask, 3))}`;
    }
    case "ask_requester_for_details":
    case "send_decline_note":
      return field(
        "note",
        "Your own words at the top (optional)",
        textarea("note", note, 4, true),
        "The email keeps the subject of their request, so that it stays in their thread.",
      );
    case "decline":
      return html`<div class="field wide"><label class="check"><input type="checkbox" id="sendDeclineNote" name="sendDeclineNote" value="yes"${values.sendDeclineNote ? html` checked` : ""}> Also send <bdi>${requester}</bdi> a kind note</label></div>
${field("note", "Your own words in the note (optional)", textarea("note", note, 4, true), "Without them the note is kind and neutral and gives no reason. Sent only if the box above is ticked.")}`;
    case "snooze": {
      const min = dateField(new Date(view.now.getTime() + DAY_MS));
      const max = dateField(new Date(view.now.getTime() + MAX_SNOOZE_DAYS * DAY_MS));
      const value = values.snoozeUntil ?? dateField(new Date(view.now.getTime() + DEFAULT_SNOOZE_DAYS * DAY_MS));
      return field(
        "snoozeUntil",
        "Remind me on",
        html`<input type="date" id="snoozeUntil" name="snoozeUntil" value="${value}" min="${min}" max="${max}" required aria-describedby="snoozeUntil-hint">`,
        `A day from tomorrow to a year from now (UTC).`,
      );
    }
  }
}

/** The email exactly as it will go: its addresses and subject, its text, and its HTML, sandboxed. */
function preview(email: EmailPreview): TrustedHtml {
  return html`<section class="email-preview" id="email-preview" aria-labelledby="preview-heading">
<h2 id="preview-heading">The email, as it will go</h2>
<dl class="email-headers">
<dt>To</dt><dd id="preview-to">${email.to.join(", ")}</dd>
${email.cc.length > 0 ? html`<dt>Cc</dt><dd id="preview-cc">${email.cc.join(", ")}</dd>` : ""}
<dt>Subject</dt><dd id="preview-subject">${email.subject}</dd>
</dl>
<h3>As text</h3>
<pre class="email-text" id="preview-text">${email.text}</pre>
<h3>As most mail apps show it</h3>
<iframe class="email-html" id="preview-html" sandbox="" referrerpolicy="no-referrer" title="The email as most mail apps show it" srcdoc="${email.html}"></iframe>
<p class="hint">The buttons in this preview lead nowhere: the email's own links are made when it is sent.</p>
</section>`;
}

/** What happens instead of an email, for the actions and choices that send none. */
function noEmail(view: ActionPageView): TrustedHtml {
  const requester = requesterOf(view.request);
  switch (view.form.action) {
    case "decline":
      return html`<p class="empty" id="no-email">No email is sent: <bdi>${requester}</bdi> is not told. Tick “Also send <bdi>${requester}</bdi> a kind note” and press “Update preview” to see one.</p>`;
    case "snooze":
      return html`<p class="empty" id="no-email">No email is sent.</p>`;
    default:
      return html`<p class="empty" id="no-email">The email can be shown once the problem above is solved.</p>`;
  }
}

/**
 * GET /requests/:id/act/:action, and its "Update preview": the email the action would send
 * (or what it does instead), what stops it now, and the form to change its wording. Two
 * buttons: "Update preview" (first, so that Enter in a field previews and never sends) and the
 * action's own, disabled while something stops it.
 */
export function actionPage(view: ActionPageView): string {
  const { request, form } = view;
  const action = form.action;
  const blocked = form.blocker !== null;
  const danger = action === "decline" ? html` class="danger"` : "";
  return page(
    `${ACTION_LABELS[action]}: request from ${requesterOf(request)}`,
    html`<p><a href="/requests/${request.id}">Back to the request</a></p>
${heading(action, request)}
${view.problem ? html`<div class="problem" role="alert" id="form-problem"><strong>That did not work.</strong> ${view.problem}</div>` : ""}
${blocked ? html`<div class="problem blocker" role="alert" id="blocker"><strong>Not ready to send.</strong> ${form.blocker}</div>` : ""}
${form.preview ? preview(form.preview) : noEmail(view)}
<h2>${form.preview ? "Change the wording" : "Your choice"}</h2>
<form method="post" action="${actionHref(request.id, action)}" id="action-form">
<input type="hidden" name="${CSRF_FIELD}" value="${view.csrfToken}">
${fields(view)}
${action === "snooze" ? "" : html`<div class="field wide"><label class="check"><input type="checkbox" id="keepWording" name="keepWording" value="yes"${view.values?.keepWording ? html` checked` : ""}> Keep my words${action === "ask_target" ? " and subject" : ""} as my version of this email</label></div>`}
<div class="actions">
${action === "snooze" ? "" : html`<button type="submit" name="preview" value="1" class="secondary" id="preview-button">Update preview</button>`}
<button type="submit" id="send-button"${danger}${blocked ? html` disabled aria-describedby="blocker"` : ""}>${sendLabel(action, request)}</button>
</div>
</form>
${action === "snooze" ? "" : html`<p class="hint">“Update preview” shows the email with your changes and sends nothing.</p>`}`,
  );
}

/** The 409 page: the state or SafeIntro's checks refuse the action, in the flow's own words. */
export function actionRefusedPage(requestId: string, message: string, state?: IntroRequestState): string {
  return page(
    "That cannot be done now",
    html`<h1>That cannot be done now</h1>
<div class="problem" role="alert" id="refused"><p>${message}</p></div>
${state ? html`<p>The request is now “${STATE_LABELS[state]}”: its page says what has happened and what you can do.</p>` : ""}
<div class="actions"><a class="button" href="/requests/${requestId}">Back to the request</a></div>`,
  );
}
