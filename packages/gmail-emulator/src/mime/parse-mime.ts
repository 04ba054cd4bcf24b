import { finished } from "node:stream/promises";
import { Splitter, type MessageChunk, type SplitterChunk } from "@zone-eu/mailsplit";
import { decodeEncodedWords } from "./encoded-words.js";
import { decodeTransferEncoding } from "./transfer-encoding.js";

type SplitNode = Exclude<SplitterChunk, MessageChunk>;

export interface MimeHeader {
  name: string;
  value: string;
}

/** One node of a message's MIME tree, bodies already transfer-decoded. */
export interface MimePart {
  /** In message order, original names, values unfolded and RFC 2047-decoded. */
  headers: MimeHeader[];
  mimeType: string;
  /** "" when the part names no file. */
  filename: string;
  disposition: string | false;
  charset: string | false;
  /** Transfer-decoded body; empty for multipart containers. */
  body: Buffer;
  isMultipart: boolean;
  children: MimePart[];
}

/**
 * Splits a raw RFC 822 message into its MIME tree. mailsplit does the boundary work
 * (CRLF or LF, nested multiparts, header limits); a message/rfc822 attachment stays a
 * leaf, as Gmail shows it as one part with an attachment id.
 */
export async function parseMime(raw: Buffer): Promise<MimePart> {
  const splitter = new Splitter({ ignoreEmbedded: true });
  const parts = new Map<SplitNode, MimePart>();
  const bodies = new Map<MimePart, { chunks: Buffer[]; encoding: string | false }>();
  let root: MimePart | undefined;

  splitter.on("data", (chunk: SplitterChunk) => {
    if (chunk.type === "node") {
      const part = toPart(chunk);
      parts.set(chunk, part);
      bodies.set(part, { chunks: [], encoding: chunk.encoding });
      const parent = chunk.parentNode ? parts.get(chunk.parentNode) : undefined;
      if (parent) parent.children.push(part);
      else root ??= part;
    } else if (chunk.type === "body") {
      const part = parts.get(chunk.node);
      if (part) bodies.get(part)?.chunks.push(chunk.value);
    }
  });
  const done = finished(splitter);
  splitter.end(raw);
  await done;

  for (const [part, body] of bodies) {
    if (!part.isMultipart) part.body = decodeTransferEncoding(Buffer.concat(body.chunks), body.encoding);
  }
  if (!root) throw new Error("not a MIME message: no header block");
  return root;
}

function toPart(node: SplitNode): MimePart {
  const headers = node.headers ? node.headers.getList().map((line) => splitHeaderLine(line.line)) : [];
  return {
    headers,
    mimeType: (node.contentType || "text/plain").toLowerCase(),
    filename: node.filename || "",
    disposition: node.disposition,
    charset: node.charset,
    body: Buffer.alloc(0),
    isMultipart: Boolean(node.multipart),
    children: [],
  };
}

function splitHeaderLine(line: string): MimeHeader {
  const colon = line.indexOf(":");
  const name = colon === -1 ? line.trim() : line.slice(0, colon).trim();
  const rawValue = colon === -1 ? "" : line.slice(colon + 1);
  // Unfold (drop the CRLF, keep the indentation) as Gmail does, then decode encoded-words.
  const value = rawValue
    .replace(/\r?\n(?=[ \t])/g, "")
    .replace(/\r?\n$/, "")
    .trim();
  return { name, value: decodeEncodedWords(utf8FromBinary(value)) };
}

/** mailsplit reads header bytes as latin1; raw 8-bit headers (RFC 6532) are almost always UTF-8. */
function utf8FromBinary(value: string): string {
  const codes = [...value].map((char) => char.charCodeAt(0));
  if (!codes.some((code) => code > 0x7f) || codes.some((code) => code > 0xff)) return value;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(value, "latin1"));
  } catch {
    return value; // genuinely latin1: keep it as read
  }
}

/** First header with that name (case-insensitive), or undefined. */
export function headerValue(headers: MimeHeader[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find((header) => header.name.toLowerCase() === lower)?.value;
}
