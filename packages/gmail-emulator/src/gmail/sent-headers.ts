import { randomInt } from "node:crypto";
import { addressesIn, messageIdOf } from "../mailbox/prepare-message.js";

interface HeaderField {
  /** The field's name as written, lower-cased. */
  name: string;
  /** Its lines as written, folding and line ends included. */
  text: string;
}

/**
 * What Gmail does to the header block of a message given to messages.send before it files
 * and sends it:
 * - **From** names the authenticated user, or a verified send-as alias of theirs. Any other
 *   From (another address, several, none) is replaced by the user's address: Gmail sends
 *   the mail anyway, as the user (developers report it, e.g.
 *   googleapis/google-api-php-client#2393). The emulator does not know the account's display
 *   name, so the replacement is the bare address. `own` lists the user's address first, then
 *   their verified aliases (a pending one is not theirs to send as yet).
 * - **Message-ID**: a message without one (or with one that is no `<id>`) gets Gmail's own,
 *   `<CA…@mail.gmail.com>`, spelt `Message-Id` as in a message Gmail's API sent without one
 *   (FlowCrypt/flowcrypt-ios#492 shows its headers). A Message-ID the client wrote is kept.
 * Everything else, and the body, is passed on byte for byte.
 */
export function stampSentHeaders(raw: Buffer, own: readonly [string, ...string[]]): Buffer {
  const user = own[0];
  const text = raw.toString("latin1");
  const end = headerBlockEnd(text);
  const head = text.slice(0, end.at);
  const newline = head.includes("\r\n") || end.separator.startsWith("\r\n") ? "\r\n" : "\n";
  let fields = splitFields(head, newline);

  const froms = fields.filter((field) => field.name === "from");
  const fromAddresses = [...new Set(froms.flatMap((field) => addressesIn(valueOf(field))))];
  const ownAddresses = own.map((address) => address.toLowerCase());
  if (froms.length !== 1 || fromAddresses.length !== 1 || !ownAddresses.includes(fromAddresses[0] ?? "")) {
    const first = fields.findIndex((field) => field.name === "from");
    fields = fields.filter((field) => field.name !== "from");
    // Where the first From was, or on top.
    fields.splice(Math.max(first, 0), 0, { name: "from", text: `From: ${user}${newline}` });
  }

  const messageId = fields.find((field) => field.name === "message-id");
  if (!messageId || messageIdOf(valueOf(messageId)) === undefined) {
    fields = fields.filter((field) => field.name !== "message-id");
    fields.push({ name: "message-id", text: `Message-Id: ${gmailMessageId()}${newline}` });
  }

  const rest = end.separator === "" ? newline : text.slice(end.at);
  return Buffer.from(fields.map((field) => field.text).join("") + rest, "latin1");
}

/** Where the header block ends (before the blank line), and the line end that closes it. */
function headerBlockEnd(text: string): { at: number; separator: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (match) return { at: match.index + match[0].indexOf("\n") + 1, separator: match[0] };
  // Headers alone, no body: the whole message is its header block.
  return { at: text.length, separator: "" };
}

function splitFields(head: string, newline: string): HeaderField[] {
  const fields: HeaderField[] = [];
  for (const line of head.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
    const last = fields.at(-1);
    if (last && /^[ \t]/.test(line)) {
      last.text += line;
      continue;
    }
    const colon = line.indexOf(":");
    const name = (colon === -1 ? line : line.slice(0, colon)).trim().toLowerCase();
    // A last line without its line end gets one, so that a field added after it stays apart.
    fields.push({ name, text: line.endsWith("\n") ? line : `${line}${newline}` });
  }
  return fields;
}

function valueOf(field: HeaderField): string {
  const colon = field.text.indexOf(":");
  return colon === -1 ? "" : field.text.slice(colon + 1).replace(/\r?\n[ \t]*/g, " ");
}

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-";

/**
 * A Message-ID in the form Gmail gives mail it sends: "CA", about 60 characters of its
 * alphabet, "@mail.gmail.com". It may hold "+" and "=", which a search URL must encode.
 */
function gmailMessageId(): string {
  let id = "CA";
  for (let index = 0; index < 58; index++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return `<${id}@mail.gmail.com>`;
}
