import { request as httpRequest } from "node:http";
import { fileURLToPath } from "node:url";
import { gmail, type gmail_v1 } from "@googleapis/gmail";
import { OAuth2Client } from "google-auth-library";
import { createGmailEmulator, type GmailEmulator, type GmailEmulatorOptions } from "../src/index.js";

export const SAM = "sam@rivera.example";
export const CLIENT_ID = "1234567890-emulator.apps.googleusercontent.com";
export const CLIENT_SECRET = "GOCSPX-emulator-secret";
export const REDIRECT_URI = "http://127.0.0.1:3000/oauth/google/callback";
/** A copy of the demo mailbox, so the product's samples can change without moving these tests (see its README). */
export const MAILBOX = fileURLToPath(new URL("fixtures/mailbox", import.meta.url));
/** Real Gmail API answers, with their licence (see its README). */
export const FIXTURES = fileURLToPath(new URL("fixtures/gmail-api", import.meta.url));
/** What a sign-in-and-read client such as SafeIntro asks for: OpenID, the address, read-only Gmail. */
export const READ_CLIENT_SCOPES = ["openid", "email", "https://www.googleapis.com/auth/gmail.readonly"];

export interface RunningEmulator {
  emulator: GmailEmulator;
  url: string;
}

/** The demo mailbox behind a real HTTP server on an ephemeral 127.0.0.1 port. */
export async function startEmulator(options: GmailEmulatorOptions = {}): Promise<RunningEmulator> {
  const emulator = await createGmailEmulator({
    mailboxDir: MAILBOX,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    ...options,
  });
  const { url } = await emulator.listen(0);
  return { emulator, url };
}

/** googleapis' own OAuth client, every Google endpoint pointed at the emulator. */
export function oauthClient(url: string): OAuth2Client {
  return new OAuth2Client({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUri: REDIRECT_URI,
    endpoints: {
      oauth2AuthBaseUrl: `${url}/o/oauth2/v2/auth`,
      oauth2TokenUrl: `${url}/token`,
      oauth2RevokeUrl: `${url}/revoke`,
      oauth2FederatedSignonPemCertsUrl: `${url}/oauth2/v1/certs`,
      oauth2FederatedSignonJwkCertsUrl: `${url}/oauth2/v3/certs`,
    },
  });
}

export function gmailClient(url: string, auth: OAuth2Client): gmail_v1.Gmail {
  // No retries: the tests look at the first answer, 429s and 5xx included.
  return gmail({ version: "v1", auth, rootUrl: `${url}/`, retry: false });
}

/** An authorized googleapis client for SAM, without the consent round trip. */
export function connectedGmail(
  running: RunningEmulator,
  scopes?: string[],
): { gmail: gmail_v1.Gmail; accessToken: string } {
  const { accessToken, refreshToken } = running.emulator.issueTokens(SAM, {
    clientId: CLIENT_ID,
    ...(scopes ? { scopes } : {}),
  });
  const auth = oauthClient(running.url);
  auth.setCredentials({ access_token: accessToken, refresh_token: refreshToken, expiry_date: Date.now() + 3_000_000 });
  return { gmail: gmailClient(running.url, auth), accessToken };
}

/**
 * Fills in the consent page as a user would: reads the form, leaves every scope ticked but
 * those in `untick`, posts the choice, and returns the redirect.
 */
export async function submitConsent(
  authUrl: string,
  account: string,
  decision: "allow" | "cancel",
  untick: string[] = [],
): Promise<URL> {
  const page = await fetch(authUrl);
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}: ${await page.text()}`);
  const html = await page.text();
  const consentId = /name="consent_id" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!consentId || !action) throw new Error("no consent form on the page");
  const form = new URLSearchParams({ consent_id: consentId, account, decision });
  for (const [, scope = ""] of html.matchAll(/<input type="checkbox" name="scope" value="([^"]+)" checked>/g))
    if (!untick.includes(scope)) form.append("scope", scope);
  const answer = await fetch(new URL(action, authUrl), { method: "POST", body: form, redirect: "manual" });
  const location = answer.headers.get("location");
  if (answer.status !== 302 || !location) throw new Error(`consent answered ${answer.status}`);
  return new URL(location);
}

export function bearer(accessToken: string): Record<string, string> {
  return { authorization: `Bearer ${accessToken}` };
}

/** The header the running emulator's /__emulator admin API wants. */
export function adminAuth(running: RunningEmulator): Record<string, string> {
  return bearer(running.emulator.adminToken);
}

/**
 * One HTTP request with the headers exactly as given, Host included (fetch always sends
 * the URL's own host, so it cannot play a page that reached the emulator under another name).
 */
export function rawRequest(
  url: string,
  init: { headers: Record<string, string> },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers: init.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}
