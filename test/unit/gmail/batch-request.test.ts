import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  buildBatchBody,
  parseBatchResponse,
  sendGmailBatch,
  type BatchCall,
} from "../../../src/gmail/batch-request.js";
import { googleEndpoints } from "../../../src/gmail/google-endpoints.js";
import { batchResponseBody, rawMessage } from "./batch-fixtures.js";
import { authError401, notFound404, resourceExhausted429 } from "./google-error-bodies.js";

const { batchUrl } = googleEndpoints();
const batchOrigin = new URL(batchUrl).origin;
const batchPath = new URL(batchUrl).pathname;
const ACCESS_TOKEN = "ya29.batch-secret-token";
const BOUNDARY = "batch_XpmGv1Hn9mM_AAEa0cAw7hM";
const get = (id: string): BatchCall => ({ method: "GET", path: `/gmail/v1/users/me/messages/${id}?format=raw` });

describe("sendGmailBatch", () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  it("sends one multipart/mixed request and returns the parts in request order, failures included", async () => {
    let seen: { contentType: string; authorization: string; body: string } | undefined;
    nock(batchOrigin)
      .post(batchPath)
      .reply(function (_uri, body) {
        seen = {
          contentType: String(this.req.headers["content-type"]),
          authorization: String(this.req.headers.authorization),
          body: String(body),
        };
        // Google may answer out of order; Content-ID says which request each part answers.
        const answer = batchResponseBody(BOUNDARY, [
          { item: 2, status: 404, statusText: "Not Found", body: notFound404 },
          { item: 1, status: 200, statusText: "OK", body: rawMessage("m1"), headers: { ETag: '"abc"' } },
          {
            item: 3,
            status: 429,
            statusText: "Too Many Requests",
            body: resourceExhausted429,
            headers: { "Retry-After": "2" },
          },
        ]);
        return [200, answer, { "Content-Type": `multipart/mixed; boundary=${BOUNDARY}` }];
      });

    const parts = await sendGmailBatch({
      batchUrl,
      accessToken: ACCESS_TOKEN,
      requests: [get("m1"), get("gone"), get("m3")],
    });

    expect(seen?.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    const boundary = /boundary=(\S+)/.exec(seen?.contentType ?? "")?.[1];
    expect(boundary).toMatch(/^batch_[0-9a-f]{32}$/);
    expect(seen?.body).toBe(
      [
        `--${boundary}`,
        "Content-Type: application/http",
        "Content-ID: <item-1>",
        "",
        "GET /gmail/v1/users/me/messages/m1?format=raw",
        "",
        `--${boundary}`,
        "Content-Type: application/http",
        "Content-ID: <item-2>",
        "",
        "GET /gmail/v1/users/me/messages/gone?format=raw",
        "",
        `--${boundary}`,
        "Content-Type: application/http",
        "Content-ID: <item-3>",
        "",
        "GET /gmail/v1/users/me/messages/m3?format=raw",
        "",
        `--${boundary}--`,
        "",
      ].join("\r\n"),
    );
    expect(parts.map((part) => part.status)).toEqual([200, 404, 429]);
    expect(parts[0]?.body).toEqual(rawMessage("m1"));
    expect(parts[0]?.headers.etag).toBe('"abc"');
    expect(parts[1]?.body).toEqual(notFound404);
    expect(parts[2]?.headers["retry-after"]).toBe("2");
  });

  it("parses LF-only answers with a preamble, an epilogue and a quoted boundary, matching unnamed parts by order", async () => {
    const answer = batchResponseBody(
      BOUNDARY,
      [
        { status: 200, statusText: "OK", body: rawMessage("a") },
        { status: 503, statusText: "Service Unavailable", body: { error: { code: 503, message: "x" } } },
      ],
      { eol: "\n", preamble: "This is a preamble.\n", epilogue: "\nand an epilogue\n" },
    );
    nock(batchOrigin)
      .post(batchPath)
      .reply(200, answer, { "Content-Type": `multipart/mixed; boundary="${BOUNDARY}"` });
    const parts = await sendGmailBatch({ batchUrl, accessToken: ACCESS_TOKEN, requests: [get("a"), get("b")] });
    expect(parts.map((part) => part.status)).toEqual([200, 503]);
    expect(parts[0]?.body).toEqual(rawMessage("a"));
  });

  it("rejects more than 100 calls before sending anything", async () => {
    const requests = Array.from({ length: 101 }, (_, index) => get(`m${index}`));
    await expect(sendGmailBatch({ batchUrl, accessToken: ACCESS_TOKEN, requests })).rejects.toThrow(RangeError);
  });

  it("turns a failed batch into a GmailError without the token", async () => {
    nock(batchOrigin).post(batchPath).reply(401, authError401);
    const failure = await sendGmailBatch({ batchUrl, accessToken: ACCESS_TOKEN, requests: [get("m1")] }).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ name: "GmailError", code: "unauthorized", status: 401 });
    expect(String(failure)).not.toContain(ACCESS_TOKEN);
  });

  it("treats an answer with a missing part as temporary", async () => {
    const answer = batchResponseBody(BOUNDARY, [{ item: 1, status: 200, statusText: "OK", body: rawMessage("m1") }]);
    nock(batchOrigin)
      .post(batchPath)
      .reply(200, answer, { "Content-Type": `multipart/mixed; boundary=${BOUNDARY}` });
    await expect(
      sendGmailBatch({ batchUrl, accessToken: ACCESS_TOKEN, requests: [get("m1"), get("m2")] }),
    ).rejects.toMatchObject({
      code: "temporary",
    });
  });
});

describe("sendGmailBatch reads the answer as a stream", () => {
  /** A fetch whose answer comes as `chunks`, then fails with `error` if given; `pulled` counts the chunks read. */
  function streamed(
    chunks: string[],
    init: { status?: number; error?: Error; contentType?: string } = {},
    pulled = { count: 0 },
  ) {
    const fetchImpl: typeof fetch = async () => {
      let index = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled.count++;
          const chunk = chunks[index++];
          if (chunk !== undefined) controller.enqueue(Buffer.from(chunk));
          else if (init.error) controller.error(init.error);
          else controller.close();
        },
      });
      return new Response(body, {
        status: init.status ?? 200,
        headers: { "content-type": init.contentType ?? `multipart/mixed; boundary=${BOUNDARY}` },
      });
    };
    return fetchImpl;
  }

  it("puts together parts that arrive cut anywhere", async () => {
    const answer = batchResponseBody(BOUNDARY, [
      { item: 1, status: 200, statusText: "OK", body: rawMessage("m1") },
      { item: 2, status: 404, statusText: "Not Found", body: notFound404 },
    ]);
    const chunks = answer.match(/[\s\S]{1,7}/g) ?? [];
    const parts = await sendGmailBatch(
      { batchUrl, accessToken: ACCESS_TOKEN, requests: [get("m1"), get("gone")] },
      streamed(chunks),
    );
    expect(parts.map((part) => [part.status, part.body])).toEqual([
      [200, rawMessage("m1")],
      [404, notFound404],
    ]);
  });

  it("an answer that breaks off is a temporary failure, whatever broke it", async () => {
    const answer = batchResponseBody(BOUNDARY, [{ item: 1, status: 200, statusText: "OK", body: rawMessage("m1") }]);
    const broken = await sendGmailBatch(
      { batchUrl, accessToken: ACCESS_TOKEN, requests: [get("m1")] },
      streamed([answer.slice(0, 200)], { error: new TypeError("terminated") }),
    ).catch((error: unknown) => error);
    expect(broken).toMatchObject({ name: "GmailError", code: "temporary" });
  });

  it("reads no more than 64 KiB of a failed batch's answer", async () => {
    const error = JSON.stringify(authError401);
    const pulled = { count: 0 };
    const failure = await sendGmailBatch(
      { batchUrl, accessToken: ACCESS_TOKEN, requests: [get("m1")] },
      streamed(
        [error, "x".repeat(64 * 1024), ...Array<string>(1000).fill("y".repeat(1024 * 1024))],
        { status: 401, contentType: "application/json" },
        pulled,
      ),
    ).catch((caught: unknown) => caught);
    expect(failure).toMatchObject({ name: "GmailError", code: "unauthorized", status: 401 });
    expect(pulled.count).toBeLessThan(5);
  });
});

describe("batch bodies", () => {
  it("puts a JSON body after the part's request line", () => {
    const body = buildBatchBody(
      [{ method: "POST", path: "/gmail/v1/users/me/watch", body: { topicName: "projects/p/topics/t" } }],
      "b",
    );
    expect(body).toBe(
      [
        "--b",
        "Content-Type: application/http",
        "Content-ID: <item-1>",
        "",
        "POST /gmail/v1/users/me/watch",
        "Content-Type: application/json",
        "Content-Length: 35",
        "",
        '{"topicName":"projects/p/topics/t"}',
        "--b--",
        "",
      ].join("\r\n"),
    );
  });

  it("keeps a non-JSON part body as text", () => {
    const text =
      "--b\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n\r\n<html>oops</html>\r\n--b--";
    expect(parseBatchResponse(text, "b")).toEqual([
      { status: 502, headers: { "content-type": "text/html" }, body: "<html>oops</html>" },
    ]);
  });
});
