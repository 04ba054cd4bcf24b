/**
 * Every Google address SafeIntro calls. With a base URL (the local Gmail emulator) all of
 * them sit under it, on Google's own paths; without one, Google's hosts.
 */
export interface GoogleEndpoints {
  /** OAuth consent page. */
  authorizeUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  /** Root of the Gmail REST API: `${gmailRoot}gmail/v1/users/…`. Ends with "/". */
  gmailRoot: string;
  /** Gmail batch endpoint (multipart/mixed). */
  batchUrl: string;
  /** Google's signing certificates (PEM) for ID tokens and push OIDC tokens. */
  certsUrl: string;
}

export function googleEndpoints(baseUrl?: string): GoogleEndpoints {
  if (!baseUrl) {
    return {
      authorizeUrl: "https://accounts.google.com/o/oauth2/v2/auth",
      tokenUrl: "https://oauth2.googleapis.com/token",
      revokeUrl: "https://oauth2.googleapis.com/revoke",
      gmailRoot: "https://gmail.googleapis.com/",
      batchUrl: "https://gmail.googleapis.com/batch/gmail/v1",
      certsUrl: "https://www.googleapis.com/oauth2/v1/certs",
    };
  }
  const base = baseUrl.replace(/\/+$/, "");
  return {
    authorizeUrl: `${base}/o/oauth2/v2/auth`,
    tokenUrl: `${base}/token`,
    revokeUrl: `${base}/revoke`,
    gmailRoot: `${base}/`,
    batchUrl: `${base}/batch/gmail/v1`,
    certsUrl: `${base}/oauth2/v1/certs`,
  };
}

/**
 * The scopes SafeIntro asks for, each the least that serves (README, "Scopes").
 * Sending (gmail.send) is asked for later, with incremental consent, when the
 * double opt-in needs it.
 */
export const GOOGLE_SCOPES = ["openid", "email", "https://www.googleapis.com/auth/gmail.readonly"] as const;

/**
 * Sending mail as the connector: asked for only when they first send (incremental consent,
 * with include_granted_scopes), never at sign-in.
 */
export const SEND_SCOPE = "https://www.googleapis.com/auth/gmail.send";

/** Whether a grant's scopes (space-separated, as Google gives them) allow sending. */
export function canSendWith(scopes: string): boolean {
  return scopes.split(/\s+/).includes(SEND_SCOPE);
}

/** Gmail's cost, in quota units, of each call SafeIntro makes (per user, 250 units/s). */
export const QUOTA_UNITS = {
  getProfile: 1,
  labelsList: 1,
  messagesList: 5,
  messagesGet: 5,
  historyList: 2,
  messagesSend: 100,
  watch: 100,
  stop: 50,
  sendAsList: 1,
} as const;
