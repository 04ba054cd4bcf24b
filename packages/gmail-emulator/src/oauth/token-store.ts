import { randomBytes } from "node:crypto";

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

/** Authorization codes, refresh tokens and access tokens, all in memory. */
export class TokenStore {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();
  private readonly accessTokens = new Map<string, AccessGrant>();

  issueCode(user: string, request: AuthorizationRequest, now: number): string {
    const code = `4/0Aemu${token(32)}`;
    this.codes.set(code, { user, request, expiresAt: now + CODE_LIFETIME_MS });
    return code;
  }

  /** Single use: the code is gone after the first attempt, whether or not it succeeds. */
  takeCode(code: string, now: number): AuthorizationCode | undefined {
    const found = this.codes.get(code);
    this.codes.delete(code);
    return found && found.expiresAt > now ? found : undefined;
  }

  issueRefresh(user: string, clientId: string, scopes: string[]): RefreshGrant {
    const grant = { token: `1//emu${token(40)}`, user, clientId, scopes };
    this.refreshTokens.set(grant.token, grant);
    return grant;
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
   * Google's /revoke: revoking a refresh token kills its access tokens, and revoking an
   * access token kills the refresh token it came from. False when the token is unknown.
   */
  revoke(anyToken: string): boolean {
    const access = this.accessTokens.get(anyToken);
    const refreshToken = access ? access.refreshToken : this.refreshTokens.has(anyToken) ? anyToken : undefined;
    if (!access && !refreshToken) return false;
    this.accessTokens.delete(anyToken);
    if (refreshToken) {
      this.refreshTokens.delete(refreshToken);
      for (const [key, grant] of this.accessTokens)
        if (grant.refreshToken === refreshToken) this.accessTokens.delete(key);
    }
    return true;
  }

  /** The user removed the app (or changed their password): every token stops working. */
  revokeUser(user: string): void {
    for (const [key, grant] of this.refreshTokens) if (grant.user === user) this.refreshTokens.delete(key);
    for (const [key, grant] of this.accessTokens) if (grant.user === user) this.accessTokens.delete(key);
  }

  /** Scopes the user already granted this client (for include_granted_scopes). */
  grantedScopes(user: string, clientId: string): string[] {
    const scopes = [...this.refreshTokens.values()]
      .filter((grant) => grant.user === user && grant.clientId === clientId)
      .flatMap((grant) => grant.scopes);
    return [...new Set(scopes)];
  }

  clear(): void {
    this.codes.clear();
    this.refreshTokens.clear();
    this.accessTokens.clear();
  }
}

function token(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}
