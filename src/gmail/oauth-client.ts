import { CodeChallengeMethod, OAuth2Client } from "google-auth-library";
import { GOOGLE_SCOPES, type GoogleEndpoints, SEND_SCOPE } from "./google-endpoints.js";

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

/**
 * The consent-page address for one sign-in, and the PKCE verifier to keep for its callback.
 * Google sends a refresh token only at a person's first consent to SafeIntro, or when asked
 * with prompt=consent; but asking every time shows the restricted-scope consent screen at
 * every sign-in, and mints a refresh token each time (Google keeps 100 per person and drops
 * the oldest). So `askConsent` is set only for a second round, when the first brought no
 * refresh token and SafeIntro has none that works (see sign-in-routes.ts), and `loginHint`
 * then names the account that just signed in, so that Google does not ask which one.
 */
export async function startGoogleSignIn(
  client: OAuthClient,
  request: { state: string; loginHint?: string; askConsent?: boolean; alsoAskToSend?: boolean },
): Promise<{ url: string; codeVerifier: string }> {
  const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
  const url = client.generateAuthUrl({
    access_type: "offline",
    ...(request.askConsent ? { prompt: "consent" } : {}),
    include_granted_scopes: true,
    // With include_granted_scopes, Google shows only what is new: asking to send adds one line.
    scope: request.alsoAskToSend ? [...GOOGLE_SCOPES, SEND_SCOPE] : [...GOOGLE_SCOPES],
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
  /** Every scope the grant holds: with include_granted_scopes, earlier ones too. */
  scopes: string;
  /** Only at the first consent, or one asked for with prompt=consent; otherwise SafeIntro keeps the one it has. */
  refreshToken?: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
}

export class SignInError extends Error {
  override readonly name = "SignInError";
}

/** Of the scopes SafeIntro asks for, those it cannot work without (openid and email come with any sign-in). */
export const NEEDED_SCOPES: readonly string[] = ["https://www.googleapis.com/auth/gmail.readonly"];

/**
 * The person unticked a scope SafeIntro needs on Google's consent page (Google lets them
 * untick each sensitive or restricted scope). Nothing is connected; they may try again.
 */
export class MissingScopeError extends Error {
  override readonly name = "MissingScopeError";
  constructor(readonly missing: readonly string[]) {
    super(`Google did not grant ${missing.join(", ")}`);
  }
}

/**
 * Trades the callback's code (and the PKCE verifier) for tokens, and reads who signed in
 * from the ID token. A missing refresh token is not an error here: it is normal for anyone
 * who consented before, and the caller decides whether the one it keeps will do. Its signature is checked against Google's published keys although
 * the token comes straight from the token endpoint (which OpenID Connect Core 3.1.3.7
 * would allow to skip): then a misdirected token endpoint cannot name who signs in.
 * google-auth-library checks the signature, issuer, audience and expiry.
 */
export async function finishGoogleSignIn(
  client: OAuthClient,
  settings: Pick<OAuthSettings, "clientId">,
  callback: { code: string; codeVerifier: string },
): Promise<GoogleSignIn> {
  const { tokens } = await client.getToken({ code: callback.code, codeVerifier: callback.codeVerifier });
  if (!tokens.access_token || !tokens.id_token) throw new SignInError("Google's token response is incomplete");
  const claims = await verifiedClaims(client, tokens.id_token, settings.clientId);
  if (!claims.sub || !claims.email || claims.email_verified !== true) {
    throw new SignInError("the Google account has no verified email address");
  }
  const scopes = tokens.scope ?? "";
  const granted = scopes.split(" ");
  const missing = NEEDED_SCOPES.filter((needed) => !granted.includes(needed));
  if (missing.length > 0) throw new MissingScopeError(missing);
  return {
    subject: claims.sub,
    email: claims.email.toLowerCase(),
    scopes,
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
    accessToken: tokens.access_token,
    accessTokenExpiresAt: new Date(tokens.expiry_date ?? Date.now() + 3_500_000),
  };
}

async function verifiedClaims(client: OAuthClient, idToken: string, clientId: string) {
  try {
    const ticket = await client.verifyIdToken({ idToken, audience: clientId });
    const payload = ticket.getPayload();
    if (!payload) throw new Error("no payload");
    return payload;
  } catch (error) {
    // The library's messages may quote the token; only that it failed is passed on.
    throw new SignInError(`Google's ID token could not be verified (${verificationFailure(error)})`);
  }
}

/** The kind of failure, in a few words, without any part of the token. */
function verificationFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  if (/audience|recipient/i.test(message)) return "it is for another client";
  if (/issuer/i.test(message)) return "unknown issuer";
  if (/too late|expired/i.test(message)) return "it has expired";
  if (/signature|pem|certificate|envelope/i.test(message)) return "bad signature";
  return "malformed";
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
