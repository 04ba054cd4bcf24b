import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { QUOTA_PRICES, type GmailMethod } from "../src/index.js";
import { METHOD_SCOPES } from "../src/oauth/scopes.js";
import { SAM, bearer, startEmulator, type RunningEmulator } from "./helpers.js";

const AUTH = "https://www.googleapis.com/auth/";
const METADATA = `${AUTH}gmail.metadata`;

/**
 * Each method's scopes as Google's discovery document lists them: @googleapis/gmail is
 * generated from it, and its sample for each method asks for exactly those scopes.
 */
function discoveryScopes(): Map<string, string[]> {
  const source = readFileSync(
    join(dirname(createRequire(import.meta.url).resolve("@googleapis/gmail/package.json")), "v1.ts"),
    "utf8",
  );
  const scopes = new Map<string, string[]>();
  for (const [, list = "", method = ""] of source.matchAll(
    /scopes: \[([^\]]*)\],[\s\S]*?const res = await gmail\.(users[\w.]+)\(/g,
  )) {
    scopes.set(
      method,
      [...list.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? ""),
    );
  }
  return scopes;
}

let running: RunningEmulator;
beforeAll(async () => {
  // A budget every call fits in: this test reads the scope checks, not the rate limit.
  running = await startEmulator({ quotaUnitsPerSecond: 10_000 });
});
afterAll(async () => {
  await running.emulator.close();
});
beforeEach(async () => {
  await running.emulator.reset();
});

function call(scopes: string[], method: "GET" | "POST", path: string, body?: unknown): Promise<Response> {
  const { accessToken } = running.emulator.issueTokens(SAM, { scopes });
  return fetch(`${running.url}/gmail/v1/users/me${path}`, {
    method,
    headers: { ...bearer(accessToken), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe("each method wants the scopes Google's reference names", () => {
  it("has, for every method it serves, exactly the scopes of Google's discovery document", () => {
    const google = discoveryScopes();
    for (const method of Object.keys(QUOTA_PRICES) as GmailMethod[]) {
      const published = google.get(`users.${method}`);
      expect({ method, scopes: [...METHOD_SCOPES[method]].sort() }).toEqual({ method, scopes: published?.sort() });
    }
  });

  it("answers a token without them as Gmail does: 403 insufficientPermissions, ErrorInfo, and the challenge", async () => {
    // gmail.send lets a token send, and nothing else: not even read the profile.
    const refused = await call([`${AUTH}gmail.send`], "GET", "/profile");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("www-authenticate")).toBe(
      `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://mail.google.com/ ${AUTH}gmail.modify ${AUTH}gmail.compose ${AUTH}gmail.readonly ${METADATA}"`,
    );
    expect(await refused.json()).toEqual({
      error: {
        code: 403,
        message: "Request had insufficient authentication scopes.",
        errors: [{ message: "Insufficient Permission", domain: "global", reason: "insufficientPermissions" }],
        status: "PERMISSION_DENIED",
        details: [
          {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            reason: "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
            domain: "googleapis.com",
            metadata: { method: "caribou.api.proto.MailboxService.GetProfile", service: "gmail.googleapis.com" },
          },
        ],
      },
    });
    // Read-only reads and watches, and cannot send; send, compose, modify or full access can.
    const readonly = [`${AUTH}gmail.readonly`];
    expect((await call(readonly, "GET", "/labels")).status).toBe(200);
    expect((await call(readonly, "POST", "/stop")).status).toBe(204);
    const raw = Buffer.from("From: sam@rivera.example\r\nTo: x@example.org\r\nSubject: hi\r\n\r\nhello\r\n").toString(
      "base64url",
    );
    expect((await call(readonly, "POST", "/messages/send", { raw })).status).toBe(403);
    for (const scope of [
      `${AUTH}gmail.send`,
      `${AUTH}gmail.compose`,
      `${AUTH}gmail.modify`,
      "https://mail.google.com/",
    ])
      expect({ scope, status: (await call([scope], "POST", "/messages/send", { raw })).status }).toEqual({
        scope,
        status: 200,
      });
  });

  it("lets the metadata scope list, read headers and follow history, but never read a body or search", async () => {
    const metadata = [METADATA];
    const listed = await call(metadata, "GET", "/messages?maxResults=1");
    expect(listed.status).toBe(200);
    const { messages } = (await listed.json()) as { messages: { id: string }[] };
    const id = messages[0]?.id ?? "";
    expect((await call(metadata, "GET", `/messages/${id}?format=metadata`)).status).toBe(200);
    expect((await call(metadata, "GET", `/messages/${id}?format=minimal`)).status).toBe(200);
    expect((await call(metadata, "GET", `/history?startHistoryId=${running.emulator.historyId(SAM)}`)).status).toBe(
      200,
    );

    const refusal = async (response: Response) => ({
      status: response.status,
      body: ((await response.json()) as { error: { message: string; errors: { reason: string }[] } }).error,
    });
    for (const [path, message] of [
      [`/messages/${id}`, "Metadata scope doesn't allow format FULL"],
      [`/messages/${id}?format=raw`, "Metadata scope doesn't allow format RAW"],
      ["/messages?q=from:alex", "Metadata scope does not support 'q' parameter"],
    ] as const) {
      expect(await refusal(await call(metadata, "GET", path))).toMatchObject({
        status: 403,
        body: { message, status: "PERMISSION_DENIED", errors: [{ reason: "forbidden" }] },
      });
    }
    // Developers report the same limits when gmail.metadata comes beside a broader scope.
    expect((await call([METADATA, `${AUTH}gmail.readonly`], "GET", `/messages/${id}?format=raw`)).status).toBe(403);
    expect((await call([`${AUTH}gmail.readonly`], "GET", `/messages/${id}?format=raw`)).status).toBe(200);
  });
});
