/**
 * RFC 2047 encoded-words (=?charset?B|Q?text?=) in header values. Gmail's API answers
 * header values decoded, so the emulator decodes them too.
 */
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
/** Whitespace between two adjacent encoded-words is not part of the text (RFC 2047 §6.2). */
const BETWEEN_WORDS = /(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)/g;

export function decodeEncodedWords(value: string): string {
  if (!value.includes("=?")) return value;
  return value
    .replace(BETWEEN_WORDS, "$1")
    .replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
      const bytes = encoding.toUpperCase() === "B" ? Buffer.from(text, "base64") : decodeQWord(text);
      return decodeCharset(bytes, charset) ?? word;
    });
}

function decodeQWord(text: string): Buffer {
  const latin1 = text
    .replace(/_/g, " ")
    .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(latin1, "latin1");
}

/** Decodes bytes in a MIME charset; undefined when Node's ICU does not know the charset. */
export function decodeCharset(bytes: Buffer, charset: string): string | undefined {
  const label = charset.split("*")[0]?.trim().toLowerCase() || "utf-8";
  try {
    return new TextDecoder(label === "us-ascii" ? "utf-8" : label).decode(bytes);
  } catch {
    return undefined;
  }
}
