import { html } from "./html.js";
import { actionForm, page } from "./layout-page.js";

/**
 * Before SafeIntro first sends: why it needs Gmail's permission to send, what it will and
 * will not do with it, and a button on to Google's page (which shows only this new line).
 */
export function askSendPermissionPage(options: { csrfToken: string; returnTo: string; email: string }): string {
  return page(
    "Allow sending",
    html`<h1>Let SafeIntro send emails from your Gmail</h1>
<p>To ask the people you introduce, and to introduce them, SafeIntro sends emails from your Gmail
(${options.email}), in your name, so that replies come to you.</p>
<ul>
<li>It sends only the emails you approve, each one shown to you first.</li>
<li>It never reads more than it does today, and never deletes or changes your mail.</li>
<li>You can take the permission back at any time in your Google account.</li>
</ul>
<p>Google will ask you to allow one more thing: <strong>“Send email on your behalf”</strong>.</p>
<div class="actions">${actionForm(`/auth/google/send-permission?next=${encodeURIComponent(options.returnTo)}`, "Continue to Google", options.csrfToken)} <a href="${options.returnTo}">Not now</a></div>`,
  );
}

/** The connector left "Send email on your behalf" unticked: what that means, and the way to try again. */
export function sendPermissionRefusedPage(options: { csrfToken: string; returnTo: string }): string {
  return page(
    "Sending not allowed",
    html`<h1>SafeIntro cannot send emails for you</h1>
<div class="problem" role="alert"><p>On Google's page, “Send email on your behalf” was left unticked, so nothing was sent and nothing changed.</p></div>
<p>Everything else keeps working: SafeIntro still finds and judges your requests. Without this permission
it cannot ask the target or introduce people for you; you can write those emails yourself.</p>
<div class="actions">${actionForm(`/auth/google/send-permission?next=${encodeURIComponent(options.returnTo)}`, "Try again", options.csrfToken)} <a href="${options.returnTo}">Back</a></div>`,
  );
}
