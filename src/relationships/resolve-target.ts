import type { TargetResolution } from "./types.js";

/** A contact that might be the named target, as the caller fetched it. */
export interface TargetCandidate {
  email: string;
  displayName: string | null;
  /** Personal messages with this contact: breaks ties between equally good matches. */
  messages: number;
}

/** The target as the request names them. */
export interface TargetQuery {
  name: string | null;
  email: string | null;
  organization: string | null;
}

/** Confidences of each kind of match (docs/relationships.md, "Finding the target"). */
export const MATCH_CONFIDENCE = {
  displayAndLocalPart: 0.9,
  displayName: 0.85,
  /** The display name has the first and last names among other words (a middle name, a title). */
  displayNameWithMore: 0.8,
  localPart: 0.8,
  initialAndLastName: 0.65,
  oneNameOnly: 0.4,
  oneNameInLocalPart: 0.35,
  /** Added when the organisation names the address's domain ("XYZ Corp" ~ xyzcorp.example). */
  organisationBonus: 0.1,
} as const;

/** A winner needs this confidence, and this lead over the next candidate. */
export const RESOLVED_FLOOR = 0.8;
export const CLEAR_LEAD = 0.1;
/** Candidates below this are not plausible and not listed. */
export const PLAUSIBLE_FLOOR = 0.35;
export const MAX_AMBIGUOUS = 5;

/** Longer names are cut: the work stays linear in a bounded input. */
export const MAX_NAME_CHARS = 200;
const MAX_EMAIL_CHARS = 320;
const MAX_TOKENS = 12;

const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"]);
const COMPANY_SUFFIXES = new Set([
  "corp",
  "corporation",
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "llc",
  "llp",
  "gmbh",
  "co",
  "company",
  "plc",
  "sa",
  "ag",
  "group",
  "holdings",
  "the",
]);
// Letters that are not a base letter plus an accent, so decomposition leaves them alone.
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  ł: "l",
  ø: "o",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ς: "σ",
};

/**
 * Folds text for matching: compatibility forms (full-width letters, ligatures), lower case, no
 * accents. Only the Latin-style combining accents (U+0300–U+036F) are dropped, so that marks
 * that are letters' own parts in other scripts (kana voicing, Indic vowel signs) stay.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(/[ßłøæœđðþıς]/g, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/** A name's folded words, without titles ("Dr."), at most a dozen. */
function nameTokens(name: string): string[] {
  return words(name.slice(0, MAX_NAME_CHARS)).filter((token) => !TITLES.has(token));
}

function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0)
    .slice(0, MAX_TOKENS);
}

/**
 * The lowercase, accent-free words of a name that a SQL `LIKE '%term%'` pre-filter should look
 * for in `contactSearchKey`: fetch contacts whose key contains any of them, then call
 * `resolveTarget`. Initials are left out (they would fetch everyone). Terms hold only letters and
 * digits, so they need no `LIKE` escaping.
 */
export function nameSearchTerms(name: string): string[] {
  const terms = nameTokens(name).filter((token) => !/^[a-z]$/.test(token));
  return [...new Set(terms)];
}

/**
 * The folded text stored per contact that `nameSearchTerms` are matched against: the display
 * name's words, the same words run together ("山田太郎" matches "山田 太郎"), and the address.
 */
export function contactSearchKey(email: string, displayName: string | null): string {
  const display = displayName === null ? [] : words(displayName.slice(0, MAX_NAME_CHARS));
  const parts = display.length > 1 ? [display.join(" "), display.join("")] : display;
  return [...parts, foldText(email.slice(0, MAX_EMAIL_CHARS).trim())].join(" ");
}

/**
 * Finds who the request's target is among the connector's contacts. An address settles it; a
 * name is matched against display names and address local parts, the organisation against the
 * domain. Null when the request names no one. Pure; linear in the candidates.
 */
export function resolveTarget(target: TargetQuery, candidates: readonly TargetCandidate[]): TargetResolution | null {
  const email = target.email?.trim().toLowerCase() ?? "";
  if (email !== "") return { status: "address", email };
  const name = target.name?.trim().slice(0, MAX_NAME_CHARS) ?? "";
  const tokens = name === "" ? [] : nameTokens(name);
  if (tokens.length === 0) return null;
  const organisation = target.organization === null ? null : organisationKeys(target.organization);

  const seen = new Set<string>();
  const matches: (Match & TargetCandidate)[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.email)) continue;
    seen.add(candidate.email);
    const match = matchCandidate(tokens, organisation, candidate);
    if (match !== null && match.confidence >= PLAUSIBLE_FLOOR) matches.push({ ...candidate, ...match });
  }
  matches.sort((a, b) => b.confidence - a.confidence || b.messages - a.messages || a.email.localeCompare(b.email));

  const [best, next] = matches;
  if (best === undefined) return { status: "unknown", why: `no one named ${name} in your mail` };
  if (
    best.confidence >= RESOLVED_FLOOR &&
    (next === undefined || round(best.confidence - next.confidence) >= CLEAR_LEAD)
  ) {
    const { email: bestEmail, displayName, confidence, matchedBy } = best;
    return { status: "resolved", email: bestEmail, displayName, confidence, matchedBy };
  }
  return {
    status: "ambiguous",
    candidates: matches.slice(0, MAX_AMBIGUOUS).map(({ email: address, displayName, confidence, matchedBy }) => ({
      email: address,
      displayName,
      confidence,
      matchedBy,
    })),
  };
}

interface Match {
  confidence: number;
  matchedBy: string;
}

function matchCandidate(
  tokens: string[],
  organisation: OrganisationKeys | null,
  candidate: TargetCandidate,
): Match | null {
  const at = candidate.email.lastIndexOf("@");
  const local = at < 0 ? candidate.email : candidate.email.slice(0, at);
  const domain = at < 0 ? "" : candidate.email.slice(at + 1);
  const display =
    candidate.displayName === null
      ? null
      : matchDisplayName(tokens, words(candidate.displayName.slice(0, MAX_NAME_CHARS)));
  const address = matchLocalPart(tokens, local.slice(0, MAX_EMAIL_CHARS));
  let match = display !== null && (address === null || display.confidence >= address.confidence) ? display : address;
  if (match === null) return null;
  if (display?.confidence === MATCH_CONFIDENCE.displayName && address?.confidence === MATCH_CONFIDENCE.localPart) {
    match = { confidence: MATCH_CONFIDENCE.displayAndLocalPart, matchedBy: "display name and address local part" };
  }
  if (organisation !== null && domainMatches(organisation, domain)) {
    match = {
      confidence: Math.min(1, round(match.confidence + MATCH_CONFIDENCE.organisationBonus)),
      matchedBy: `${match.matchedBy}, organisation in the domain`,
    };
  }
  return match;
}

function matchDisplayName(tokens: string[], display: string[]): Match | null {
  if (display.length === 0) return null;
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  // Names written without spaces (common in CJK scripts) match their spaced form.
  if (tokens.join("") === display.join(""))
    return { confidence: MATCH_CONFIDENCE.displayName, matchedBy: "display name" };
  if (tokens.length === 1) return oneName(first, display);
  const has = new Set(display);
  if (has.has(first) && has.has(last)) {
    const same = display.length === tokens.length && tokens.every((token) => has.has(token));
    return same
      ? { confidence: MATCH_CONFIDENCE.displayName, matchedBy: "display name" }
      : { confidence: MATCH_CONFIDENCE.displayNameWithMore, matchedBy: "display name" };
  }
  if (has.has(last) && display.some((token) => token.length === 1 && first.startsWith(token))) {
    return { confidence: MATCH_CONFIDENCE.initialAndLastName, matchedBy: "initial and last name" };
  }
  // A lone first or last name in the display name is weak; another surname or first name rules it out.
  if (display.length === 1 && display[0] === first) {
    return { confidence: MATCH_CONFIDENCE.oneNameOnly, matchedBy: "first name only" };
  }
  if (display.length === 1 && display[0] === last) {
    return { confidence: MATCH_CONFIDENCE.oneNameOnly, matchedBy: "last name only" };
  }
  return null;
}

function oneName(name: string, display: string[]): Match | null {
  if (display[0] === name) return { confidence: MATCH_CONFIDENCE.oneNameOnly, matchedBy: "first name only" };
  if (display.includes(name)) return { confidence: MATCH_CONFIDENCE.oneNameOnly, matchedBy: "last name only" };
  return null;
}

function matchLocalPart(tokens: string[], local: string): Match | null {
  // "mary.jones2+news" → mary, jones: digits and sub-addresses say nothing about the name.
  const parts = foldText(local.split("+")[0] ?? "")
    .split(/[^\p{L}]+/u)
    .filter((part) => part.length > 0);
  if (parts.length === 0) return null;
  const joined = parts.join("");
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  if (tokens.length === 1) {
    return parts.includes(first)
      ? { confidence: MATCH_CONFIDENCE.oneNameInLocalPart, matchedBy: "first name only" }
      : null;
  }
  const has = new Set(parts);
  if ((has.has(first) && has.has(last)) || joined === first + last || joined === last + first) {
    return { confidence: MATCH_CONFIDENCE.localPart, matchedBy: "address local part" };
  }
  const initial = [...first][0] ?? "";
  if (joined === initial + last || joined === last + initial) {
    return { confidence: MATCH_CONFIDENCE.initialAndLastName, matchedBy: "address local part (initial and last name)" };
  }
  if (joined === first) return { confidence: MATCH_CONFIDENCE.oneNameInLocalPart, matchedBy: "first name only" };
  return null;
}

interface OrganisationKeys {
  /** The organisation's words run together: "xyzcorp". */
  full: string;
  /** Without company suffixes: "xyz". */
  core: string;
}

function organisationKeys(organisation: string): OrganisationKeys | null {
  const tokens = words(organisation.slice(0, MAX_NAME_CHARS));
  const core = tokens.filter((token) => !COMPANY_SUFFIXES.has(token)).join("");
  // Short cores ("ab") would match too many domains by chance.
  return core.length < 3 ? null : { full: tokens.join(""), core };
}

/** "XYZ Corp" names xyzcorp.example, xyz.example, mail.xyz-corp.example; never gmail.com. */
function domainMatches(organisation: OrganisationKeys, domain: string): boolean {
  const labels = foldText(domain).split(".").slice(0, -1);
  return labels.some((label) => {
    const plain = label.replace(/[^\p{L}\p{N}]/gu, "");
    if (plain === organisation.core || plain === organisation.full) return true;
    return plain.startsWith(organisation.core) && COMPANY_SUFFIXES.has(plain.slice(organisation.core.length));
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
