import { CodeChallengeMethod, OAuth2Client } from "google-auth-library";
import { GOOGLE_SCOPES, type GoogleEndpoints } from "./google-endpoints.js";

/** google-auth-library's OAuth client (googleapis' own), with every endpoint taken from GoogleEndpoints. */
export type OAuthClient = OAuth2Client;

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  /** `${PUBLIC_URL}/auth/google/callback`: must be registered with the OAuth client. */
  redirectUri: string;
  endpoints: GoogleEndpoints;
}

export function createOAuthClient(settings: OAuthSettings): OAuthClient {
  return new OAuth2Client({
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    redirectUri: settings.redirectUri,
    endpoints: {
      oauth2AuthBaseUrl: settings.endpoints.authorizeUrl,
      oauth2TokenUrl: settings.endpoints.tokenUrl,
      oauth2RevokeUrl: settings.endpoints.revokeUrl,
      oauth2FederatedSignonPemCertsUrl: settings.endpoints.certsUrl,
    },
  });
}

/** The consent-page address for one sign-in, and the PKCE verifier to keep for its callback. */
export async function startGoogleSignIn(
  client: OAuthClient,
  request: { state: string; loginHint?: string },
): Promise<{ url: string; codeVerifier: string }> {
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const url = client.generateAuthUrl({
    access_type: "offline",
    // A refresh token comes only with consent; asking every time is how a reconnect gets a new one.
    prompt: "consent",
    include_granted_scopes: true,
    scope: [...GOOGLE_SCOPES],
    state: request.state,
    code_challenge: codeChallenge ?? "",
    code_challenge_method: CodeChallengeMethod.S256,
    ...(request.loginHint ? { login_hint: request.loginHint } : {}),
  });
  return { url, codeVerifier };
}

export interface GoogleSignIn {
  subject: string;
  email: string;
  scopes: string;
  refreshToken: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
}

export class SignInError extends Error {
  override readonly name = "SignInError";
}

/**
 * Trades the callback's code (and the PKCE verifier) for tokens, and reads who signed in
 * from the ID token. The ID token comes straight from Google's token endpoint over TLS,
 * so OpenID Connect (Core 1.0, 3.1.3.7) lets its signature go unchecked; issuer,
 * audience and expiry are still checked.
 */
export async function finishGoogleSignIn(
  client: OAuthClient,
  settings: Pick<OAuthSettings, "clientId">,
  callback: { code: string; codeVerifier: string },
): Promise<GoogleSignIn> {
  const { tokens } = await client.getToken({ code: callback.code, codeVerifier: callback.codeVerifier });
  if (!tokens.refresh_token) throw new SignInError("Google sent no refresh token (offline access was not granted)");
  if (!tokens.access_token || !tokens.id_token) throw new SignInError("Google's token response is incomplete");
  const claims = readIdTokenClaims(tokens.id_token);
  if (claims.aud !== settings.clientId) throw new SignInError("the ID token is for another client");
  if (claims.iss !== "https://accounts.google.com" && claims.iss !== "accounts.google.com") {
    throw new SignInError("the ID token has an unknown issuer");
  }
  if (typeof claims.exp !== "number" || claims.exp * 1000 < Date.now()) throw new SignInError("the ID token has expired");
  if (typeof claims.sub !== "string" || typeof claims.email !== "string" || claims.email_verified !== true) {
    throw new SignInError("the Google account has no verified email address");
  }
  const scopes = tokens.scope ?? "";
  if (!scopes.split(" ").includes("https://www.googleapis.com/auth/gmail.readonly")) {
    throw new SignInError("SafeIntro needs permission to read your mail to find intro requests; it was not granted");
  }
  return {
    subject: claims.sub,
    email: claims.email.toLowerCase(),
    scopes,
    refreshToken: tokens.refresh_token,
    accessToken: tokens.access_token,
    accessTokenExpiresAt: new Date(tokens.expiry_date ?? Date.now() + 3_500_000),
  };
}

function readIdTokenClaims(idToken: string): Record<string, unknown> {
  const payload = idToken.split(".")[1];
  if (!payload) throw new SignInError("the ID token is malformed");
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    throw new SignInError("the ID token is malformed");
  }
}

/**
 * Revokes a token at Google. True when Google confirms it no longer works (revoked now,
 * or already invalid); false when Google could not be asked (network, 5xx).
 */
export async function revokeGoogleToken(client: OAuthClient, token: string): Promise<boolean> {
  try {
    await client.revokeToken(token);
    return true;
  } catch (error) {
    const status = (error as { response?: { status?: number } }).response?.status;
    return status === 400;
  }
}
