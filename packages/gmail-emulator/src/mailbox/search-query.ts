import { isAttachment } from "../gmail/render-message.js";
import type { MimePart } from "../mime/parse-mime.js";
import type { StoredMessage } from "./stored-message.js";

/** The `q` of messages.list, compiled. */
export interface SearchQuery {
  matches: (message: StoredMessage) => boolean;
  /** The query names spam or trash (in:spam, in:anywhere…), so they are not excluded. */
  reachesSpamTrash: boolean;
}

/** A query the emulator does not understand; answered as 400 invalidArgument. */
export class QueryError extends Error {}

type Test = (message: StoredMessage) => boolean;

const TOKEN = /(-?)(?:([a-z_][a-z0-9_]*):("[^"]*"|\S+)|("[^"]*"|\S+))/gi;
const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = { d: DAY_MS, m: 30 * DAY_MS, y: 365 * DAY_MS };

/**
 * Supports the operators SafeIntro uses and a few neighbours: after:/before: (epoch seconds
 * or YYYY/MM/DD, taken as UTC midnight), newer_than:/older_than: (Nd, Nm, Ny), in:, is:,
 * label:, category:, from:, to:, subject:, has:attachment, rfc822msgid:, free words, and
 * "-" to negate.
 */
export function parseSearchQuery(q: string, now: number): SearchQuery {
  const tests: Test[] = [];
  let reachesSpamTrash = false;
  for (const match of q.matchAll(TOKEN)) {
    const [, minus, operator, operand, word] = match;
    let test: Test;
    if (operator !== undefined && operand !== undefined) {
      const value = unquote(operand);
      if (operator.toLowerCase() === "in" && ["spam", "trash", "anywhere"].includes(value.toLowerCase())) {
        reachesSpamTrash = true;
      }
      test = operatorTest(operator.toLowerCase(), value, now);
    } else {
      const text = unquote(word ?? "").toLowerCase();
      if (text === "or" || text === "and")
        throw new QueryError(`Invalid query: ${text.toUpperCase()} is not supported`);
      test = (message) => message.searchText.includes(text);
    }
    tests.push(minus === "-" ? (message) => !test(message) : test);
  }
  return { matches: (message) => tests.every((test) => test(message)), reachesSpamTrash };
}

function operatorTest(operator: string, value: string, now: number): Test {
  const lower = value.toLowerCase();
  switch (operator) {
    case "after": {
      const at = parseDate(value);
      return (message) => message.internalDate >= at;
    }
    case "before": {
      const at = parseDate(value);
      return (message) => message.internalDate < at;
    }
    case "newer_than": {
      const since = now - parseAge(value);
      return (message) => message.internalDate >= since;
    }
    case "older_than": {
      const until = now - parseAge(value);
      return (message) => message.internalDate < until;
    }
    case "in":
      return lower === "anywhere" ? () => true : hasLabel(lower === "chats" ? "CHAT" : lower.toUpperCase());
    case "is":
      if (lower === "read") return (message) => !message.labelIds.includes("UNREAD");
      return hasLabel(lower.toUpperCase());
    case "label":
      return hasLabel(lower.replace(/[\s-]/g, "_").toUpperCase());
    case "category":
      return hasLabel(`CATEGORY_${lower.toUpperCase()}`);
    case "from":
      return (message) => message.fromAddresses.some((address) => address.includes(lower));
    case "to":
      return (message) => message.toAddresses.some((address) => address.includes(lower));
    case "subject":
      return (message) => message.searchText.split("\n", 1)[0]?.includes(lower) ?? false;
    case "rfc822msgid": {
      const wanted = bareMessageId(value);
      if (wanted === "") throw new QueryError("Invalid query: rfc822msgid: needs a Message-ID");
      return (message) =>
        message.messageIdHeader !== undefined && sameMessageId(bareMessageId(message.messageIdHeader), wanted);
    }
    case "has":
      if (lower === "attachment") return (message) => partsOf(message.mime).some(isAttachment);
      throw new QueryError(`Invalid query: has:${value} is not supported`);
    default:
      throw new QueryError(`Invalid query: unsupported operator ${operator}:`);
  }
}

function hasLabel(labelId: string): Test {
  return (message) => message.labelIds.includes(labelId);
}

/** A Message-ID without its angle brackets: Gmail finds "<a@b>" and "a@b" alike. */
function bareMessageId(value: string): string {
  return value.trim().replace(/^<(.*)>$/, "$1");
}

/**
 * Exact, but for the domain's case (domains are case-insensitive; the part before "@" is
 * compared as written, as it is opaque to anyone but its maker).
 */
function sameMessageId(a: string, b: string): boolean {
  const at = a.lastIndexOf("@");
  if (at === -1 || at !== b.lastIndexOf("@")) return a === b;
  return a.slice(0, at) === b.slice(0, at) && a.slice(at).toLowerCase() === b.slice(at).toLowerCase();
}

function parseDate(value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const parts = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!parts) throw new QueryError(`Invalid query: bad date ${value}`);
  return Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
}

function parseAge(value: string): number {
  const parts = /^(\d+)([dmy])$/i.exec(value);
  const unit = parts?.[2] ? UNIT_MS[parts[2].toLowerCase()] : undefined;
  if (!parts || unit === undefined) throw new QueryError(`Invalid query: bad age ${value}`);
  return Number(parts[1]) * unit;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

function partsOf(part: MimePart): MimePart[] {
  return [part, ...part.children.flatMap(partsOf)];
}
