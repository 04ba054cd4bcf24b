import { escapeHtml } from "../html-escape.js";
import { isSignInScope } from "./scopes.js";

const SCOPE_TEXT: Record<string, string> = {
  openid: "Associate you with your personal info on Google",
  "https://www.googleapis.com/auth/userinfo.email": "See your primary Google Account email address",
  "https://www.googleapis.com/auth/userinfo.profile":
    "See your personal info, including any personal info you've made publicly available",
  "https://www.googleapis.com/auth/gmail.readonly": "View your email messages and settings",
  "https://www.googleapis.com/auth/gmail.send": "Send email on your behalf",
  "https://www.googleapis.com/auth/gmail.compose": "Manage drafts and send emails",
  "https://www.googleapis.com/auth/gmail.labels": "See and edit your email labels",
  "https://www.googleapis.com/auth/gmail.modify": "Read, compose, and send emails from your Gmail account",
  "https://www.googleapis.com/auth/gmail.metadata":
    "View your email message metadata such as labels and headers, but not the email body",
  "https://mail.google.com/": "Read, compose, send, and permanently delete all your email from Gmail",
};

export interface ConsentPageInput {
  appName: string;
  consentId: string;
  scopes: string[];
  accounts: string[];
  selected: string | undefined;
  /** Where the form posts: the consent endpoint under the emulator's base path. */
  action: string;
}

/**
 * The account chooser and consent screen, one page; both buttons post the same form.
 * Allow comes first: pressing Enter in a form submits its first submit button, and Enter
 * on a consent screen means go ahead. As on Google's granular consent page, each scope
 * beyond signing in has its own checkbox that the user may untick, and the app is granted
 * only what stays ticked; who signed in (openid, email, profile) has no checkbox. Google may
 * show those boxes unticked at first; here they start ticked, so that Allow grants everything.
 */
export function renderConsentPage(input: ConsentPageInput): string {
  const app = escapeHtml(input.appName);
  // Who signs in first, as Google lists it; then what the app may do, each with its checkbox.
  const scopes = [...input.scopes.filter(isSignInScope), ...input.scopes.filter((scope) => !isSignInScope(scope))]
    .map((scope) => {
      const text = `${escapeHtml(SCOPE_TEXT[scope] ?? scope)}<br><code>${escapeHtml(scope)}</code>`;
      if (isSignInScope(scope)) return `<li>${text}</li>`;
      const box = `<input type="checkbox" name="scope" value="${escapeHtml(scope)}" checked>`;
      return `<li><label class="scope">${box}<span>${text}</span></label></li>`;
    })
    .join("\n");
  const accounts = input.accounts
    .map((account, index) => {
      const checked = account === input.selected || (input.selected === undefined && index === 0) ? " checked" : "";
      const value = escapeHtml(account);
      return `<label><input type="radio" name="account" value="${value}"${checked}> ${value}</label><br>`;
    })
    .join("\n");
  return page(
    `Sign in - Google Accounts`,
    `<h1>${app} wants to access your Google Account</h1>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="consent_id" value="${escapeHtml(input.consentId)}">
<fieldset><legend>Choose an account</legend>
${accounts || "<p>No accounts in this emulator.</p>"}
</fieldset>
<p>This will allow ${app} to:</p>
<ul class="scopes">
${scopes}
</ul>
<p><small>Untick anything you do not want to allow.</small></p>
<div class="actions">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="cancel">Cancel</button>
</div>
</form>
<p><small>Local Gmail emulator: no Google account is involved.</small></p>`,
  );
}

/** Google's "Access blocked" page for a request it refuses before asking the user. */
export function renderErrorPage(status: number, error: string, description: string): string {
  return page(
    "Error",
    `<h1>Access blocked: Authorization Error</h1>
<p>${escapeHtml(description)}</p>
<p><b>Error ${status}: ${escapeHtml(error)}</b></p>`,
  );
}

// Fits a 390 px phone: side padding instead of bare auto margins, long scope URLs and
// addresses wrap, and buttons and checkboxes big enough to tap.
const STYLE = [
  "body{font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em;line-height:1.4}",
  "h1{font-size:1.4em}",
  "label,li{overflow-wrap:anywhere}",
  "fieldset{margin:0;min-width:0}",
  "code{font-size:.8em;color:#555}",
  ".scopes li{margin:.5em 0}",
  "label.scope{display:flex;gap:.6em;align-items:flex-start;min-width:0}",
  "label.scope span{min-width:0}",
  "label.scope input{flex:none;width:1.5rem;height:1.5rem;margin:0}",
  ".actions{display:flex;flex-wrap:wrap;gap:.75em}",
  "button{font-size:1em;min-height:44px;padding:0 1.5em}",
].join("");

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head><body>
${body}
</body></html>
`;
}
