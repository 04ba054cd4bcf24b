/**
 * One batch part's body, taken in as it streams, with the string value of the top-level
 * `raw` key (messages.get format=raw: the whole message, base64url) set aside. A raw value
 * over its limit is counted and dropped as it passes, so a message of hundreds of MB costs
 * bandwidth but never memory; the fields around it (id, threadId, historyId, internalDate:
 * Gmail writes the last two after raw) are kept, so the message can still be recorded.
 */
export interface PartBodyLimits {
  /** Characters of the raw value kept; beyond them it is dropped. */
  maxRawChars: number;
  /** Bytes of everything else; beyond them the whole body is dropped. */
  maxOtherBytes: number;
}

export interface SunkBody {
  /** The body's text with the raw value emptied (`"raw":""`); null when the body was dropped. */
  text: string | null;
  /** The raw value, when there was one within its limit. */
  raw?: string;
  /** Characters of a raw value that was over its limit and dropped. */
  rawDroppedChars?: number;
  /** Bytes of a body that was over its limit and dropped whole. */
  droppedBytes?: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const WHITESPACE = new Set([0x20, 0x09, 0x0d, 0x0a]);

type Mode = "outside" | "string" | "raw";

/**
 * A JSON scanner just deep enough for the job: it tells strings (and escapes) from the rest,
 * counts nesting, and notices the key "raw" of the outermost object followed by a string.
 * Inside a string it jumps to the next quote or backslash (a native search), so a long raw
 * value costs no per-byte JavaScript. Text that is not JSON is kept as it is, within the limit.
 */
export class PartBodySink {
  private mode: Mode = "outside";
  /** The body went over its limit: nothing more is kept. */
  private dropped = false;
  private readonly kept: Buffer[] = [];
  private keptBytes = 0;
  private totalBytes = 0;
  private depth = 0;
  /** A backslash ended the last chunk: the next byte is escaped. */
  private escaping = false;
  /** The current string began at depth 1 (it may be a key of the outermost object). */
  private stringAtTop = false;
  /** The current string's first bytes and length, to recognise "raw". */
  private stringHead = "";
  private stringLength = 0;
  /** The last token at depth 1 was the string "raw": a ":" next makes it a key. */
  private sawRawString = false;
  /** After `"raw":`: the next string is the raw value. */
  private expectRaw = false;
  private rawParts: Buffer[] | null = null;
  private rawChars = 0;
  private rawEscaped = false;
  private rawDropped = false;

  constructor(private readonly limits: PartBodyLimits) {}

  write(chunk: Buffer): void {
    this.totalBytes += chunk.length;
    let at = 0;
    while (at < chunk.length) {
      if (this.dropped) return;
      if (this.mode === "outside") at = this.outside(chunk, at);
      else at = this.inString(chunk, at);
    }
  }

  finish(): SunkBody {
    if (this.dropped) return { text: null, droppedBytes: this.totalBytes };
    const text = Buffer.concat(this.kept).toString("utf8");
    if (this.rawDropped) return { text, rawDroppedChars: this.rawChars };
    if (!this.rawParts) return { text };
    // base64url is ASCII; a backslash would mean JSON escapes, undone by JSON itself.
    const chars = Buffer.concat(this.rawParts).toString(this.rawEscaped ? "utf8" : "latin1");
    return { text, raw: this.rawEscaped ? (JSON.parse(`"${chars}"`) as string) : chars };
  }

  private outside(chunk: Buffer, start: number): number {
    let at = start;
    for (; at < chunk.length; at++) {
      const byte = chunk[at]!;
      if (byte === QUOTE) {
        this.keep(chunk.subarray(start, at + 1));
        if (this.expectRaw) {
          this.expectRaw = false;
          this.mode = "raw";
          this.rawParts = [];
          this.rawChars = 0;
        } else {
          this.mode = "string";
          this.stringAtTop = this.depth === 1;
          this.stringHead = "";
          this.stringLength = 0;
        }
        this.sawRawString = false;
        return at + 1;
      }
      if (WHITESPACE.has(byte)) continue;
      this.expectRaw = byte === 0x3a /* : */ && this.sawRawString;
      this.sawRawString = false;
      if (byte === 0x7b /* { */ || byte === 0x5b /* [ */) this.depth++;
      else if (byte === 0x7d /* } */ || byte === 0x5d /* ] */) this.depth--;
    }
    this.keep(chunk.subarray(start, at));
    return at;
  }

  /** In a string or the raw value: up to and including its closing quote, or the chunk's end. */
  private inString(chunk: Buffer, start: number): number {
    let at = start;
    if (this.escaping) {
      this.escaping = false;
      at++;
    }
    for (;;) {
      const quote = chunk.indexOf(QUOTE, at);
      const backslash = chunk.indexOf(BACKSLASH, at);
      if (backslash >= 0 && (quote < 0 || backslash < quote)) {
        if (this.mode === "raw") this.rawEscaped = true;
        if (backslash + 1 >= chunk.length) {
          this.escaping = true;
          this.stringBytes(chunk.subarray(start, chunk.length));
          return chunk.length;
        }
        at = backslash + 2;
        continue;
      }
      if (quote < 0) {
        this.stringBytes(chunk.subarray(start, chunk.length));
        return chunk.length;
      }
      this.stringBytes(chunk.subarray(start, quote));
      this.endString();
      this.keep(chunk.subarray(quote, quote + 1));
      return quote + 1;
    }
  }

  private stringBytes(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.mode === "string") {
      if (this.stringAtTop && this.stringLength < 4) this.stringHead += bytes.subarray(0, 4).toString("latin1");
      this.stringLength += bytes.length;
      this.keep(bytes);
      return;
    }
    this.rawChars += bytes.length;
    if (this.rawDropped) return;
    if (this.rawChars > this.limits.maxRawChars) {
      this.rawDropped = true;
      this.rawParts = null;
      return;
    }
    this.rawParts?.push(bytes);
  }

  private endString(): void {
    if (this.mode === "string") {
      this.sawRawString = this.stringAtTop && this.stringLength === 3 && this.stringHead.startsWith("raw");
    }
    this.mode = "outside";
  }

  private keep(bytes: Buffer): void {
    if (this.dropped || bytes.length === 0) return;
    this.keptBytes += bytes.length;
    if (this.keptBytes > this.limits.maxOtherBytes) {
      this.dropped = true;
      this.kept.length = 0;
      this.rawParts = null;
      return;
    }
    this.kept.push(bytes);
  }
}
