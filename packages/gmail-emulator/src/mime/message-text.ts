import { escapeHtml } from "../html-escape.js";
import { decodeCharset } from "./encoded-words.js";
import type { MimePart } from "./parse-mime.js";

/**
 * Readable text of a message from its first text/plain or text/html part. Gmail builds
 * snippets from the HTML when there is one ("cool *stuff*" in text/plain and
 * "cool <b>stuff</b>" in HTML give the snippet "cool stuff"), hence `prefer`.
 */
export function messageText(root: MimePart, prefer: "plain" | "html" = "plain"): string {
  const plain = textPart(root, "text/plain");
  const html = textPart(root, "text/html");
  if (html && (prefer === "html" || !plain)) return htmlToText(decodePartText(html));
  return plain ? decodePartText(plain) : "";
}

/** The first part of that type that is not an attachment: a message's text or HTML body. */
export function textPart(part: MimePart, mimeType: "text/plain" | "text/html"): MimePart | undefined {
  if (!part.isMultipart) {
    const isAttachment = part.disposition === "attachment" || part.filename !== "";
    return part.mimeType === mimeType && !isAttachment ? part : undefined;
  }
  for (const child of part.children) {
    const found = textPart(child, mimeType);
    if (found) return found;
  }
  return undefined;
}

/** A text part's body as a string, by its charset (UTF-8 when it names none). */
export function decodePartText(part: MimePart): string {
  return decodeCharset(part.body, part.charset || "utf-8") ?? part.body.toString("latin1");
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
};

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#")) {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    });
}

const SNIPPET_LENGTH = 200;

/**
 * Gmail's snippet: the start of the text with whitespace collapsed, HTML-escaped
 * (real snippets carry "&#39;" for an apostrophe, and clients must unescape them).
 */
export function snippetOf(text: string): string {
  const collapsed = text.replace(/\s+/g, " ").trim().slice(0, SNIPPET_LENGTH).trimEnd();
  return escapeHtml(collapsed);
}
