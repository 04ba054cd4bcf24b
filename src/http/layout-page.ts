import { CSRF_FIELD } from "./csrf.js";
import { COPY_SCRIPT_PATH } from "./copy-button-script.js";
import { html, trusted, type TrustedHtml } from "./html.js";

/**
 * One stylesheet for every page, inline because the Content-Security-Policy allows inline
 * styles and nothing else. Nothing may be wider than a 320 px phone screen, so long
 * addresses break anywhere, dates break only between day and time, below 36rem the
 * requests table turns into one labelled block per request, and below 30rem each detail
 * of the status list goes under its label.
 */
const STYLE = trusted(`
  *, *::before, *::after { box-sizing: border-box; }
  html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2330; overflow-wrap: break-word; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
  a { color: #2f5bd3; }
  dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .3rem 1rem; }
  dt { color: #5b6475; } dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
  ul { padding-left: 1.25rem; }
  .nowrap { white-space: nowrap; }
  .problem, .notice { padding: .5rem 1rem; border-left: 4px solid; margin: 1rem 0; }
  .problem { background: #fff4e5; border-color: #e08a00; }
  .notice { background: #eaf4ec; border-color: #2e8540; }
  .problem p, .notice p { margin: .5rem 0; }
  .actions { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: 1rem 0; }
  form { margin: 0; }
  .button, button { display: inline-block; max-width: 100%; padding: .5rem 1rem; border-radius: .4rem; border: 1px solid #2f5bd3;
    background: #2f5bd3; color: #fff; text-decoration: none; text-align: center; font: inherit; cursor: pointer; }
  .button.secondary, button.secondary { background: #fff; color: #2f5bd3; }
  .button.danger, button.danger { background: #b3261e; border-color: #b3261e; color: #fff; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e3e6ee; }
  .requests td:nth-child(1), .requests td:nth-child(4) { white-space: nowrap; }
  .requests td:nth-child(2), .requests td:nth-child(3) { overflow-wrap: anywhere; }
  .forwards td { overflow-wrap: anywhere; }
  :focus-visible { outline: 3px solid #2f5bd3; outline-offset: 2px; }
  select { font: inherit; max-width: 100%; padding: .4rem; border: 1px solid #8a93a6; border-radius: .4rem; background: #fff; color: inherit; }
  .hint, .timeline .meta, .field label { color: #5b6475; }
  .counts { list-style: none; padding: 0; margin: 1rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; }
  .counts a[aria-current] { font-weight: 600; color: #1d2330; text-decoration: none; }
  .filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: .5rem 1rem; margin: 1rem 0; }
  .field { display: flex; flex-direction: column; min-width: 0; max-width: 100%; }
  .field label { font-size: .875rem; }
  .empty { padding: .5rem 1rem; margin: 1rem 0; background: #f3f5f9; border-radius: .4rem; }
  .empty p { margin: .5rem 0; }
  .pending { padding: .5rem 1rem; margin: 1rem 0; border-left: 4px solid #2f5bd3; background: #eef2fc; }
  .signals .absent { color: #5b6475; }
  .timeline li { margin-bottom: .5rem; }
  .timeline p { margin: 0; }
  .timeline .meta { font-size: .875rem; }
  fieldset.choices { min-width: 0; margin: 1rem 0; padding: .5rem 1rem; border: 1px solid #e3e6ee; border-radius: .4rem; }
  .choices label { display: block; padding: .35rem 0; cursor: pointer; }
  .choices input { margin: 0 .5rem 0 0; }
  button:disabled { background: #c9ceda; border-color: #c9ceda; color: #1d2330; cursor: not-allowed; }
  .next-actions { list-style: none; padding: 0; margin: 1rem 0; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
  .badge { font-size: .875rem; padding: .1rem .5rem; border-radius: 1rem; background: #eaf4ec; color: #1f5c2c; }
  .outbox .outbox-failed { color: #b3261e; }
  .field.wide { margin: 1rem 0; }
  textarea, input[type="text"], input[type="email"], input[type="date"] { font: inherit; width: 100%; max-width: 100%; padding: .4rem;
    border: 1px solid #8a93a6; border-radius: .4rem; background: #fff; color: inherit; }
  input[type="date"] { width: auto; }
  textarea { resize: vertical; }
  label.check { color: inherit; font-size: 1rem; cursor: pointer; }
  label.check input { margin: 0 .5rem 0 0; }
  .blocker { font-size: 1.05rem; }
  .email-preview { margin: 1rem 0; padding: .5rem 1rem 1rem; border: 1px solid #e3e6ee; border-radius: .4rem; }
  .email-preview h2 { margin-top: .5rem; } .email-preview h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
  .field .hint { font-size: .875rem; }
  .email-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding: .5rem; background: #f3f5f9; border-radius: .4rem;
    font: .9rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  .email-html { display: block; width: 100%; height: 32rem; border: 1px solid #e3e6ee; border-radius: .4rem; background: #fff; }
  @media (max-width: 36rem) {
    /* The answers on a link's page: one full-width button each, easy to tap. */
    .answers { flex-direction: column; align-items: stretch; }
    .answers form, .answers button { width: 100%; }
    .answers button { min-height: 44px; }
    body { margin: 1rem auto; }
    .requests thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    .requests, .requests tbody, .requests tr { display: block; }
    .requests tr { padding: .5rem 0; border-bottom: 1px solid #e3e6ee; }
    .requests td { display: grid; grid-template-columns: 9rem minmax(0, 1fr); gap: .5rem; padding: .1rem 0; border: 0; }
    .requests td::before { color: #5b6475; }
    /* Labels for the eye only (alt text ""): screen readers announce the column headers already. */
    .requests td:nth-child(1)::before { content: "Received"; content: "Received" / ""; }
    .requests td:nth-child(2)::before { content: "From"; content: "From" / ""; }
    .requests td:nth-child(3)::before { content: "Wants to meet"; content: "Wants to meet" / ""; }
    .requests td:nth-child(4)::before { content: "Specificity"; content: "Specificity" / ""; }
    .requests td:nth-child(5)::before { content: "Recommendation"; content: "Recommendation" / ""; }
    .requests td:nth-child(6)::before { content: "State"; content: "State" / ""; }
    /* The forwarded items: one block each, as the requests are. */
    .forwards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    .forwards, .forwards tbody, .forwards tr, .forwards td { display: block; }
    .forwards tr { padding: .5rem 0; border-bottom: 1px solid #e3e6ee; }
    .forwards td { padding: .1rem 0; border: 0; }
  }
  @media (max-width: 30rem) {
    dl { grid-template-columns: minmax(0, 1fr); gap: 0; } dt { font-size: .875rem; } dd { margin-bottom: .5rem; }
  }
`);

/**
 * A whole page in SafeIntro's plain layout. Pages carry no script, except the one file of
 * SafeIntro's own that makes copy buttons work, on the pages that have them.
 */
export function page(title: string, body: TrustedHtml, options: { copyButtons?: boolean } = {}): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · SafeIntro</title>
<style>${STYLE}</style>
${options.copyButtons ? html`<script src="${COPY_SCRIPT_PATH}" defer></script>` : ""}
</head>
<body>
${body}
</body>
</html>`.toString();
}

/** A POST button carrying the session's CSRF token: every state change goes through one. */
export function actionForm(
  action: string,
  label: string,
  csrfToken: string,
  style: "primary" | "secondary" | "danger" = "primary",
): TrustedHtml {
  return html`<form method="post" action="${action}"><input type="hidden" name="${CSRF_FIELD}" value="${csrfToken}"><button${style === "primary" ? "" : html` class="${style}"`} type="submit">${label}</button></form>`;
}

/** A short message about what just happened, read out by screen readers as it appears. */
export function notice(text: string | undefined): TrustedHtml {
  return text ? html`<p class="notice" role="status">${text}</p>` : html``;
}
