import { DEPARTMENT, ORGANIZATION, ROLE_TITLE } from "./name-patterns.js";
import { looksLikePersonName } from "./person-names.js";
import { containsWord } from "./text.js";

/**
 * What a sentence says about a person: the role and organisation written after their name,
 * in a clause about them ("she runs procurement at Tallis Freight"), or in a sentence near the
 * request that names them. Pure; used by extract-target.ts.
 */

export interface NamedPerson {
  name: string;
  organization: string | null;
  role: string | null;
}

/**
 * A role right after a name: "NAME, VP Engineering", "NAME (Head of People", "NAME in HR",
 * "NAME, the COO", "NAME runs procurement at…". Case-insensitive: people write "head of sales"
 * and "Head of Sales".
 */
const ROLE_AFTER_NAME = new RegExp(
  String.raw`^(?:'s\b)?[\s,(-]*(?:who\s+(?:is|was|runs|leads|heads|works\s+(?:in|on|as))\s+(?:now\s+|currently\s+)?|who['\u2019]s\s+(?:now\s+|currently\s+)?|(?:is|was)\s+(?:now\s+|currently\s+|still\s+)?(?:(?:their|your|its)\s+)?|(?:currently|now)\s+|as\s+|(?:she|he|they)(?:'s|\s+is|\s+was|'re|\s+are)\s+|the\s+(?:[\p{Ll}-]+['\u2019]s\s+)?|(?:your|their|its)\s+|an?\s+)?(?:(?:the\s+|an?\s+)?(${ROLE_TITLE})|in\s+(${DEPARTMENT})\b|(?:who\s+)?(?:now\s+|still\s+)?(?:runs|leads|heads|manages|oversees|running|heading|managing)\s+(?:the\s+)?(${DEPARTMENT})\b)?(?:[\s,]+in\s+(${DEPARTMENT})\b)?`,
  "iu",
);
/**
 * An organisation right after a name or role: "at XYZ Corp", "from Globex", ", Initech)".
 * Case-sensitive, so that "in São Paulo" or "the dinner" is never taken for a company.
 */
const ORG_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:(?:over\s+)?at|from|with|of|@)\s+(?:the\s+)?|,\s*)(${ORGANIZATION})`,
  "u",
);
/** "at Globex", "from Initech": an organisation anywhere in a sentence. */
export const ORG_ANYWHERE = new RegExp(String.raw`\b(?:at|from|@)\s+(?:the\s+)?(${ORGANIZATION})(?!['\u2019]s)`, "u");
/** "…, she runs procurement at Tallis Freight", "she founded Thistlewood Kitchens": who someone is, in a clause. */
const PRONOUN_CLAUSE = new RegExp(
  String.raw`\b(?:she|he|they)\s+(runs|leads|heads|manages|founded|co-?founded|started|owns)\s+(?:(?:the\s+)?([\p{Ll}&]+(?:\s+[\p{Ll}&]+)?)\s+(?:at|for)\s+)?(?:the\s+)?(${ORGANIZATION})`,
  "u",
);
/** "She's Head of Talent at Ballyfin Games.": the sentence after a request often says who. */
export const PRONOUN_DESCRIPTION = /^(?:she|he|they)(?:'s|\s+is|\s+was|'re|\s+are)\s/i;

/** The role and organisation written right after a name, or in a clause about them. */
export function describePerson(name: string, rest: string): NamedPerson {
  const role = ROLE_AFTER_NAME.exec(rest);
  const afterRole = rest.slice(role?.[0].length ?? 0);
  const organization = ORG_AFTER.exec(afterRole);
  const clause = PRONOUN_CLAUSE.exec(rest);
  const clauseRole = clause ? (/founded|started/.test(clause[1] ?? "") ? "founder" : (clause[2] ?? null)) : null;
  // "the manager of the physiotherapy department in Harbourside Hospital": "in" a body by its kind of
  // name only ("in Chicago" is a place).
  const inBody = cleanOrganization(ORG_IN.exec(afterRole)?.[1] ?? null);
  return {
    name,
    role: (role?.[1] ?? role?.[2] ?? role?.[3] ?? role?.[4])?.trim() || clauseRole,
    organization:
      cleanOrganization(organization?.[1] ?? clause?.[3] ?? null) ??
      (inBody && BODY_BY_KIND.test(` ${inBody}`) ? inBody : null),
  };
}
const ORG_IN = new RegExp(String.raw`^[\s,]*in\s+(?:the\s+)?(${ORGANIZATION})`, "u");

/**
 * The organisation of a sentence that is about the person: it names them (or their surname,
 * or first name) or starts with "she/he/they". The requester's own company ("I work at X")
 * is in sentences about the requester, which do neither.
 */
export function organizationNear(name: string, nearby: readonly string[]): string | null {
  const words = name.replace(/['’]s$/u, "").split(/\s+/);
  for (const sentence of nearby) {
    const aboutThem =
      PRONOUN_DESCRIPTION.test(sentence) ||
      PRONOUN_AT_WORK.test(sentence) ||
      PRONOUN_AFTER_ROLE.test(sentence) ||
      PRONOUN_IS_SOMETHING.test(sentence) ||
      words.some((word) => word.length > 1 && containsWord(sentence, word));
    if (!aboutThem) continue;
    for (const pattern of [ORG_ANYWHERE, ORG_OF_THE]) {
      const organization = cleanOrganization(pattern.exec(sentence)?.[1] ?? null);
      if (organization && !isTheirName(organization, name, words)) return organization;
    }
    const organization = organizationOfPost(aroundThem(sentence, words), words);
    if (organization && !isTheirName(organization, name, words)) return organization;
  }
  return null;
}

/**
 * The words of a post, in either case, listed rather than ROLE_TITLE's whole grammar: that
 * pattern, compiled case-insensitive for Unicode, made the analysis of crafted megabytes 2.4
 * times slower (npm run bench -- hostile), though it reads no more text.
 */
const POST_WORD = String.raw`(?:[Mm]anager|[Dd]irector|[Hh]ead(?:\s+of\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})?|[Cc]hief|[Pp]resident|[Cc]hair(?:man|woman)?|[Bb]uyer|[Oo]wner|[Ff]ounder|[Cc]oordinator|[Oo]fficer|[Ll]ead|[Ee]ditor|[Ss]uperintendent|[Aa]dministrator|[Ss]upervisor|[Pp]artner|[Pp]rincipal|[Tt]reasurer|[Ss]ecretary|[Cc]urator|[Pp]roducer|[Rr]ecruiter|C[A-Z]{1,2}O)`;
const POST_THEN_PLACE = new RegExp(
  String.raw`\b(?:${POST_WORD}\s+(for|of|in|at)|(?:runs|running|heads|heading|manages|managing|directs|directing|oversees|leads|leading)\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}?(for|at))\s+(?:the\s+)?`,
  "gu",
);
const ORGANIZATION_HERE = new RegExp(ORGANIZATION, "uy");
const BODY_BY_KIND =
  /\s(?:Services|Council|Association|Society|Authority|Trust|Foundation|Fund|Hospital|Clinic|School|District|College|University|Institute|Museum|Library|Agency|Department|Office|Commission|Board|Bank|Company|Cooperative|Co-?op|Union|Church|Centre|Center|Group|Partners|Corporation|Inc|Ltd|LLC|Press|Club)$/;
/** Capitalised pairs between a name and a post: someone else's name or company. */
const ANOTHER_NAME = /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u;

/**
 * "the sales manager for Northfield Homes", "head of field trials in Nordvik Seed Cooperative",
 * "runs nursing informatics for Eastmere Health", "director of Harwick County Animal Services":
 * the place after a post, or after a verb of running something. The post is read without regard
 * to case ("Head of Sales", "head of sales"); the organisation, with it, so that "for the summer"
 * is no company. After "of" only a body by its kind of name ("Director of Real Estate" is a
 * function), after a verb only "for" or "at" ("ran shops in the East Midlands" is a region). The
 * post must be theirs: said of them, with no other name between ("Desmond, Owen Delacourt is the
 * founder of Tidewatch Sensors" is Owen's).
 */
function organizationOfPost(sentence: string, words: readonly string[]): string | null {
  // Every start is tried, not only the ends of earlier matches: "is head of field trials in
  // Nordvik Seed Cooperative" holds "is head of" before "head of field trials in".
  POST_THEN_PLACE.lastIndex = 0;
  for (let post = POST_THEN_PLACE.exec(sentence); post; post = POST_THEN_PLACE.exec(sentence)) {
    const at = post.index;
    POST_THEN_PLACE.lastIndex = sentence.indexOf(" ", at) < 0 ? sentence.length : sentence.indexOf(" ", at) + 1;
    ORGANIZATION_HERE.lastIndex = at + post[0].length;
    const found = cleanOrganization(ORGANIZATION_HERE.exec(sentence)?.[0] ?? null);
    if (!found || !looksLikeOrganization(found)) continue;
    if (/^of$/i.test(post[1] ?? "") && !BODY_BY_KIND.test(found) && !/\bthe\s+$/i.test(post[0])) continue;
    if (!saidOfThem(sentence.slice(0, at), words)) continue;
    return found;
  }
  return null;
}

/**
 * The part of a sentence about them that can hold their post: from a little before their name
 * (or the sentence's start, for a "she"/"he" sentence) to a few hundred characters after.
 */
function aroundThem(sentence: string, words: readonly string[]): string {
  if (sentence.length <= 400) return sentence;
  const at = words.map((word) => (word.length > 1 ? sentence.indexOf(word) : -1)).find((index) => index >= 0) ?? 0;
  return sentence.slice(Math.max(0, at - 100), at + 300);
}

/**
 * Whether what comes before a post is about the person: their name or a she/he, then no one
 * else's name, within the 100 characters before it (read no further back: a long sentence is
 * read once, not once per post).
 */
function saidOfThem(before: string, words: readonly string[]): boolean {
  const near = before.slice(-200);
  let pronounEnd = 0;
  for (const pronoun of near.matchAll(/\b(?:she|he)\b/gi)) pronounEnd = pronoun.index + pronoun[0].length;
  const ends = [
    ...words
      .filter((word) => word.length > 1)
      .map((word) => near.lastIndexOf(word) + (near.lastIndexOf(word) < 0 ? 0 : word.length)),
    pronounEnd,
  ].filter((end) => end > 0);
  if (ends.length === 0) return false;
  const between = near.slice(Math.max(...ends));
  return between.length <= 100 && !ANOTHER_NAME.test(between);
}

/** Two words or more, not a person's name ("for Sam Ortiz"); one capitalised word may be a town or a person. */
export const looksLikeOrganization = (text: string) => text.includes(" ") && !looksLikePersonName(text);

/** "…you two worked together at Tessaline Foods, and he's their head of procurement now": what they are, midway. */
const PRONOUN_IS_SOMETHING = new RegExp(
  String.raw`\b(?:she|he)(?:'s|\s+is)\s+(?:now\s+)?(?:their|the|its|a|an|head|director|chief|running|in\s+charge|${POST_WORD})\b`,
  "iu",
);
/**
 * "He runs procurement at Lindqvist Freight", "she chairs the council", "I know he's at Rseem
 * Int'l" (real mail, session 21), "You mentioned she heads textiles buying at Lys & Linned"
 * (holdout-28): a sentence about their work.
 */
const PRONOUN_AT_WORK =
  /^(?:(?:I|you)\s+(?:know|think|believe|hear|heard|understand|gather|mentioned|said|told\s+me)\s+(?:that\s+)?)?(?:she|he)(?:\s+(?:runs|heads|leads|manages|works|handles|chairs|keeps|directs|oversees|owns|sits|serves|teaches|coaches)\b|(?:'s|\s+is)\s+(?:now\s+|still\s+)?(?:at|with)\s)/i;
/** "As president of the Harbour Trades Council she can settle it": a role, then who holds it. */
const PRONOUN_AFTER_ROLE = /^As\s+(?:the\s+|an?\s+)?[\p{L}' -]{2,60}?,?\s+(?:she|he)\b/iu;
/**
 * "president of the Building Trades Council", "keeps the records for the Millbrook Historical
 * Society": with "the" only, and only in a sentence about them ("for Sam" is a person).
 */
export const ORG_OF_THE = new RegExp(String.raw`\b(?:of|for|with)\s+the\s+(${ORGANIZATION})(?!['\u2019]s)`, "u");

/**
 * The person's own name, not where they work: "Dale Rourke" or "Rourke" is not an organisation
 * of Dale Rourke's, though "Rourke Advisory" may be.
 */
export function isTheirName(organization: string, name: string, words: readonly string[]): boolean {
  return organization.includes(name) || organization.split(/\s+/).every((word) => words.includes(word));
}

/**
 * "Acme." → "Acme"; a trailing possessive or connective is not part of the name, nor is a
 * date after it ("Wrenfield Cathedral for September"); a month, a day or a title alone ("from Mr. Feeney") is no
 * organisation ("at Harlow in June" gives "June" to a pattern that wants a capitalised word).
 */
export function cleanOrganization(organization: string | null): string | null {
  if (!organization) return null;
  const cleaned = organization
    .replace(/\s+(?:(?:and|&)\s+)?I$/, "") // "the Callum-Hollister Building Trades Council and I go back", "people in North America I should send this to"
    .replace(/(?<!^(?:St|Saint)\.?\s+[\p{L}-]+)['\u2019]s?$/u, "") // not "St. Luke's"
    .replace(/[.,;:]+$/, "")
    .replace(DATE_AFTER, "")
    .trim();
  return cleaned && !WHEN_ALONE.test(cleaned) ? cleaned : null;
}

const WHEN = String.raw`(?:Christmas|Easter|Thanksgiving|Hanukkah|Diwali|Ramadan|Eid|Passover|Halloween|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DATE_AFTER = new RegExp(String.raw`\s+(?:for|in|on|by|until|before|after|next|this|from)\s+${WHEN}\b.*$`);
export const WHEN_WORD = new RegExp(String.raw`^${WHEN}$`);
const WHEN_ALONE = new RegExp(String.raw`^(?:${WHEN}|Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Fr|St)$`);
