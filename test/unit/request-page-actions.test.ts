// The actions a request page offers: which of the connector's events each state allows, the
// recommended one first, and the request page's links to them and list of emails sent.
import { describe, expect, it } from "vitest";
import { offeredActions } from "../../src/http/request-actions.js";
import { requestPage } from "../../src/http/request-pages.js";
import type { RequestDetail } from "../../src/requests/index.js";
import { CSRF, ESCAPED, expectNoInjectedMarkup, HOSTILE, ID, NOW } from "./request-action-pages-fixtures.js";

describe("the actions a request page offers", () => {
  it("lists the connector's events for the state, the recommended one first", () => {
    expect(offeredActions("awaiting_connector", "decline")).toEqual([
      { action: "decline", recommended: true },
      { action: "ask_target", recommended: false },
      { action: "ask_requester_for_details", recommended: false },
      { action: "snooze", recommended: false },
    ]);
    expect(offeredActions("awaiting_connector", "suggest_call").map((offered) => offered.recommended)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    // Ask the target is not possible here: nothing is marked.
    expect(offeredActions("detected", "ask_target")).toEqual([{ action: "decline", recommended: false }]);
    expect(offeredActions("needs_details", null).map((offered) => offered.action)).toEqual(["ask_target", "decline"]);
    expect(offeredActions("awaiting_target", "ask_target")).toEqual([]);
    // After a decline (the connector's or the target's), only a kind note to the requester is left.
    expect(offeredActions("declined_by_connector", "decline")).toEqual([
      { action: "send_decline_note", recommended: false },
    ]);
    expect(offeredActions("declined_by_target", null).map((offered) => offered.action)).toEqual(["send_decline_note"]);
  });
});

function detail(overrides: Partial<RequestDetail> = {}): RequestDetail {
  return {
    id: ID,
    state: "awaiting_connector",
    requesterName: HOSTILE,
    requesterEmail: "alex@northwind.example",
    forwardedByEmail: null,
    source: "inbox",
    recognised: true,
    connectorNote: null,
    target: { name: HOSTILE, email: null, organization: null, role: null },
    targetKey: null,
    reason: null,
    ask: null,
    benefitToTarget: null,
    blurb: null,
    specificity: null,
    receivedAt: null,
    createdAt: NOW,
    recommendation: "ask_target",
    recommendationOverride: null,
    judgement: null,
    analyzedAt: null,
    analysisError: null,
    snoozedUntil: null,
    targetProtected: false,
    events: [],
    ...overrides,
  };
}

describe("the request page's actions and emails", () => {
  it("links each action to its preview, the recommended one first and marked", () => {
    const markup = requestPage(detail(), CSRF, undefined, { actions: true, outbox: [] });
    const section = markup.slice(
      markup.indexOf('<ul class="next-actions"'),
      markup.indexOf("</ul>", markup.indexOf('<ul class="next-actions"')),
    );
    expect([...section.matchAll(/href="([^"]+)">([^<]+)<\/a>/g)].map((match) => `${match[2]} → ${match[1]}`)).toEqual([
      `Ask the target → /requests/${ID}/act/ask_target`,
      `Ask the requester for details → /requests/${ID}/act/ask_requester_for_details`,
      `Decline → /requests/${ID}/act/decline`,
      `Snooze → /requests/${ID}/act/snooze`,
    ]);
    expect(section).toContain(
      `<li class="recommended"><a class="button" href="/requests/${ID}/act/ask_target">Ask the target</a> <strong class="badge">recommended</strong></li>`,
    );
    const overridden = requestPage(detail({ recommendationOverride: "decline" }), CSRF, undefined, { actions: true });
    expect(overridden).toMatch(
      /<ul class="next-actions" id="next-actions">\n<li class="recommended"><a class="button" href="[^"]+\/act\/decline">Decline<\/a> <strong class="badge">your choice<\/strong>/,
    );
  });

  it("says when there is nothing to do, and offers nothing when the flow is not set up", () => {
    expect(requestPage(detail({ state: "awaiting_target" }), CSRF, undefined, { actions: true })).toContain(
      "Nothing for you to do on this request now: it is “Waiting for the target”.",
    );
    const none = requestPage(detail(), CSRF);
    expect(none).not.toContain("What next");
    expect(none).not.toContain("/act/");
    expect(none).not.toContain("Emails for this request");
  });

  it("lists the emails sent for the request in words, escaped", () => {
    const markup = requestPage(detail(), CSRF, undefined, {
      actions: true,
      outbox: [
        { id: "1", purpose: "ask_target", state: "sent", text: "sent at 2026-03-16 09:30 UTC" },
        { id: "2", purpose: "decline_note", state: "failed", text: `failed: ${HOSTILE}` },
        { id: "3", purpose: HOSTILE, state: "sending", text: "sending" },
      ],
    });
    expectNoInjectedMarkup(markup);
    expect(markup).toContain(
      '<li class="outbox-sent"><strong>Asking the target</strong>: sent at 2026-03-16 09:30 UTC</li>',
    );
    expect(markup).toContain(
      `<li class="outbox-failed"><strong>The note to the requester</strong>: failed: ${ESCAPED}</li>`,
    );
    expect(markup).toContain(`<li class="outbox-sending"><strong>${ESCAPED}</strong>: sending</li>`);
    expect(requestPage(detail(), CSRF, undefined, { outbox: [] })).toContain('<p id="outbox">None yet.</p>');
  });
});
