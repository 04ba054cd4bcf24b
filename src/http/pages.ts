import type { AccountStatus, RequestSummary } from "../accounts/account-status.js";
import { CSRF_FIELD } from "./csrf.js";
import { html, page, type TrustedHtml } from "./html.js";

export function landingPage(): string {
  return page(
    "Connect Gmail",
    html`<h1>SafeIntro</h1>
<p>SafeIntro finds the introduction requests in your Gmail, tells you how specific each one is, and
asks the person to be introduced first, so that only introductions they want reach them.</p>
<p>Connecting reads your mail to find requests. SafeIntro keeps no message content: only which
messages it has looked at, and the requests it found.</p>
<p><a class="button" href="/auth/google">Connect Gmail</a></p>`,
  );
}

function when(date: Date | null): string {
  return date ? date.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC") : "never";
}

function actionForm(action: string, label: string, csrfToken: string, secondary = false): TrustedHtml {
  return html`<form method="post" action="${action}"><input type="hidden" name="${CSRF_FIELD}" value="${csrfToken}"><button${secondary ? html` class="secondary"` : ""} type="submit">${label}</button></form>`;
}

export function statusPage(status: AccountStatus, csrfToken: string, notice?: string): string {
  const account = status.account;
  if (!account) {
    return page(
      "Status",
      html`<h1>SafeIntro</h1><p>Signed in as ${status.connectorEmail}. No Gmail account is connected.</p>
<p><a class="button" href="/auth/google">Connect Gmail</a> ${actionForm("/signout", "Sign out", csrfToken, true)}</p>`,
    );
  }
  const problem =
    account.status === "needs_reconnect"
      ? html`<div class="problem" role="alert"><strong>Gmail needs reconnecting.</strong> ${account.statusReason ?? "Google no longer accepts SafeIntro's access."} SafeIntro has stopped syncing until you reconnect.
<p><a class="button" href="/auth/google">Reconnect Gmail</a></p></div>`
      : account.lastSyncError
        ? html`<div class="problem" role="alert"><strong>The last sync did not finish.</strong> ${account.lastSyncError}</div>`
        : "";
  return page(
    "Status",
    html`<h1>SafeIntro</h1>
${notice ? html`<p role="status">${notice}</p>` : ""}
${problem}
<dl>
<dt>Connected address</dt><dd id="connected-address">${account.email}</dd>
<dt>Access</dt><dd id="token-state">${account.status === "active" ? "active" : "needs reconnect"}</dd>
<dt>Last sync</dt><dd id="last-sync">${account.firstSyncDone ? when(account.lastSyncAt) : "first sync under way"}</dd>
<dt>Messages seen</dt><dd id="messages-seen">${account.messagesSeen}</dd>
<dt>Intro requests found</dt><dd id="intro-requests">${account.introRequestsFound}</dd>
<dt>New mail noticed by</dt><dd id="push-watch">${account.watchExpiresAt ? html`Gmail push, renewed before ${when(account.watchExpiresAt)}` : "polling"}</dd>
</dl>
<p>${actionForm("/sync", "Sync now", csrfToken)} ${actionForm("/signout", "Sign out", csrfToken, true)}</p>
${requestList(account.latestRequests)}
<h2>Disconnect</h2>
<p>Disconnecting revokes SafeIntro's access at Google and deletes everything SafeIntro stored for you:
the list of messages it looked at, the requests it found, and your sign-in.</p>
<p>${actionForm("/disconnect", "Disconnect Gmail and delete my data", csrfToken, true)}</p>`,
  );
}

function requestList(requests: RequestSummary[]): TrustedHtml {
  if (requests.length === 0) return html``;
  return html`<h2>Intro requests found</h2>
<table id="requests">
<thead><tr><th>Received</th><th>From</th><th>Wants to meet</th><th>Specificity</th></tr></thead>
<tbody>
${requests.map(
  (request) =>
    html`<tr><td>${request.receivedAt ? request.receivedAt.toISOString().slice(0, 10) : ""}</td><td>${request.requester}</td><td>${request.target}</td><td>${request.band ?? ""}${request.score === null ? "" : html` (${request.score})`}</td></tr>`,
)}
</tbody>
</table>`;
}

export function problemPage(title: string, message: string, status: number): string {
  return page(
    title,
    html`<h1>${title}</h1><p class="problem" role="alert">${message}</p><p><a href="/">Back to SafeIntro</a></p><!-- ${status} -->`,
  );
}
