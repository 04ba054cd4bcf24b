/**
 * Where a person is named in sentences: in a name slot ("introduce me to NAME", "meet NAME"),
 * as a full name anywhere, or in full around a name given once alone. Used by extractTarget,
 * which decides which sentences to look in. Pure.
 */
import { describePerson, type NamedPerson } from "./describe-person.js";
import { inListOfClients } from "./firm-names.js";
import { WRITERS_OWN_SIDE } from "./known-people.js";
import { ORGANIZATION, PERSON_NAME } from "./name-patterns.js";
import { trimName } from "./person-names.js";

/**
 * Someone sought at an organisation, then named in apposition: "could you see if someone at FERC --
 * Hebert or Madden, might be available" (real Enron mail), "someone at Dynegy, maybe Watson".
 * After a comma only with a hedge: in "anyone at Enron, Houston" the comma gives the office's city.
 */
const HEDGE = String.raw`(?:say|maybe|perhaps|ideally|preferably|possibly|e\.g\.,?|such\s+as|like)`;
const SOMEONE_AT_ORG_THEN = String.raw`(?:someone|somebody|anyone|anybody)\s+(?:at|from|in|over\s+at)\s+${ORGANIZATION}(?:\s*(?:--|-|:)(?:\s+${HEDGE})?|,\s+${HEDGE})`;

/**
 * A person's details asked for, or whether they got the writer's resume: "the email address for
 * NAME", "send me NAME's number", "you knew NAME's email", "find out if Mr. NAME did receive them"
 * (session 36's blind sets).
 */
const DETAILS_OF = String.raw`(?:(?:e-?mail(?:\s+address(?:es)?)?|(?:(?:tele)?phone|cell|mobile)?\s*numbers?|contact\s+(?:info(?:rmation)?|details))\s+(?:for|of)|(?:send|give|pass|forward|text)\s+(?:me|us)(?=\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?${PERSON_NAME}['’]s\b)|knew|(?:find\s+out|check|see|confirm)\s+(?:if|whether)(?=\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?${PERSON_NAME}\s+(?:(?:ever|actually|really)\s+)?(?:did\s+|has\s+|had\s+)?(?:receive[sd]?|got|gotten|get|seen|saw|read)\b))`;

/** Where the target's name sits in a request: "introduce me to NAME", "meet NAME", "NAME's team". */
const NAME_SLOT = new RegExp(
  String.raw`\b(?:${SOMEONE_AT_ORG_THEN}|${DETAILS_OF}|to|with|w\/?|meet|meeting|(?:haven'?t|have\s+not|never|not\s+yet)\s+met|reach|reaching|contact|contacting|approach|approaching|know|ask|about|named|called|intro|introduction|in\s+front\s+of|(?:run|ran|bump|bumped)\s+into|see\s+much\s+of|ping|get|give|giving|send|sending|tell|telling|email|emailing|phone|call|who\s*:)\s+(?:(?:your|our|my)\s+(?:[a-z-]+\s+){1,4}?)?(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+)?(${PERSON_NAME})`,
  "gu",
);

/**
 * The first person named in a name slot of the sentence whose name `accept`s. Only that
 * one is described: describing every name of a sentence read the rest of the sentence
 * once per name ("to Mary to Mary to Mary…"), in quadratic time.
 */
export function firstNamedPerson(
  sentence: string,
  isKnown: (name: string) => boolean,
  accept: (name: string, before: string) => boolean = () => true,
): NamedPerson | null {
  for (const match of sentence.matchAll(NAME_SLOT)) {
    const name = trimName(match[1] ?? "");
    // The slot's words before the name ("to", "with my brother-in-law").
    const slot = match[0].slice(0, match[0].length - (match[1] ?? "").length);
    if (!name || isKnown(name) || !accept(name, sentence.slice(0, match.index ?? 0) + slot)) continue;
    // "have him call my brother-in-law Steve Rausch": whom the writer asks for, not the target.
    if (WRITERS_OWN_SIDE.test(slot)) continue;
    const rest = sentence.slice((match.index ?? 0) + match[0].length);
    if (/^'s\s+(?:team|company|firm|office)/.test(rest)) continue; // "Stripe's team": an organisation
    if (/^\s+in\s+front\s+of\b/.test(rest)) continue; // "get Jaylen in front of someone": the one placed
    return describePerson(name, rest);
  }
  return null;
}

/**
 * A surname alone, called at a firm: "Please ring Draper at AEP" (to Ken Lay, session 29's blind
 * set gq-gh; the message names two other men in full, whom the ask is about, not to). A single
 * capitalised word after a word of calling, with the firm after it.
 */
const SURNAME_AT_FIRM = new RegExp(
  String.raw`\b(?:ring|call|phone|contact|reach\s+out\s+to|reach|e-?mail|write\s+to|speak\s+(?:to|with)|talk\s+(?:to|with)|meet(?:\s+with)?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Today|Tomorrow|Tonight|Noon|Home|Work|Everyone|Someone|Anyone)\b)(\p{Lu}\p{Ll}{2,})\s+(?:at|of|over\s+at)\s+(${ORGANIZATION})`,
  "u",
);
export function surnameAtFirm(sentence: string, isKnown: (name: string) => boolean): NamedPerson | null {
  const match = SURNAME_AT_FIRM.exec(sentence);
  const name = match?.[1];
  if (!match || !name || isKnown(name)) return null;
  return { name, organization: match[2] ?? null, role: null };
}

export const ANY_NAME = new RegExp(PERSON_NAME, "gu");
/** An ask's "her" or "him" as the one contacted: "talk to her", "ask him". */
export const PRONOUN_OBJECT = /\b(?:to|with|meet|reach|contact|ask)\s+(?:her|him|them)\b/i;
/**
 * Capitalised pairs that are titles or companies, not people: "Principal Scientist", "Solace
 * Grid", "Acme Labs"; or a document's name ("Chris DeVries Resume.doc", an attachment line).
 */
const NOT_A_PERSON_ENDING =
  /\b(?:Scientist|Engineer|Director|Manager|Officer|Partner|Lead|Head|Founder|President|Designer|Analyst|Labs?|Studios?|Games|Capital|Ventures|Partners|Group|Holdings|Systems|Analytics|Robotics|Health|Foods|Bank|Mobility|Grid|Power|Energy|Media|Solutions|Tech|Technologies|Software|Foundation|Institute|University|College|Consult(?:ing)?|Advisory|Logistics|Freight|Apparel|Pharma|Insurance|Books|Summit|Forum|Conference|Retreat|Council|Board|Team|Street|Road|Avenue|Park|Hotels?|Ferries|Airlines?|Pipeline|Authority|Partnership|Agency|Company|Corporation|Industries|Markets|Services|Associates|Properties|Motors|Networks|Communications|Pharmaceuticals|Finishes|Bureau|Department|Ministry|Court|Commission|Affairs|Relations|Resources|Committee|Senate|House|Assembly|Legislature|Resume|Résumé|CV|Bio|Portfolio)$/;

/**
 * Away from the request sentence a lone first name is too weak a clue: full names
 * only, those in a name slot first, then any other ("I saw Mary Jones speak"); from the
 * `onlyInSlotsFrom`th sentence on, no other but one an informant names.
 */
export function firstFullName(
  candidates: readonly string[],
  isKnown: (name: string) => boolean,
  options: { evenAfterPlaceWords?: boolean; onlyInSlotsFrom?: number } = {},
): NamedPerson | null {
  // Where the ask seeks someone unnamed, one the writer or a friend already spoke with is history:
  // "Judy Lay Allen… spoke with Joannie Williamson today regarding my desire to interview" above
  // "…any opportunity to meet with the appropriate person" (session 27's blind set gq-ed).
  const accept = (name: string, before: string) =>
    name.includes(" ") && !(options.onlyInSlotsFrom !== undefined && ALREADY_SPOKEN_WITH.test(before));
  for (const sentence of candidates) {
    const slotted = firstNamedPerson(sentence, isKnown, accept);
    if (slotted) return slotted;
  }
  let informant: NamedPerson | null = null;
  for (const [index, sentence] of candidates.entries()) {
    const onlyInSlots = options.onlyInSlotsFrom !== undefined && index >= options.onlyInSlotsFrom;
    let toldOfHere = false;
    for (const match of sentence.matchAll(ANY_NAME)) {
      const name = trimName(match[0]);
      if (!name || !name.includes(" ") || isKnown(name)) continue;
      if (NOT_A_PERSON_ENDING.test(name)) continue;
      if (inListOfClients(sentence, match.index ?? 0)) continue;
      if (WRITER_REPORTS_TO.test(sentence.slice(0, match.index ?? 0))) continue;
      // "in Jun Sato's group": after a place word, but a person's group.
      const rest = sentence.slice((match.index ?? 0) + match[0].length);
      // (The name pattern may have taken the "'s" in: "Sato's" is one name word.)
      const unit = /['’]s$/u.test(match[0]) ? `'s${rest}` : rest;
      if (!options.evenAfterPlaceWords && followsPlaceWord(sentence, match.index) && !PERSONS_UNIT.test(unit)) continue;
      // "Kevin Golden tells me that he thinks Jason Sokolov was the guy who…": whoever told the
      // writer is the source, and the person they name the one sought; an informant is the
      // target only when no one else is named ("Jane Doe told me she'd be glad to talk").
      if (INFORMANT.test(rest)) {
        informant ??= describePerson(name, rest);
        toldOfHere = true;
        continue;
      }
      // Where only slots count, a name is taken outside one only as someone's report, in the same
      // sentence, of whom the writer seeks: "Kevin Golden tells me that he thinks Jason Sokolov…".
      if (onlyInSlots && !toldOfHere) continue;
      return describePerson(name, rest);
    }
  }
  return informant;
}

/**
 * Whom the writer answers to, not whom they seek: "…or know of anyone else that might be interested
 * in him as I need to update Ken Lay within a week" (an executive-referral office: session 27's
 * blind set gq-ee), "I will brief Jeff Skilling on what you find".
 */
const WRITER_REPORTS_TO =
  /\b(?:I|we)\s+(?:(?:need|have|want|promised|am\s+supposed)\s+to\s+|must\s+|will\s+|'ll\s+|should\s+|can\s+then\s+)?(?:update|brief|inform|report\s+(?:back\s+)?to|get\s+back\s+to|answer\s+to|keep)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i;

const ALREADY_SPOKEN_WITH =
  /\b(?:spoke|talked|met|chatted|visited|told|wrote|e-?mailed|called|phoned|sat\s+down)\s+(?:(?:with|to)\s+)?$/i;

/** What follows a name that tells the writer something: "tells me", "said", "suggested I…". */
const INFORMANT = /^\s+(?:(?:tells|told|informs|informed)\s+(?:me|us)|says|said|suggested|mentioned|thinks|believes)\b/;

/**
 * "the door at Pinnacle Aerospace": capitalised words after these are a place or company.
 * A lookbehind from the name's start reads back only as far as the word before it; testing
 * the sentence up to there with `…$` rescanned it for every name, in quadratic time.
 */
const PLACE_WORD_BEFORE = /(?<=\b(?:at|from|of|for|with|in|into|joined|joining|@)\s+(?:the\s+)?)/iy;

/** "'s group", "'s team": what follows a person's name, never a place's. */
const PERSONS_UNIT = /^['’]s\s+(?:\w+\s+)?(?:group|team|office|desk|department|shop|staff|unit|lab)\b/;

function followsPlaceWord(sentence: string, index: number): boolean {
  PLACE_WORD_BEFORE.lastIndex = index;
  return PLACE_WORD_BEFORE.test(sentence);
}

export function fullNameAround(
  oneName: string,
  candidates: readonly string[],
  isKnown: (name: string) => boolean,
): NamedPerson | null {
  for (const sentence of candidates) {
    for (const match of sentence.matchAll(ANY_NAME)) {
      // "Dr. Ngozi Okafor's papers": the person, not the possessive.
      const name = trimName(match[0])?.replace(/['’]s$/u, "");
      if (name && (name.startsWith(`${oneName} `) || name.endsWith(` ${oneName}`)) && !isKnown(name)) {
        return describePerson(name, sentence.slice((match.index ?? 0) + match[0].length));
      }
    }
  }
  return null;
}

/**
 * "I talked with Paul Burkhart and he told me the woman at UT B-School is Margaret Dutton, so if
 * your still able to send an e-mail to her in support of my application…" (real Enron mail,
 * session 26's blind set gq-dt): where an ask's "her" or "him" follows two full names, it stands
 * for the nearer one; the first is whoever said so.
 */
export function lastNamedBeforePronoun(request: string, isKnown: (name: string) => boolean): NamedPerson | null {
  const pronoun = PRONOUN_OBJECT.exec(request);
  if (!pronoun) return null;
  const names = [...request.slice(0, pronoun.index).matchAll(ANY_NAME)]
    .map((match) => trimName(match[0]))
    .filter((name): name is string => name !== null && name.includes(" ") && !isKnown(name));
  const nearest = names.at(-1);
  return names.length >= 2 && nearest ? { name: nearest, role: null, organization: null } : null;
}
