/**
 * Firms named like people: "Ashcombe Frayne" is a law firm where the text says "Ashcombe Frayne
 * LLP", and "Pruett Lambe" one where it says "Pruett Lambe & Oduya". Such a pair is never the
 * target person, though the name pattern reads two capitalised words as one; nor is a name in a
 * list of clients. Pure.
 */

/** A word of a firm's name: a capital and more letters ("Ashcombe", "O'Neill", "Hart-Lowe"). */
const FIRM_WORD = String.raw`\p{Lu}[\p{L}'-]+`;
/** Two or three such words: a firm named like a person ("Ashcombe Frayne", "Donald Ashcombe Frayne"). */
const FIRM_NAME_SHAPE = new RegExp(String.raw`^${FIRM_WORD}(?: ${FIRM_WORD}){1,2}$`, "u");
/**
 * What follows such a name when it is a firm's: a company's legal form, "& Oduya" or "and Sons"
 * (not "and Sarah"). Sticky: tried only where the name ends.
 */
const LEGAL_FORM_NEXT =
  /,?[ \t]+(?:LLP|LLC|L\.L\.P\.|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|PLC|plc|Corp\.?|GmbH|S\.A\.|&\s+(?:Co\b|Company|Partners|Associates|Sons|\p{Lu}[\p{L}'-]+)|and\s+(?:Co\b|Company|Partners|Associates|Sons)\b)/uy;
/** A part of a name, so not where one starts: "Donald" ends where "Ashcombe Frayne" starts only after a space. */
const PART_OF_A_WORD = /[\p{L}'-]/u;

/**
 * A single word that the text also writes as a company's first word ("Pellham" of "Pellham
 * Midstream", "Coldwater" of "Coldwater Tech"): "with Pellham until now" is the firm, not a person.
 * So are two ("Wells Fargo" of "Wells Fargo Bank", session 28's gq-ey).
 */
const FIRST_WORD_SHAPE = /^\p{Lu}\p{Ll}+$/u;
const KIND_OF_FIRM_NEXT =
  /\s+(?:Midstream|Energy|Tech|Technologies|Capital|Partners|Holdings|Bank|Group|Systems|Logistics|Freight|Pipeline|Gas|Electric|Power|Resources|Industries|Corporation|Company|Corp|Inc|LLC|Ltd|Utilities|Shipping|Marine|Steel|Mining|Petroleum|Oil|Chemicals?)\b/y;
const A_LETTER = /\p{L}/u;
/**
 * A place, not a person, by its first word: "El Camino" (a hospital's, session 28's gq-ff), "San
 * Diego", "Fort Worth", "New Haven". Two or three words, so "Santa" alone is not one.
 */
const PLACE_SHAPE = /^(?:El|La|Los|Las|San|Santa|Fort|Port|Mount|Lake|New)\s\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?$/u;
/**
 * A name that ends in a legal form or a kind of firm is a firm's ("Halvard Shipping Inc", "Tarrow
 * Logistics"), wherever it is written. (Not words that are also surnames: Power, Steel, Banks.)
 */
const ENDS_AS_FIRM =
  /\s(?:Inc|Ltd|Corp|Corporations?|Company|Media|Communications|Networks|Telecom|Bank|Foundation|Institute|University|Associates|Consulting|Solutions|Software|Group|Holdings|Technologies|Industries|Partners|Capital|Logistics|Shipping|Energy|Systems|Utilities|Petroleum|Resources|Pipeline|Midstream|Freight|Chemicals|Airlines|Lines|Bancorp|Insurance|Securities|Ventures|Oil|Gas|Electric|Refining|Exploration|Trading)$/u;

/**
 * Whether a name is, in this text, a firm's name: written before a legal form or a kind of firm
 * somewhere in it. Asked of each candidate name rather than scanning the text for every firm:
 * the names are few and found with indexOf, where a pattern starting at any capital was tried
 * at every capital of a long thread's history (a tenth of all analysis time). Pure.
 */
export function firmNameTest(text: string): (name: string) => boolean {
  // The pattern reads blanks between a name's words as one; so does this (copying the text only
  // when it has a tab or a double space to fold).
  const spaced = text.includes("\t") || text.includes("  ") ? text.replace(/[ \t]+/g, " ") : text;
  const answers = new Map<string, boolean>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      answer =
        ENDS_AS_FIRM.test(name) ||
        (FIRM_NAME_SHAPE.test(name) && writtenBefore(spaced, name, LEGAL_FORM_NEXT, PART_OF_A_WORD)) ||
        PLACE_SHAPE.test(name) ||
        ((FIRST_WORD_SHAPE.test(name) || FIRM_NAME_SHAPE.test(name)) &&
          writtenBefore(spaced, name, KIND_OF_FIRM_NEXT, A_LETTER));
      answers.set(name, answer);
    }
    return answer;
  };
}

/** Whether the text holds the name as a whole word start, followed by what `next` matches. */
function writtenBefore(text: string, name: string, next: RegExp, wordCharacter: RegExp): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (at > 0 && wordCharacter.test(text[at - 1]!)) continue;
    next.lastIndex = at + name.length;
    if (next.test(text)) return true;
  }
  return false;
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
