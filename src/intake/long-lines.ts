/**
 * The two mail parsers (email-reply-parser, email-forward-parser) test dozens of patterns
 * on every line, some in time that grows with the square or the cube of the line's length:
 * one crafted line of 2,000 characters costs the forward parser over 100 ms. Both decide
 * what a line is by its start and by short lines ("> …", "From: …", "On … wrote:",
 * "Sent from my iPhone"), never by the middle of a long paragraph. So they are given the
 * start of each long line only, with a marker standing for the rest, and the rest is put
 * back into what they return.
 */

/** Characters of a line the parsers see: longer than any separator or header line. */
export const PARSER_LINE_CHARS = 256;

export interface ShortenedLines {
  /** The text with every long line cut, a marker in place of its rest. */
  text: string;
  /** Puts the rest of each long line back in place of its marker. */
  restore: (parsed: string) => string;
}

/** Long lines of `text` cut for a parser, and the way back. Pure. */
export function shortenLongLines(text: string, maxChars = PARSER_LINE_CHARS): ShortenedLines {
  const lines = text.split("\n");
  if (lines.every((line) => line.length <= maxChars)) return { text, restore: (parsed) => parsed };
  const mark = unusedPrivateUseCharacter(text);
  const rests: string[] = [];
  const shortened = lines.map((line) => {
    if (line.length <= maxChars) return line;
    // Text that holds every private-use character (only a crafted one does) loses the rests.
    if (mark === null) return line.slice(0, maxChars);
    rests.push(line.slice(maxChars));
    return `${line.slice(0, maxChars)}${mark}${rests.length - 1}${mark}`;
  });
  const marker = mark === null ? null : new RegExp(`${mark}(\\d+)${mark}`, "g");
  return {
    text: shortened.join("\n"),
    restore: (parsed) =>
      marker === null ? parsed : parsed.replace(marker, (_, index: string) => rests[Number(index)] ?? ""),
  };
}

const PRIVATE_USE = { first: 0xe000, last: 0xf8ff };

/** A character of the Private Use Area that `text` does not hold, to mark cuts unambiguously. */
function unusedPrivateUseCharacter(text: string): string | null {
  const used = new Uint8Array(PRIVATE_USE.last - PRIVATE_USE.first + 1);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= PRIVATE_USE.first && code <= PRIVATE_USE.last) used[code - PRIVATE_USE.first] = 1;
  }
  const free = used.indexOf(0);
  return free === -1 ? null : String.fromCharCode(PRIVATE_USE.first + free);
}
