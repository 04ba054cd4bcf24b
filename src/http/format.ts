import { RECOMMENDATION_LABELS } from "../requests/index.js";
import type { Recommendation } from "../relationships/index.js";
import { html, type TrustedHtml } from "./html.js";

/** "2026-03-16 09:30:00 UTC", allowed to wrap only between the day and the time. */
export function when(date: Date | null): TrustedHtml | string {
  if (!date) return "never";
  const [day = "", time = ""] = date
    .toISOString()
    .replace(/\.\d+Z$/, "")
    .split("T");
  return html`<time datetime="${date.toISOString()}"><span class="nowrap">${day}</span> <span class="nowrap">${time} UTC</span></time>`;
}

/** "2026-03-16" (UTC), or "unknown". */
export function dayOf(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "unknown";
}

/** The requester's name, else their address. */
export function requesterLabel(name: string | null, email: string): string {
  return name || email || "unknown sender";
}

/** "high (85)", "not scored". */
export function specificityText(band: string | null, score: number | null): string {
  return `${band ?? "not scored"}${score === null ? "" : ` (${score})`}`;
}

/** "Ask the target", "Decline (your choice)", "not yet". */
export function recommendationText(recommendation: Recommendation | null, overridden: boolean): string {
  if (!recommendation) return "not yet";
  return `${RECOMMENDATION_LABELS[recommendation]}${overridden ? " (your choice)" : ""}`;
}
