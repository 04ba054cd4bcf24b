/**
 * A contact the writer seeks ("I'm trying to reach James Dunn", "we're hoping to meet the head of
 * claims at Meridian"), made an ask by the reader's help asked in the next sentences. detect.ts
 * tries it after the explicit cues. Pure.
 */
import { ASKED_CONNECTION, SOUGHT_CONTACT } from "./request-cues.js";

/** After "I'm trying to reach X": the reader is asked to help. */
const HELP_WANTED =
  /\b(?:if\s+you\s+know|do\s+you\s+know|you\s+know\s+the\s+right\s+person|any\s+chance|help|anything\s+you\s+(?:can|could)\s+do|(?:point|steer|direct)\s+(?:me|us|him|her|them)\s+in\s+the\s+right\s+direction)\b/i;

const HELP_FOR_THEM = /\bhelp\s+(?:this\s+(?:guy|gal|person|fellow|lady|kid)|him|her|them)\b/i;

/** The reader's ideas asked for, as a question of its own: "Have you any hot ideas?", "Any thoughts?" */
const IDEAS_WANTED =
  /^(?:(?:so|and|well|anyway),?\s+)?(?:(?:have|got)\s+(?:you\s+)?|do\s+(?:you|u)\s+have\s+|would\s+you\s+have\s+)?any\s+(?:[\w-]+\s+)?(?:ideas?|suggestions?|thoughts|leads?|advice|pointers)\b[^.!?]{0,40}\?/i;

/**
 * A person named next ("James Dunn", "Mr. Ito") or one described ("the head of claims", "someone",
 * "the procurement folks at Texaco").
 */
const PERSON_NEXT =
  /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'-]+|\p{Lu}\p{Ll}+\s+(?:at|from|of|over\s+at|who)\s|(?:someone|somebody|anyone|anybody)\b|the\s+(?:[\w-]+\s+){0,2}?(?:head|director|manager|president|chief|owner|buyer|partner|person|people|folks|guys|decision-?makers?|contacts?|chair|principal)\b)/u;

/**
 * The index of the sentence of `owns` (a message's sentences in the sender's own words) that
 * seeks a contact the reader is then asked to help with, or -1.
 */
export function soughtContactAsked(owns: readonly string[]): number {
  const soughtIndex = owns.findIndex((own) => SOUGHT_CONTACT.test(own));
  if (soughtIndex < 0) return -1;
  const followUp = owns.slice(soughtIndex, soughtIndex + 4);
  if (followUp.some((own) => ASKED_CONNECTION.asking.test(own) || HELP_WANTED.test(own))) return soughtIndex;
  // Or help for them just before: "Can you help this guy out? He's looking for someone at Enron who…"
  if (HELP_FOR_THEM.test(owns[soughtIndex - 1] ?? "")) return soughtIndex;
  // "I'm trying to reach James Dunn… [why, at length] … Have you any hot ideas?" (real
  // Enron mail): the reader's ideas asked for after the whole story, further down.
  // A person must be the one sought: not "we're trying to meet the deadline… Any thoughts?"
  const sought = owns[soughtIndex] ?? "";
  const match = SOUGHT_CONTACT.exec(sought);
  const soughtPerson = match !== null && PERSON_NEXT.test(sought.slice(match.index + match[0].length));
  return soughtPerson && owns.slice(soughtIndex + 1, soughtIndex + 9).some((own) => IDEAS_WANTED.test(own.trim()))
    ? soughtIndex
    : -1;
}
