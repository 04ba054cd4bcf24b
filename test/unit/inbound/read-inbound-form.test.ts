import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type FormSource, InboundFormError, readInboundForm } from "../../../src/inbound/read-inbound-form.js";

/** A message with bytes that are not UTF-8 (latin1 "é", a lone 0xff) and CRLFs: it must come back unchanged. */
const MIME = Buffer.concat([
  Buffer.from("From: Ana <ana@example.org>\r\nTo: in@safeintro.test\r\nSubject: caf"),
  Buffer.from([0xe9, 0x20, 0xff]),
  Buffer.from("\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nBonjour + / = & % caf"),
  Buffer.from([0xe9, 0x0d, 0x0a]),
]);

/** A request body as fetch would send it: the bytes and the headers, from a real Request. */
async function fromRequest(body: FormData | URLSearchParams, chunkSize = 7): Promise<FormSource> {
  const request = new Request("http://127.0.0.1/inbound", { method: "POST", body });
  const bytes = Buffer.from(await request.arrayBuffer());
  const headers = { "content-type": request.headers.get("content-type") ?? "" };
  return sourceOf(bytes, headers, chunkSize);
}

/** Bytes in small chunks, so that fields and boundaries fall across chunk edges. */
function sourceOf(bytes: Buffer, headers: Record<string, string>, chunkSize = 7): FormSource {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  return Object.assign(Readable.from(chunks, { objectMode: false }), { headers });
}

/** Percent-encodes every byte that is not unreserved, as a form encoder does with raw bytes. */
function urlencodeBytes(bytes: Buffer): string {
  let out = "";
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9*\-._]/.test(char) ? char : byte === 0x20 ? "+" : `%${byte.toString(16).padStart(2, "0")}`;
  }
  return out;
}

const fieldsOf = (entries: Record<string, string>) => Object.assign(Object.create(null), entries) as object;

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InboundFormError);
  return (error as InboundFormError).problem;
}

describe("reading an inbound provider's form post", () => {
  it("multipart, body-mime as a text field: the bytes as sent, the other fields decoded as UTF-8", async () => {
    const message = "From: Zoë <zoe@example.org>\r\nSubject: Café ☕\r\n\r\nHello + / = & %\r\n";
    const form = new FormData();
    form.set("recipient", "in-7k2@safeintro.test");
    form.set("subject", "Café ☕");
    form.set("body-mime", message);
    const read = await readInboundForm(await fromRequest(form), { maxBytes: 64 * 1024 });
    expect(read.fields).toEqual(fieldsOf({ recipient: "in-7k2@safeintro.test", subject: "Café ☕" }));
    expect(read.mime?.equals(Buffer.from(message, "utf8"))).toBe(true);
  });

  it("multipart, body-mime as a file part: exactly the bytes sent", async () => {
    const form = new FormData();
    form.set("recipient", "in-7k2@safeintro.test");
    form.set("body-mime", new Blob([MIME], { type: "message/rfc822" }), "message.mime");
    form.set("attachment-1", new Blob([Buffer.alloc(300, 1)]), "ignored.bin");
    const read = await readInboundForm(await fromRequest(form), { maxBytes: 64 * 1024 });
    expect(read.mime?.equals(MIME)).toBe(true);
    expect(read.fields).toEqual(fieldsOf({ recipient: "in-7k2@safeintro.test" }));
  });

  it("multipart, body-mime as a field without a charset: the raw bytes come back as sent", async () => {
    const boundary = "----mailgun-boundary-42";
    const part = (name: string, value: Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
        value,
        Buffer.from("\r\n"),
      ]);
    const body = Buffer.concat([
      part("recipient", Buffer.from("in-7k2@safeintro.test")),
      part("from", Buffer.from("Zoë <zoe@example.org>")),
      part("body-mime", MIME),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const source = sourceOf(body, { "content-type": `multipart/form-data; boundary=${boundary}` });
    const read = await readInboundForm(source, { maxBytes: 64 * 1024 });
    expect(read.mime?.equals(MIME)).toBe(true);
    expect(read.fields.from).toBe("Zoë <zoe@example.org>");
  });

  it("urlencoded: percent-escapes decoded to the exact bytes, even those that are not UTF-8", async () => {
    const body = `recipient=in-7k2%40safeintro.test&subject=Caf%C3%A9+%E2%98%95&body-mime=${urlencodeBytes(MIME)}`;
    const source = sourceOf(Buffer.from(body), { "content-type": "application/x-www-form-urlencoded; charset=utf-8" });
    const read = await readInboundForm(source, { maxBytes: 64 * 1024 });
    expect(read.mime?.equals(MIME)).toBe(true);
    expect(read.fields).toEqual(fieldsOf({ recipient: "in-7k2@safeintro.test", subject: "Café ☕" }));
  });

  it("urlencoded from URLSearchParams, as fetch sends it", async () => {
    const params = new URLSearchParams({ recipient: "in-7k2@safeintro.test", "body-mime": "From: a@b.c\r\n\r\nhi" });
    const read = await readInboundForm(await fromRequest(params), { maxBytes: 1024 });
    expect(read.mime?.toString("utf8")).toBe("From: a@b.c\r\n\r\nhi");
    expect(read.fields.recipient).toBe("in-7k2@safeintro.test");
  });

  it("a post without body-mime gives null, not an error: the route decides", async () => {
    const read = await readInboundForm(await fromRequest(new URLSearchParams({ recipient: "x@y.z" })), {
      maxBytes: 1024,
    });
    expect(read.mime).toBeNull();
  });

  it("keeps the first of repeated fields, and a field named __proto__ stays a field", async () => {
    const read = await readInboundForm(
      sourceOf(Buffer.from("token=first&token=second&__proto__=x"), {
        "content-type": "application/x-www-form-urlencoded",
      }),
      { maxBytes: 1024 },
    );
    expect(read.fields.token).toBe("first");
    expect(Object.getPrototypeOf(read.fields)).toBeNull();
    expect(read.fields["__proto__"]).toBe("x");
  });

  it("refuses body-mime twice as malformed", async () => {
    const source = sourceOf(Buffer.from("body-mime=a&body-mime=b"), {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(await problemOf(readInboundForm(source, { maxBytes: 1024 }))).toBe("malformed");
  });

  describe("too large", () => {
    const big = Buffer.alloc(10_000, "a");

    it("a declared Content-Length over the limit is refused before a byte is read", async () => {
      const stream = new PassThrough();
      const source = Object.assign(stream, {
        headers: { "content-type": "application/x-www-form-urlencoded", "content-length": "10001" },
      });
      const error = await readInboundForm(source, { maxBytes: 10_000 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InboundFormError);
      expect((error as InboundFormError).problem).toBe("too_large");
      expect((error as InboundFormError).status).toBe(413);
      stream.end();
    });

    it("a body without Content-Length is stopped once it passes the limit", async () => {
      let pulled = 0;
      const long = new Readable({
        read() {
          pulled += 1;
          this.push(pulled > 1000 ? null : Buffer.from(pulled === 1 ? "body-mime=" : "a".repeat(1000)));
        },
      });
      const source = Object.assign(long, { headers: { "content-type": "application/x-www-form-urlencoded" } });
      expect(await problemOf(readInboundForm(source, { maxBytes: 50_000 }))).toBe("too_large");
    });

    it("multipart: a body-mime file over the limit", async () => {
      const form = new FormData();
      form.set("body-mime", new Blob([big]), "message.mime");
      expect(await problemOf(readInboundForm(await fromRequest(form, 1000), { maxBytes: 5_000 }))).toBe("too_large");
    });

    it("multipart: a body-mime field over the limit", async () => {
      const form = new FormData();
      form.set("body-mime", big.toString("latin1"));
      expect(await problemOf(readInboundForm(await fromRequest(form, 1000), { maxBytes: 5_000 }))).toBe("too_large");
    });

    it("urlencoded: over the limit", async () => {
      const params = new URLSearchParams({ "body-mime": big.toString("latin1") });
      expect(await problemOf(readInboundForm(await fromRequest(params, 1000), { maxBytes: 5_000 }))).toBe("too_large");
    });
  });

  describe("malformed", () => {
    it("a content type that is not a form", async () => {
      const source = sourceOf(Buffer.from("{}"), { "content-type": "application/json" });
      expect(await problemOf(readInboundForm(source, { maxBytes: 1024 }))).toBe("malformed");
    });

    it("no content type at all", async () => {
      expect(await problemOf(readInboundForm(sourceOf(Buffer.from("a=b"), {}), { maxBytes: 1024 }))).toBe("malformed");
    });

    it("multipart without a boundary", async () => {
      const source = sourceOf(Buffer.from("--x\r\n"), { "content-type": "multipart/form-data" });
      expect(await problemOf(readInboundForm(source, { maxBytes: 1024 }))).toBe("malformed");
    });

    it("multipart cut off before its closing boundary", async () => {
      const body = Buffer.from('--b\r\nContent-Disposition: form-data; name="body-mime"\r\n\r\nFrom: a@b.c\r\n');
      const source = sourceOf(body, { "content-type": "multipart/form-data; boundary=b" });
      expect(await problemOf(readInboundForm(source, { maxBytes: 1024 }))).toBe("malformed");
    });

    it("far more fields than a Mailgun post has", async () => {
      const body = Array.from({ length: 100 }, (_, n) => `f${n}=v`).join("&");
      const source = sourceOf(Buffer.from(body), { "content-type": "application/x-www-form-urlencoded" });
      expect(await problemOf(readInboundForm(source, { maxBytes: 64 * 1024 }))).toBe("malformed");
    });

    it("a request that breaks off mid-body", async () => {
      const stream = new PassThrough();
      const source = Object.assign(stream, { headers: { "content-type": "application/x-www-form-urlencoded" } });
      const reading = readInboundForm(source, { maxBytes: 1024 });
      stream.write("recipient=a");
      stream.destroy(new Error("socket hang up"));
      expect(await problemOf(reading)).toBe("malformed");
    });

    it("a body somebody else already read", async () => {
      const source = sourceOf(Buffer.from("a=b"), { "content-type": "application/x-www-form-urlencoded" });
      // Drained, as a body parser mounted in front would.
      await source.toArray();
      expect(await problemOf(readInboundForm(source, { maxBytes: 1024 }))).toBe("malformed");
    });
  });
});
