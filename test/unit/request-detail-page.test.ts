// The page of one request: every value from mail escaped, the analysis (specificity, ties,
// ledger, target), the choice of recommendation, protection, the timeline, and later states.
import { describe, expect, it } from "vitest";
import { requestPage } from "../../src/http/request-pages.js";
import type { Judgement } from "../../src/relationships/types.js";
import type { RequestDetail } from "../../src/requests/index.js";
import { CSRF, ESCAPED, expectNoInjectedMarkup, HOSTILE, ID } from "./request-pages-fixtures.js";

function judgement(overrides: Partial<Judgement> = {}): Judgement {
  return {
    version: 1,
    computedAt: "2026-03-16T09:30:00.000Z",
    target: {
      status: "resolved",
      email: "mary@xyz.example",
      displayName: HOSTILE,
      confidence: 0.85,
      matchedBy: HOSTILE,
    },
    ties: {
      requester: { score: 62, band: "strong", evidence: `41 messages ${HOSTILE}` },
      target: { score: 12.4, band: "weak", evidence: `3 messages ${HOSTILE}` },
      requesterTarget: { score: 30, band: "moderate", evidence: `2 threads with both ${HOSTILE}` },
    },
    ledger: {
      madeForRequester: 2,
      madeByRequester: 1,
      previousRequests: { total: 3, introduced: 1, declined: 1, open: 1 },
    },
    protection: { requestsLast90Days: 4, pastDeclines: 1, isProtected: false },
    recommendation: "decline",
    reasons: [{ rule: "weak_target_tie", text: `You barely know ${HOSTILE}` }],
    ...overrides,
  };
}

function detail(overrides: Partial<RequestDetail> = {}): RequestDetail {
  return {
    id: ID,
    state: "awaiting_connector",
    requesterName: HOSTILE,
    requesterEmail: `x@example.com${HOSTILE}`,
    forwardedByEmail: HOSTILE,
    source: "inbox",
    recognised: true,
    connectorNote: null,
    target: { name: HOSTILE, email: HOSTILE, organization: HOSTILE, role: HOSTILE },
    targetKey: "mary@xyz.example",
    reason: HOSTILE,
    ask: HOSTILE,
    benefitToTarget: HOSTILE,
    blurb: HOSTILE,
    specificity: {
      score: 85,
      band: "high",
      signals: [
        { id: "named_target", present: true, points: 20, evidence: HOSTILE },
        { id: "vague_ask", present: false, points: 0, evidence: null },
      ],
    },
    receivedAt: new Date("2026-03-15T08:00:00Z"),
    createdAt: new Date("2026-03-15T08:01:00Z"),
    recommendation: "decline",
    recommendationOverride: null,
    judgement: judgement(),
    analyzedAt: new Date("2026-03-16T09:30:00Z"),
    analysisError: null,
    snoozedUntil: null,
    targetProtected: false,
    events: [
      {
        id: "e1",
        kind: "transition",
        fromState: "detected",
        toState: "awaiting_connector",
        actor: "safeintro",
        reason: `Analysed: ${HOSTILE}`,
        createdAt: new Date("2026-03-16T09:30:00Z"),
      },
      {
        id: "e2",
        kind: "override",
        fromState: "awaiting_connector",
        toState: "awaiting_connector",
        actor: HOSTILE,
        reason: HOSTILE,
        createdAt: new Date("2026-03-16T10:00:00Z"),
      },
    ],
    ...overrides,
  };
}

describe("the request page", () => {
  it("escapes every value that came from mail or from the analysis", () => {
    const markup = requestPage(detail({ source: "inbound_smtp", recognised: false, connectorNote: HOSTILE }), CSRF);
    expectNoInjectedMarkup(markup);
    // A forward: where it came from, the connector's own note (escaped), and that no request was recognised.
    expect(markup).toContain('<dd id="source">Forwarded by you to your SafeIntro address</dd>');
    expect(markup).toContain(`<dd id="connector-note">${ESCAPED}</dd>`);
    expect(markup).toContain("Forwarded by you; no request recognised.");
    expect(markup).toContain("Received your forward.");
    expect(markup).toContain(`<title>Request from ${ESCAPED} · SafeIntro</title>`);
    expect(markup).toContain(`<h1>Request from ${ESCAPED}</h1>`);
    // Reasons, evidence, candidate names, the event's actor and reason: all text.
    expect(markup).toContain(`<li>You barely know ${ESCAPED}</li>`);
    expect(markup).toContain(`41 messages ${ESCAPED}`);
    expect(markup).toContain(`<q>${ESCAPED}</q>`);
    expect(markup).toContain(`found in your mail: ${ESCAPED} &lt;mary@xyz.example&gt; (85% sure, by ${ESCAPED})`);
    expect(markup.split(ESCAPED).length).toBeGreaterThan(15);
  });

  it("shows specificity, the three ties (unknown when null), the ledger and protection", () => {
    const markup = requestPage(detail(), CSRF);
    expect(markup).toContain('<p id="specificity"><strong>85/100</strong>, high</p>');
    expect(markup).toContain(`<li class="present"><strong>Says who exactly</strong>: yes (+20), <q>`);
    expect(markup).toContain('<li class="absent"><strong>Vague ask (counts against)</strong>: no</li>');
    expect(markup).toContain('<dd id="tie-requester"><strong>62/100</strong>, strong.');
    expect(markup).toContain('<dd id="tie-target"><strong>12/100</strong>, weak.');
    expect(markup).toContain('<dd id="tie-requester-target"><strong>30/100</strong>, moderate. 2 threads with both');
    expect(markup).toContain("<dd>3: 1 introduced, 1 declined, 1 open</dd>");
    expect(markup).toContain("<dt>Requests for this target in the last 90 days</dt><dd>4</dd>");
    expect(markup).toContain('<dd id="protected">no</dd>');
  });

  it("offers the four choices with the one in force checked, and posts them with the CSRF token", () => {
    const markup = requestPage(detail({ recommendationOverride: "ask_target" }), CSRF);
    expect(markup).toContain(`<form method="post" action="/requests/${ID}/recommendation" id="override-form">`);
    expect(markup).toContain(`<input type="hidden" name="_csrf" value="${CSRF}">`);
    expect(markup).toContain('<input type="radio" name="choice" value="ask_target" checked> Ask the target</label>');
    expect(markup).toContain(
      `<input type="radio" name="choice" value="decline"> Decline <span class="hint">(SafeIntro's recommendation)</span>`,
    );
    expect(markup).toContain("Ask for details");
    expect(markup).toContain("Suggest a call");
    expect(markup).toContain("<strong>Ask the target</strong>: your choice. SafeIntro recommends “Decline”.");
    expect([...markup.matchAll(/type="radio"/g)]).toHaveLength(4);
    expect([...markup.matchAll(/ checked/g)]).toHaveLength(1);
  });

  it("has a Protect button, or Stop protecting once protected, posting to the request's protection", () => {
    const open = requestPage(detail(), CSRF);
    expect(open).toContain(`action="/requests/${ID}/protection"`);
    expect(open).toContain(
      '<input type="hidden" name="protect" value="yes"><button type="submit">Protect this target</button>',
    );
    const closed = requestPage(detail({ targetProtected: true }), CSRF);
    expect(closed).toContain('<input type="hidden" name="protect" value="no">');
    expect(closed).toContain(">Stop protecting this target</button>");
    expect(closed).toContain('<dd id="protected">yes: SafeIntro asks you before any request reaches them</dd>');
    const nobody = requestPage(detail({ targetKey: null, judgement: judgement({ target: null }) }), CSRF);
    expect(nobody).not.toContain("/protection");
    expect(nobody).toContain("there is no target to protect");
  });

  it("lists the candidates of an ambiguous target, escaped", () => {
    const markup = requestPage(
      detail({
        judgement: judgement({
          target: {
            status: "ambiguous",
            candidates: [
              {
                email: "m.jones@a.example",
                displayName: `Mary <script>`,
                confidence: 0.65,
                matchedBy: "initial and last name",
              },
              { email: `mj@b.example"'`, displayName: null, confidence: 0.4, matchedBy: "one name only" },
            ],
          },
          ties: { requester: judgement().ties.requester, target: null, requesterTarget: null },
        }),
      }),
      CSRF,
    );
    expectNoInjectedMarkup(markup);
    expect(markup).toContain("several people in your mail could be them:");
    expect(markup).toContain(
      '<ul id="target-candidates"><li>Mary &lt;script&gt; &lt;m.jones@a.example&gt; (65% sure, by initial and last name)</li><li>mj@b.example&quot;&#39; (40% sure, by one name only)</li></ul>',
    );
    expect(markup).toContain(
      '<dd id="tie-target">unknown <span class="hint">(SafeIntro does not know who the target is)</span></dd>',
    );
    expect(markup).toContain(
      '<dd id="tie-requester-target">unknown <span class="hint">(SafeIntro does not know who the target is)</span></dd>',
    );
  });

  it("says why an unknown target is unknown", () => {
    const markup = requestPage(
      detail({ judgement: judgement({ target: { status: "unknown", why: `No contact is called <b>"Mary"</b>` } }) }),
      CSRF,
    );
    expect(markup).toContain(
      '<dd id="target-resolution">not found in your mail: No contact is called &lt;b&gt;&quot;Mary&quot;&lt;/b&gt;</dd>',
    );
  });

  it("says Analysing… until the judgement is there, and still offers the choices", () => {
    const markup = requestPage(
      detail({ judgement: null, recommendation: null, analyzedAt: null, targetKey: null }),
      CSRF,
    );
    expect(markup).toContain('<p class="pending" role="status" id="analysis-status"><strong>Analysing…</strong>');
    expect(markup).not.toContain('id="analysis-problem"');
    expect(markup).toContain("SafeIntro has not recommended anything yet.");
    expect(markup).toContain("The target can be protected once the request is analysed.");
    expect([...markup.matchAll(/type="radio"/g)]).toHaveLength(4);
    expect(markup).not.toContain(" checked");
  });

  it("says the analysis failed, why, and that it is retried", () => {
    const markup = requestPage(
      detail({ judgement: null, recommendation: null, analysisError: `Database unreachable ${HOSTILE}` }),
      CSRF,
    );
    expectNoInjectedMarkup(markup);
    expect(markup).toContain(
      `<div class="problem" role="alert" id="analysis-problem"><strong>The analysis of this request failed.</strong> Database unreachable ${ESCAPED}`,
    );
    expect(markup).toContain("SafeIntro tries again by itself");
    expect(markup).not.toContain("Analysing…");
    // A re-analysis that failed: what is shown is the earlier analysis, and the page says from when.
    const stale = requestPage(detail({ analysisError: "Timed out" }), CSRF);
    expect(stale).toContain("what this page shows is from the analysis of");
  });

  it("shows the timeline oldest first, with who and what", () => {
    const markup = requestPage(detail(), CSRF);
    const timeline = markup.slice(markup.indexOf('<ol class="timeline"'));
    expect(timeline.indexOf("Found this request in your mail.")).toBeLessThan(timeline.indexOf("Moved from"));
    expect(timeline).toContain(`· SafeIntro</p><p>Moved from “Found” to “Waiting for you”. Analysed: ${ESCAPED}</p>`);
    expect(timeline).toContain(`· ${ESCAPED}</p><p>${ESCAPED}</p>`);
  });

  it("shows a fixed notice, escaped", () => {
    expect(requestPage(detail(), CSRF, "Saved <b>")).toContain('<p class="notice" role="status">Saved &lt;b&gt;</p>');
  });
});

describe("a request page after the request moved on", () => {
  it("says when a snooze ends, and offers no choice of recommendation once the target is asked", () => {
    const snoozed = requestPage(detail({ snoozedUntil: new Date("2026-12-24T00:00:00Z") }), CSRF);
    expect(snoozed).toContain('<dt>Snoozed until</dt><dd id="snoozed-until">');
    expect(snoozed).toContain('datetime="2026-12-24T00:00:00.000Z"');
    expect(snoozed).toContain('id="override-form"');

    const asked = requestPage(detail({ state: "awaiting_target" }), CSRF);
    expect(asked).not.toContain('id="override-form"');
    expect(asked).toContain('id="override-closed"');
    expect(asked).not.toContain("Snoozed until");
  });
});
