/** Small text helpers shared by detection and extraction. Pure. */

/** Straight quotes and apostrophes, single spaces, no non-breaking spaces: what the cue patterns expect. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[ \t]+/g, " ");
}

/** Paragraphs: blocks separated by blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0);
}

// Company suffixes (Inc., Corp.) are left out: mail more often ends a sentence with one than not.
const ABBREVIATIONS = /\b(?:mr|mrs|ms|dr|prof|st|jr|sr|vs|e\.g|i\.e|approx|dept|no)\.$/i;

/**
 * Sentences, in order. Mail is hard-wrapped, so the lines of a paragraph are joined
 * before splitting at sentence punctuation; list items and lines ending in a colon
 * keep their own line ("Here's a blurb:" must not run into the blurb).
 */
export function sentences(text: string): string[] {
  const result: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const line of unwrapLines(paragraph)) {
      let start = 0;
      const boundary = /[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}0-9])/gu;
      for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
        const candidate = line.slice(start, match.index + match[0].trimEnd().length);
        if (ABBREVIATIONS.test(candidate.trimEnd())) continue;
        result.push(candidate.trim());
        start = match.index + match[0].length;
      }
      result.push(line.slice(start).trim());
    }
  }
  return result.filter((sentence) => sentence.length > 0);
}

const LIST_ITEM = /^\s*(?:[-*\u2022>]|\d+[.)])\s+/;

function unwrapLines(paragraph: string): string[] {
  const lines: string[] = [];
  for (const raw of paragraph.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const previous = lines.at(-1);
    if (previous !== undefined && !previous.endsWith(":") && !LIST_ITEM.test(line)) {
      lines[lines.length - 1] = `${previous} ${line}`;
    } else {
      lines.push(line);
    }
  }
  return lines;
}

/** Evidence is quoted to the user: keep it to one readable line. */
export function clip(text: string, max = 240): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}
