import type { IncomingHttpHeaders } from "node:http";
import type { Readable } from "node:stream";
import busboy from "busboy";

/** The form field that carries the raw message, when the route's URL ends in "mime". */
export const MIME_FIELD = "body-mime";

export interface InboundForm {
  /** Every other field, first value of each, decoded as UTF-8. A null-prototype object. */
  fields: Record<string, string>;
  /** The message exactly as posted, or null when the post had no body-mime. */
  mime: Buffer | null;
}

export type InboundFormProblem = "too_large" | "malformed";

/** The body could not be taken: too large (answer 413) or not a form we read (answer 400). */
export class InboundFormError extends Error {
  override readonly name = "InboundFormError";
  constructor(
    readonly problem: InboundFormProblem,
    message: string,
  ) {
    super(message);
  }

  get status(): 413 | 400 {
    return this.problem === "too_large" ? 413 : 400;
  }
}

export interface InboundFormLimits {
  /** The whole body as sent, in bytes: the message limit plus room for the other fields. */
  maxBytes: number;
}

/** A request body with its headers: an http.IncomingMessage (an Express request) in production. */
export type FormSource = Readable & { headers: IncomingHttpHeaders };

// A Mailgun post has about a dozen fields and the message; anything with far more parts is not one.
const MAX_FIELDS = 64;
const MAX_FILES = 4;
const MAX_PARTS = 100;

/**
 * Reads an inbound provider's form post, multipart or urlencoded, never holding more than
 * `maxBytes` of it. Both kinds go through busboy with latin1 as the default charset: latin1
 * maps every byte to one character, so body-mime comes back byte for byte (the message's
 * DKIM signatures cover its bytes, and a message need not be UTF-8; URLSearchParams would
 * decode percent-escapes as UTF-8 and replace what is not). A urlencoded body's declared
 * charset is dropped for the same reason. The other fields are then decoded as UTF-8.
 *
 * On failure the rest of the body is left to drain unread, so that the caller can still answer.
 */
export function readInboundForm(request: FormSource, limits: InboundFormLimits): Promise<InboundForm> {
  return new Promise<InboundForm>((resolve, reject) => {
    const fields: Record<string, string> = Object.create(null) as Record<string, string>;
    let mime: Buffer | null = null;
    let received = 0;
    let settled = false;
    let parser: busboy.Busboy | undefined;

    const detach = () => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onAborted);
      request.off("close", onClose);
      parser?.removeAllListeners();
      // A destroyed parser still emits; an error then must not go unhandled.
      parser?.on("error", () => {});
      parser?.destroy();
    };
    const fail = (problem: InboundFormProblem, message: string) => {
      if (settled) return;
      settled = true;
      detach();
      // Keep the request flowing with nobody listening: its bytes are discarded, not kept.
      request.resume();
      reject(new InboundFormError(problem, message));
    };
    const tooLarge = () => fail("too_large", `the body is larger than ${limits.maxBytes} bytes`);

    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxBytes) return tooLarge();
      if (parser && !parser.write(chunk)) {
        request.pause();
        parser.once("drain", () => request.resume());
      }
    };
    const onEnd = () => parser?.end();
    const onAborted = () => fail("malformed", "the request was aborted");
    const onClose = () => {
      if (!request.readableEnded) onAborted();
    };

    if (request.readableEnded) return fail("malformed", "the body was already read (is a body parser mounted before?)");
    const declared = Number(request.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limits.maxBytes) return tooLarge();
    const contentType = busboyContentType(request.headers["content-type"]);
    if (!contentType) return fail("malformed", "not a multipart or urlencoded form");
    try {
      parser = busboy({
        headers: { ...request.headers, "content-type": contentType },
        defCharset: "latin1",
        limits: {
          fields: MAX_FIELDS,
          files: MAX_FILES,
          parts: MAX_PARTS,
          fieldSize: limits.maxBytes,
          fileSize: limits.maxBytes,
        },
      });
    } catch (error) {
      // A multipart type without a boundary, say.
      return fail("malformed", error instanceof Error ? error.message : "unreadable content type");
    }

    const takeMime = (bytes: Buffer) => {
      if (mime !== null) return fail("malformed", `${MIME_FIELD} appears twice`);
      mime = bytes;
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return tooLarge();
      if (name === MIME_FIELD) return takeMime(toBytes(value));
      if (!(name in fields)) fields[name] = toBytes(value).toString("utf8");
    });
    parser.on("file", (name, stream) => {
      if (name !== MIME_FIELD) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", tooLarge);
      stream.on("error", () => fail("malformed", `${MIME_FIELD} ended early`));
      stream.on("end", () => {
        if (!settled) takeMime(Buffer.concat(chunks));
      });
    });
    const tooMany = () => fail("malformed", "more fields than an inbound post has");
    parser.on("fieldsLimit", tooMany);
    parser.on("filesLimit", tooMany);
    parser.on("partsLimit", tooMany);
    parser.on("error", (error: Error) => fail("malformed", error.message));
    parser.on("close", () => {
      if (settled) return;
      settled = true;
      detach();
      resolve({ fields, mime });
    });

    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onAborted);
    request.on("close", onClose);
  });
}

/**
 * The content type busboy is given: a multipart one as sent (its boundary is needed; each
 * part's own charset still applies), a urlencoded one without its charset. Null for others.
 */
function busboyContentType(header: string | undefined): string | null {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  if (type === "multipart/form-data") return header ?? null;
  if (type === "application/x-www-form-urlencoded") return type;
  return null;
}

/**
 * A busboy value back to its bytes. Decoded as latin1 (the default) every character is one
 * byte. A multipart part that declares a charset of its own is decoded in it by busboy; when
 * that produced characters beyond latin1 it can only have been a Unicode one, read as UTF-8.
 */
function toBytes(value: string): Buffer {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u00ff]/.test(value) ? Buffer.from(value, "utf8") : Buffer.from(value, "latin1");
}
