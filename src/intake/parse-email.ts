import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import type { Person } from "./person.js";
import { attachedForwardText, withAttachedForward } from "./attached-forward.js";
import { checkRawMessage } from "./check-raw-message.js";
import { rootContentType } from "./root-content-type.js";
import { InputError } from "./input-error.js";
import type { ParsedEmail } from "./parsed-email.js";

export interface ParseOptions {
  /** The largest raw message accepted, in bytes. */
  maxBytes: number;
}

/** Parses a raw RFC 5322 message (any MIME shape, charset or transfer encoding). */
export async function parseEmail(raw: Buffer, options: ParseOptions): Promise<ParsedEmail> {
  const { unclosedBoundary } = checkRawMessage(raw, options.maxBytes);
  let mail: ParsedMail;
  try {
    // Text parts only are read: no links or HTML made from the text, which analysis never uses.
    mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  } catch (error) {
    throw new InputError("unreadable", `unreadable MIME message: ${(error as Error).message}`);
  }
  if (unclosedBoundary !== null && !(mail.text ?? "").trim() && !mail.subject?.trim())
    throw new InputError(
      "truncated",
      `truncated MIME message: multipart boundary "${unclosedBoundary}" is never closed, and nothing readable arrived`,
    );
  return {
    ...(unclosedBoundary !== null ? { truncated: true } : {}),
    from: firstPerson(mail.from) ?? { name: null, email: null },
    to: allPeople(mail.to),
    cc: allPeople(mail.cc),
    deliveredTo: headerValues(mail, "delivered-to").map((value) => value.replace(/[<>\s]/g, "").toLowerCase()),
    authenticationResults: headerValues(mail, "authentication-results")[0] ?? null,
    subject: mail.subject ?? "",
    date: mail.date ?? null,
    messageId: mail.messageId ?? null,
    // A request forwarded as an attachment is read as an inline forward of it.
    text: withAttachedForward(mail.text ?? "", await attachedForwardText(mail)),
    isBulk: isBulkMail(mail),
    isCalendarInvite: hasCalendarPart(mail),
    contactHeaders: contactHeadersOf(mail),
  };
}

/** A header's values as text, in message order (mailparser gives one value or an array). */
function headerValues(mail: ParsedMail, name: string): string[] {
  const value = mail.headers.get(name);
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.map((entry) =>
    typeof entry === "string" ? entry : String((entry as { text?: string }).text ?? entry),
  );
}

/**
 * The headers relationship counting reads (src/relationships/header-facts.ts): who wrote to
 * whom, when, and the marks of automated mail. Kept raw so that the same reader serves
 * Gmail's metadata answers; each value is cut at 64 KiB.
 */
export const CONTACT_HEADERS: ReadonlySet<string> = new Set([
  "from",
  "to",
  "cc",
  "date",
  "list-id",
  "list-unsubscribe",
  "list-post",
  "list-help",
  "list-subscribe",
  "list-owner",
  "list-archive",
  "precedence",
  "auto-submitted",
  "x-autoreply",
  "x-autorespond",
  "x-failed-recipients",
]);

function contactHeadersOf(mail: ParsedMail): { name: string; value: string }[] {
  const lines: { name: string; value: string }[] = [];
  for (const { key, line } of mail.headerLines) {
    if (!CONTACT_HEADERS.has(key.toLowerCase())) continue;
    const colon = line.indexOf(":");
    const value = line
      .slice(colon + 1, colon + 1 + 65_536)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    lines.push({ name: line.slice(0, Math.max(colon, 0)).trim(), value });
    if (lines.length >= 64) break;
  }
  return lines;
}

function allPeople(field: AddressObject | AddressObject[] | undefined): Person[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) =>
    object.value.map((entry) => ({
      name: entry.name ? entry.name : null,
      email: entry.address ? entry.address.toLowerCase() : null,
    })),
  );
}

function firstPerson(field: AddressObject | AddressObject[] | undefined): Person | null {
  return allPeople(field)[0] ?? null;
}

function isBulkMail(mail: ParsedMail): boolean {
  const header = (name: string): string => String(mail.headers.get(name) ?? "").toLowerCase();
  const autoSubmitted = header("auto-submitted");
  return (
    // mailparser gathers List-Id, List-Unsubscribe and the other List-* headers under "list".
    mail.headers.has("list") ||
    ["bulk", "list", "junk"].includes(header("precedence")) ||
    (autoSubmitted !== "" && autoSubmitted !== "no")
  );
}

function hasCalendarPart(mail: ParsedMail): boolean {
  return (
    rootContentType(mail).toLowerCase().startsWith("text/calendar") ||
    mail.attachments.some(
      (attachment) =>
        attachment.contentType.toLowerCase() === "text/calendar" ||
        attachment.filename?.toLowerCase().endsWith(".ics") === true,
    )
  );
}
