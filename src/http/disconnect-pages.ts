import type { AccountStatus } from "../accounts/index.js";
import { html } from "./html.js";
import { actionForm, notice, page } from "./layout-page.js";

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * GET /disconnect: what disconnecting will delete, item by item, before anything happens.
 * Only the form's POST acts; leaving is a plain link back.
 */
export function disconnectConfirmPage(status: AccountStatus, csrfToken: string): string {
  const account = status.account;
  const items = account
    ? html`<li>revoke its access to <strong>${account.email}</strong> at Google, delete the Google tokens it kept, and stop syncing${account.watchExpiresAt ? " and Gmail push" : ""};</li>
<li>delete its record of the <strong>${count(account.messagesSeen, "message", "messages")}</strong> it looked at (Gmail's ids and dates only: it never kept their content);</li>
<li>delete the <strong>${count(account.introRequestsFound, "intro request", "intro requests")}</strong> it found, with their analysis, scores, recommendations and your choices;</li>
<li>delete what it counted from your mail's headers (who you write with, how often, when), the introductions it found, and the people you protect;</li>
<li>delete your SafeIntro sign-in (${status.connectorEmail}) and sign you out on every browser.</li>`
    : html`<li>delete your SafeIntro sign-in (${status.connectorEmail}) and sign you out on every browser. No Gmail account is connected, so there is nothing to revoke at Google.</li>`;
  return page(
    "Disconnect Gmail?",
    html`<h1>Disconnect Gmail and delete your data?</h1>
<p>SafeIntro will:</p>
<ul id="to-delete">
${items}
</ul>
<p>This cannot be undone. The mail in your Gmail is not touched. You can connect again later; SafeIntro would then start from scratch.</p>
<div class="actions">${actionForm("/disconnect", "Yes, disconnect and delete", csrfToken, "danger")} <a href="/">Cancel, keep everything</a></div>`,
  );
}

/**
 * GET /disconnected after the POST: a page of its own so reloading it shows it again
 * instead of repeating the POST (whose session is gone). It needs no session, and says
 * only what the `revoked` flag in its address allows.
 */
export function disconnectedPage(revoked: boolean): string {
  return page(
    "Disconnected",
    html`<h1>Disconnected</h1>
${notice("SafeIntro deleted everything it stored for you, and you are signed out.")}
<p id="revocation">${revoked ? "Google confirmed that SafeIntro's access is revoked." : html`Google could not confirm the revocation just now. To be sure, remove SafeIntro at <a href="https://myaccount.google.com/permissions">your Google account's third-party access page</a>.`}</p>
<p><a href="/">Back to SafeIntro</a></p>`,
  );
}
