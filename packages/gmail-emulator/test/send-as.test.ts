import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGmailEmulator } from "../src/index.js";
import { SAM, adminAuth, bearer, connectedGmail, startEmulator, type RunningEmulator } from "./helpers.js";

const AUTH = "https://www.googleapis.com/auth/";
const WORK = "Sam.Rivera@Work.Example";
const SIDE = "sam@side-project.example";

let running: RunningEmulator;
beforeAll(async () => {
  running = await startEmulator({
    quotaUnitsPerSecond: 10_000,
    sendAs: {
      [SAM]: [
        { sendAsEmail: WORK, displayName: "Sam at work" },
        { sendAsEmail: SIDE, verificationStatus: "pending" },
      ],
    },
  });
});
afterAll(async () => {
  await running.emulator.close();
});
beforeEach(async () => {
  await running.emulator.reset();
});

function listSendAs(scopes: string[], userId = "me"): Promise<Response> {
  const { accessToken } = running.emulator.issueTokens(SAM, { scopes });
  return fetch(`${running.url}/gmail/v1/users/${userId}/settings/sendAs`, { headers: bearer(accessToken) });
}

describe("users.settings.sendAs.list", () => {
  it("lists the primary address, then each alias as configured, in Google's SendAs shape", async () => {
    const { gmail } = connectedGmail(running, [`${AUTH}gmail.readonly`]);
    const { data } = await gmail.users.settings.sendAs.list({ userId: "me" });
    expect(data.sendAs).toEqual([
      { sendAsEmail: SAM, displayName: "", replyToAddress: "", signature: "", isPrimary: true, isDefault: true },
      {
        sendAsEmail: WORK,
        displayName: "Sam at work",
        replyToAddress: "",
        signature: "",
        isDefault: false,
        treatAsAlias: true,
        verificationStatus: "accepted",
      },
      {
        sendAsEmail: SIDE,
        displayName: "",
        replyToAddress: "",
        signature: "",
        isDefault: false,
        treatAsAlias: true,
        verificationStatus: "pending",
      },
    ]);
    expect(running.emulator.calls.at(-1)).toMatchObject({ path: "/gmail/v1/users/me/settings/sendAs", units: 1 });
  });

  it("names the primary alone for a user with no aliases", async () => {
    const { accessToken } = running.emulator.issueTokens("nobody-else@example.org");
    const response = await fetch(`${running.url}/gmail/v1/users/me/settings/sendAs`, { headers: bearer(accessToken) });
    expect(await response.json()).toEqual({
      sendAs: [
        {
          sendAsEmail: "nobody-else@example.org",
          displayName: "",
          replyToAddress: "",
          signature: "",
          isPrimary: true,
          isDefault: true,
        },
      ],
    });
  });

  it("lets readonly, modify, full access and settings.basic read it, and refuses send or metadata alone", async () => {
    for (const scope of [
      `${AUTH}gmail.readonly`,
      `${AUTH}gmail.modify`,
      "https://mail.google.com/",
      `${AUTH}gmail.settings.basic`,
    ])
      expect({ scope, status: (await listSendAs([scope])).status }).toEqual({ scope, status: 200 });
    for (const scope of [`${AUTH}gmail.send`, `${AUTH}gmail.metadata`]) {
      const refused = await listSendAs([scope]);
      expect({ scope, status: refused.status }).toEqual({ scope, status: 403 });
      expect(refused.headers.get("www-authenticate")).toContain(`${AUTH}gmail.settings.basic`);
      expect(await refused.json()).toMatchObject({
        error: {
          errors: [{ reason: "insufficientPermissions" }],
          details: [{ metadata: { method: "caribou.api.proto.MailboxService.ListSendAs" } }],
        },
      });
    }
  });

  it("refuses another user's settings, as any call for a userId that is not the token's", async () => {
    const response = await listSendAs([`${AUTH}gmail.readonly`], "someone@else.example");
    expect(response.status).toBe(403);
  });

  it("is set over the admin API, replacing the list, and a reset brings back the configured one", async () => {
    const set = (body: unknown) =>
      fetch(`${running.url}/__emulator/send-as`, {
        method: "POST",
        headers: { ...adminAuth(running), "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await set({ user: SAM, sendAs: [{ sendAsEmail: "new@alias.example" }] })).status).toBe(204);
    const listed = async () =>
      (
        (await (await listSendAs([`${AUTH}gmail.readonly`])).json()) as { sendAs: { sendAsEmail: string }[] }
      ).sendAs.map((alias) => alias.sendAsEmail);
    expect(await listed()).toEqual([SAM, "new@alias.example"]);

    expect((await set({ user: SAM, sendAs: [{ sendAsEmail: "SAM@rivera.example" }] })).status).toBe(400);
    expect(
      (await set({ user: SAM, sendAs: [{ sendAsEmail: "x@y.example", verificationStatus: "maybe" }] })).status,
    ).toBe(400);
    expect(await listed()).toEqual([SAM, "new@alias.example"]);

    await running.emulator.reset();
    expect(await listed()).toEqual([SAM, WORK, SIDE]);
  });

  it("is gone for a new account under the same address", async () => {
    running.emulator.recreateAccount(SAM);
    const listed = (await (await listSendAs([`${AUTH}gmail.readonly`])).json()) as { sendAs: unknown[] };
    expect(listed.sendAs).toHaveLength(1);
  });

  it("refuses, at creation, an alias that is the primary address", async () => {
    await expect(createGmailEmulator({ sendAs: { [SAM]: [{ sendAsEmail: SAM.toUpperCase() }] } })).rejects.toThrow(
      /primary address/,
    );
  });
});

describe("messages.send with aliases", () => {
  async function sentFrom(from: string): Promise<string | undefined> {
    const { gmail } = connectedGmail(running, [`${AUTH}gmail.send`, `${AUTH}gmail.readonly`]);
    const raw = Buffer.from(`From: ${from}\r\nTo: x@example.org\r\nSubject: hi\r\n\r\nhello\r\n`).toString("base64url");
    const { data } = await gmail.users.messages.send({ userId: "me", requestBody: { raw } });
    const got = await gmail.users.messages.get({ userId: "me", id: data.id ?? "", format: "metadata" });
    return got.data.payload?.headers?.find((header) => header.name === "From")?.value ?? undefined;
  }

  it("keeps a From naming a verified alias, in any case, and replaces a pending one with the user's address", async () => {
    expect(await sentFrom(`Sam <${WORK.toLowerCase()}>`)).toBe(`Sam <${WORK.toLowerCase()}>`);
    expect(await sentFrom(SIDE)).toBe(SAM);
  });
});
