/**
 * The sections of a request's page that show what SafeIntro worked out: who the target is, the
 * request's own words, its specificity with the evidence of each signal, the three ties and the
 * karma ledger. Every piece of text is escaped by html``.
 */
import type { Judgement, TargetResolution, TieStrength } from "../relationships/index.js";
import type { RequestDetail } from "../requests/index.js";
import { html, type TrustedHtml } from "./html.js";

/** The specificity signals in words (README, "The specificity score"); an unknown id is shown as itself. */
const SIGNAL_LABELS: Readonly<Record<string, string>> = {
  named_target: "Says who exactly",
  target_org_or_role: "Says their organisation or role",
  reason: "Says why this person",
  concrete_ask: "Asks for something concrete",
  benefit_to_target: "Says what is in it for them",
  blurb: "Gives you a blurb to forward",
  respects_judgement: "Leaves the call to you",
  vague_ask: "Vague ask (counts against)",
};

/** What the request page shows besides the request, when the app has it. */

/** How sure a match is: confidences are 0–1. */
function percent(confidence: number): string {
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}% sure`;
}

function person(displayName: string | null, email: string): TrustedHtml {
  return displayName ? html`${displayName} &lt;${email}&gt;` : html`${email}`;
}

export function resolution(target: TargetResolution): TrustedHtml {
  switch (target.status) {
    case "address":
      return html`named by address: ${target.email}`;
    case "resolved":
      return html`found in your mail: ${person(target.displayName, target.email)} (${percent(target.confidence)}, by ${target.matchedBy})`;
    case "ambiguous":
      return html`several people in your mail could be them:
<ul id="target-candidates">${target.candidates.map((candidate) => html`<li>${person(candidate.displayName, candidate.email)} (${percent(candidate.confidence)}, by ${candidate.matchedBy})</li>`)}</ul>`;
    case "unknown":
      return html`not found in your mail: ${target.why}`;
  }
}

/** The request's own words, each where the analysis found it. */
export function words(request: RequestDetail): TrustedHtml {
  const parts: [string, string | null][] = [
    ["Why them", request.reason],
    ["The ask", request.ask],
    ["For the target", request.benefitToTarget],
    ["Blurb", request.blurb],
  ];
  const present = parts.filter((part): part is [string, string] => Boolean(part[1]));
  if (present.length === 0) return html``;
  return html`<h2>What they ask</h2>
<dl id="request-words">
${present.map(([label, text]) => html`<dt>${label}</dt><dd>${text}</dd>`)}
</dl>`;
}

/** Where the LLM judge had a part in finding the request, the request page says which. */
const SECOND_OPINIONS: Readonly<Record<string, string>> = {
  found:
    "Found by the LLM judge: SafeIntro's own analysis had missed it. The judge quoted the sentence that asks; the score below is SafeIntro's.",
  confirmed: "Confirmed by the LLM judge.",
};

function secondOpinion(request: RequestDetail): TrustedHtml | string {
  const said = request.secondOpinion ? SECOND_OPINIONS[request.secondOpinion] : undefined;
  return said ? html`<p id="second-opinion" class="hint">${said}</p>` : "";
}

export function specificity(request: RequestDetail): TrustedHtml {
  const scored = request.specificity;
  if (!scored) return html`<h2>Specificity</h2>${secondOpinion(request)}<p>Not scored.</p>`;
  return html`<h2>Specificity</h2>
${secondOpinion(request)}
<p id="specificity"><strong>${scored.score}/100</strong>, ${scored.band}</p>
${
  scored.signals.length === 0
    ? ""
    : html`<ul class="signals" id="signals">
${scored.signals.map(
  (signal) =>
    html`<li class="${signal.present ? "present" : "absent"}"><strong>${SIGNAL_LABELS[signal.id] ?? signal.id}</strong>: ${signal.present ? html`yes (${signal.points > 0 ? "+" : signal.points < 0 ? "−" : ""}${Math.abs(signal.points)})` : "no"}${signal.evidence ? html`, <q>${signal.evidence}</q>` : ""}</li>`,
)}
</ul>`
}`;
}

function tie(strength: TieStrength | null, why: string): TrustedHtml {
  if (!strength) return html`unknown <span class="hint">(${why})</span>`;
  const score = Math.round(Math.min(100, Math.max(0, strength.score)));
  return html`<strong>${score}/100</strong>, ${strength.band}. ${strength.evidence}`;
}

export function ties(judgement: Judgement): TrustedHtml {
  const unknownTarget =
    judgement.target === null ? "the request names no one" : "SafeIntro does not know who the target is";
  return html`<dl id="ties">
<dt>You and the requester</dt><dd id="tie-requester">${tie(judgement.ties.requester, "no mail with them")}</dd>
<dt>You and the target</dt><dd id="tie-target">${tie(judgement.ties.target, unknownTarget)}</dd>
<dt>The requester and the target</dt><dd id="tie-requester-target">${tie(judgement.ties.requesterTarget, judgement.ties.target ? "not worked out" : unknownTarget)}</dd>
</dl>`;
}

export function ledger(judgement: Judgement): TrustedHtml {
  const { madeForRequester, madeByRequester, previousRequests: earlier } = judgement.ledger;
  return html`<dl id="ledger">
<dt>Introductions you made for the requester</dt><dd>${madeForRequester}</dd>
<dt>Introductions the requester made for you</dt><dd>${madeByRequester}</dd>
<dt>Their earlier requests to you</dt><dd>${earlier.total === 0 ? "none" : `${earlier.total}: ${earlier.introduced} introduced, ${earlier.declined} declined, ${earlier.open} open`}</dd>
</dl>`;
}
