/**
 * Google keeps at most this many live refresh tokens per user and OAuth client; issuing one
 * more silently invalidates the oldest ("Refresh token expiration", Google's OAuth 2.0 guide).
 */
export const MAX_REFRESH_TOKENS_PER_GRANT = 100;

/** What one user has allowed one OAuth client: the scopes, and the refresh tokens issued under it. */
export interface Grant {
  user: string;
  clientId: string;
  scopes: Set<string>;
  /** Oldest first, so that the one to drop past the limit is at the front. */
  refreshTokens: string[];
}

/**
 * The grants users have given OAuth clients. A grant starts at the user's first consent and
 * lasts until it is revoked, whichever of its tokens the revocation names: that is why Google
 * sends a refresh token only at the first consent (or when the app asks with prompt=consent),
 * and why a client that revokes an old refresh token loses the new one too.
 */
export class GrantRegistry {
  private readonly grants = new Map<string, Grant>();

  find(user: string, clientId: string): Grant | undefined {
    return this.grants.get(key(user, clientId));
  }

  /** Records a consent; `first` says whether the user had not allowed this client anything before. */
  consent(user: string, clientId: string, scopes: string[]): { grant: Grant; first: boolean } {
    const existing = this.find(user, clientId);
    const grant = existing ?? { user, clientId, scopes: new Set<string>(), refreshTokens: [] };
    for (const scope of scopes) grant.scopes.add(scope);
    if (!existing) this.grants.set(key(user, clientId), grant);
    return { grant, first: !existing };
  }

  /** Adds a refresh token to its grant; answers the tokens the limit pushed out, oldest first. */
  addRefreshToken(grant: Grant, token: string): string[] {
    grant.refreshTokens.push(token);
    const excess = grant.refreshTokens.length - MAX_REFRESH_TOKENS_PER_GRANT;
    return excess > 0 ? grant.refreshTokens.splice(0, excess) : [];
  }

  /** Forgets the grant; answers it, so that the caller can drop every token issued under it. */
  revoke(user: string, clientId: string): Grant | undefined {
    const grant = this.find(user, clientId);
    this.grants.delete(key(user, clientId));
    return grant;
  }

  /** Every grant the user gave, to any client. */
  ofUser(user: string): Grant[] {
    return [...this.grants.values()].filter((grant) => grant.user === user);
  }

  clear(): void {
    this.grants.clear();
  }
}

function key(user: string, clientId: string): string {
  return `${clientId}\n${user}`;
}
