import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAM, adminAuth, bearer, startEmulator, type RunningEmulator } from "./helpers.js";

let running: RunningEmulator;
let token: string;
let fakeNow = Date.UTC(2026, 3, 10, 12, 0, 0);
beforeAll(async () => {
  // A small quota and a clock the test moves by hand keep the 429 cases deterministic.
  running = await startEmulator({ quotaUnitsPerSecond: 20, now: () => fakeNow });
});
afterAll(async () => {
  await running.emulator.close();
});
beforeEach(async () => {
  fakeNow += 10_000; // a fresh quota window
  await running.emulator.reset();
  token = running.emulator.issueTokens(SAM).accessToken;
});

function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${running.url}/gmail/v1/users/me${path}`, { ...init, headers: { ...bearer(token), ...init.headers } });
}

async function messageIds(): Promise<string[]> {
  const body = (await (await api("/messages?maxResults=3")).json()) as { messages: { id: string }[] };
  return body.messages.map((message) => message.id);
}

function batchBody(boundary: string, requests: string[]): string {
  const parts = requests.map(
    (request, index) =>
      `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <item-${index + 1}>\r\n\r\n${request}\r\n`,
  );
  return `${parts.join("")}--${boundary}--\r\n`;
}

describe("Gmail API over raw HTTP", () => {
  it("answers 401 with Google's body without a valid token, 404 and 400 for unknown ids", async () => {
    const anonymous = await fetch(`${running.url}/gmail/v1/users/me/profile`);
    expect(anonymous.status).toBe(401);
    const body = (await anonymous.json()) as {
      error: { code: number; status: string; errors: unknown[]; message: string };
    };
    expect(body.error).toMatchObject({ code: 401, status: "UNAUTHENTICATED" });
    expect(body.error.message).toMatch(/^Request had invalid authentication credentials\./);
    expect(body.error.errors).toEqual([
      {
        message: "Invalid Credentials",
        domain: "global",
        reason: "authError",
        location: "Authorization",
        locationType: "header",
      },
    ]);

    const missing = await api("/messages/0123456789abcdef");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: {
        code: 404,
        message: "Requested entity was not found.",
        errors: [{ message: "Requested entity was not found.", domain: "global", reason: "notFound" }],
        status: "NOT_FOUND",
      },
    });
    expect((await api("/messages/not-an-id")).status).toBe(400);
    const badQuery = await api("/messages?q=frobnicate:yes");
    expect(badQuery.status).toBe(400);
    expect(((await badQuery.json()) as { error: { errors: { reason: string }[] } }).error.errors[0]?.reason).toBe(
      "invalidArgument",
    );
    expect(
      (await fetch(`${running.url}/gmail/v1/users/someone@else.example/profile`, { headers: bearer(token) })).status,
    ).toBe(403);
  });

  it("runs a batch: one part per call, in order, each charged and logged", async () => {
    const [a = "", b = ""] = await messageIds();
    fakeNow += 10_000;
    const boundary = "batch_test_123";
    const response = await fetch(`${running.url}/batch/gmail/v1`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": `multipart/mixed; boundary=${boundary}` },
      body: batchBody(boundary, [
        `GET /gmail/v1/users/me/messages/${a}?format=raw`,
        `GET /gmail/v1/users/me/messages/${b}?format=minimal HTTP/1.1\r\nAuthorization: Bearer ${token}`,
        "GET /gmail/v1/users/me/messages/0123456789abcdef",
      ]),
    });
    expect(response.status).toBe(200);
    const contentType = response.headers.get("content-type") ?? "";
    const responseBoundary = /boundary=(\S+)/.exec(contentType)?.[1] ?? "";
    expect(contentType).toMatch(/^multipart\/mixed; boundary=batch_/);
    const text = await response.text();
    const parts = text.split(`--${responseBoundary}`).slice(1, -1);
    expect(parts).toHaveLength(3);
    expect(parts.map((part) => /Content-ID: (\S+)/.exec(part)?.[1])).toEqual([
      "<response-item-1>",
      "<response-item-2>",
      "<response-item-3>",
    ]);
    expect(parts.map((part) => /HTTP\/1\.1 (\d+)/.exec(part)?.[1])).toEqual(["200", "200", "404"]);
    const first = JSON.parse(parts[0]?.slice(parts[0].indexOf("{")) ?? "{}") as { id: string; raw: string };
    expect(first.id).toBe(a);
    expect(Buffer.from(first.raw, "base64url").toString()).toMatch(/^From: /m);

    const inner = running.emulator.calls.filter((call) => call.batch);
    expect(inner.map((call) => [call.units, call.status, call.user])).toEqual([
      [5, 200, SAM],
      [5, 200, SAM],
      [5, 404, SAM],
    ]);
    expect(running.emulator.calls.at(-1)).toMatchObject({ path: "/batch/gmail/v1", batch: false, status: 200 });
    expect(running.emulator.httpRequests()).toBe(2);
    expect(running.emulator.unitsUsed(SAM)).toBe(20);

    const tooMany = await fetch(`${running.url}/batch/gmail/v1`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": `multipart/mixed; boundary=${boundary}` },
      body: batchBody(
        boundary,
        Array.from({ length: 101 }, () => "GET /gmail/v1/users/me/profile"),
      ),
    });
    expect(tooMany.status).toBe(400);
  });

  it("enforces the per-user quota with Gmail's 429 (the time to retry in the message, no Retry-After), in a batch too", async () => {
    for (let call = 0; call < 4; call++) expect((await api("/messages?maxResults=1")).status).toBe(200);
    const limited = await api("/messages?maxResults=1");
    expect(limited.status).toBe(429);
    // Gmail's real 429s carry no Retry-After header: a client must read the time from the message.
    expect(limited.headers.get("retry-after")).toBeNull();
    const retryAt = new Date(fakeNow + 1000).toISOString();
    expect(await limited.json()).toEqual({
      error: {
        code: 429,
        message: `User-rate limit exceeded.  Retry after ${retryAt}`,
        errors: [
          {
            message: `User-rate limit exceeded.  Retry after ${retryAt}`,
            domain: "global",
            reason: "rateLimitExceeded",
          },
        ],
        status: "RESOURCE_EXHAUSTED",
      },
    });
    fakeNow += 1001;
    const boundary = "b";
    const batch = await fetch(`${running.url}/batch/gmail/v1`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": `multipart/mixed; boundary="${boundary}"` },
      body: batchBody(
        boundary,
        Array.from({ length: 5 }, () => "GET /gmail/v1/users/me/messages?maxResults=1"),
      ),
    });
    const statuses = [...(await batch.text()).matchAll(/HTTP\/1\.1 (\d+)/g)].map((match) => match[1]);
    expect(statuses).toEqual(["200", "200", "200", "200", "429"]);
  });

  it("injects faults by path, with Retry-After and a count", async () => {
    running.emulator.injectFault({ path: /\/messages$/, status: 503, times: 2 });
    running.emulator.injectFault({ method: "GET", path: "/profile", status: 429, retryAfterSeconds: 7 });
    expect((await api("/messages")).status).toBe(503);
    const unavailable = await api("/messages");
    expect(((await unavailable.json()) as { error: { status: string } }).error.status).toBe("UNAVAILABLE");
    expect((await api("/messages")).status).toBe(200);
    const limited = await api("/profile");
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "7"]);
    expect((await api("/profile")).status).toBe(200);

    running.emulator.injectFault({ path: "/token", status: 400 });
    const token400 = await fetch(`${running.url}/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "refresh_token" }),
    });
    expect(await token400.json()).toEqual({ error: "invalid_grant", error_description: "Bad Request" });
  });

  it("answers 404 for a startHistoryId older than the kept history", async () => {
    const added = await running.emulator.addMessage(
      SAM,
      Buffer.from("From: a@example.org\r\nSubject: x\r\n\r\nbody\r\n"),
    );
    expect((await api("/history?startHistoryId=1015")).status).toBe(200);
    running.emulator.expireHistoryBefore(SAM, added.historyId);
    const expired = await api("/history?startHistoryId=1015");
    expect(expired.status).toBe(404);
    expect(((await expired.json()) as { error: { errors: { reason: string }[] } }).error.errors[0]?.reason).toBe(
      "notFound",
    );
    expect((await api(`/history?startHistoryId=${added.historyId}`)).status).toBe(200);
    expect((await api("/history")).status).toBe(400);
  });

  it("answers 404 for a startHistoryId beyond the mailbox's history, a cursor it never gave out", async () => {
    const current = Number(running.emulator.historyId(SAM));
    expect((await api(`/history?startHistoryId=${current}`)).status).toBe(200);
    // A client that kept its cursor while the emulator restarted (history starts again, lower).
    const ahead = await api(`/history?startHistoryId=${current + 5}`);
    expect(ahead.status).toBe(404);
    expect(((await ahead.json()) as { error: { status: string } }).error.status).toBe("NOT_FOUND");
    // New mail does not make the old cursor valid until history really passes it.
    await running.emulator.addMessage(SAM, Buffer.from("From: b@example.org\r\nSubject: y\r\n\r\nbody\r\n"));
    expect((await api(`/history?startHistoryId=${current + 5}`)).status).toBe(404);
  });

  it("turns away every token of a user after revokeAllTokens", async () => {
    const { refreshToken } = running.emulator.issueTokens(SAM);
    running.emulator.revokeAllTokens(SAM);
    expect((await api("/profile")).status).toBe(401);
    const refresh = await fetch(`${running.url}/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: refreshToken,
        client_id: "1234567890-emulator.apps.googleusercontent.com",
        client_secret: "GOCSPX-emulator-secret",
      }),
    });
    expect(await refresh.json()).toEqual({
      error: "invalid_grant",
      error_description: "Token has been expired or revoked.",
    });
  });

  it("is steered through the /__emulator admin API", async () => {
    const raw = Buffer.from(
      "From: admin@example.org\r\nTo: sam@rivera.example\r\nSubject: via admin\r\n\r\nhello\r\n",
    ).toString("base64");
    const added = await fetch(`${running.url}/__emulator/messages`, {
      method: "POST",
      headers: { ...adminAuth(running), "content-type": "application/json" },
      body: JSON.stringify({ user: SAM, raw }),
    });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    expect((await api(`/messages/${id}?format=minimal`)).status).toBe(200);

    const fault = await fetch(`${running.url}/__emulator/faults`, {
      method: "POST",
      headers: { ...adminAuth(running), "content-type": "application/json" },
      body: JSON.stringify({ pathRegex: "/profile$", status: 500 }),
    });
    expect(fault.status).toBe(204);
    expect((await api("/profile")).status).toBe(500);

    const calls = (await (await fetch(`${running.url}/__emulator/calls`, { headers: adminAuth(running) })).json()) as {
      calls: { path: string }[];
      httpRequests: number;
    };
    expect(calls.calls.map((call) => call.path)).toEqual([
      `/gmail/v1/users/me/messages/${id}`,
      "/gmail/v1/users/me/profile",
    ]);
    expect(
      (await fetch(`${running.url}/__emulator/reset`, { method: "POST", headers: adminAuth(running) })).status,
    ).toBe(204);
    expect(running.emulator.calls).toHaveLength(0);
    expect((await api("/profile")).status).toBe(401);
  });
});
