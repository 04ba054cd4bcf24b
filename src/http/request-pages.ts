import {
  type IntroRequestState,
  RECOMMENDATION_LABELS,
  RECOMMENDATIONS,
  REQUEST_STATES,
  type RequestFilter,
  type RequestList,
  type RequestListItem,
  STATE_LABELS,
} from "../requests/index.js";
import { dayOf, recommendationText, requesterLabel, specificityText } from "./format.js";
import { html, type TrustedHtml } from "./html.js";
import { notice, page } from "./layout-page.js";

// The request page has a file of its own; the routes take both pages from here.
export { requestPage } from "./request-page.js";

/** The requests page's address for a filter; the filter's values are fixed words, never free text. */
export function requestsHref(filter: RequestFilter): string {
  const query = new URLSearchParams();
  if (filter.state) query.set("state", filter.state);
  if (filter.recommendation) query.set("recommendation", filter.recommendation);
  const search = query.toString();
  return search ? `/requests?${search}` : "/requests";
}

/**
 * GET /requests: the connector's requests, newest first: counts by state (each a filter
 * link), a filter form that works without JavaScript, and the table.
 */
export function requestsPage(list: RequestList, filter: RequestFilter, noticeText?: string): string {
  return page(
    "Intro requests",
    html`<p><a href="/">Back to your status page</a></p>
<h1>Intro requests</h1>
${notice(noticeText)}
${
  list.total === 0
    ? noRequestsYet()
    : html`${stateCounts(list, filter)}
${filterForm(filter)}
${list.requests.length === 0 ? noMatches() : requestTable(list.requests)}
${list.matching > list.requests.length ? html`<p id="list-limit">Showing the newest ${list.requests.length} of ${list.matching}.</p>` : ""}`
}`,
  );
}

function noRequestsYet(): TrustedHtml {
  return html`<div class="empty" id="no-requests">
<p><strong>No requests yet.</strong> SafeIntro finds them as your mail syncs; press Sync now on <a href="/">your status page</a> to look for new mail.</p>
<p>A request that reached you at another address can be forwarded to the Gmail address you connected: SafeIntro reads forwarded requests too.</p>
</div>`;
}

function noMatches(): TrustedHtml {
  return html`<div class="empty" id="no-matches">
<p><strong>No requests match these filters.</strong> <a href="/requests">Clear the filters</a> to see them all.</p>
</div>`;
}

/** "All (12)", then each state that has requests: every one a link that shows just those. */
function stateCounts(list: RequestList, filter: RequestFilter): TrustedHtml {
  const current = (state: IntroRequestState | undefined) =>
    filter.state === state && !filter.recommendation ? html` aria-current="page"` : "";
  const present = REQUEST_STATES.filter((state) => list.countsByState[state] > 0);
  return html`<nav aria-label="Requests by state">
<ul class="counts" id="state-counts">
<li><a href="/requests"${current(undefined)}>All (${list.total})</a></li>
${present.map(
  (state) =>
    html`<li><a href="${requestsHref({ state })}"${current(state)}>${STATE_LABELS[state]} (${list.countsByState[state]})</a></li>`,
)}
</ul>
</nav>`;
}

function filterForm(filter: RequestFilter): TrustedHtml {
  const selected = (on: boolean) => (on ? html` selected` : "");
  return html`<form method="get" action="/requests" class="filters" id="filters">
<div class="field"><label for="filter-state">State</label>
<select id="filter-state" name="state">
<option value=""${selected(!filter.state)}>Any state</option>
${REQUEST_STATES.map((state) => html`<option value="${state}"${selected(filter.state === state)}>${STATE_LABELS[state]}</option>`)}
</select></div>
<div class="field"><label for="filter-recommendation">Recommendation</label>
<select id="filter-recommendation" name="recommendation">
<option value=""${selected(!filter.recommendation)}>Any recommendation</option>
${RECOMMENDATIONS.map((choice) => html`<option value="${choice}"${selected(filter.recommendation === choice)}>${RECOMMENDATION_LABELS[choice]}</option>`)}
</select></div>
<button type="submit">Show</button>
</form>`;
}

/**
 * The same table as the status page's (the stylesheet stacks it on phones and labels each
 * cell by its column), with the state as a sixth column.
 */
function requestTable(requests: RequestListItem[]): TrustedHtml {
  return html`<table id="request-list" class="requests" role="table">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Received</th><th scope="col" role="columnheader">From</th><th scope="col" role="columnheader">Wants to meet</th><th scope="col" role="columnheader">Specificity</th><th scope="col" role="columnheader">Recommendation</th><th scope="col" role="columnheader">State</th></tr></thead>
<tbody role="rowgroup">
${requests.map(
  (request) =>
    html`<tr role="row"><td>${dayOf(request.receivedAt)}</td><td><a href="/requests/${request.id}">${requesterLabel(request.requesterName, request.requesterEmail)}</a></td><td>${request.target}</td><td>${specificityText(request.specificityBand, request.specificityScore)}</td><td>${recommendationText(request.recommendation, request.overridden)}</td><td>${STATE_LABELS[request.state]}</td></tr>`,
)}
</tbody>
</table>`;
}
