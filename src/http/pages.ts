import type { AccountStatus, RequestSummary } from "../accounts/index.js";
import { CSRF_FIELD } from "./csrf.js";
import { dayOf, recommendationText, requesterLabel, specificityText, when } from "./format.js";
import { html, type TrustedHtml } from "./html.js";
import { actionForm, notice, page } from "./layout-page.js";

// The error middleware in app.ts takes its page from here, with the others.
export { problemPage } from "./problem-page.js";

export function landingPage(noticeText?: string): string {
  return page(
    "Connect Gmail",
    html`<h1>SafeIntro</h1>
${notice(noticeText)}
<p>SafeIntro finds the introduction requests in your Gmail, tells you how specific each one is, and
asks the person to be introduced first, so that only introductions they want reach them.</p>
<p>Connecting reads your mail to find requests. SafeIntro keeps no message content: only which
messages it has looked at, and the requests it found.</p>
<p><a class="button" href="/auth/google">Connect Gmail</a></p>`,
  );
}

export function statusPage(
  status: AccountStatus,
  csrfToken: string,
  noticeText?: string,
  forwarding: TrustedHtml | string = "",
  llmJudge: TrustedHtml | string = "",
): string {
  const account = status.account;
  if (!account) {
    return page(
      "Status",
      html`<h1>SafeIntro</h1>
${notice(noticeText)}
<p>Signed in as ${status.connectorEmail}. No Gmail account is connected.</p>
<div class="actions"><a class="button" href="/auth/google">Connect Gmail</a> ${actionForm("/signout", "Sign out", csrfToken, "secondary")}</div>`,
    );
  }
  const problem =
    account.status === "needs_reconnect"
      ? html`<div class="problem" role="alert"><strong>Gmail needs reconnecting.</strong> ${account.statusReason ?? "Google no longer accepts SafeIntro's access."} SafeIntro has stopped syncing until you reconnect.
<p><a class="button" href="/auth/google">Reconnect Gmail</a></p></div>`
      : account.syncStopped
        ? html`<div class="problem" role="alert" id="sync-stopped"><strong>Syncing has stopped for this mailbox.</strong> ${account.lastSyncError ?? "Gmail refused a request SafeIntro made. Press Sync now to try again."}</div>`
        : account.lastSyncError
          ? html`<div class="problem" role="alert"><strong>The last sync did not finish.</strong> ${account.lastSyncError}</div>`
          : "";
  const pushProblem = account.watchError
    ? html`<div class="problem" role="status" id="push-problem"><strong>Gmail push is not working.</strong> ${account.watchError}</div>`
    : "";
  return page(
    "Status",
    html`<h1>SafeIntro</h1>
${notice(noticeText)}
${problem}
${pushProblem}
<dl>
<dt>Connected address</dt><dd id="connected-address">${account.email}</dd>
<dt>Access</dt><dd id="token-state">${account.status === "active" ? "active" : "needs reconnect"}</dd>
<dt>Last sync</dt><dd id="last-sync">${account.firstSyncDone ? when(account.lastSyncAt) : "first sync under way"}</dd>
<dt>Messages seen</dt><dd id="messages-seen">${account.messagesSeen}</dd>
<dt>Intro requests found</dt><dd id="intro-requests">${account.introRequestsFound}</dd>
<dt>New mail noticed by</dt><dd id="push-watch">${newMailNoticedBy(account)}</dd>
</dl>
<div class="actions">${actionForm("/sync", "Sync now", csrfToken)} ${actionForm("/signout", "Sign out", csrfToken, "secondary")}</div>
${reviewEmailsSetting(account, csrfToken)}
${llmJudge}
${requestList(account.latestRequests)}
${forwarding}
<h2>Disconnect</h2>
<p>Disconnecting revokes SafeIntro's access at Google and deletes everything SafeIntro stored for you:
the list of messages it looked at, the requests it found, and your sign-in. You confirm on the next page.</p>
<p><a class="button secondary" href="/disconnect">Disconnect Gmail and delete my data</a></p>`,
    { copyButtons: forwarding !== "" },
  );
}

/** The review emails' line: on or off, what they are, and the button that turns them the other way. */
function reviewEmailsSetting(account: NonNullable<AccountStatus["account"]>, csrfToken: string): TrustedHtml {
  const on = account.reviewEmails !== false;
  const waiting =
    on && account.canSend === false
      ? html` They start once you <a href="/auth/google/send-permission?next=/">allow SafeIntro to send from your Gmail</a>.`
      : "";
  return html`<div id="review-emails">
<p>Review emails: <strong id="review-emails-state">${on ? "on" : "off"}</strong>. An email to yourself for each new request, with its recommendation and links to act.${waiting}</p>
<form method="post" action="/settings/review-emails"><input type="hidden" name="${CSRF_FIELD}" value="${csrfToken}"><input type="hidden" name="reviewEmails" value="${on ? "off" : "on"}"><button class="secondary" type="submit">Turn review emails ${on ? "off" : "on"}</button></form>
</div>`;
}

/** Push when it works, with the regular check that catches lost notifications; else polling. */
function newMailNoticedBy(account: NonNullable<AccountStatus["account"]>): TrustedHtml | string {
  if (account.watchError) return "polling, until Gmail push works";
  if (!account.watchExpiresAt) return "polling";
  return html`Gmail push, renewed before ${when(account.watchExpiresAt)}, and a regular check in case a notification is lost`;
}

/**
 * A table on wide screens; below 36rem the stylesheet stacks each row into a block and
 * labels each cell by its column. The explicit roles keep it a table for screen readers:
 * some browsers drop table semantics from elements restyled with `display: block`.
 */
function requestList(requests: RequestSummary[]): TrustedHtml {
  if (requests.length === 0) return html`<p><a href="/requests">All requests</a></p>`;
  return html`<h2>Intro requests found</h2>
<table id="requests" class="requests" role="table">
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Received</th><th scope="col" role="columnheader">From</th><th scope="col" role="columnheader">Wants to meet</th><th scope="col" role="columnheader">Specificity</th><th scope="col" role="columnheader">Recommendation</th></tr></thead>
<tbody role="rowgroup">
${requests.map(
  (request) =>
    html`<tr role="row"><td>${dayOf(request.receivedAt)}</td><td><a href="/requests/${request.id}">${requesterLabel(request.requester, "")}</a></td><td>${request.target}</td><td>${specificityText(request.band, request.score)}</td><td>${recommendationText(request.recommendation, request.overridden)}</td></tr>`,
)}
</tbody>
</table>
<p><a href="/requests">All requests</a></p>`;
}
