import { describePerson, type NamedPerson } from "./describe-person.js";
import { PERSON_NAME } from "./name-patterns.js";
import { trimName } from "./person-names.js";

/**
 * Whom the writer asks for, where an ask names them beside the target: "would you ask him if
 * he'd give Caleb 30 minutes?" (the target is "him"), "a call between my student Lena Hartvig and
 * Yusuf Brandt" (the second). Used by extract-target.ts. Pure.
 */

/** "ask him if he'd…", "ask her whether she would…", "recommend us to her", "mention Leah to him". */
export const ASKED_OF_PRONOUN =
  /\bask(?:ing)?\s+(?:him|her|them)\s+(?:if|whether)\s+(?:he|she|they)\b|\b(?:recommend|mention|introduce|present)\w*\s+(?:us|me|[\p{Lu}][\p{Ll}]+)\s+to\s+(?:him|her|them)\b/u;

/** "a sit-down for me with Orrin Fiske": the one named is the target after all. */
export const FOR_ME_WITH = /\bfor\s+(?:me|us)\s+with\s+\p{Lu}/u;

const BETWEEN = new RegExp(
  String.raw`\bbetween\s+(?:me|us|(?:my|our)\s+(?:[\w-]+\s+){0,2}?${PERSON_NAME})\s+and\s+(${PERSON_NAME})`,
  "u",
);
/** The second of "between my student Lena Hartvig and Yusuf Brandt". */
export function secondOfBetween(sentence: string, isKnown: (name: string) => boolean): NamedPerson | null {
  const match = BETWEEN.exec(sentence);
  const name = trimName(match?.[1] ?? "");
  if (!match || !name || isKnown(name)) return null;
  return describePerson(name, sentence.slice((match.index ?? 0) + match[0].length));
}
