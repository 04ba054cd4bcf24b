import { CodeChallengeMethod, type OAuth2Client } from "google-auth-library";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  READ_CLIENT_SCOPES,
  REDIRECT_URI,
  SAM,
  gmailClient,
  oauthClient,
  startEmulator,
  submitConsent,
  type RunningEmulator,
} from "./helpers.js";

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

async function authUrlWithPkce(
  client: OAuth2Client,
  state = "state-123",
): Promise<{ authUrl: string; codeVerifier: string }> {
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const authUrl = client.generateAuthUrl({
    access_type: "offline",
    scope: READ_CLIENT_SCOPES,
    state,
    code_challenge: codeChallenge,
    code_challenge_method: CodeChallengeMethod.S256,
    login_hint: SAM,
    prompt: "consent",
  });
  return { authUrl, codeVerifier: codeVerifier ?? "" };
}

function postToken(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${url}/token`, { method: "POST", body: new URLSearchParams(fields) });
}

describe("Google OAuth, driven by googleapis' OAuth2Client", () => {
  it("runs the code flow with PKCE, refreshes, reads the profile, and revokes", async () => {
    const client = oauthClient(running.url);
    const { authUrl, codeVerifier } = await authUrlWithPkce(client);
    const redirect = await submitConsent(authUrl, SAM, "allow");
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT_URI);
    expect(redirect.searchParams.get("state")).toBe("state-123");
    const code = redirect.searchParams.get("code") ?? "";

    const { tokens } = await client.getToken({ code, codeVerifier });
    expect(tokens.token_type).toBe("Bearer");
    expect(tokens.refresh_token).toMatch(/^1\/\//);
    expect(tokens.scope?.split(" ")).toEqual(
      expect.arrayContaining([
        "openid",
        "https://www.googleapis.com/auth/userinfo.email",
        "https://www.googleapis.com/auth/gmail.readonly",
      ]),
    );

    const ticket = await client.verifyIdToken({ idToken: tokens.id_token ?? "", audience: CLIENT_ID });
    expect(ticket.getPayload()).toMatchObject({
      iss: "https://accounts.google.com",
      aud: CLIENT_ID,
      email: SAM,
      email_verified: true,
    });
    expect(ticket.getPayload()?.sub).toMatch(/^\d{21}$/);

    client.setCredentials(tokens);
    const gmail = gmailClient(running.url, client);
    expect((await gmail.users.getProfile({ userId: "me" })).data).toMatchObject({
      emailAddress: SAM,
      messagesTotal: 15,
    });

    // An expired access token makes googleapis refresh it with the refresh token first.
    client.setCredentials({
      refresh_token: tokens.refresh_token ?? null,
      access_token: "expired",
      expiry_date: Date.now() - 1000,
    });
    expect((await gmail.users.getProfile({ userId: SAM })).data.emailAddress).toBe(SAM);
    expect(client.credentials.access_token).not.toBe("expired");

    await client.revokeToken(tokens.refresh_token ?? "");
    const refresh = await postToken(running.url, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token ?? "",
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    expect(refresh.status).toBe(400);
    expect(await refresh.json()).toEqual({
      error: "invalid_grant",
      error_description: "Token has been expired or revoked.",
    });
  });

  it("answers invalid_grant for a reused code and for a PKCE mismatch, invalid_client for a bad secret", async () => {
    const client = oauthClient(running.url);
    const first = await authUrlWithPkce(client);
    const code = (await submitConsent(first.authUrl, SAM, "allow")).searchParams.get("code") ?? "";
    const exchange = (fields: Record<string, string>): Promise<Response> =>
      postToken(running.url, {
        grant_type: "authorization_code",
        code,
        redirect_uri: REDIRECT_URI,
        client_id: CLIENT_ID,
        ...fields,
      });

    const badClient = await exchange({ client_secret: "wrong", code_verifier: first.codeVerifier });
    expect(badClient.status).toBe(401);
    expect(await badClient.json()).toEqual({ error: "invalid_client", error_description: "Unauthorized" });

    const ok = await exchange({ client_secret: CLIENT_SECRET, code_verifier: first.codeVerifier });
    expect(ok.status).toBe(200);
    const reused = await exchange({ client_secret: CLIENT_SECRET, code_verifier: first.codeVerifier });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toEqual({ error: "invalid_grant", error_description: "Bad Request" });

    const second = await authUrlWithPkce(client);
    const code2 = (await submitConsent(second.authUrl, SAM, "allow")).searchParams.get("code") ?? "";
    const mismatch = await postToken(running.url, {
      grant_type: "authorization_code",
      code: code2,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      code_verifier: first.codeVerifier,
    });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toEqual({ error: "invalid_grant", error_description: "Bad Request" });
  });

  it("sends the user back with access_denied on Cancel", async () => {
    const { authUrl } = await authUrlWithPkce(oauthClient(running.url), "s-cancel");
    const redirect = await submitConsent(authUrl, SAM, "cancel");
    expect(Object.fromEntries(redirect.searchParams)).toEqual({ state: "s-cancel", error: "access_denied" });
  });

  it("refuses a bad request with Google's HTML error page and escapes what it echoes", async () => {
    const unknownClient = await fetch(
      `${running.url}/o/oauth2/v2/auth?client_id=nope&redirect_uri=${REDIRECT_URI}&response_type=code&scope=openid`,
    );
    expect(unknownClient.status).toBe(401);
    expect(await unknownClient.text()).toContain("Error 401: invalid_client");

    const noScope = await fetch(
      `${running.url}/o/oauth2/v2/auth?client_id=${CLIENT_ID}&redirect_uri=${REDIRECT_URI}&response_type=code`,
    );
    expect(noScope.status).toBe(400);
    expect(await noScope.text()).toContain("Error 400: invalid_request");

    const hostile = '"><script>alert(1)</script>@evil.example';
    const page = await fetch(
      `${running.url}/o/oauth2/v2/auth?${new URLSearchParams({
        client_id: CLIENT_ID,
        redirect_uri: REDIRECT_URI,
        response_type: "code",
        scope: `openid <b>x</b>`,
        login_hint: hostile,
      })}`,
    );
    const html = await page.text();
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>x</b>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("serves its signing key as PEM certificates and as JWKs", async () => {
    const pem = (await (await fetch(`${running.url}/oauth2/v1/certs`)).json()) as Record<string, string>;
    const [kid, certificate] = Object.entries(pem)[0] ?? [];
    expect(certificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const jwks = (await (await fetch(`${running.url}/oauth2/v3/certs`)).json()) as {
      keys: { kid: string; alg: string; kty: string }[];
    };
    expect(jwks.keys).toEqual([expect.objectContaining({ kid, alg: "RS256", kty: "RSA", use: "sig" })]);
  });

  it("answers /revoke for an unknown token with invalid_token", async () => {
    const answer = await fetch(`${running.url}/revoke?token=nope`, { method: "POST" });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ error: "invalid_token", error_description: "Token expired or revoked" });
  });
});
