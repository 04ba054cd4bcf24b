import { GmailError } from "./gmail-error.js";
import { type PartBodyLimits, PartBodySink } from "./part-body-sink.js";

/** One call's answer inside a batch answer, as read off the stream. */
export interface ParsedBatchPart {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** Parsed JSON, or text; undefined when the body was over its limit. */
  body: unknown;
  contentId?: string;
  /** What was over its limit and dropped unread: the raw value, or the whole body. */
  omitted?: { field: "raw" | "body"; bytes: number };
}

/** Outer headers, status line and the call's headers: Google's are a few hundred bytes. */
const MAX_PART_HEAD_BYTES = 64 * 1024;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads a multipart/mixed batch answer chunk by chunk, never holding more of it than one
 * part's head and kept body: the answer as a whole can be far larger than a JavaScript
 * string may be (a batch with a 600 MB message once gave ERR_STRING_TOO_LONG). Parts are
 * returned in the order received; the text before the first delimiter (preamble) and after
 * the closing one (epilogue) is ignored, and a part the answer never closed is dropped.
 */
export class BatchResponseParser {
  private readonly delimiter: Buffer;
  /** Bytes not yet consumed; starts with a line break so that a delimiter on the first line is found like any other. */
  private carry: Buffer = Buffer.from("\r\n");
  private phase: "preamble" | "delimiter-line" | "part" | "epilogue" = "preamble";
  private part: PartBuilder | undefined;
  private readonly parts: ParsedBatchPart[] = [];

  constructor(
    boundary: string,
    private readonly limits: PartBodyLimits,
  ) {
    this.delimiter = Buffer.from(`\n--${boundary}`, "latin1");
  }

  write(chunk: Uint8Array): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry.length === 0) return this.consume(bytes, false);
    // The carry is a few bytes that might begin a delimiter (or the CR before one). Unless a
    // delimiter starts in it or at the chunk's first byte, it is plain content, and the chunk
    // is read where it lies: copying every chunk behind the carry would double the garbage of
    // a long answer.
    const seam = Buffer.concat([this.carry, bytes.subarray(0, this.delimiter.length)]);
    const straddles = bytes.length < this.delimiter.length || seam.indexOf(this.delimiter) >= 0;
    if ((this.phase !== "part" && this.phase !== "preamble") || straddles) {
      return this.consume(Buffer.concat([this.carry, bytes]), false);
    }
    this.content(this.carry);
    this.carry = Buffer.alloc(0);
    this.consume(bytes, false);
  }

  /** The parts, once the answer has ended. */
  end(): ParsedBatchPart[] {
    this.consume(this.carry, true);
    return this.parts;
  }

  private consume(buffer: Buffer, ended: boolean): void {
    let at = 0;
    for (;;) {
      if (this.phase === "epilogue") {
        this.carry = Buffer.alloc(0);
        return;
      }
      if (this.phase === "delimiter-line") {
        const next = this.afterDelimiter(buffer, at, ended);
        if (next === undefined) return;
        at = next;
        continue;
      }
      const found = buffer.indexOf(this.delimiter, at);
      if (found < 0) {
        // The last bytes may begin a delimiter (and the CR before it): kept for the next chunk.
        const safe = ended ? buffer.length : Math.max(at, buffer.length - this.delimiter.length);
        this.content(buffer.subarray(at, safe));
        this.carry = buffer.subarray(safe);
        return;
      }
      const after = found + this.delimiter.length;
      if (after >= buffer.length && !ended) {
        // Whether this is a delimiter depends on the next byte: wait for it.
        const keepFrom = found > at && buffer[found - 1] === CR ? found - 1 : found;
        this.content(buffer.subarray(at, keepFrom));
        this.carry = buffer.subarray(keepFrom);
        return;
      }
      // "--boundary" must be followed by "--", padding or the line's end; "--boundaryX" is content.
      const next = buffer[after];
      if (next !== undefined && ![0x2d, 0x20, 0x09, CR, LF].includes(next)) {
        this.content(buffer.subarray(at, found + 1));
        at = found + 1;
        continue;
      }
      // The line break before a delimiter belongs to the delimiter, not to the part.
      this.content(buffer.subarray(at, found > at && buffer[found - 1] === CR ? found - 1 : found));
      if (this.part) this.parts.push(this.part.finish());
      this.part = undefined;
      this.phase = "delimiter-line";
      at = after;
    }
  }

  /** After "--boundary": "--" closes the answer; otherwise the line's end starts a part. */
  private afterDelimiter(buffer: Buffer, at: number, ended: boolean): number | undefined {
    if (buffer.length - at < 2 && !ended) {
      this.carry = buffer.subarray(at);
      return undefined;
    }
    if (buffer[at] === 0x2d && buffer[at + 1] === 0x2d) {
      this.phase = "epilogue";
      return at;
    }
    const lineEnd = buffer.indexOf(LF, at);
    if (lineEnd < 0) {
      if (buffer.length - at > 1024) throw malformed("a delimiter line that does not end");
      if (!ended) this.carry = buffer.subarray(at);
      return undefined;
    }
    this.phase = "part";
    this.part = new PartBuilder(this.limits);
    return lineEnd + 1;
  }

  private content(bytes: Buffer): void {
    if (this.phase === "part" && bytes.length > 0) this.part?.write(bytes);
  }
}

/** One part: its head (outer headers, then the HTTP status line and headers), then its body. */
class PartBuilder {
  private head: Buffer = Buffer.alloc(0);
  private sink: PartBodySink | undefined;

  constructor(private readonly limits: PartBodyLimits) {}

  write(bytes: Buffer): void {
    if (this.sink) {
      this.sink.write(bytes);
      return;
    }
    this.head = Buffer.concat([this.head, bytes]);
    const bodyStart = endOfHttpHead(this.head);
    if (bodyStart === undefined) {
      if (this.head.length > MAX_PART_HEAD_BYTES) throw malformed("a part whose headers never end");
      return;
    }
    this.sink = new PartBodySink(this.limits);
    this.sink.write(this.head.subarray(bodyStart));
    this.head = this.head.subarray(0, bodyStart);
  }

  finish(): ParsedBatchPart {
    const text = this.head.toString("utf8");
    const [outerText, inner] = splitHead(text);
    const outer = parseHeaderLines(outerText);
    const [httpHead] = splitHead(inner);
    const [statusLine = "", ...headerLines] = httpHead.split(/\r?\n/);
    const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(statusLine.trim())?.[1];
    if (!status) throw malformed("a part without an HTTP status line");
    const headers = parseHeaderLines(headerLines.join("\n"));
    const contentId = /<([^>]*)>/.exec(outer["content-id"] ?? "")?.[1] ?? outer["content-id"];
    const sunk = this.sink?.finish() ?? { text: "" };
    const part: ParsedBatchPart = {
      status: Number(status),
      headers,
      body: sunk.text === null ? undefined : parseBody(sunk.text, headers["content-type"]),
      ...(contentId ? { contentId } : {}),
    };
    if (sunk.droppedBytes !== undefined) part.omitted = { field: "body", bytes: sunk.droppedBytes };
    else if (sunk.rawDroppedChars !== undefined) {
      part.omitted = { field: "raw", bytes: sunk.rawDroppedChars };
      if (isRecord(part.body)) delete part.body.raw;
    } else if (sunk.raw !== undefined && isRecord(part.body)) part.body.raw = sunk.raw;
    return part;
  }
}

/** Where the call's body starts: after the blank line that ends the outer headers, then the one that ends the HTTP head. */
function endOfHttpHead(head: Buffer): number | undefined {
  const outerEnd = endOfBlankLine(head, 0);
  return outerEnd === undefined ? undefined : endOfBlankLine(head, outerEnd);
}

function endOfBlankLine(bytes: Buffer, from: number): number | undefined {
  for (let at = bytes.indexOf(LF, from); at >= 0; at = bytes.indexOf(LF, at + 1)) {
    if (bytes[at + 1] === LF) return at + 2;
    if (bytes[at + 1] === CR && bytes[at + 2] === LF) return at + 3;
    if (bytes[at + 1] === undefined || (bytes[at + 1] === CR && bytes[at + 2] === undefined)) return undefined;
  }
  return undefined;
}

function splitHead(text: string): [string, string] {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return [text, ""];
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function parseBody(text: string, contentType: string | undefined): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  if (contentType?.includes("json") || /^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function malformed(what: string): GmailError {
  return new GmailError("temporary", `Gmail batch answer has ${what}`);
}
