import type { ForwardedItem, ForwardingStatus } from "../inbound/index.js";
import { when } from "./format.js";
import { html, type TrustedHtml } from "./html.js";
import { actionForm } from "./layout-page.js";

const ROUTE_LABELS: Record<ForwardedItem["route"], string> = {
  inbox: "inbox",
  plus_address: "plus-address",
  inbound_smtp: "SafeIntro address",
  inbound_webhook: "SafeIntro address",
};

/** One address in a read-only field, with a copy button (shown once the page's script runs). */
function addressField(id: string, label: string, address: string, howTo: string): TrustedHtml {
  return html`<div class="field">
<label for="${id}">${label}</label>
<div class="actions"><input type="text" id="${id}" value="${address}" readonly> <button type="button" class="secondary" data-copy="${id}" hidden>Copy</button></div>
<p class="hint">${howTo}</p>
</div>`;
}

function itemRow(item: ForwardedItem): TrustedHtml {
  const what =
    item.status === "refused"
      ? html`<strong>Not accepted.</strong> ${item.outcome ?? ""}`
      : item.status === "accepted"
        ? "Received; being read"
        : item.introRequestId
          ? html`${item.outcome ?? "Recorded"}: <a href="/requests/${item.introRequestId}">open the request</a>`
          : (item.outcome ?? "Processed");
  return html`<tr><td class="nowrap">${when(item.receivedAt)}</td><td>${item.fromAddress ?? "unknown sender"}${item.subject ? html`<br>${item.subject}` : ""}</td><td>${ROUTE_LABELS[item.route]}</td><td>${what}</td></tr>`;
}

/** The status page's forwarding section: the addresses to forward requests to, and what became of the last forwards. */
export function forwardingSection(status: ForwardingStatus, csrfToken: string): TrustedHtml {
  const plus = status.plusAddress
    ? addressField(
        "plus-address",
        "Your Gmail plus-address",
        status.plusAddress,
        "Forward a request from this Gmail account to this address: SafeIntro sees it in your mailbox. Nothing to set up.",
      )
    : "";
  const inbound = status.inboundAddress
    ? html`${addressField(
        "inbound-address",
        "Your SafeIntro address",
        status.inboundAddress,
        "Forward requests here from any other mailbox whose address is this account's; SafeIntro checks the forward really comes from you (SPF, DKIM, DMARC).",
      )}
${actionForm("/settings/inbound-address/rotate", "Replace this address", csrfToken, "secondary")}`
    : "";
  const items =
    status.items.length === 0
      ? html`<p id="forwarded-items">Nothing forwarded yet.</p>`
      : html`<table id="forwarded-items" class="forwards"><thead><tr><th>When</th><th>From</th><th>To</th><th>What became of it</th></tr></thead><tbody>${status.items.map(itemRow)}</tbody></table>`;
  return html`<section id="forwarding">
<h2>Forward requests to SafeIntro</h2>
<p>A request that reached you elsewhere, or one SafeIntro missed: forward it, and it becomes a request here within seconds, with the original sender as the requester. What you write above the forwarded message is kept as your note.</p>
${plus}
${inbound}
<h3>Last forwarded</h3>
${items}
</section>`;
}
