// Gmail batch answers shaped like Google's (batch guide): a multipart/mixed body whose parts are
// application/http responses named "response-item-N" after the request's Content-ID.

export interface FakePart {
  /** N of the request's Content-ID <item-N>; undefined leaves the part unnamed. */
  item?: number;
  status: number;
  statusText: string;
  body: unknown;
  headers?: Record<string, string>;
}

export function batchResponseBody(
  boundary: string,
  parts: FakePart[],
  options: { eol?: string; preamble?: string; epilogue?: string } = {},
) {
  const eol = options.eol ?? "\r\n";
  const chunks = parts.map((part) => {
    const json = JSON.stringify(part.body, null, 2).replace(/\n/g, eol);
    return [
      `--${boundary}`,
      "Content-Type: application/http",
      ...(part.item !== undefined ? [`Content-ID: <response-item-${part.item}>`] : []),
      "",
      `HTTP/1.1 ${part.status} ${part.statusText}`,
      "Content-Type: application/json; charset=UTF-8",
      "Vary: Origin",
      "Vary: X-Origin",
      ...Object.entries(part.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
      "",
      json,
    ].join(eol);
  });
  return `${options.preamble ?? ""}${chunks.join(eol)}${eol}--${boundary}--${options.epilogue ?? eol}`;
}

export function rawMessage(id: string, text = `Subject: hello ${id}\r\n\r\nbody of ${id}\r\n`) {
  return {
    id,
    threadId: `t-${id}`,
    labelIds: ["INBOX"],
    snippet: `body of ${id}`,
    sizeEstimate: text.length,
    raw: Buffer.from(text).toString("base64url"),
    historyId: "9000",
    internalDate: "1700000000000",
  };
}

/** The ids a batch request asks for, in order, read from its multipart body. */
export function requestedIds(body: string): string[] {
  return [...body.matchAll(/GET \/gmail\/v1\/users\/me\/messages\/([^?\s]+)\?format=raw/g)].map((match) =>
    decodeURIComponent(match[1]!),
  );
}
