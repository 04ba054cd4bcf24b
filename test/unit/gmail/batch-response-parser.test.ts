import { describe, expect, it } from "vitest";
import { BatchResponseParser } from "../../../src/gmail/batch-response-parser.js";
import { batchResponseBody, rawMessage } from "./batch-fixtures.js";
import { notFound404 } from "./google-error-bodies.js";

const BOUNDARY = "batch_stream_test";
const roomy = { maxRawChars: 1_000_000, maxOtherBytes: 1_000_000 };

function parse(chunks: (string | Buffer)[], limits = roomy) {
  const parser = new BatchResponseParser(BOUNDARY, limits);
  for (const chunk of chunks) parser.write(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return parser.end();
}

/** Every way of cutting `text` in two, and byte by byte: the parts must not depend on where chunks end. */
function everySplit(text: string, limits = roomy) {
  const bytes = Buffer.from(text);
  const whole = parse([bytes], limits);
  for (let cut = 0; cut <= bytes.length; cut++) {
    expect(parse([bytes.subarray(0, cut), bytes.subarray(cut)], limits), `cut at ${cut}`).toEqual(whole);
  }
  expect(
    parse(
      [...bytes].map((byte) => Buffer.from([byte])),
      limits,
    ),
  ).toEqual(whole);
  // Chunks of assorted sizes, some shorter than the delimiter, some longer, from every offset.
  const sizes = [1, 19, 2, 41, 7, 23, 3, 64, 18];
  for (let offset = 0; offset < 40; offset++) {
    const chunks = [bytes.subarray(0, offset)];
    for (let at = offset, turn = 0; at < bytes.length; turn++) {
      const size = sizes[turn % sizes.length]!;
      chunks.push(bytes.subarray(at, at + size));
      at += size;
    }
    expect(parse(chunks, limits), `assorted chunks from ${offset}`).toEqual(whole);
  }
  return whole;
}

describe("BatchResponseParser", () => {
  it("reads Google's parts with their status, headers, Content-ID and JSON, however the stream is cut", () => {
    const text = batchResponseBody(BOUNDARY, [
      { item: 2, status: 404, statusText: "Not Found", body: notFound404 },
      { item: 1, status: 200, statusText: "OK", body: rawMessage("m1"), headers: { ETag: '"abc"' } },
    ]);
    const parts = everySplit(text);
    expect(parts).toEqual([
      {
        status: 404,
        headers: { "content-type": "application/json; charset=UTF-8", vary: "X-Origin" },
        body: notFound404,
        contentId: "response-item-2",
      },
      {
        status: 200,
        headers: { "content-type": "application/json; charset=UTF-8", vary: "X-Origin", etag: '"abc"' },
        body: rawMessage("m1"),
        contentId: "response-item-1",
      },
    ]);
  });

  it("reads LF-only answers with a preamble and an epilogue, and a content line that only starts like the boundary", () => {
    const text = [
      `preamble --${BOUNDARY}x`,
      `--${BOUNDARY}`,
      "Content-Type: application/http",
      "",
      "HTTP/1.1 502 Bad Gateway",
      "Content-Type: text/html",
      "",
      "<html>",
      `--${BOUNDARY}X is not a delimiter`,
      "</html>",
      `--${BOUNDARY}  `,
      "Content-Type: application/http",
      "",
      "HTTP/1.1 204 No Content",
      `--${BOUNDARY}--`,
      `--${BOUNDARY}`,
      "an epilogue, not a part",
    ].join("\n");
    const parts = everySplit(text);
    expect(parts).toEqual([
      {
        status: 502,
        headers: { "content-type": "text/html" },
        body: `<html>\n--${BOUNDARY}X is not a delimiter\n</html>`,
      },
      { status: 204, headers: {}, body: "" },
    ]);
  });

  it("sets a raw value over its limit aside, keeping the fields Gmail writes after it", () => {
    const message = rawMessage("big", "x".repeat(3000));
    const text = batchResponseBody(BOUNDARY, [
      { item: 1, status: 200, statusText: "OK", body: message },
      { item: 2, status: 200, statusText: "OK", body: rawMessage("small") },
    ]);
    const parts = everySplit(text, { maxRawChars: 1000, maxOtherBytes: 10_000 });
    const { raw, ...rest } = message;
    expect(parts[0]).toMatchObject({ status: 200, body: rest, omitted: { field: "raw", bytes: raw.length } });
    expect(parts[0]?.body).not.toHaveProperty("raw");
    expect(parts[1]).toMatchObject({ body: rawMessage("small") });
    expect(parts[1]).not.toHaveProperty("omitted");
  });

  it("takes only the outermost object's raw key, and undoes JSON escapes in it", () => {
    const body = {
      snippet: "raw",
      nested: { raw: "y".repeat(50) },
      labelIds: ["raw"],
      raw: 'a/b+c"d\\e',
      historyId: "1",
    };
    const text = batchResponseBody(BOUNDARY, [{ item: 1, status: 200, statusText: "OK", body }]);
    expect(everySplit(text, { maxRawChars: 20, maxOtherBytes: 10_000 })[0]?.body).toEqual(body);
  });

  it("drops a body over its limit whole, and a raw value just within its limit is kept", () => {
    const text = batchResponseBody(BOUNDARY, [
      { item: 1, status: 500, statusText: "Internal Server Error", body: { error: { message: "z".repeat(5000) } } },
      { item: 2, status: 200, statusText: "OK", body: rawMessage("m2") },
    ]);
    const raw = rawMessage("m2").raw;
    const parts = parse([text], { maxRawChars: raw.length, maxOtherBytes: 1000 });
    expect(parts[0]).toMatchObject({ status: 500, body: undefined, omitted: { field: "body" } });
    expect(parts[0]?.omitted?.bytes).toBeGreaterThan(5000);
    expect(parts[1]?.body).toEqual(rawMessage("m2"));
  });

  it("streams a raw value of 64 MB through without keeping it", () => {
    const parser = new BatchResponseParser(BOUNDARY, { maxRawChars: 4096, maxOtherBytes: 4096 });
    const head = `--${BOUNDARY}\r\nContent-Type: application/http\r\nContent-ID: <response-item-1>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{"id":"huge","threadId":"t","raw":"`;
    parser.write(Buffer.from(head));
    const chunk = Buffer.alloc(1024 * 1024, "Q");
    for (let megabyte = 0; megabyte < 64; megabyte++) parser.write(chunk);
    parser.write(Buffer.from(`","historyId":"7","internalDate":"1700000000000"}\r\n--${BOUNDARY}--\r\n`));
    expect(parser.end()).toEqual([
      {
        status: 200,
        headers: { "content-type": "application/json; charset=UTF-8" },
        body: { id: "huge", threadId: "t", historyId: "7", internalDate: "1700000000000" },
        contentId: "response-item-1",
        omitted: { field: "raw", bytes: 64 * 1024 * 1024 },
      },
    ]);
  });

  it("drops a part the answer never closed, and refuses parts without a status line or whose headers never end", () => {
    const text = batchResponseBody(BOUNDARY, [{ item: 1, status: 200, statusText: "OK", body: rawMessage("a") }]);
    const unclosed = text.replace(
      `--${BOUNDARY}--`,
      `--${BOUNDARY}\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 200 OK`,
    );
    expect(parse([unclosed])).toHaveLength(1);
    expect(() => parse([`--${BOUNDARY}\r\nContent-Type: application/http\r\n\r\nnot http\r\n--${BOUNDARY}--`])).toThrow(
      expect.objectContaining({ name: "GmailError", code: "temporary" }),
    );
    expect(() => parse([`--${BOUNDARY}\r\nX-Long: ${"h".repeat(70_000)}`])).toThrow(
      expect.objectContaining({ code: "temporary" }),
    );
  });
});
