// Lists of requests: the requests page (rows, counts per state, filters, empty and cut lists)
// and the latest requests on the status page.
import { describe, expect, it } from "vitest";
import { statusPage } from "../../src/http/pages.js";
import { requestsPage } from "../../src/http/request-pages.js";
import type { RequestList, RequestListItem } from "../../src/requests/index.js";
import { CSRF, ESCAPED, expectNoInjectedMarkup, HOSTILE, ID } from "./request-pages-fixtures.js";

function listItem(overrides: Partial<RequestListItem> = {}): RequestListItem {
  return {
    id: ID,
    requesterName: HOSTILE,
    requesterEmail: "x@example.com",
    target: HOSTILE,
    specificityBand: "medium",
    specificityScore: 55,
    state: "awaiting_connector",
    recommendation: "ask_target",
    overridden: true,
    receivedAt: new Date("2026-03-15T08:00:00Z"),
    ...overrides,
  };
}

const NO_COUNTS: RequestList["countsByState"] = {
  detected: 0,
  analyzed: 0,
  awaiting_connector: 0,
  awaiting_target: 0,
  accepted: 0,
  introduced: 0,
  declined_by_connector: 0,
  declined_by_target: 0,
  expired: 0,
  needs_details: 0,
  withdrawn: 0,
};

describe("the requests page", () => {
  const counts = { ...NO_COUNTS, awaiting_connector: 2, declined_by_connector: 1 };

  it("lists requests with a link to each, escaped, and the recommendation in words", () => {
    const list: RequestList = {
      requests: [
        listItem(),
        listItem({
          id: "1b6c5a52-7a42-4c39-9d0e-2f1f8b1d6a11",
          requesterName: null,
          recommendation: null,
          overridden: false,
        }),
      ],
      matching: 2,
      countsByState: counts,
      total: 3,
    };
    const markup = requestsPage(list, {});
    expectNoInjectedMarkup(markup);
    expect(markup).toContain(
      `<tr role="row"><td>2026-03-15</td><td><a href="/requests/${ID}">${ESCAPED}</a></td><td>${ESCAPED}</td><td>medium (55)</td><td>Ask the target (your choice)</td><td>Waiting for you</td></tr>`,
    );
    expect(markup).toContain('<a href="/requests/1b6c5a52-7a42-4c39-9d0e-2f1f8b1d6a11">x@example.com</a>');
    expect(markup).toContain("<td>not yet</td>");
    expect(markup).not.toContain('id="list-limit"');
  });

  it("has counts per state as filter links, and a filter form that shows the filter in force", () => {
    const markup = requestsPage(
      { requests: [listItem()], matching: 1, countsByState: counts, total: 3 },
      { state: "awaiting_connector", recommendation: "decline" },
    );
    expect(markup).toContain('<li><a href="/requests">All (3)</a></li>');
    expect(markup).toContain('<li><a href="/requests?state=awaiting_connector">Waiting for you (2)</a></li>');
    expect(markup).toContain('<li><a href="/requests?state=declined_by_connector">Declined by you (1)</a></li>');
    expect(markup).not.toContain("state=expired");
    expect(markup).toContain('<form method="get" action="/requests" class="filters" id="filters">');
    expect(markup).toContain('<label for="filter-state">State</label>');
    expect(markup).toContain('<label for="filter-recommendation">Recommendation</label>');
    expect(markup).toContain('<option value="awaiting_connector" selected>Waiting for you</option>');
    expect(markup).toContain('<option value="decline" selected>Decline</option>');
    expect(markup).toContain('<option value="">Any state</option>');
    expect(markup).toContain('<button type="submit">Show</button>');
    // Only the state filter in force: its count link is the current page.
    expect(
      requestsPage(
        { requests: [listItem()], matching: 1, countsByState: counts, total: 3 },
        { state: "awaiting_connector" },
      ),
    ).toContain('<a href="/requests?state=awaiting_connector" aria-current="page">');
  });

  it("says what to do when there are no requests at all", () => {
    const markup = requestsPage({ requests: [], matching: 0, countsByState: NO_COUNTS, total: 0 }, {});
    expect(markup).toContain(
      "<strong>No requests yet.</strong> SafeIntro finds them as your mail syncs; press Sync now on",
    );
    expect(markup).toContain('<a href="/">your status page</a>');
    expect(markup).not.toContain("<table");
    expect(markup).not.toContain('id="filters"');
  });

  it("says no request matches, with a link that clears the filters", () => {
    const markup = requestsPage(
      { requests: [], matching: 0, countsByState: counts, total: 3 },
      { recommendation: "suggest_call" },
    );
    expect(markup).toContain(
      '<strong>No requests match these filters.</strong> <a href="/requests">Clear the filters</a>',
    );
    expect(markup).not.toContain("<table");
    expect(markup).toContain('id="filters"');
  });

  it("says when the list is cut at its limit", () => {
    const markup = requestsPage({ requests: [listItem()], matching: 250, countsByState: counts, total: 250 }, {});
    expect(markup).toContain('<p id="list-limit">Showing the newest 1 of 250.</p>');
  });
});

describe("the status page's requests", () => {
  it("link each request to its page, and to the whole list", () => {
    const markup = statusPage(
      {
        connectorEmail: "c@example.com",
        account: {
          email: "c@example.com",
          status: "active",
          statusReason: null,
          lastSyncAt: null,
          lastSyncError: null,
          firstSyncDone: true,
          watchExpiresAt: null,
          messagesSeen: 1,
          introRequestsFound: 1,
          latestRequests: [
            {
              id: ID,
              requester: HOSTILE,
              target: "Mary Jones, HR, XYZ Corp",
              band: "high",
              score: 85,
              receivedAt: null,
              recommendation: "suggest_call",
              overridden: false,
            },
          ],
        },
      },
      CSRF,
    );
    expectNoInjectedMarkup(markup);
    expect(markup).toContain(
      `<td>unknown</td><td><a href="/requests/${ID}">${ESCAPED}</a></td><td>Mary Jones, HR, XYZ Corp</td><td>high (85)</td><td>Suggest a call</td>`,
    );
    expect(markup).toContain('<a href="/requests">All requests</a>');
  });
});
