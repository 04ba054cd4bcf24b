import { createHash, timingSafeEqual } from "node:crypto";
import type { EmulatorState } from "../server/state.js";
import { wantsIdToken } from "./scopes.js";
import { ACCESS_LIFETIME_S, type AccessGrant } from "./token-store.js";

/** An OAuth answer: JSON body and status, as Google's token endpoint sends them. */
export interface OAuthReply {
  status: number;
  body: Record<string, string | number>;
  user: string | null;
}

const BAD_REQUEST = { error: "invalid_grant", error_description: "Bad Request" };
const REVOKED = { error: "invalid_grant", error_description: "Token has been expired or revoked." };

/**
 * POST /token for the authorization_code and refresh_token grants. `basicAuth` is the
 * client's HTTP Basic credentials, which Google accepts instead of form fields.
 */
export function exchangeToken(
  state: EmulatorState,
  form: Record<string, string | undefined>,
  basicAuth: { clientId: string; clientSecret: string } | undefined,
): OAuthReply {
  const clientId = form.client_id ?? basicAuth?.clientId;
  const clientSecret = form.client_secret ?? basicAuth?.clientSecret;
  if (!clientId)
    return reply(400, { error: "invalid_request", error_description: "Could not determine client ID from request." });
  const expected = state.client;
  if (
    (expected.clientId !== undefined && clientId !== expected.clientId) ||
    (expected.clientSecret !== undefined && clientSecret !== expected.clientSecret)
  ) {
    return reply(401, { error: "invalid_client", error_description: "Unauthorized" });
  }
  const now = state.now();
  switch (form.grant_type) {
    case "authorization_code": {
      const code = form.code ? state.tokens.takeCode(form.code, now) : undefined;
      if (!code || code.request.clientId !== clientId) return reply(400, BAD_REQUEST);
      if (form.redirect_uri !== code.request.redirectUri) {
        return reply(400, { error: "redirect_uri_mismatch", error_description: "Bad Request" });
      }
      const { request } = code;
      if (request.codeChallenge !== undefined) {
        if (!form.code_verifier)
          return reply(400, { error: "invalid_grant", error_description: "Missing code verifier." });
        if (!pkceMatches(request.codeChallenge, request.codeChallengeMethod, form.code_verifier))
          return reply(400, BAD_REQUEST);
      }
      // Only the first consent, or one the app asked for with prompt=consent (Authorizer.decide).
      const refresh = code.withRefreshToken
        ? state.tokens.issueRefresh(code.user, clientId, request.scopes)
        : undefined;
      const access = state.tokens.issueAccess(code.user, clientId, request.scopes, now, refresh?.token);
      return reply(200, tokenBody(state, access, refresh?.token, request.nonce), code.user);
    }
    case "refresh_token": {
      const refresh = form.refresh_token ? state.tokens.findRefresh(form.refresh_token) : undefined;
      if (!refresh || refresh.clientId !== clientId) return reply(400, REVOKED);
      const access = state.tokens.issueAccess(refresh.user, clientId, refresh.scopes, now, refresh.token);
      return reply(200, tokenBody(state, access, undefined, undefined), refresh.user);
    }
    case undefined:
      return reply(400, { error: "unsupported_grant_type", error_description: "Invalid grant_type: " });
    default:
      return reply(400, {
        error: "unsupported_grant_type",
        error_description: `Invalid grant_type: ${form.grant_type}`,
      });
  }
}

function reply(status: number, body: Record<string, string | number>, user: string | null = null): OAuthReply {
  return { status, body, user };
}

function tokenBody(
  state: EmulatorState,
  access: AccessGrant,
  refreshToken: string | undefined,
  nonce: string | undefined,
): Record<string, string | number> {
  const body: Record<string, string | number> = { access_token: access.token, expires_in: ACCESS_LIFETIME_S };
  if (refreshToken) body.refresh_token = refreshToken;
  body.scope = access.scopes.join(" ");
  body.token_type = "Bearer";
  if (wantsIdToken(access.scopes)) body.id_token = idToken(state, access, nonce);
  return body;
}

function idToken(state: EmulatorState, access: AccessGrant, nonce: string | undefined): string {
  const iat = Math.floor(state.now() / 1000);
  return state.key.signJwt({
    iss: "https://accounts.google.com",
    azp: access.clientId,
    aud: access.clientId,
    sub: state.subjectFor(access.user),
    email: access.user,
    email_verified: true,
    at_hash: createHash("sha256").update(access.token).digest().subarray(0, 16).toString("base64url"),
    ...(nonce ? { nonce } : {}),
    iat,
    exp: iat + 3600,
  });
}

function pkceMatches(challenge: string, method: "S256" | "plain" | undefined, verifier: string): boolean {
  const computed = method === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
  const a = Buffer.from(computed);
  const b = Buffer.from(challenge);
  return a.length === b.length && timingSafeEqual(a, b);
}
