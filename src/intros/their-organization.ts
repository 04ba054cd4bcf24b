import { ROLE_TITLE, ORGANIZATION } from "./name-patterns.js";
import { isCommonestWord, isPlainGivenName } from "./person-names.js";
import {
  cleanOrganization,
  isTheirName,
  looksLikeOrganization,
  ORG_ANYWHERE,
  ORG_OF_THE,
  WHEN_WORD,
} from "./describe-person.js";

/**
 * Where someone works when the message says it through "their" or "there": "NAME, their events
 * manager", "their head sommelier, Paolo Ferrante", "head of cello there", the body being the one
 * named just before. Split from describe-person.ts, which reads what is written right after a
 * name. Pure.
 */

/**
 * Where "their" points, when a sentence gives someone's post as "NAME, their events manager",
 * "NAME is their executive director" or "head of cello there": the organisation the sentences
 * just before name ("a dozen weddings at The Granary…", "the Calder-Whitfield Foundation's new
 * priority"), the nearest first. Null when the person's sentence says no such thing.
 */
export function organizationTheirRefersTo(name: string, sentence: string, before: readonly string[]): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  const after = sentence.slice(at + name.length, at + name.length + 80);
  const leading = sentence.slice(0, at);
  const postSaid =
    THEIR_POST.test(after) ||
    WORKS_THERE.test(after) ||
    POST_THERE_BEFORE.test(leading) ||
    THEIR_POST_BEFORE.test(leading.slice(-120));
  if (!postSaid) return null;
  const words = name.split(/\s+/);
  for (const earlier of [leading, ...[...before].reverse()]) {
    for (const pattern of [ORG_ANYWHERE, ORG_OF_THE, THE_NAMED_BODY, BODY_POSSESSIVE]) {
      const organization = cleanOrganization(pattern.exec(earlier)?.[1] ?? null);
      // ("…a note from Tom": a given name alone is someone, not where they work.)
      if (organization && !isTheirName(organization, name, words) && !isPlainGivenName(organization)) {
        if (pattern !== BODY_POSSESSIVE || looksLikeOrganization(organization)) return organization;
      }
    }
    // The nearest body is the one meant: the end of the text before is enough (and a crafted
    // megabyte without a full stop is not read name by name).
    const body = lastBodyNamed(earlier.slice(-400));
    if (body && !isTheirName(body, name, words)) return body;
  }
  return null;
}

/**
 * "NAME runs purchasing there", "NAME, who runs fleet electrification there", "NAME there",
 * "NAME runs their corporate trust group", "NAME handles the shipping for them": their work is at
 * a place named before. Not "there is/are…" (a sentence of its own), nor "get/go/be there".
 */
const WORKS_THERE =
  /^(?:[^.?!]{0,60}?(?<!\b(?:get|go|going|went|be|been|being|out|over|up|down|from|and|here|in|back)\s)\bthere\b(?!\s+(?:is|are|was|were|will|would)\b)|[^.?!]{0,30}?\b(?:runs|heads|leads|manages|handles|directs|oversees|does|buys\s+for|is|'s)\s+(?:all\s+)?(?:of\s+)?their\b|[^.?!]{0,60}?\bfor\s+them\b)/i;
/**
 * "their head sommelier, Paolo Ferrante", "one of their trustees, Anne Whitcombe" (holdouts 44 and
 * 59): the post said before the name, with "their", and the name set off by a comma.
 */
const THEIR_POST_BEFORE = new RegExp(
  String.raw`\b(?:one\s+of\s+)?(?:their|its)\s+(${ROLE_TITLE}|(?:[\p{Ll}-]+\s+){0,2}(?:trustees?|partners?|owners?|buyers?|editors?|producers?|directors?|managers?|curators?|organi[sz]ers?))\s*,\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$`,
  "iu",
);
/**
 * The post written just before a name, in the first of the sentences that names them, and set
 * off by a comma: "their head sommelier, Paolo Ferrante", "the superintendent, Dr. Howard Pell".
 * Null when the words before say none.
 */
export function postBeforeName(name: string, sentences: readonly string[]): string | null {
  const sentence = sentences.find((candidate) => candidate.includes(name)) ?? "";
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  const before = sentence.slice(Math.max(0, at - 120), at);
  const match = THEIR_POST_BEFORE.exec(before) ?? THE_POST_BEFORE.exec(before);
  return match?.[1]?.replace(/s$/, "").trim() ?? null;
}
const THE_POST_BEFORE = new RegExp(
  String.raw`\b(?:the|our|your)\s+(${ROLE_TITLE}|superintendent|principal|headmaster|headmistress|chaplain|curator|registrar|treasurer)\s*,\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$`,
  "iu",
);

/** "the program manager there is Keiko Brandvold": the post said of "there", before the name. */
const POST_THERE_BEFORE = /\b[\p{Ll}-]+\s+there\s+(?:is|was)\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?$/iu;

/** "Harlow Street", "Petrie Ground": a place, not a body. */
const PLACE_ENDING =
  /^(?:Street|St|Road|Rd|Avenue|Ave|Lane|Way|Drive|Boulevard|Ground|Grounds|Park|Square|Bridge|Station|Hill|Valley|River|Lake|County|City|Town|Village)$/;
const ANY_BODY = new RegExp(String.raw`(?<![\p{L}.])(?:[Tt]he\s+)?(${ORGANIZATION})`, "gu");
/**
 * The last body a stretch of text names by the shape of its name: two capitalised words or more
 * that are not a person's ("Trelane Motor Works is re-sourcing…", "a conversation going with
 * Quayside Hotels"), not opening with one of the commonest words ("Hi Pieter", "Thanks Dale")
 * nor a date ("Christmas Party").
 */
function lastBodyNamed(text: string): string | null {
  let last: string | null = null;
  for (const match of text.matchAll(ANY_BODY)) {
    // "Ostrander & Webb's Kellerton office": the body, not its office.
    const body = cleanOrganization(match[1]?.replace(/['\u2019]s\s.*$/u, "") ?? null);
    if (!body || !looksLikeOrganization(body)) continue;
    const words = body.split(/\s+/);
    if (isCommonestWord(words[0] ?? "") || !/^\p{L}/u.test(body) || words.some((word) => WHEN_WORD.test(word)))
      continue;
    if (PLACE_ENDING.test(words.at(-1) ?? "")) continue;
    last = body;
  }
  return last;
}

/** "NAME, their events manager", "NAME is their executive director", "NAME, who's head of cello there". */
const THEIR_POST = new RegExp(
  String.raw`^[\s,(-]*(?:(?:who\s+is|who['\u2019]s|is|was)\s+(?:now\s+|still\s+)?)?(?:(?:their|its)\s+(?:${ROLE_TITLE})|(?:the\s+|an?\s+)?(?:${ROLE_TITLE})\s+there\b)`,
  "iu",
);
/** "Meridane Pharmaceuticals' export bookings", "Harrowgate Water Authority's tabletop": a body's, by its shape. */
const BODY_POSSESSIVE = new RegExp(
  String.raw`(?<![\p{L}.])(?!(?:St|Saint)\b)(${ORGANIZATION})(?<=['\u2019]s?)(?=\s)`,
  "u",
);
/** "the Calder-Whitfield Foundation's", "The Granary": a body named with "the", by its kind of name. */
const THE_NAMED_BODY = new RegExp(
  String.raw`\b[Tt]he\s+(${ORGANIZATION}\s+(?:Foundation|Network|Trust|Fund|Council|Association|Society|Club|Manor|Farm|Hall|Hospital|Clinic|School|College|University|Institute|Museum|Library|Orchestra|Church|Centre|Center|Bank|Group|Company|Commission|Authority|Board|Department|Office|Agency|Market|Co-?op))\b`,
  "u",
);
