/**
 * The people who are not the target of a request: the sender, the reader, a forwarder, and
 * the writer as their sign-off names them. Pure.
 */
import { PERSON_NAME } from "./name-patterns.js";
import { RELATION } from "./relations.js";

/** Someone known by name, address, or both. */
export interface KnownPerson {
  name: string | null;
  email: string | null;
}

/**
 * Whether a name is one of the known people's (written "Last, First" as Lotus Notes and
 * Outlook show them, or not), shares their first word, or is made of their name's words; or
 * whether a single word is the company in their address ("a job with Enron" from someone at
 * enron.com is no person). Sets, so that a message to thousands of recipients costs one
 * look-up per name, not one per recipient.
 */
export function knownPersonTest(people: readonly KnownPerson[]): (name: string) => boolean {
  const known = people
    .flatMap((person) => [person.name && readAsFirstLast(person.name), person.email?.split("@")[0] ?? null])
    .filter((value): value is string => Boolean(value))
    .map((value) => value.toLowerCase());
  const names = new Set(known);
  const firstWords = new Set(known.map((value) => value.split(/[\s.]/)[0]));
  // Signature lines run together into one sentence ("Dennis J. Albright Albright & Kroll"): words
  // that are all of a known person's name are that person.
  const nameWords = new Set(known.flatMap((value) => value.split(/[\s.,]+/)).filter((word) => word.length > 1));
  const companies = new Set(
    people.map((person) => person.email?.split("@")[1]?.split(".").at(-2)?.toLowerCase()).filter(Boolean),
  );
  const mailboxes = new Set(
    people.map((person) => person.email?.split("@")[0]?.toLowerCase().replace(/[._-]/g, "")).filter(Boolean),
  );
  return (name) => {
    const lower = name.toLowerCase();
    const first = lower.split(" ")[0] ?? lower;
    const words = lower.split(/[\s.]+/).filter((word) => word.length > 1);
    return (
      names.has(lower) ||
      firstWords.has(first) ||
      (words.length > 0 && words.every((word) => nameWords.has(word))) ||
      (!lower.includes(" ") && companies.has(lower)) ||
      spellsAMailbox(words, mailboxes)
    );
  };
}

/**
 * "Andrea Crump" of acrump@dc.com, "Jo Ann Pike" of jpike@…, "Lena Ward" of wardl@…: the
 * address's name spelt as an initial and a surname, both names, or the other way round (a
 * signature naming the writer whose From line gave no name).
 */
function spellsAMailbox(words: string[], mailboxes: ReadonlySet<string | undefined>): boolean {
  const first = words[0];
  const last = words.at(-1);
  if (words.length < 2 || !first || !last || !/^[a-z]+$/.test(first + last)) return false;
  return [`${first[0]}${last}`, `${first}${last}`, `${last}${first[0]}`, `${last}${first}`].some((spelt) =>
    mailboxes.has(spelt),
  );
}

/** "Sturm, Michael" is Michael Sturm. */
function readAsFirstLast(name: string): string {
  const match = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  return match ? `${match[2]} ${match[1]}` : name;
}

/**
 * The writer's own name, on a line of its own among the last lines of what they wrote ("Thanks!
 * / Tammy Hopkins"): a forward without headers names its writer only there, and it may differ
 * from the address's name ("Tamara Hopkins").
 */
export function signOffNames(fresh: string): { name: string; email: null }[] {
  const lines = fresh
    .split("\n")
    // "-Dustin L. Kalman", "~ Ana": a dash or a tilde before the name is part of the sign-off.
    .map((line) => line.trim().replace(/^[-~\u2013\u2014]+\s*/u, ""))
    .filter(Boolean)
    .slice(-6);
  return lines.filter((line) => SIGN_OFF_NAME.test(line)).map((name) => ({ name, email: null }));
}
const SIGN_OFF_NAME = new RegExp(String.raw`^${PERSON_NAME}$`, "u");

/**
 * The writer naming themself at the start: "This is Nick Monteleone, old baseball buddy", "My
 * name is Ana Ruiz", "I am Robert Wright, a freelance photographer" (real mail and guides, session
 * 18). Only in the opening lines, where a writer introduces themself.
 */
export function selfNamedWriter(fresh: string): { name: string; email: null }[] {
  // Built on first use: this module and the name patterns' import each other.
  selfNamed ??= new RegExp(String.raw`\b(?:[Tt]his\s+is|[Mm]y\s+name\s+is|I\s+am|I'm)\s+(${PERSON_NAME})`, "u");
  const match = selfNamed.exec(fresh.slice(0, 400));
  return match?.[1] ? [{ name: match[1], email: null }] : [];
}
let selfNamed: RegExp | undefined;

/**
 * Whom the writer asks for, named as theirs where the ask names them: "have him call my
 * brother-in-law Steve Rausch", "sit down with our client Ana Ruiz". The requester's side, never
 * the target (the target is who would be asked, and mailed). Tested on the words of a name slot
 * before the name. (Not "my old roommate Wren Castillo" said earlier and then "put me in touch
 * with Wren": there the ask names the target bare.)
 */
export const WRITERS_OWN_SIDE = new RegExp(String.raw`\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?${RELATION}\s*,?\s*$`, "i");

/**
 * The sentences that come before the writer's closing ("Thanks a lot", "Regards", "Sincerely" on
 * a line of its own): what follows is the signature, where a name is the writer's own circle, not
 * whom they ask for ("Carla Di Castro (Paulo Issler's spouse)", session 28's blind set gq-ey).
 * Sentences are kept where the text has no closing line.
 */
export function beforeTheClosing(fresh: string, candidates: readonly string[]): string[] {
  const closing = CLOSING_LINE.exec(fresh);
  if (!closing) return [...candidates];
  const letter = fresh.slice(0, closing.index);
  return candidates.filter((sentence) => letter.includes(sentence.slice(0, 40)));
}
const CLOSING_LINE =
  /^[ \t]*(?:thanks(?:\s+(?:a\s+lot|again|so\s+much|very\s+much|in\s+advance))?|thank\s+you(?:\s+(?:again|so\s+much|very\s+much|in\s+advance))?|many\s+thanks|(?:best|kind|warm(?:est)?|with\s+kind)\s+regards|regards|sincerely(?:\s+yours)?|yours\s+(?:truly|sincerely|faithfully)|best(?:\s+wishes)?|all\s+the\s+best|cheers|respectfully(?:\s+yours)?)[ \t]*[,.!]*[ \t]*$/im;

/**
 * The people the writer's own text names who are not the target: the writer (signed or
 * self-introduced) and the candidate the message is about.
 */
export function namedInTheText(fresh: string): KnownPerson[] {
  return [...signOffNames(fresh), ...selfNamedWriter(fresh), ...candidatesNamed(fresh)];
}

/**
 * The candidate a message is about, whom it asks a place for, not whom it asks to meet: "review
 * Zach's resume", "I am attaching the resume of the daughter of a friend, Amanda Day", "Harold
 * Inman… is currently seeking a new position" (session 28's blind sets, where each was read as the
 * target).
 */
function candidatesNamed(fresh: string): KnownPerson[] {
  return CANDIDATE_PATTERNS.flatMap((pattern) =>
    [...fresh.matchAll(pattern)].flatMap((match) => (match[1] ? [{ name: match[1], email: null }] : [])),
  );
}
const CANDIDATE_NAME = String.raw`(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)`;
const CANDIDATE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`${CANDIDATE_NAME}['’]s\s+(?:resume|résumé|cv|c\.v\.|curriculum\s+vitae)\b`, "gu"),
  new RegExp(
    String.raw`\b(?:resume|résumé|cv|c\.v\.)\s+(?:of|for)\s+(?:(?:my|our|a|the)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:of\s+(?:a|my|our)\s+[\p{Ll}-]+,?\s+)?)?${CANDIDATE_NAME}`,
    "gu",
  ),
  new RegExp(
    String.raw`\b${CANDIDATE_NAME}\b[^.?!]{0,80}?\b(?:is|has\s+been|was)\s+(?:currently\s+|now\s+|actively\s+)?(?:seeking|looking\s+for)\s+(?:a\s+)?(?:new\s+)?(?:position|job|role|opportunit|employment|work)`,
    "gu",
  ),
];
