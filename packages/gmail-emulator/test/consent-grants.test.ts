import { CodeChallengeMethod, type Credentials } from "google-auth-library";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  READ_CLIENT_SCOPES,
  SAM,
  bearer,
  oauthClient,
  startEmulator,
  submitConsent,
  type RunningEmulator,
} from "./helpers.js";

const GMAIL_READONLY = "https://www.googleapis.com/auth/gmail.readonly";

let running: RunningEmulator;
beforeAll(async () => {
  running = await startEmulator();
});
afterAll(async () => {
  await running.emulator.close();
});
beforeEach(async () => {
  await running.emulator.reset();
});

/** One sign-in through the consent page, as SafeIntro's server does it (offline, PKCE). */
async function signIn(
  options: { prompt?: "consent"; untick?: string[]; includeGrantedScopes?: boolean } = {},
): Promise<Credentials> {
  const client = oauthClient(running.url);
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const authUrl = client.generateAuthUrl({
    access_type: "offline",
    scope: READ_CLIENT_SCOPES,
    code_challenge: codeChallenge,
    code_challenge_method: CodeChallengeMethod.S256,
    login_hint: SAM,
    ...(options.prompt ? { prompt: options.prompt } : {}),
    ...(options.includeGrantedScopes ? { include_granted_scopes: true } : {}),
  });
  const redirect = await submitConsent(authUrl, SAM, "allow", options.untick);
  const { tokens } = await client.getToken({ code: redirect.searchParams.get("code") ?? "", codeVerifier });
  return tokens;
}

function refresh(refreshToken: string): Promise<Response> {
  return fetch(`${running.url}/token`, {
    method: "POST",
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    }),
  });
}

async function profileStatus(accessToken: string | null | undefined): Promise<number> {
  return (await fetch(`${running.url}/gmail/v1/users/me/profile`, { headers: bearer(accessToken ?? "") })).status;
}

const REVOKED = { error: "invalid_grant", error_description: "Token has been expired or revoked." };

describe("refresh tokens, as Google issues them", () => {
  it("come with the first consent and with prompt=consent, never with a later sign-in without it", async () => {
    const first = await signIn();
    expect(first.refresh_token).toMatch(/^1\/\//);

    // Signing in again: a working access token, but no refresh token.
    const again = await signIn();
    expect(again.refresh_token).toBeUndefined();
    expect(await profileStatus(again.access_token)).toBe(200);

    // Asking for consent again brings a new one; the first still works (one grant, two tokens).
    const reconsented = await signIn({ prompt: "consent" });
    expect(reconsented.refresh_token).toMatch(/^1\/\//);
    expect(reconsented.refresh_token).not.toBe(first.refresh_token);
    expect((await refresh(first.refresh_token ?? "")).status).toBe(200);
    expect((await refresh(reconsented.refresh_token ?? "")).status).toBe(200);
  });

  it("at most 100 live per user and client: the 101st silently ends the oldest", async () => {
    const oldest = await signIn();
    const later: string[] = [];
    for (let issued = 0; issued < 99; issued++)
      later.push(running.emulator.issueTokens(SAM, { clientId: CLIENT_ID }).refreshToken);
    expect((await refresh(oldest.refresh_token ?? "")).status).toBe(200);

    const newest = await signIn({ prompt: "consent" });
    const dropped = await refresh(oldest.refresh_token ?? "");
    expect(dropped.status).toBe(400);
    expect(await dropped.json()).toEqual(REVOKED);
    expect((await refresh(later[0] ?? "")).status).toBe(200);
    expect((await refresh(newest.refresh_token ?? "")).status).toBe(200);
    // The access token the dropped one gave out lives on until it expires.
    expect(await profileStatus(oldest.access_token)).toBe(200);
  });

  it("revoking any token of a grant revokes the whole grant, the newest refresh token included", async () => {
    const old = await signIn();
    const current = await signIn({ prompt: "consent" });
    const revoked = await fetch(`${running.url}/revoke?token=${encodeURIComponent(old.refresh_token ?? "")}`, {
      method: "POST",
    });
    expect(revoked.status).toBe(200);
    expect(await (await refresh(current.refresh_token ?? "")).json()).toEqual(REVOKED);
    expect(await profileStatus(current.access_token)).toBe(401);
    // The grant is gone: the next sign-in is a first consent again, with a refresh token.
    expect((await signIn()).refresh_token).toMatch(/^1\/\//);
  });
});

describe("granular consent: the user may untick a scope", () => {
  it("grants only what stayed ticked, in the redirect and in the token answer", async () => {
    const client = oauthClient(running.url);
    const authUrl = client.generateAuthUrl({ access_type: "offline", scope: READ_CLIENT_SCOPES, login_hint: SAM });
    const page = await (await fetch(authUrl)).text();
    // Each Gmail scope has a checkbox, ticked; who signed in has none.
    expect(page).toContain(`<input type="checkbox" name="scope" value="${GMAIL_READONLY}" checked>`);
    expect(page).not.toContain('name="scope" value="openid"');

    const redirect = await submitConsent(authUrl, SAM, "allow", [GMAIL_READONLY]);
    expect(redirect.searchParams.get("scope")?.split(" ")).toEqual([
      "https://www.googleapis.com/auth/userinfo.email",
      "openid",
    ]);
    const { tokens } = await client.getToken(redirect.searchParams.get("code") ?? "");
    expect(tokens.scope?.split(" ")).not.toContain(GMAIL_READONLY);
    // Gmail refuses the token what it was not granted.
    expect(await profileStatus(tokens.access_token)).toBe(403);
  });

  it("keeps what was granted before with include_granted_scopes, whatever is unticked later", async () => {
    await signIn();
    const later = await signIn({ untick: [GMAIL_READONLY], includeGrantedScopes: true });
    expect(later.scope?.split(" ")).toContain(GMAIL_READONLY);
    const without = await signIn({ untick: [GMAIL_READONLY] });
    expect(without.scope?.split(" ")).not.toContain(GMAIL_READONLY);
  });
});
