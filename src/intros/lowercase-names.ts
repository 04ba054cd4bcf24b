import type { NamedPerson } from "./describe-person.js";
import { looksLikePersonName, MAX_NAME_CHARS } from "./person-names.js";

/**
 * Phone-typed mail writes names in lower case: "can u intro me to jess albright at kinfolk
 * studio?", "you know dmitri volkov at quarry labs right? could you intro us?". Only in the
 * request sentence and the ones beside it, only two words after "to/with/know" and before
 * "at/from", and given back capitalised.
 */
const LOWERCASE_SLOT =
  /\b(?:to|with|w\/?|know)\s+([a-z][a-z'-]+\s+[a-z][a-z'-]+)\s+(?:at|from|of)\s+([a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,2})/;
/** Where the organisation's words end and the sentence goes on (from the first blank of a run: linear). */
const ORGANIZATION_END =
  /(?<!\s)\s+(?:for|to|about|so|and|because|who|she|he|they|just|please|right|ok|okay|too|now|still|yet|there)\b.*$/;
const capitalise = (words: string) => words.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());

export function lowercaseNamed(sentence: string, isKnown: (name: string) => boolean): NamedPerson | null {
  const match = LOWERCASE_SLOT.exec(sentence);
  if (!match?.[1] || /^(?:my|our|your|the|a|an|someone|anyone|some|any)\b/.test(match[1])) return null;
  const name = capitalise(match[1]);
  if (isKnown(name) || name.length > MAX_NAME_CHARS || !looksLikePersonName(name)) return null;
  const organization = capitalise((match[2] ?? "").replace(ORGANIZATION_END, ""));
  return { name, role: null, organization: organization || null };
}
