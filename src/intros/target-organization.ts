import { cleanOrganization, looksLikeOrganization } from "./describe-person.js";
import { ORGANIZATION } from "./name-patterns.js";

/**
 * Where a target works, read from the whole message when the request names it briefly or not
 * at all: the full name of a short form, and the subject line. Pure.
 */

const ANY_ORGANIZATION = new RegExp(ORGANIZATION, "gu");
/** Words that lengthen a name into something else: "CEO of Bramble Foods", "Stellwave PM", "Halden Trust LOI", a sentence's first word ("For Tallystone it would mean…"). */
const NOT_ORGANIZATION_WORD =
  /^(?:[\p{Ll}&]+|\p{Lu}{2,4}|Director|Manager|Head|Chief|President|Proposal|Dear|Re|Fwd|Subject|Intro|Introduction|Request|For|In|At|With|From|To|And|But|So|If|As|On|By|Our|Your|My|Their|His|Her|This|That)$/u;

/**
 * The name an organisation is given in full somewhere in the message, when the request uses a
 * short form: "at Carrow" → "Carrow Therapeutics", "the Siting Council" → "State Energy Siting
 * Council". Only a longer name that starts or ends with the short one and adds capitalised
 * words of a name (not "CEO of…", not an acronym, not the target's own name).
 */
export function fullOrganizationName(short: string, texts: readonly string[], person: string | null): string {
  const personWords = new Set((person ?? "").split(/\s+/).filter(Boolean));
  let full = short;
  for (const text of texts) {
    for (const match of text.matchAll(ANY_ORGANIZATION)) {
      const candidate = (cleanOrganization(match[0]) ?? "").replace(/^The\s+/, "");
      if (candidate.length <= full.length || candidate.split(/\s+/).length > 6) continue;
      const added = candidate.startsWith(`${short} `)
        ? candidate.slice(short.length)
        : candidate.endsWith(` ${short}`)
          ? candidate.slice(0, -short.length)
          : null;
      if (added === null) continue;
      const words = added.trim().split(/\s+/);
      if (words.some((word) => NOT_ORGANIZATION_WORD.test(word) || personWords.has(word))) continue;
      full = candidate;
    }
  }
  return full;
}

/**
 * The organisation the subject gives for the target: right after their name ("Request - Nadia
 * Ferrante, Corvo Analytics"), or as what the whole message is about ("Cascade Paper").
 */
export function organizationInSubject(
  subject: string,
  fresh: string,
  name: string,
  knownAddresses: readonly string[],
): string | null {
  return (
    cleanOrganization(SUBJECT_ORGANIZATION.exec(afterName(subject, name))?.[1] ?? null) ??
    subjectAboutOrganization(subject, fresh, name, knownAddresses)
  );
}

/** "…, Helix Biolabs", "… (Helix Biolabs)", "… at Helix Biolabs": right after the name in a subject. */
const SUBJECT_ORGANIZATION = new RegExp(
  String.raw`^\s*(?:[,(\u2013\u2014/-]|at\b|from\b|@)\s*(?:the\s+)?(${ORGANIZATION})`,
  "u",
);

/** A subject that is an organisation's name, alone or before a topic: "Cascade Paper", "Halvorsen Grocers / surplus produce". */
const SUBJECT_IS_ORGANIZATION = new RegExp(String.raw`^\s*(${ORGANIZATION})\s*(?:$|[/:|\u2013\u2014-]\s)`, "u");

/**
 * The organisation a message is about, when its subject is that name and its text names it
 * too ("Cascade Paper is the pilot customer I want most… could you introduce me to Ellen
 * Marsh?"); never the person's own name, nor the sender's.
 */
function subjectAboutOrganization(
  subject: string,
  fresh: string,
  name: string,
  knownAddresses: readonly string[],
): string | null {
  const organization = cleanOrganization(SUBJECT_IS_ORGANIZATION.exec(subject)?.[1] ?? null);
  if (!organization || !fresh.includes(organization)) return null;
  // The sender's own: in their signature ("Director, Center for Energy Markets"), on a line of
  // its own (a letterhead), or in their address ("Ebbsfield Hollow Creamery" at ebbsfieldcreamery.example).
  const lines = fresh.trimEnd().split("\n");
  if (lines.slice(-8).some((line) => line.length <= 70 && line.includes(organization))) return null;
  if (lines.some((line) => line.includes(organization) && line.trim().split(/\s+/).length <= 6)) return null;
  const domains = knownAddresses.map((address) => address.split("@")[1]?.toLowerCase() ?? "");
  const distinctive = organization
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length >= 4);
  if (distinctive.some((word) => domains.some((domain) => domain.includes(word)))) return null;
  const words = name.split(/\s+/);
  return organization.split(/\s+/).some((word) => words.includes(word)) || !looksLikeOrganization(organization)
    ? null
    : organization;
}

/** What follows a name in a line ("Intro: Sunita Rao, Helix Biolabs" → ", Helix Biolabs"), or "" when the name is not in it. */
function afterName(line: string, name: string): string {
  const at = line.indexOf(name);
  return at < 0 ? "" : line.slice(at + name.length);
}

/**
 * With no one named, the firm whose contacts are asked for or to which something is to be sent:
 * "Do you have contacts and phone's # for Sonat and for East Tennessee pipes?", "the final draft of
 * the agreement for you to forward to Energy Argus" (real Enron mail, session 36's blind sets).
 */
const CONTACTED_OR_ROUTED_TO = new RegExp(
  String.raw`\b(?:contacts?|(?:phone\s+)?numbers|contact\s+(?:info(?:rmation)?|details))\s+(?:(?:and|&)\s+[^.?!]{0,30}?\s+)?(?:for|at|with)\s+(?:the\s+)?(${ORGANIZATION})|\b(?:forward|send|pass)\s+(?:it\s+|this\s+|them\s+)?(?:on\s+|along\s+)?to\s+(?:the\s+)?(${ORGANIZATION})`,
  "u",
);

/** The firm of CONTACTED_OR_ROUTED_TO, in whichever of its two forms. For a target no one names. */
export function organizationContactedOrRoutedTo(sentence: string): string | undefined {
  const match = CONTACTED_OR_ROUTED_TO.exec(sentence);
  return match?.[1] ?? match?.[2];
}
