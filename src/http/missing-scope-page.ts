import { html } from "./html.js";
import { page } from "./layout-page.js";

/** Where a sign-in starts with Google's consent page shown again, every box on it to tick. */
export const SIGN_IN_WITH_CONSENT = "/auth/google?prompt=consent";

/**
 * For each scope SafeIntro cannot work without: its line on Google's consent page, and what
 * SafeIntro cannot do when it is unticked.
 */
const NEEDED: Record<string, { onGooglesPage: string; without: string }> = {
  "https://www.googleapis.com/auth/gmail.readonly": {
    onGooglesPage: "View your email messages and settings",
    without:
      "read your mail, so it cannot find the introduction requests in it. It only ever reads: it never sends, changes or deletes anything",
  },
};

/**
 * The connector unticked a scope SafeIntro needs on Google's consent page. Nothing was
 * connected; the page says what SafeIntro cannot do without it, and offers Google's page
 * again (with prompt=consent, so that Google shows every box again).
 */
export function missingScopePage(missing: readonly string[]): string {
  const lines = missing.map((scope) => NEEDED[scope] ?? { onGooglesPage: scope, without: "work" });
  return page(
    "Permission needed",
    html`<h1>SafeIntro needs permission to read your Gmail</h1>
<div class="problem" role="alert"><p>Nothing was connected: on Google's page, ${lines.length === 1 ? "this was" : "these were"} left unticked:</p>
<ul>${lines.map((line) => html`<li>“${line.onGooglesPage}”</li>`)}</ul></div>
${lines.map((line) => html`<p>Without it, SafeIntro cannot ${line.without}.</p>`)}
<p>To connect Gmail, try again and leave ${lines.length === 1 ? "that box" : "those boxes"} ticked on Google's page.</p>
<div class="actions"><a class="button" href="${SIGN_IN_WITH_CONSENT}">Try again</a> <a href="/">Back to SafeIntro</a></div>`,
  );
}
