import { CONTACT_HEADERS } from "../intake/index.js";
import { parseAddressHeader } from "mailparser";
import type { HeaderFacts } from "./types.js";

/**
 * What one message's headers say about who wrote to whom: From, To, Cc, Date and the headers
 * that mark machine mail. Pure. The same reader serves mailparser's `headerLines` (through
 * {@link headerLinesToPairs}) and Gmail's `format=metadata` answer (`payload.headers`), so a
 * message is counted the same whichever way it arrived. Never reads content.
 */

/** One header line: its name (any case) and its value, unfolded or not. */
export interface HeaderPair {
  name: string;
  value: string;
}

/**
 * Recipients kept per message (To and Cc together). Mail to more than 20 people weighs nothing
 * (counting-rules.ts), so 500 changes no count; it bounds the work a crafted header causes.
 */
export const MAX_HEADER_RECIPIENTS = 500;
/** The start of a header value that is read: an address list of 64 KiB holds some 3,000 addresses. */
export const MAX_HEADER_VALUE_CHARS = 64 * 1024;
/** A display name longer than this is cut: names are shown, and no real one comes near it. */
export const MAX_DISPLAY_NAME_CHARS = 200;
/** A Date header before this is a broken clock (or a forged one), not the date sent. */
export const EARLIEST_MAIL_DATE = new Date(Date.UTC(1990, 0, 1));
/** A Date header this far after the time Gmail received the message is a wrong clock. */
export const MAX_DATE_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * The headers {@link readHeaderFacts} reads, lowercased: what to ask Gmail's metadata format for
 * (`metadataHeaders` takes names, not patterns) and what intake keeps. Any other List-* header
 * counts too; these are the ones RFC 2369 and RFC 2919 define.
 */
export const HEADER_FACTS_NAMES: readonly string[] = [...CONTACT_HEADERS];

/**
 * mailparser's `headerLines` (`{ key, line }`, the line still holding its name and folding) as
 * name/value pairs.
 */
export function headerLinesToPairs(lines: ReadonlyArray<{ key: string; line: string }>): HeaderPair[] {
  return lines.map(({ key, line }) => {
    const colon = line.indexOf(":");
    return { name: key, value: colon < 0 ? "" : line.slice(colon + 1) };
  });
}

/**
 * The facts of one message: its sender, its To and Cc recipients, its date and whether it is
 * machine mail. Addresses are lowercased, invalid ones and repeats dropped (a repeat keeps
 * the first name given); names have their RFC 2047 encoded words decoded and are NFC-normalised.
 * `fallbackDate` (Gmail's internal date) stands in for a missing, unreadable or absurd Date.
 */
export function readHeaderFacts(headers: ReadonlyArray<HeaderPair>, fallbackDate: Date): HeaderFacts {
  const values = (name: string): string[] =>
    headers.filter((header) => header.name.trim().toLowerCase() === name).map((header) => cut(header.value));
  const from = values("from").flatMap((value) => readMailboxes(value, 1))[0] ?? null;
  const recipients: HeaderFacts["recipients"] = [];
  const seen = new Map<string, HeaderFacts["recipients"][number]>();
  // To before Cc, whatever order the lines come in: the result does not depend on header order.
  for (const value of [...values("to"), ...values("cc")]) {
    for (const mailbox of readMailboxes(value, MAX_HEADER_RECIPIENTS - recipients.length)) {
      const known = seen.get(mailbox.email);
      if (known) {
        known.name ??= mailbox.name;
        continue;
      }
      seen.set(mailbox.email, mailbox);
      recipients.push(mailbox);
    }
    if (recipients.length >= MAX_HEADER_RECIPIENTS) break;
  }
  return {
    date: readDate(values("date"), fallbackDate),
    from,
    recipients,
    hasBulkHeaders: hasBulkHeaders(headers),
  };
}

/** The start of a header value; a list cut mid-address loses the partial address, not a wrong one. */
function cut(value: string): string {
  if (value.length <= MAX_HEADER_VALUE_CHARS) return value;
  const head = value.slice(0, MAX_HEADER_VALUE_CHARS);
  const lastComma = head.lastIndexOf(",");
  return lastComma < 0 ? "" : head.slice(0, lastComma);
}

/** The valid mailboxes of an address header, at most `limit`. Groups give their members. */
function readMailboxes(value: string, limit: number): { email: string; name: string | null }[] {
  if (limit <= 0) return [];
  const result: { email: string; name: string | null }[] = [];
  // mailparser's reader: nodemailer's addressparser, then encoded words and punycode decoded,
  // and an address hidden in an encoded word refused (RFC 2047 §5 keeps them out of addresses).
  for (const entry of parseAddressHeader(value, { flatten: true }).value) {
    const email = (entry.address ?? "").trim().toLowerCase();
    if (!isValidAddress(email)) continue;
    result.push({ email, name: cleanName(entry.name, email) });
    if (result.length >= limit) break;
  }
  return result;
}

/** Characters never in an unquoted address: blanks, controls and the address syntax's own. */
const ADDRESS_PART = /^[^\s\p{Cc}@<>()[\]\\,;:"]+$/u;

/**
 * local@domain, the domain with two or more labels: what real mail is sent from and to.
 * Quoted local parts ("john doe"@example.com) are dropped: legal, but not used by people.
 */
function isValidAddress(email: string): boolean {
  if (email.length > 254) return false;
  const at = email.lastIndexOf("@");
  if (at < 1 || at > 64) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const labels = domain.split(".");
  return (
    ADDRESS_PART.test(local) &&
    ADDRESS_PART.test(domain) &&
    !local.startsWith(".") &&
    !local.endsWith(".") &&
    !local.includes("..") &&
    labels.length >= 2 &&
    labels.every((label) => label.length > 0 && label.length <= 63)
  );
}

/**
 * Controls, zero-width spaces and bidi overrides: invisible, and the overrides can make a name
 * read as something else. Joiners (U+200C/D) stay: Persian and Indic names need them.
 */
const INVISIBLE = /[\p{Cc}\u200b\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** A name to show: NFC, invisible characters gone, blanks single; null when empty or just the address. */
function cleanName(raw: string, email: string): string | null {
  let name = raw.normalize("NFC").replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
  // Outlook quotes names twice ("'Sam Rivera'").
  if (name.length >= 2 && name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).trim();
  if (name.length > MAX_DISPLAY_NAME_CHARS) name = name.slice(0, MAX_DISPLAY_NAME_CHARS).trimEnd();
  if (name === "" || name.toLowerCase() === email) return null;
  return name;
}

function readDate(values: string[], fallbackDate: Date): Date {
  for (const value of values) {
    const date = parseMailDate(value);
    if (
      date !== null &&
      date.getTime() >= EARLIEST_MAIL_DATE.getTime() &&
      date.getTime() <= fallbackDate.getTime() + MAX_DATE_SKEW_MS
    ) {
      return date;
    }
  }
  return new Date(fallbackDate.getTime());
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** RFC 5322 §4.3 zone names; other letters (military zones, "CET") are read as UTC, as §4.3 says. */
const ZONES: Readonly<Record<string, number>> = {
  EDT: -4,
  EST: -5,
  CDT: -5,
  CST: -6,
  MDT: -6,
  MST: -7,
  PDT: -7,
  PST: -8,
};
/** RFC 5322 date-time with the obsolete forms (two-digit years, zone names, no seconds). */
const RFC5322_DATE =
  /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i;
/** ISO 8601, which some mailers write instead. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A Date header's instant, or null. Written out rather than left to `new Date(text)`: V8 reads
 * a date without a zone in the machine's time zone and makes dates out of junk ("12" is 2001).
 */
function parseMailDate(raw: string): Date | null {
  // Comments ("(PST)") are dropped; a date is short, so only its start is read.
  const value = raw
    .slice(0, 256)
    .replace(/\([^()]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const rfc = RFC5322_DATE.exec(value);
  if (rfc) {
    const [, day = "", monthName = "", yearText = "", hour = "", minute = "", second, zone] = rfc;
    const year = Number(yearText);
    return utcDate({
      // RFC 5322 §4.3: a two-digit year below 50 is 20xx, others and three-digit ones 19xx.
      year: yearText.length === 4 ? year : year < 50 ? 2000 + year : 1900 + year,
      month: MONTHS.indexOf(monthName.toLowerCase()),
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second ?? "0"),
      zone,
    });
  }
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    return utcDate({
      year: Number(year),
      month: Number(month) - 1,
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second ?? "0"),
      zone,
    });
  }
  return null;
}

interface DateFields {
  year: number;
  /** 0–11. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  zone: string | undefined;
}

function utcDate({ year, month, day, hour, minute, second, zone }: DateFields): Date | null {
  const offsetMinutes = zoneOffsetMinutes(zone);
  if (month < 0 || month > 11 || hour > 23 || minute > 59 || second > 60 || offsetMinutes === null) return null;
  // A leap second (":60") is read as the second before it.
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  // "31 Feb" rolls over into March in Date.UTC: such a date is unreadable, not a March one.
  if (new Date(local).getUTCDate() !== day) return null;
  return new Date(local - offsetMinutes * 60_000);
}

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const [hours, minutes] = [Number(numeric[2]), Number(numeric[3])];
    if (hours > 23 || minutes > 59) return null;
    return (numeric[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
  }
  return (ZONES[zone.toUpperCase()] ?? 0) * 60;
}

/** Precedence values that mark list or machine mail (auto_reply: vacation responders). */
const BULK_PRECEDENCE = new Set(["bulk", "list", "junk", "auto_reply"]);

/**
 * Whether headers mark the message as list or machine mail. Read: any List-* header (RFC 2369,
 * RFC 2919: mailing lists and newsletters; the same test as intake's isBulkMail), Precedence
 * bulk/list/junk/auto_reply, Auto-Submitted other than "no" (RFC 3834), and X-Autoreply,
 * X-Autorespond, X-Failed-Recipients (responders and bounces that set no RFC 3834 header).
 * Not read: X-Auto-Response-Suppress, which Exchange and Outlook put on people's ordinary
 * mail (it asks others not to auto-reply; it says nothing of this message), and Feedback-ID,
 * which Amazon SES puts on everything it sends while the bulk mail it marks carries
 * List-Unsubscribe anyway (Gmail's and Yahoo's 2024 rules for bulk senders).
 */
function hasBulkHeaders(headers: ReadonlyArray<HeaderPair>): boolean {
  return headers.some(({ name, value }) => {
    const key = name.trim().toLowerCase();
    // "auto-generated; type=bounce", "no (a person wrote it)": the keyword alone.
    const token = (value.slice(0, 256).split(/[;(]/)[0] ?? "").trim().toLowerCase();
    if (key.startsWith("list-")) return true;
    if (key === "precedence") return BULK_PRECEDENCE.has(token);
    if (key === "auto-submitted") return token !== "" && token !== "no";
    return key === "x-autoreply" || key === "x-autorespond" || key === "x-failed-recipients";
  });
}
