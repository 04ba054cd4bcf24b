import { GmailError } from "./gmail-error.js";

/** The account's access token; `forceRefresh` asks Google for a new one even if the stored one looks fresh. */
export type GetAccessToken = (options?: { forceRefresh?: boolean }) => Promise<string>;

/**
 * Runs a Gmail call with the account's access token. When Gmail does not take the token
 * (401), Google's advice is to refresh it and try again, not to send the connector back
 * through consent: the token may have been revoked early, or a clock may be off. So the
 * token is refreshed once and the call made again. Only a refused refresh (invalid_grant,
 * thrown by getAccessToken, which marks the account) means the connector must reconnect.
 */
export async function withAccessToken<T>(
  getAccessToken: GetAccessToken,
  call: (token: string) => Promise<T>,
): Promise<T> {
  try {
    return await call(await getAccessToken());
  } catch (error) {
    if (!(error instanceof GmailError && error.code === "unauthorized")) throw error;
  }
  const fresh = await getAccessToken({ forceRefresh: true });
  try {
    return await call(fresh);
  } catch (error) {
    if (!(error instanceof GmailError && error.code === "unauthorized")) throw error;
    // Google just issued this token and Gmail refuses it: a fault on Google's side, for now.
    throw new GmailError("temporary", "Gmail refused a freshly refreshed access token", {
      status: 401,
      ...(error.reason ? { reason: error.reason } : {}),
    });
  }
}
