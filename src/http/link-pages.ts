import type { EarlierAnswer, LinkRequestSummary, TargetAction } from "../links/index.js";
import { html, type TrustedHtml } from "./html.js";
import { page } from "./layout-page.js";

// The pages behind the links in SafeIntro's emails. Their reader is the person the email went
// to (the target, today), who has no SafeIntro account: no session, no navigation, nothing
// but what the link is about and the buttons it offers. Every name comes from mail, so each
// is cleaned (cleanName), escaped (html``) and isolated from the text around it (<bdi>).

/** The form field that names the answer, in POST /l/:token. */
export const ACTION_FIELD = "action";

/** The buttons, as the email's buttons say them. */
const BUTTON_LABELS: Readonly<Record<TargetAction, string>> = {
  yes: "Yes, introduce us",
  no: "No thanks",
  not_now: "Not now",
  stop: "Please don't send me requests",
};

/** An earlier answer in words: "already answered: Yes on 3 March". */
const ANSWER_WORDS: Readonly<Record<string, string>> = {
  yes: "Yes",
  no: "No thanks",
  not_now: "Not now",
  stop: "Please don't send me requests",
};

/** Longest name a page shows, in characters; a longer one ends with "…". */
export const MAX_NAME_CHARS = 120;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
/** Bidi embeddings, overrides and isolates: escaping leaves them working, and they can make a name read backwards. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A name from mail as a page shows it: one line, no controls or bidi overrides, at most MAX_NAME_CHARS. */
export function cleanName(value: string | null | undefined): string {
  const line = (value ?? "").replace(CONTROLS, " ").replace(BIDI_CONTROLS, "").replace(/\s+/g, " ").trim();
  const characters = Array.from(line);
  if (characters.length <= MAX_NAME_CHARS) return line;
  return `${characters
    .slice(0, MAX_NAME_CHARS - 1)
    .join("")
    .trimEnd()}…`;
}

/** A person by name, else address, else `fallback`, set apart from the text around it. */
function person(name: string | null, email: string | null, fallback: string): TrustedHtml {
  const shown = cleanName(name) || cleanName(email) || fallback;
  return html`<bdi>${shown}</bdi>`;
}

const connectorOf = (request: LinkRequestSummary) =>
  person(request.connectorName, request.connectorEmail, "the person who emailed you");
const requesterOf = (request: LinkRequestSummary) => person(request.requesterName, request.requesterEmail, "someone");

/** "3 March" (UTC), with the year when it is not this year's. */
export function dayAndMonth(date: Date, now: Date): string {
  const sameYear = date.getUTCFullYear() === now.getUTCFullYear();
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    ...(sameYear ? {} : { year: "numeric" }),
    timeZone: "UTC",
  });
}

/** "Yes on 3 March", with the moment in a <time> element. */
function answeredOn(answer: EarlierAnswer, now: Date): TrustedHtml {
  const words = ANSWER_WORDS[answer.action] ?? answer.action;
  // "2 December" never breaks between the day and the month.
  return html`${words} on <time class="nowrap" datetime="${answer.at.toISOString()}">${dayAndMonth(answer.at, now)}</time>`;
}

/** One answer's button: a POST form with the token in the path and the answer as a field. No CSRF field: the token is the secret. */
function answerForm(token: string, action: TargetAction, primary: boolean): TrustedHtml {
  // "Please don't send me requests" is a perfectly good answer, not a warning: no louder than the others.
  const style = primary ? "" : "secondary";
  return html`<form method="post" action="/l/${token}"><input type="hidden" name="${ACTION_FIELD}" value="${action}"><button${style ? html` class="${style}"` : ""} type="submit">${BUTTON_LABELS[action]}</button></form>`;
}

/**
 * GET /l/:token: who asks and the question, with the answers still open as buttons. Opening
 * it changes nothing (mail scanners and link previews open links); only a button does. The
 * answer the email's button named (`chosen`) comes first.
 */
export function confirmPage(
  token: string,
  request: LinkRequestSummary,
  actions: readonly TargetAction[],
  chosen: TargetAction | undefined,
  expiresAt: Date,
  now: Date,
): string {
  const first = chosen && actions.includes(chosen) ? chosen : undefined;
  const ordered = first ? [first, ...actions.filter((action) => action !== first)] : actions;
  return page(
    "Your answer",
    html`<h1>Would you like an introduction to ${requesterOf(request)}?</h1>
<p>Hi ${person(request.targetName, null, "there")}, ${connectorOf(request)} asked you by email whether you would like to be introduced to ${requesterOf(request)}.</p>
<p>Nothing happens until you press a button. ${first ? html`You chose <strong>${BUTTON_LABELS[first]}</strong> in the email: confirm it below, or choose another answer.` : "Choose your answer below."}</p>
<div class="actions answers" id="answers">${ordered.map((action) => answerForm(token, action, action === (first ?? ordered[0])))}</div>
<p class="hint">This link works once, until ${dayAndMonth(expiresAt, now)}. No is a perfectly good answer.</p>`,
  );
}

/** After the answer: what happens now. */
export function answeredPage(request: LinkRequestSummary, action: TargetAction): string {
  const connector = connectorOf(request);
  const requester = requesterOf(request);
  const [title, body] = (
    {
      yes: [
        "Thank you",
        html`<p>${connector} will introduce you to ${requester}. Look out for an email that introduces you both.</p>`,
      ],
      no: [
        "Understood",
        html`<p>${connector} has been told, and nothing more will be sent to you about ${requester}'s request.</p>`,
      ],
      not_now: [
        "Not now, then",
        html`<p>${connector} may ask you once more in a few days. If you don't answer then, the request simply lapses.</p>`,
      ],
      stop: [
        "You won't be asked again",
        html`<p>SafeIntro will not pass requests from ${connector} on to you again (unless ${connector} deliberately lifts this), and this one is closed.</p>`,
      ],
    } satisfies Record<TargetAction, [string, TrustedHtml]>
  )[action];
  return page(
    title,
    html`<h1>${title}</h1>
<p class="notice" role="status">Your answer is saved.</p>
${body}`,
  );
}

/** A link that cannot act, why, and what to do instead. Nothing was changed by opening it. */
export type LinkProblem =
  | { kind: "unknown" }
  | { kind: "expired"; request: LinkRequestSummary }
  | { kind: "answered"; request: LinkRequestSummary; answer: EarlierAnswer | null; now: Date }
  /** The request no longer takes this answer: the state machine's message says why. */
  | { kind: "closed"; request: LinkRequestSummary; message: string }
  | { kind: "not_offered" }
  /** The form could not be read (too large, malformed). */
  | { kind: "unreadable" }
  | { kind: "failed" };

/** The HTTP status of each problem. */
export const LINK_PROBLEM_STATUS: Readonly<Record<LinkProblem["kind"], number>> = {
  unknown: 404,
  expired: 410,
  answered: 409,
  closed: 409,
  not_offered: 400,
  unreadable: 400,
  failed: 500,
};

export function linkProblemPage(problem: LinkProblem): string {
  const nothingChanged = html`<p>Nothing was changed.</p>`;
  switch (problem.kind) {
    case "unknown":
      return page(
        "This link doesn't work",
        html`<h1>This link doesn't work</h1>
<p class="problem" role="alert">SafeIntro doesn't know this link. It may have been copied only in part, or changed.</p>
${nothingChanged}
<p>Open the link from the email again, or if you'd like to answer, reply to the person who emailed you directly.</p>`,
      );
    case "expired":
      return page(
        "This link has expired",
        html`<h1>This link has expired</h1>
<p class="problem" role="alert">Links in SafeIntro's emails work for a limited time, and this one's time is over.</p>
${nothingChanged}
<p>If you'd still like to answer, ask ${connectorOf(problem.request)} directly.</p>`,
      );
    case "answered":
      return page(
        "Already answered",
        html`<h1>Already answered</h1>
<p class="notice" role="status">${problem.answer ? html`You already answered: ${answeredOn(problem.answer, problem.now)}.` : "You already answered this request."}</p>
${nothingChanged}
<p>To change your answer, ask ${connectorOf(problem.request)} directly.</p>`,
      );
    case "closed":
      return page(
        "Nothing to answer",
        html`<h1>Nothing to answer</h1>
<p class="problem" role="alert">${problem.message}</p>
${nothingChanged}
<p>If you have a question about it, ask ${connectorOf(problem.request)} directly.</p>`,
      );
    case "not_offered":
      return page(
        "Not an answer this link offers",
        html`<h1>Not an answer this link offers</h1>
<p class="problem" role="alert">This link doesn't offer that answer.</p>
${nothingChanged}
<p>Open the link from the email again and choose one of its buttons.</p>`,
      );
    case "unreadable":
      return page(
        "Your answer could not be read",
        html`<h1>Your answer could not be read</h1>
<p class="problem" role="alert">What your browser sent is not a form SafeIntro's pages send.</p>
${nothingChanged}
<p>Open the link from the email again and choose one of its buttons.</p>`,
      );
    case "failed":
      return page(
        "Something went wrong",
        html`<h1>Something went wrong</h1>
<p class="problem" role="alert">Something went wrong on our side, and your answer was not saved.</p>
<p>Nothing was changed, and the link still works: try it again in a moment.</p>`,
      );
  }
}
