import type { GmailMethod } from "../gmail/quota-prices.js";

/**
 * Google answers with full scope URLs for the short OpenID aliases ("email" is granted as
 * …/auth/userinfo.email), and SafeIntro must accept that form.
 */
const ALIASES: Record<string, string> = {
  email: "https://www.googleapis.com/auth/userinfo.email",
  profile: "https://www.googleapis.com/auth/userinfo.profile",
};

export function normalizeScopes(scope: string): string[] {
  const scopes = scope
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => ALIASES[name] ?? name);
  return [...new Set(scopes)].sort();
}

/** Who signed in: Google's consent page lists these without a checkbox, and always grants them. */
export function isSignInScope(scope: string): boolean {
  return scope === "openid" || scope === ALIASES.email || scope === ALIASES.profile;
}

export function wantsIdToken(scopes: string[]): boolean {
  return scopes.some(isSignInScope);
}

const GMAIL = "https://www.googleapis.com/auth/gmail.";
const FULL_MAIL = "https://mail.google.com/";
export const METADATA_SCOPE = `${GMAIL}metadata`;

/**
 * The scopes that let a token call each method, any one of them enough: the "Authorization
 * scopes" of each method in Google's Gmail API reference. Copied from Google, never from
 * SafeIntro's client (test/method-scopes.test.ts compares them with Google's discovery
 * document, as @googleapis/gmail carries it). Gmail answers a call whose token has none of them
 * with 403 insufficientPermissions, and names them in its WWW-Authenticate header.
 */
export const METHOD_SCOPES: Record<GmailMethod, readonly string[]> = {
  getProfile: [FULL_MAIL, `${GMAIL}modify`, `${GMAIL}compose`, `${GMAIL}readonly`, METADATA_SCOPE],
  "labels.list": [FULL_MAIL, `${GMAIL}modify`, `${GMAIL}readonly`, `${GMAIL}labels`, METADATA_SCOPE],
  "messages.list": [FULL_MAIL, `${GMAIL}modify`, `${GMAIL}readonly`, METADATA_SCOPE],
  "messages.get": [
    FULL_MAIL,
    `${GMAIL}modify`,
    `${GMAIL}readonly`,
    `${GMAIL}addons.current.message.action`,
    `${GMAIL}addons.current.message.readonly`,
    `${GMAIL}addons.current.message.metadata`,
    METADATA_SCOPE,
  ],
  "messages.attachments.get": [
    FULL_MAIL,
    `${GMAIL}modify`,
    `${GMAIL}readonly`,
    `${GMAIL}addons.current.message.action`,
    `${GMAIL}addons.current.message.readonly`,
  ],
  "messages.modify": [FULL_MAIL, `${GMAIL}modify`],
  "messages.send": [
    FULL_MAIL,
    `${GMAIL}modify`,
    `${GMAIL}compose`,
    `${GMAIL}send`,
    `${GMAIL}addons.current.action.compose`,
  ],
  "history.list": [FULL_MAIL, `${GMAIL}modify`, `${GMAIL}readonly`, METADATA_SCOPE],
  watch: [FULL_MAIL, `${GMAIL}modify`, `${GMAIL}readonly`, METADATA_SCOPE],
  stop: [FULL_MAIL, `${GMAIL}modify`, `${GMAIL}readonly`, METADATA_SCOPE],
  // Settings are not mail: gmail.metadata may not read them, gmail.settings.basic may.
  "settings.sendAs.list": [FULL_MAIL, `${GMAIL}modify`, `${GMAIL}readonly`, `${GMAIL}settings.basic`],
};
