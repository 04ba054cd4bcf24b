import {
  RECOMMENDATION_LABELS,
  RECOMMENDATIONS,
  type RequestDetail,
  STATE_LABELS,
  describeTarget,
} from "../requests/index.js";
import type { OutboxEmailStatus } from "../outbox/index.js";
import { CSRF_FIELD } from "./csrf.js";
import { requesterLabel, when } from "./format.js";
import { html, type TrustedHtml } from "./html.js";
import { notice, page } from "./layout-page.js";
import { ACTION_LABELS, actionHref, offeredActions } from "./request-actions.js";
import { ledger, resolution, specificity, ties, words } from "./request-analysis-sections.js";
import { timeline } from "./request-timeline.js";

export interface RequestPageExtras {
  /** The emails SafeIntro sent or is sending for the request (readOutboxStatus). */
  outbox?: OutboxEmailStatus[];
  /** Offer the connector's actions (the double opt-in is set up in this process). */
  actions?: boolean;
}

/**
 * GET /requests/:id: one request, everything SafeIntro concluded about it, what the connector
 * can do next (each a link to its preview page) and the emails sent for it, and the
 * connector's two settings on it (their own recommendation, protecting the target). Sections
 * of headings and definition lists: one column on a phone, every control a real button,
 * radio or link with its label.
 */
export function requestPage(
  request: RequestDetail,
  csrfToken: string,
  noticeText?: string,
  extras: RequestPageExtras = {},
): string {
  const requester = requesterLabel(request.requesterName, request.requesterEmail);
  const judgement = request.judgement;
  return page(
    `Request from ${requester}`,
    html`<p><a href="/requests">Back to all requests</a></p>
<h1>Request from ${requester}</h1>
${notice(noticeText)}
${analysisStatus(request)}
${unrecognised(request)}
${summary(request)}
${words(request)}
${extras.actions ? whatNext(request) : ""}
${extras.outbox ? emails(extras.outbox) : ""}
${specificity(request)}
<h2>How well you know them</h2>
${judgement ? ties(judgement) : notYet()}
<h2>Karma</h2>
${judgement ? ledger(judgement) : notYet()}
<h2>Target protection</h2>
${protection(request, csrfToken)}
<h2>Recommendation</h2>
${recommendation(request, csrfToken)}
<h2>Timeline</h2>
${timeline(request)}`,
  );
}

function notYet(): TrustedHtml {
  return html`<p>Not analysed yet.</p>`;
}

/** Analysing, or the last attempt failed (and is retried); nothing once analysed. */
/** A forward in which no request was recognised is still the connector's to act on: the page says so. */
function unrecognised(request: RequestDetail): TrustedHtml | string {
  if (request.recognised) return "";
  return html`<div class="notice" role="status" id="unrecognised"><strong>Forwarded by you; no request recognised.</strong> SafeIntro found no intro request in this message, so the details below may be empty. You can still act on it.</div>`;
}

function analysisStatus(request: RequestDetail): TrustedHtml {
  if (request.analysisError) {
    const earlier = request.judgement
      ? html` Until it succeeds, what this page shows is from the analysis of ${when(request.analyzedAt)}.`
      : "";
    return html`<div class="problem" role="alert" id="analysis-problem"><strong>The analysis of this request failed.</strong> ${request.analysisError}
<p>SafeIntro tries again by itself; reload this page later.${earlier}</p></div>`;
  }
  if (request.judgement) return html``;
  return html`<p class="pending" role="status" id="analysis-status"><strong>Analysing…</strong> SafeIntro is working out how well you know both people and what to recommend. Reload in a moment.</p>`;
}

const SOURCE_LABELS: Record<RequestDetail["source"], string> = {
  inbox: "Found in your inbox",
  plus_address: "Forwarded by you to your plus-address",
  inbound_smtp: "Forwarded by you to your SafeIntro address",
  inbound_webhook: "Forwarded by you to your SafeIntro address",
};

function summary(request: RequestDetail): TrustedHtml {
  const { target } = request;
  const email = request.requesterEmail ? html` &lt;${request.requesterEmail}&gt;` : "";
  return html`<dl id="request-summary">
<dt>From</dt><dd id="requester">${request.requesterName ? html`${request.requesterName}${email}` : requesterLabel(null, request.requesterEmail)}</dd>
${request.forwardedByEmail ? html`<dt>Forwarded by</dt><dd>${request.forwardedByEmail}</dd>` : ""}
${request.source !== "inbox" ? html`<dt>Came in</dt><dd id="source">${SOURCE_LABELS[request.source]}</dd>` : ""}
${request.connectorNote ? html`<dt>Your note</dt><dd id="connector-note">${request.connectorNote}</dd>` : ""}
<dt>Wants to meet</dt><dd id="target">${describeTarget(target.name, target.role, target.organization)}${target.email ? html` &lt;${target.email}&gt;` : ""}</dd>
${request.judgement?.target ? html`<dt>Who that is</dt><dd id="target-resolution">${resolution(request.judgement.target)}</dd>` : ""}
<dt>Received</dt><dd>${request.receivedAt ? when(request.receivedAt) : "unknown"}</dd>
<dt>State</dt><dd id="state">${STATE_LABELS[request.state]}</dd>
${request.snoozedUntil ? html`<dt>Snoozed until</dt><dd id="snoozed-until">${when(request.snoozedUntil)}</dd>` : ""}
</dl>`;
}

function hiddenCsrf(csrfToken: string): TrustedHtml {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${csrfToken}">`;
}

function protection(request: RequestDetail, csrfToken: string): TrustedHtml {
  const counts = request.judgement?.protection;
  const action = `/requests/${request.id}/protection`;
  const form = request.targetKey
    ? html`<form method="post" action="${action}" id="protection-form">${hiddenCsrf(csrfToken)}<input type="hidden" name="protect" value="${request.targetProtected ? "no" : "yes"}"><button type="submit"${request.targetProtected ? html` class="secondary"` : ""}>${request.targetProtected ? "Stop protecting this target" : "Protect this target"}</button></form>`
    : html`<p>${request.judgement ? "The request names no one SafeIntro can tell apart, so there is no target to protect." : "The target can be protected once the request is analysed."}</p>`;
  return html`<dl id="protection">
<dt>Requests for this target in the last 90 days</dt><dd>${counts ? counts.requestsLast90Days : "not analysed yet"}</dd>
<dt>Past declines by the target</dt><dd>${counts ? counts.pastDeclines : "not analysed yet"}</dd>
<dt>Protected</dt><dd id="protected">${request.targetProtected ? "yes: SafeIntro asks you before any request reaches them" : "no"}</dd>
</dl>
${form}`;
}

/** The states in which the connector is still deciding what to do with a request. */
const DECIDING_STATES: readonly RequestDetail["state"][] = [
  "detected",
  "analyzed",
  "awaiting_connector",
  "needs_details",
];

function recommendation(request: RequestDetail, csrfToken: string): TrustedHtml {
  const ours = request.recommendation;
  const chosen = request.recommendationOverride ?? ours;
  const current = !chosen
    ? html`<p id="recommendation">SafeIntro has not recommended anything yet.</p>`
    : request.recommendationOverride
      ? html`<p id="recommendation"><strong>${RECOMMENDATION_LABELS[request.recommendationOverride]}</strong>: your choice. ${ours ? `SafeIntro recommends “${RECOMMENDATION_LABELS[ours]}”.` : "SafeIntro has not recommended anything yet."}</p>`
      : html`<p id="recommendation"><strong>${RECOMMENDATION_LABELS[chosen]}</strong>: SafeIntro's recommendation.</p>`;
  const reasons = request.judgement?.reasons ?? [];
  const why =
    reasons.length > 0
      ? html`<p>Why SafeIntro recommends this:</p><ul id="reasons">${reasons.map((reason) => html`<li>${reason.text}</li>`)}</ul>`
      : "";
  // Once the request has moved on (the target asked, declined, introduced), a choice would change nothing.
  if (!DECIDING_STATES.includes(request.state))
    return html`${current}
${why}
<p id="override-closed">The request has moved on (“${STATE_LABELS[request.state]}”): the recommendation stays here for the record.</p>`;
  return html`${current}
${why}
<form method="post" action="/requests/${request.id}/recommendation" id="override-form">${hiddenCsrf(csrfToken)}
<fieldset class="choices"><legend>Your choice</legend>
${RECOMMENDATIONS.map(
  (choice) =>
    html`<label><input type="radio" name="choice" value="${choice}"${choice === chosen ? html` checked` : ""}> ${RECOMMENDATION_LABELS[choice]}${choice === ours ? html` <span class="hint">(SafeIntro's recommendation)</span>` : ""}</label>`,
)}
</fieldset>
<button type="submit">Save my choice</button>
</form>`;
}

/**
 * The connector's possible actions in the request's state, each a link to the page that
 * shows what it would send; the one that carries out the recommendation first, and marked.
 */
function whatNext(request: RequestDetail): TrustedHtml {
  const chosen = request.recommendationOverride ?? request.recommendation;
  const offered = offeredActions(request.state, chosen);
  if (offered.length === 0)
    return html`<h2>What next</h2>
<p id="next-actions">Nothing for you to do on this request now: it is “${STATE_LABELS[request.state]}”.</p>`;
  const mark = request.recommendationOverride ? "your choice" : "recommended";
  return html`<h2>What next</h2>
<ul class="next-actions" id="next-actions">
${offered.map(
  ({ action, recommended }) =>
    html`<li${recommended ? html` class="recommended"` : ""}><a class="button${recommended ? "" : " secondary"}" href="${actionHref(request.id, action)}">${ACTION_LABELS[action]}</a>${recommended ? html` <strong class="badge">${mark}</strong>` : ""}</li>`,
)}
</ul>
<p class="hint">Each shows you the email first; nothing is sent until you press its button.</p>`;
}

/** The emails' purposes in words; another purpose is shown as itself. */
const PURPOSE_LABELS: Readonly<Record<string, string>> = {
  ask_target: "Asking the target",
  reminder: "The reminder to the target",
  introduction: "The introduction",
  ask_requester_for_details: "Asking the requester for details",
  decline_note: "The note to the requester",
  review: "The review email to you",
};

/** The emails SafeIntro sent or is sending for the request, oldest first, with where each stands. */
function emails(outbox: OutboxEmailStatus[]): TrustedHtml {
  return html`<h2>Emails for this request</h2>
${
  outbox.length === 0
    ? html`<p id="outbox">None yet.</p>`
    : html`<ul class="outbox" id="outbox">
${outbox.map((email) => html`<li class="outbox-${email.state}"><strong>${PURPOSE_LABELS[email.purpose] ?? email.purpose}</strong>: ${email.text}</li>`)}
</ul>`
}`;
}
