import { html, type TrustedHtml } from "./html.js";
import { page } from "./layout-page.js";

const STATUS_PAGE = html`<a class="button" href="/">Back to your status page</a>`;
const HOME = html`<a href="/">Back to SafeIntro</a>`;
const HOME_BUTTON = html`<a class="button" href="/">Back to SafeIntro</a>`;

/**
 * What a person can do next, by the HTTP status the error middleware chose. The statuses
 * map one to one to AppError codes, so the status says enough: a 400 a browser meets is a
 * sign-in that failed (SafeIntro's own forms are never malformed), 401 a signed-out browser,
 * 403 a stale CSRF token, 409 an account that needs reconnecting (the status page says how),
 * 429 a rate limit (its message says how long to wait), 503 the job queue not answering.
 */
function nextStep(status: number): TrustedHtml {
  switch (status) {
    case 400:
      return html`<p>To connect Gmail, start the sign-in again.</p>
<div class="actions"><a class="button" href="/auth/google">Start again</a> ${HOME}</div>`;
    case 401:
      return html`<p>Your session has ended, or you never signed in on this browser.</p>
<div class="actions"><a class="button" href="/auth/google">Sign in with Google</a></div>`;
    case 403:
      return html`<p>Nothing was changed. Your status page has fresh forms to try again with.</p>
<div class="actions">${STATUS_PAGE}</div>`;
    case 404:
      return html`<p>Start again from SafeIntro's home page.</p>
<div class="actions"><a class="button" href="/">Go to the home page</a></div>`;
    case 409:
      return html`<p>Your status page says what is needed and has the button to do it.</p>
<div class="actions">${STATUS_PAGE}</div>`;
    case 429:
      return html`<p>Once the wait is over, start again from SafeIntro's home page.</p>
<div class="actions">${HOME_BUTTON}</div>`;
    case 503:
      return html`<p>This is usually brief. Try again in a minute from your status page.</p>
<div class="actions">${STATUS_PAGE}</div>`;
    default:
      return status >= 500
        ? html`<p>Try again in a moment. If it keeps happening, come back later.</p>
<div class="actions">${HOME_BUTTON}</div>`
        : html`<p>Go back to SafeIntro and try again from there.</p>
<div class="actions">${HOME_BUTTON}</div>`;
  }
}

/** The page the error middleware shows a browser: what went wrong, then what to do about it. */
export function problemPage(title: string, message: string, status: number): string {
  return page(
    title,
    html`<h1>${title}</h1>
<p class="problem" role="alert">${message}</p>
${nextStep(status)}`,
  );
}
