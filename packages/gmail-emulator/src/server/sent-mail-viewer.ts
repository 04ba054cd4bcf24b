import express, { type Response, type Router } from "express";
import { isAttachment } from "../gmail/render-message.js";
import { escapeHtml } from "../html-escape.js";
import type { StoredMessage } from "../mailbox/stored-message.js";
import { decodePartText, textPart } from "../mime/message-text.js";
import { headerValue, type MimePart } from "../mime/parse-mime.js";
import type { EmulatorState } from "./state.js";

/** Where the viewer lives: under the admin prefix, but mounted ahead of its token (see create-app). */
export const SENT_MAIL_PATH = "/__emulator/sent";

/**
 * The page's own policy, which the srcdoc iframe inherits: no script anywhere, the mail's
 * styles and images allowed, no form posts, and no page of another origin may frame it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src * data:",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Sent mail for whoever runs the demo, in a browser: GET /__emulator/sent lists each user's
 * SENT messages newest first, GET /__emulator/sent/:user/:id shows one. Read-only, so it
 * wants no admin token (a browser could not send one); like every path, it answers only
 * loopback Host names. Everything from a message is escaped; its HTML part is shown in a
 * sandboxed iframe (no script, no forms, no top navigation), whose links open in a new tab.
 */
export function sentMailRouter(state: EmulatorState): Router {
  const router = express.Router();
  router.get(SENT_MAIL_PATH, (_request, response) => {
    sendPage(response, 200, "Sent mail", listBody(state));
  });
  router.get(`${SENT_MAIL_PATH}/:user/:id`, (request, response) => {
    const user = request.params.user.toLowerCase();
    const id = request.params.id.toLowerCase();
    const message = /^[0-9a-f]{1,16}$/.test(id) ? state.mailboxes.get(user)?.get(id) : undefined;
    if (!message?.labelIds.includes("SENT")) {
      sendPage(
        response,
        404,
        "Not found",
        `${backLink()}<p>No sent message ${escapeHtml(id)} for ${escapeHtml(user)}.</p>`,
      );
      return;
    }
    sendPage(response, 200, message.subject || "(no subject)", messageBody(user, message));
  });
  return router;
}

/** The viewer's page for one message. */
export function sentMessagePath(user: string, id: string): string {
  return `${SENT_MAIL_PATH}/${encodeURIComponent(user)}/${encodeURIComponent(id)}`;
}

function listBody(state: EmulatorState): string {
  const sections = state.users().map((user) => {
    const sent = state.mailboxes
      .get(user)
      ?.list()
      .filter((message) => message.labelIds.includes("SENT"));
    if (!sent || sent.length === 0) return `<h2>${escapeHtml(user)}</h2><p>Nothing sent.</p>`;
    const rows = sent.map((message) => {
      const header = (name: string): string => escapeHtml(headerValue(message.mime.headers, name) ?? "");
      const subject = escapeHtml(message.subject || "(no subject)");
      return (
        `<tr><td>${escapeHtml(formatDate(message.internalDate))}</td><td>${header("From")}</td>` +
        `<td>${header("To")}</td><td>${header("Cc")}</td>` +
        `<td><a href="${escapeHtml(sentMessagePath(user, message.id))}">${subject}</a></td></tr>`
      );
    });
    return (
      `<h2>${escapeHtml(user)} <small>(${sent.length})</small></h2><table><thead><tr>` +
      `<th>Date</th><th>From</th><th>To</th><th>Cc</th><th>Subject</th></tr></thead>` +
      `<tbody>${rows.join("")}</tbody></table>`
    );
  });
  const body = sections.length > 0 ? sections.join("") : "<p>No mailboxes.</p>";
  return `<h1>Sent mail</h1><p>Newest first. Reload to see mail sent since.</p>${body}`;
}

function messageBody(user: string, message: StoredMessage): string {
  const headers = message.mime.headers
    .map((header) => `<tr><th>${escapeHtml(header.name)}</th><td>${escapeHtml(header.value)}</td></tr>`)
    .join("");
  const gmail =
    `<tr><th>Mailbox</th><td>${escapeHtml(user)}</td></tr>` +
    `<tr><th>Gmail id</th><td>${escapeHtml(message.id)} (thread ${escapeHtml(message.threadId)})</td></tr>` +
    `<tr><th>Labels</th><td>${escapeHtml(message.labelIds.join(", "))}</td></tr>` +
    `<tr><th>Sent</th><td>${escapeHtml(formatDate(message.internalDate))}</td></tr>`;
  const html = textPart(message.mime, "text/html");
  const plain = textPart(message.mime, "text/plain");
  const attachments = partsOf(message.mime).filter(isAttachment);
  return (
    `${backLink()}<h1>${escapeHtml(message.subject || "(no subject)")}</h1>` +
    `<table class="headers"><tbody>${gmail}${headers}</tbody></table>` +
    `<h2>HTML part</h2>${html ? htmlFrame(decodePartText(html)) : "<p>None.</p>"}` +
    `<h2>Plain-text part</h2>${plain ? `<pre>${escapeHtml(decodePartText(plain))}</pre>` : "<p>None.</p>"}` +
    (attachments.length > 0
      ? `<h2>Attachments</h2><ul>${attachments
          .map(
            (part) =>
              `<li>${escapeHtml(part.filename || "(unnamed)")} — ${escapeHtml(part.mimeType)}, ${part.body.length} bytes</li>`,
          )
          .join("")}</ul>`
      : "")
  );
}

/**
 * The mail's HTML in a sandboxed iframe: an opaque origin, no script, no forms, no top
 * navigation; links open in a new tab (the <base target> inside, and popups that leave the
 * sandbox so the page opened works normally), without a Referer.
 */
function htmlFrame(html: string): string {
  const document =
    '<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><base target="_blank">' + html;
  return (
    '<iframe title="The message\'s HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox" ' +
    `referrerpolicy="no-referrer" srcdoc="${escapeHtml(document)}"></iframe>`
  );
}

function backLink(): string {
  return `<p><a href="${SENT_MAIL_PATH}">All sent mail</a></p>`;
}

function partsOf(part: MimePart): MimePart[] {
  return [part, ...part.children.flatMap(partsOf)];
}

function formatDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 1rem; color: #202124; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #dadce0; overflow-wrap: anywhere; }
table.headers th { width: 12rem; font-weight: 600; }
iframe { width: 100%; height: 60vh; border: 1px solid #dadce0; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f8f9fa; padding: 0.75rem; border: 1px solid #dadce0; }
small { color: #5f6368; font-weight: normal; }
`;

function sendPage(response: Response, status: number, title: string, body: string): void {
  response
    .status(status)
    .set({
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
    })
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(title)} — Gmail emulator</title><style>${STYLE}</style></head>` +
        `<body>${body}</body></html>`,
    );
}
