import { createOAuthClient } from "./oauth-client.js";
import type { GoogleEndpoints } from "./google-endpoints.js";

export interface PushAuthSettings {
  endpoints: GoogleEndpoints;
  /** OIDC: the push subscription's audience and the service account it signs as. */
  audience?: string;
  serviceAccount?: string;
}

/**
 * Checks the OIDC token that a Pub/Sub push subscription sends (Authorization: Bearer):
 * signed by Google, for our audience, from our subscription's service account.
 */
export function createPushTokenVerifier(settings: PushAuthSettings): ((bearer: string) => Promise<boolean>) | null {
  const { audience, serviceAccount } = settings;
  if (!audience || !serviceAccount) return null;
  const client = createOAuthClient({ clientId: "", clientSecret: "", redirectUri: "", endpoints: settings.endpoints });
  return async (bearer) => {
    try {
      const ticket = await client.verifyIdToken({ idToken: bearer, audience });
      const claims = ticket.getPayload();
      return claims?.email === serviceAccount && claims.email_verified === true;
    } catch {
      return false;
    }
  };
}
