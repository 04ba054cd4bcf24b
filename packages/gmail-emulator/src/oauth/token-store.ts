import { randomBytes } from "node:crypto";
import { GrantRegistry } from "./grants.js";

/** What the consent page approved, kept with the authorization code. */
export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string | undefined;
  codeChallenge: string | undefined;
  codeChallengeMethod: "S256" | "plain" | undefined;
  offline: boolean;
  nonce: string | undefined;
}

export interface AuthorizationCode {
  user: string;
  request: AuthorizationRequest;
  expiresAt: number;
  /** Whether its exchange brings a refresh token: see Authorizer.decide. */
  withRefreshToken: boolean;
}

export interface RefreshGrant {
  token: string;
  user: string;
  clientId: string;
  scopes: string[];
}

export interface AccessGrant {
  token: string;
  user: string;
  clientId: string;
  scopes: string[];
  expiresAt: number;
  refreshToken: string | undefined;
}

const CODE_LIFETIME_MS = 10 * 60_000;
export const ACCESS_LIFETIME_S = 3599;

/** Grants, authorization codes, refresh tokens and access tokens, all in memory. */
export class TokenStore {
  readonly grants = new GrantRegistry();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();
  private readonly accessTokens = new Map<string, AccessGrant>();

  issueCode(user: string, request: AuthorizationRequest, now: number, withRefreshToken: boolean): string {
    const code = `4/0Aemu${token(32)}`;
    this.codes.set(code, { user, request, expiresAt: now + CODE_LIFETIME_MS, withRefreshToken });
    return code;
  }

  /** Single use: the code is gone after the first attempt, whether or not it succeeds. */
  takeCode(code: string, now: number): AuthorizationCode | undefined {
    const found = this.codes.get(code);
    this.codes.delete(code);
    return found && found.expiresAt > now ? found : undefined;
  }

  /**
   * A new refresh token under the user's grant to the client (made if there is none). Past
   * Google's limit per grant the oldest token stops working, without a word to anyone; the
   * access tokens it already gave out live on until they expire.
   */
  issueRefresh(user: string, clientId: string, scopes: string[]): RefreshGrant {
    const refresh = { token: `1//emu${token(40)}`, user, clientId, scopes };
    this.refreshTokens.set(refresh.token, refresh);
    const { grant } = this.grants.consent(user, clientId, scopes);
    for (const dropped of this.grants.addRefreshToken(grant, refresh.token)) this.refreshTokens.delete(dropped);
    return refresh;
  }

  findRefresh(refreshToken: string): RefreshGrant | undefined {
    return this.refreshTokens.get(refreshToken);
  }

  issueAccess(user: string, clientId: string, scopes: string[], now: number, refreshToken?: string): AccessGrant {
    const grant = {
      token: `ya29.emu${token(48)}`,
      user,
      clientId,
      scopes,
      expiresAt: now + ACCESS_LIFETIME_S * 1000,
      refreshToken,
    };
    this.accessTokens.set(grant.token, grant);
    return grant;
  }

  /** A live access token, or undefined when unknown, revoked or expired. */
  findAccess(accessToken: string, now: number): AccessGrant | undefined {
    const grant = this.accessTokens.get(accessToken);
    return grant && grant.expiresAt > now ? grant : undefined;
  }

  /**
   * Google's /revoke: whichever token it names, refresh or access, the whole grant goes, with
   * every token issued under it. False when the token is unknown.
   */
  revoke(anyToken: string): boolean {
    const owner = this.accessTokens.get(anyToken) ?? this.refreshTokens.get(anyToken);
    if (!owner) return false;
    this.revokeGrant(owner.user, owner.clientId);
    return true;
  }

  /** The user removed the app (or changed their password): every token stops working. */
  revokeUser(user: string): void {
    for (const grant of this.grants.ofUser(user)) this.revokeGrant(user, grant.clientId);
    for (const [key, refresh] of this.refreshTokens) if (refresh.user === user) this.refreshTokens.delete(key);
    for (const [key, access] of this.accessTokens) if (access.user === user) this.accessTokens.delete(key);
  }

  /** Scopes the user already granted this client (for include_granted_scopes). */
  grantedScopes(user: string, clientId: string): string[] {
    return [...(this.grants.find(user, clientId)?.scopes ?? [])];
  }

  private revokeGrant(user: string, clientId: string): void {
    this.grants.revoke(user, clientId);
    const issuedUnder = (owner: { user: string; clientId: string }) =>
      owner.user === user && owner.clientId === clientId;
    for (const [key, refresh] of this.refreshTokens) if (issuedUnder(refresh)) this.refreshTokens.delete(key);
    for (const [key, access] of this.accessTokens) if (issuedUnder(access)) this.accessTokens.delete(key);
  }

  clear(): void {
    this.grants.clear();
    this.codes.clear();
    this.refreshTokens.clear();
    this.accessTokens.clear();
  }
}

function token(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}
