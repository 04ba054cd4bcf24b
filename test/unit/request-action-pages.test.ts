// The pages of a connector's action: the preview page (escaping, the blocker, the form and what
// each action asks for) and the page shown when the flow refuses the action.
import { describe, expect, it } from "vitest";
import type { ActionForm, ConnectorAction } from "../../src/optin/index.js";
import {
  type ActionPageView,
  type ActionRequest,
  actionPage,
  actionRefusedPage,
} from "../../src/http/request-action-pages.js";
import { CSRF, ESCAPED, expectNoInjectedMarkup, HOSTILE, ID, NOW } from "./request-action-pages-fixtures.js";

const PEOPLE: ActionRequest = {
  id: ID,
  requesterName: "Alex Chen",
  requesterEmail: "alex@northwind.example",
  target: { name: "Mary Jones", email: "mary.jones@xyzcorp.example", organization: "XYZ Corp", role: "HR" },
};

const HOSTILE_PEOPLE: ActionRequest = {
  id: ID,
  requesterName: HOSTILE,
  requesterEmail: `x@example.com${HOSTILE}`,
  target: { name: HOSTILE, email: HOSTILE, organization: HOSTILE, role: HOSTILE },
};

function form(action: ConnectorAction, overrides: Partial<ActionForm> = {}): ActionForm {
  const sends = action !== "snooze" && action !== "decline";
  return {
    action,
    defaults: {
      note: "",
      subject: "Would you talk to Alex Chen?",
      reason: "Bea's startup needs a head of HR.",
      ask: "A short call.",
      targetEmail: "mary.jones@xyzcorp.example",
    },
    preview: sends
      ? {
          to: ["Mary Jones <mary.jones@xyzcorp.example>"],
          cc: [],
          subject: "Would you talk to Alex Chen?",
          text: "Hi Mary,\n\nAlex Chen asked me for an introduction to you.\n",
          html: "<p>Hi Mary,</p><p>Alex Chen asked me for an introduction to you.</p>",
        }
      : null,
    blocker: null,
    ...overrides,
  };
}

function view(action: ConnectorAction, overrides: Partial<ActionPageView> = {}): ActionPageView {
  return { request: PEOPLE, form: form(action), csrfToken: CSRF, now: NOW, ...overrides };
}

/** The send button's opening tag. */
const sendButton = (markup: string) => /<button type="submit" id="send-button"[^>]*>([^<]*)<\/button>/.exec(markup);

describe("an action's preview page", () => {
  it("escapes hostile names, notes and the whole email, and frames the email's HTML only in a sandboxed srcdoc", () => {
    const markup = actionPage({
      request: HOSTILE_PEOPLE,
      form: form("ask_target", {
        defaults: { note: HOSTILE, subject: HOSTILE, reason: HOSTILE, ask: HOSTILE, targetEmail: null },
        preview: { to: [HOSTILE], cc: [HOSTILE], subject: HOSTILE, text: HOSTILE, html: `<p>${HOSTILE}</p>` },
        blocker: `SafeIntro does not know ${HOSTILE}'s address: add it below.`,
      }),
      values: { note: HOSTILE, targetEmail: HOSTILE },
      csrfToken: CSRF,
      problem: HOSTILE,
      now: NOW,
    });
    expectNoInjectedMarkup(markup);
    expect(markup).toContain(`<dd id="preview-to">${ESCAPED}</dd>`);
    expect(markup).toContain(`<dd id="preview-cc">${ESCAPED}</dd>`);
    expect(markup).toContain(`<dd id="preview-subject">${ESCAPED}</dd>`);
    expect(markup).toContain(`<pre class="email-text" id="preview-text">${ESCAPED}</pre>`);
    expect(markup).toContain(`srcdoc="&lt;p&gt;${ESCAPED}&lt;/p&gt;"`);
    expect([...markup.matchAll(/<iframe /g)]).toHaveLength(1);
    expect(markup).toMatch(/<iframe class="email-html" id="preview-html" sandbox="" /);
    expect(markup).toContain(
      `<textarea id="note" name="note" rows="4" maxlength="2000" aria-describedby="note-hint">\n${ESCAPED}</textarea>`,
    );
    expect(markup).toContain(`name="targetEmail" value="${ESCAPED}"`);
    // Names are cleaned (one line, at most 120 characters) and then escaped, in the title too.
    expect(markup).toContain(`<title>Ask the target: request from ${ESCAPED.slice(0, 20)}`);
    expect(markup.split(ESCAPED).length).toBeGreaterThan(10);
  });

  it("shows the blocker prominently and disables the send button while it stands; Update preview still works", () => {
    const blocked = actionPage(
      view("ask_target", {
        form: form("ask_target", {
          preview: null,
          blocker: "SafeIntro does not know Mary Jones's address: add it below.",
          defaults: { ...form("ask_target").defaults, targetEmail: null },
        }),
      }),
    );
    expect(blocked).toContain(
      `<div class="problem blocker" role="alert" id="blocker"><strong>Not ready to send.</strong> SafeIntro does not know Mary Jones&#39;s address: add it below.</div>`,
    );
    expect(blocked.indexOf('id="blocker"')).toBeLessThan(blocked.indexOf("<form"));
    expect(sendButton(blocked)?.[0]).toBe(
      `<button type="submit" id="send-button" disabled aria-describedby="blocker">Send to Mary Jones</button>`,
    );
    expect(blocked).toContain('<button type="submit" name="preview" value="1" class="secondary" id="preview-button">');
    // The address is asked for, empty.
    expect(blocked).toContain('<input type="email" id="targetEmail" name="targetEmail" value="" maxlength="254"');

    const ready = actionPage(view("ask_target"));
    expect(ready).not.toContain('id="blocker"');
    expect(sendButton(ready)?.[0]).toBe(`<button type="submit" id="send-button">Send to Mary Jones</button>`);
    expect(ready).not.toContain('name="targetEmail"');
  });

  it("posts both buttons to its own address with the CSRF token, Update preview first (Enter previews)", () => {
    const markup = actionPage(view("ask_target"));
    expect(markup).toContain(`<form method="post" action="/requests/${ID}/act/ask_target" id="action-form">`);
    expect(markup).toContain(`<input type="hidden" name="_csrf" value="${CSRF}">`);
    expect(markup.indexOf('id="preview-button"')).toBeLessThan(markup.indexOf('id="send-button"'));
    expect(markup).toContain(`<a href="/requests/${ID}">Back to the request</a>`);
  });

  it("prefills ask_target's subject, reason and ask, and shows the connector's edits instead once they made some", () => {
    const defaults = actionPage(view("ask_target"));
    expect(defaults).toContain('name="subject" value="Would you talk to Alex Chen?" maxlength="200"');
    expect(defaults).toContain(`maxlength="1000">\nBea&#39;s startup needs a head of HR.</textarea>`);
    expect(defaults).toContain(`maxlength="1000">\nA short call.</textarea>`);
    const edited = actionPage(
      view("ask_target", { values: { note: "\nFirst line blank", subject: "Hello", reason: "R", ask: "A" } }),
    );
    // The parser drops the newline after <textarea>: the note's own first line break survives.
    expect(edited).toContain(`aria-describedby="note-hint">\n\nFirst line blank</textarea>`);
    expect(edited).toContain('name="subject" value="Hello"');
    expect(edited).toContain(`maxlength="1000">\nR</textarea>`);
  });

  it("names whom each action sends to on its button, and asks only for what applies", () => {
    const details = actionPage(view("ask_requester_for_details"));
    expect(sendButton(details)?.[1]).toBe("Send to Alex Chen");
    expect(details).toContain('name="note"');
    expect(details).not.toContain('name="subject"');
    expect(details).not.toContain('name="reason"');

    const decline = actionPage(view("decline"));
    expect(sendButton(decline)?.[0]).toBe(`<button type="submit" id="send-button" class="danger">Decline</button>`);
    expect(decline).toContain(
      '<input type="checkbox" id="sendDeclineNote" name="sendDeclineNote" value="yes"> Also send <bdi>Alex Chen</bdi> a kind note',
    );
    expect(decline).toContain("No email is sent: <bdi>Alex Chen</bdi> is not told.");
    expect(decline).not.toContain('name="subject"');
    const withNote = actionPage(
      view("decline", {
        values: { sendDeclineNote: true, note: "Not now" },
        form: form("decline", { preview: form("ask_target").preview }),
      }),
    );
    expect(withNote).toContain('name="sendDeclineNote" value="yes" checked>');
    expect(withNote).toContain('id="email-preview"');

    const snooze = actionPage(view("snooze"));
    expect(sendButton(snooze)?.[1]).toBe("Snooze");
    expect(snooze).toContain(
      '<input type="date" id="snoozeUntil" name="snoozeUntil" value="2026-03-23" min="2026-03-17" max="2027-03-16" required',
    );
    expect(snooze).not.toContain('id="preview-button"');
    expect(snooze).toContain("No email is sent.");
  });

  it("says what was wrong with the form, escaped, above it", () => {
    const markup = actionPage(view("ask_target", { problem: "Your note is too long: at most 2,000 characters." }));
    expect(markup).toContain(
      '<div class="problem" role="alert" id="form-problem"><strong>That did not work.</strong> Your note is too long: at most 2,000 characters.</div>',
    );
  });
});

describe("the refused page", () => {
  it("shows the flow's message, escaped, the request's state and the way back", () => {
    const markup = actionRefusedPage(ID, `This request was already declined; ${HOSTILE}`, "declined_by_connector");
    expectNoInjectedMarkup(markup);
    expect(markup).toContain(`<p>This request was already declined; ${ESCAPED}</p>`);
    expect(markup).toContain("“Declined by you”");
    expect(markup).toContain(`<a class="button" href="/requests/${ID}">Back to the request</a>`);
  });
});
