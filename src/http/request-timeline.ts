import { type RequestDetail, type RequestEvent, STATE_LABELS } from "../requests/index.js";
import { when } from "./format.js";
import { html, type TrustedHtml } from "./html.js";

/** Who did it, in words. */
function actorOf(actor: string): string {
  switch (actor) {
    case "connector":
      return "You";
    case "requester":
      return "The requester";
    case "target":
      return "The target";
    case "safeintro":
    case "system":
      return "SafeIntro";
    default:
      return actor;
  }
}

function whatHappened(event: RequestEvent): TrustedHtml | string {
  switch (event.kind) {
    case "transition": {
      const moved = event.fromState
        ? `Moved from “${STATE_LABELS[event.fromState]}” to “${STATE_LABELS[event.toState]}”`
        : `Recorded as “${STATE_LABELS[event.toState]}”`;
      return event.reason ? html`${moved}. ${event.reason}` : moved;
    }
    case "override":
      return event.reason ?? "Changed the recommendation";
    case "protection":
      return event.reason ?? "Changed the target's protection";
    case "analysis_failed":
      return `The analysis failed${event.reason ? `: ${event.reason}` : ""}`;
    case "forwarded":
      return event.reason ?? "You forwarded this request to SafeIntro";
  }
}

/** The request's story, oldest first: how it came in, then every event. */
export function timeline(request: RequestDetail): TrustedHtml {
  const cameIn = request.source === "inbox" ? "Found this request in your mail." : "Received your forward.";
  return html`<ol class="timeline" id="timeline">
<li><p class="meta">${when(request.createdAt)} · SafeIntro</p><p>${cameIn}</p></li>
${request.events.map(
  (event) =>
    html`<li class="event-${event.kind}"><p class="meta">${when(event.createdAt)} · ${actorOf(event.actor)}</p><p>${whatHappened(event)}</p></li>`,
)}
</ol>`;
}
