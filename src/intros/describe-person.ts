import { DEPARTMENT, ORGANIZATION, ROLE_TITLE } from "./name-patterns.js";
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
  return {
    name,
    role: (role?.[1] ?? role?.[2] ?? role?.[3] ?? role?.[4])?.trim() || clauseRole,
    organization: cleanOrganization(organization?.[1] ?? clause?.[3] ?? null),
  };
}

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
  }
  return null;
}

/**
 * Where "their" points, when a sentence gives someone's post as "NAME, their events manager",
 * "NAME is their executive director" or "head of cello there": the organisation the sentences
 * just before name ("a dozen weddings at The Granary…", "the Calder-Whitfield Foundation's new
 * priority"), the nearest first. Null when the person's sentence says no such thing.
 */
export function organizationTheirRefersTo(name: string, sentence: string, before: readonly string[]): string | null {
  const at = sentence.indexOf(name);
  if (at < 0 || !THEIR_POST.test(sentence.slice(at + name.length, at + name.length + 80))) return null;
  for (const earlier of [sentence.slice(0, at), ...[...before].reverse()]) {
    for (const pattern of [ORG_ANYWHERE, ORG_OF_THE, THE_NAMED_BODY]) {
      const organization = cleanOrganization(pattern.exec(earlier)?.[1] ?? null);
      if (organization && !isTheirName(organization, name, name.split(/\s+/))) return organization;
    }
  }
  return null;
}

/** "NAME, their events manager", "NAME is their executive director", "NAME, who's head of cello there". */
const THEIR_POST = new RegExp(
  String.raw`^[\s,(-]*(?:(?:who\s+is|who['\u2019]s|is|was)\s+(?:now\s+|still\s+)?)?(?:(?:their|its)\s+(?:${ROLE_TITLE})|(?:the\s+|an?\s+)?(?:${ROLE_TITLE})\s+there\b)`,
  "iu",
);
/** "the Calder-Whitfield Foundation's", "The Granary": a body named with "the", by its kind of name. */
const THE_NAMED_BODY = new RegExp(
  String.raw`\b[Tt]he\s+(${ORGANIZATION}\s+(?:Foundation|Network|Trust|Fund|Council|Association|Society|Club|Manor|Farm|Hall|Hospital|Clinic|School|College|University|Institute|Museum|Library|Orchestra|Church|Centre|Center|Bank|Group|Company|Commission|Authority|Board|Department|Office|Agency|Market|Co-?op))\b`,
  "u",
);

/** "…you two worked together at Tessaline Foods, and he's their head of procurement now": what they are, midway. */
const PRONOUN_IS_SOMETHING =
  /\b(?:she|he)(?:'s|\s+is)\s+(?:now\s+)?(?:their|the|its|a|an|head|director|chief|running|in\s+charge)\b/i;
/** "He runs procurement at Lindqvist Freight", "she chairs the council": a sentence about their work. */
const PRONOUN_AT_WORK =
  /^(?:she|he)\s+(?:runs|heads|leads|manages|works|handles|chairs|keeps|directs|oversees|owns|sits|serves|teaches|coaches)\b/i;
/** "As president of the Harbour Trades Council she can settle it": a role, then who holds it. */
const PRONOUN_AFTER_ROLE = /^As\s+(?:the\s+|an?\s+)?[\p{L}' -]{2,60}?,?\s+(?:she|he)\b/iu;
/**
 * "president of the Building Trades Council", "keeps the records for the Millbrook Historical
 * Society": with "the" only, and only in a sentence about them ("for Sam" is a person).
 */
const ORG_OF_THE = new RegExp(String.raw`\b(?:of|for|with)\s+the\s+(${ORGANIZATION})(?!['\u2019]s)`, "u");

/**
 * The person's own name, not where they work: "Dale Rourke" or "Rourke" is not an organisation
 * of Dale Rourke's, though "Rourke Advisory" may be.
 */
function isTheirName(organization: string, name: string, words: readonly string[]): boolean {
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
    .replace(/['\u2019]s?$/, "")
    .replace(/[.,;:]+$/, "")
    .replace(DATE_AFTER, "")
    .trim();
  return cleaned && !WHEN_ALONE.test(cleaned) ? cleaned : null;
}

const WHEN = String.raw`(?:Christmas|Easter|Thanksgiving|Hanukkah|Diwali|Ramadan|Eid|Passover|Halloween|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DATE_AFTER = new RegExp(String.raw`\s+(?:for|in|on|by|until|before|after|next|this|from)\s+${WHEN}\b.*$`);
const WHEN_ALONE = new RegExp(String.raw`^(?:${WHEN}|Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Fr|St)$`);
