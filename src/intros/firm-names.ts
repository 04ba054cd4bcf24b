/**
 * Firms named like people: "Ashcombe Frayne" is a law firm where the text says "Ashcombe Frayne
 * LLP", and "Pruett Lambe" one where it says "Pruett Lambe & Oduya". Such a pair is never the
 * target person, though the name pattern reads two capitalised words as one; nor is a name in a
 * list of clients. Pure.
 */

/**
 * Two or three capitalised words followed by a company's legal form, "& Oduya" or "and Sons" (not
 * "and Sarah"). Each name starts where a word starts: tried from every capital inside a long run
 * of letters, the pattern read the rest of the run each time, in quadratic time.
 */
const FIRM =
  /(?<![\p{L}'-])(\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){1,2}),?[ \t]+(?:LLP|LLC|L\.L\.P\.|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|PLC|plc|Corp\.?|GmbH|S\.A\.|&\s+(?:Co\b|Company|Partners|Associates|Sons|\p{Lu}[\p{L}'-]+)|and\s+(?:Co\b|Company|Partners|Associates|Sons)\b)/gu;

/**
 * A single word that the text also writes as a company's first word ("Pellham" of "Pellham
 * Midstream", "Coldwater" of "Coldwater Tech"): "with Pellham until now" is the firm, not a person.
 */
const FIRM_FIRST_WORD =
  /(?<!\p{L})(\p{Lu}\p{Ll}+)\s+(?:Midstream|Energy|Tech|Technologies|Capital|Partners|Holdings|Bank|Group|Systems|Logistics|Freight|Pipeline|Gas|Electric|Power|Resources|Industries|Corporation|Company|Corp|Inc|LLC|Ltd|Utilities|Shipping|Marine|Steel|Mining|Petroleum|Oil|Chemicals?)\b/gu;

/** The names in a text that are firms' names, as written before their legal form or kind. */
export function firmsNamedLikePeople(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(FIRM)) {
    const words = (match[1] ?? "").split(/[ \t]+/);
    // "Donald Ashcombe Frayne LLP" in a sign-off: the firm is the last two words, or all three.
    names.add(words.join(" "));
    if (words.length === 3) names.add(words.slice(1).join(" "));
  }
  for (const match of text.matchAll(FIRM_FIRST_WORD)) if (match[1]) names.add(match[1]);
  return names;
}

/** Null when the name is the tail of the organisation's ("Lowe Publishing" of "Harper & Lowe Publishing"). */
export function partOfFirm(name: string | null, organization: string | null): string | null {
  if (!name || !organization || !name.includes(" ")) return name;
  return organization.endsWith(` ${name}`) ? null : name;
}

/**
 * "clients such as the State of California, Puget Sound Energy and Kaiser Permanente": names in
 * a list of clients or companies are organisations, though two capitalised words look like a
 * person's. Only the 160 characters before the name are read.
 */
const LIST_OF_CLIENTS =
  /\b(?:clients|customers|companies|firms|accounts|organi[sz]ations|utilities|employers|brands|partners)\s+(?:such\s+as|like|including)\b[^.?!]*$/i;
export const inListOfClients = (sentence: string, index: number): boolean =>
  LIST_OF_CLIENTS.test(sentence.slice(Math.max(0, index - 160), index));
