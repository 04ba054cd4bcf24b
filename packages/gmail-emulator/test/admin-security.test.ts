import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGmailEmulator } from "../src/index.js";
import { SAM, adminAuth, bearer, rawRequest, startEmulator, type RunningEmulator } from "./helpers.js";

let running: RunningEmulator;
let port: string;
beforeAll(async () => {
  running = await startEmulator();
  port = new URL(running.url).port;
});
afterAll(async () => {
  await running.emulator.close();
});
beforeEach(async () => {
  await running.emulator.reset();
});

function injectFault(headers: Record<string, string>): Promise<Response> {
  return fetch(`${running.url}/__emulator/faults`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ path: "/profile", status: 500 }),
  });
}

async function profileStatus(): Promise<number> {
  const { accessToken } = running.emulator.issueTokens(SAM);
  return (await fetch(`${running.url}/gmail/v1/users/me/profile`, { headers: bearer(accessToken) })).status;
}

describe("the /__emulator admin API wants its token", () => {
  it("answers 401 without it, or with a wrong one, and changes nothing", async () => {
    const { accessToken } = running.emulator.issueTokens(SAM);
    for (const headers of [
      {},
      bearer("not-the-admin-token"),
      bearer(accessToken),
      { authorization: running.emulator.adminToken },
    ]) {
      const refused = await injectFault(headers);
      expect(refused.status).toBe(401);
      expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer /);
    }
    expect(running.emulator.calls).toHaveLength(0);
    expect(await profileStatus()).toBe(200);

    // A cross-site form can post text/plain without any header: it must not reset the emulator.
    const formPost = await fetch(`${running.url}/__emulator/reset`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "x",
    });
    expect(formPost.status).toBe(401);
    expect(running.emulator.calls).toHaveLength(1);

    // The same request with the token goes through: the token is what was missing.
    expect((await injectFault(adminAuth(running))).status).toBe(204);
    expect(await profileStatus()).toBe(500);
  });

  it("is a random token per emulator unless one is given, and never an empty one", async () => {
    const other = await createGmailEmulator();
    expect(running.emulator.adminToken).toMatch(/^[\w-]{32,}$/);
    expect(other.adminToken).toMatch(/^[\w-]{32,}$/);
    expect(other.adminToken).not.toBe(running.emulator.adminToken);
    expect((await createGmailEmulator({ adminToken: "chosen-by-me" })).adminToken).toBe("chosen-by-me");
    await expect(createGmailEmulator({ adminToken: "" })).rejects.toThrow(/admin token/);
  });
});

describe("every path answers loopback host names only (DNS rebinding)", () => {
  it("refuses a request addressed to another name, admin token or not", async () => {
    const { accessToken } = running.emulator.issueTokens(SAM);
    for (const host of [
      `rebind.attacker.example:${port}`,
      `127.0.0.1.attacker.example:${port}`,
      `localhost.attacker.example`,
      "10.0.0.5",
    ]) {
      const admin = await rawRequest(`${running.url}/__emulator/calls`, { headers: { host, ...adminAuth(running) } });
      expect([host, admin.status]).toEqual([host, 403]);
      const gmail = await rawRequest(`${running.url}/gmail/v1/users/me/profile`, {
        headers: { host, ...bearer(accessToken) },
      });
      expect([host, gmail.status]).toEqual([host, 403]);
      const consent = await rawRequest(`${running.url}/o/oauth2/v2/auth?client_id=x`, { headers: { host } });
      expect([host, consent.status]).toEqual([host, 403]);
    }
    expect(running.emulator.calls).toHaveLength(0);
  });

  it("answers 127.0.0.1, localhost and [::1], with or without a port", async () => {
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `LOCALHOST:${port}`,
      `[::1]:${port}`,
      "127.0.0.1",
      "localhost",
    ]) {
      const admin = await rawRequest(`${running.url}/__emulator/calls`, { headers: { host, ...adminAuth(running) } });
      expect([host, admin.status]).toEqual([host, 200]);
    }
  });
});
