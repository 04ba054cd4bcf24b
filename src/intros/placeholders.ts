/**
 * A template's blanks, read as what they stand for. Guides quote requests as templates ("could
 * you introduce me to [Name] at [Company]?", "Who is the right person to talk to about [specific
 * problem area]?"), and people send templates with blanks left in; the cues read words, not
 * brackets. Only for the cues' reading: evidence is quoted from the text as written.
 */

/** A blank for a person: "[Name]", "[Target Name]", "[partner]", "{first_name}", "[X]". */
const PERSON_SLOT =
  /^(?:(?:(?:first|last|full|contact'?s?|person'?s?|target'?s?|introducee'?s?|recipient'?s?|friend'?s?|colleague'?s?)\s+)?name|person|contact|partner|introducee|investor|target|recipient|friend|colleague|(?:hiring\s+)?manager|ceo|founder|vp|director|recruiter|editor|agent|professor|mutual(?:\s+connection)?|connector|x|y)$/i;
/** A blank for an organisation: "[Company]", "[Target Company]", "[firm name]". */
const ORGANIZATION_SLOT =
  /^(?:(?:target|their|his|her|the)\s+)?(?:company|firm|organi[sz]ation|employer|startup|fund|school|university|agency|business|institution|client)(?:\s+name)?$/i;
/** An editor's mark in a quotation: "[sic]", "[…]", "[Rule 2]". */
const EDITORIAL = /^(?:sic|\.\.\.|…|rule\s+\d+|emphasis\s+(?:mine|added))$/i;

/** Stand-ins the name and organisation patterns read as a person's name and a firm's. */
export const PLACEHOLDER_PERSON = "Jordan Ellis";
export const PLACEHOLDER_ORGANIZATION = "Acme Corp";

const BLANK = /\s?\[([^[\]\n]{1,40})\]|\{\{?\s*([\w ]{1,30}?)\s*\}?\}/g;

export function readingPlaceholders(text: string): string {
  if (!text.includes("[") && !text.includes("{")) return text;
  return text.replace(BLANK, (whole, bracketed: string | undefined, braced: string | undefined) => {
    const inner = (bracketed ?? braced ?? "").replace(/_/g, " ").trim();
    const space = whole.startsWith(" ") ? " " : "";
    if (/^mailto:|@|^https?:/i.test(inner)) return whole;
    if (EDITORIAL.test(inner)) return "";
    if (PERSON_SLOT.test(inner)) return `${space}${PLACEHOLDER_PERSON}`;
    if (ORGANIZATION_SLOT.test(inner)) return `${space}${PLACEHOLDER_ORGANIZATION}`;
    return `${space}${inner}`;
  });
}
