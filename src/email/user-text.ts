/**
 * Text from users or mail (names, subjects, reasons, blurbs, notes) before it goes into an
 * email. Escaping is the templates' business (HTML-escaped in the HTML body, as is in the
 * text body); this removes what no format should carry:
 * - control characters (C0 and C1, DEL), other than the line breaks of multi-line text;
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): escaping leaves
 *   them working, and an override can make a name or a link label read backwards
 *   ("Trojan Source"). The marks U+200E, U+200F and U+061C stay: right-to-left names need
 *   them and they cannot reorder text beyond a character.
 */

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/** Longest subject kept, in characters: past it the subject is cut and ends with "…". */
export const MAX_SUBJECT_LENGTH = 300;

/** Multi-line text: line breaks become "\n"; tabs and line feeds are the only controls kept. */
export function cleanText(value: string): string {
  return value.replace(LINE_BREAKS, "\n").replace(CONTROLS, "").replace(BIDI_CONTROLS, "").trim();
}

/** One line (a name, an address, a subject): every run of white space, line breaks included, is one space. */
export function cleanLine(value: string): string {
  return cleanText(value).replace(/\s+/g, " ");
}

/**
 * A rendered subject, ready for the Subject header: one line whatever the templates and the
 * values put in it (no CR or LF can start another header), and at most MAX_SUBJECT_LENGTH
 * characters, never cut inside a surrogate pair.
 */
export function cleanSubject(value: string): string {
  const line = cleanLine(value);
  const characters = Array.from(line);
  if (characters.length <= MAX_SUBJECT_LENGTH) return line;
  return `${characters
    .slice(0, MAX_SUBJECT_LENGTH - 1)
    .join("")
    .trimEnd()}…`;
}
