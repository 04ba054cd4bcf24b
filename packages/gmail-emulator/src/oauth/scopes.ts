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

const GMAIL = "https://www.googleapis.com/auth/gmail.";
const FULL_MAIL = "https://mail.google.com/";

/** Scopes that let a token read messages (list, get, history, watch). */
export const READ_SCOPES = [`${GMAIL}readonly`, `${GMAIL}modify`, FULL_MAIL];
/** Scopes that let a token send. */
export const SEND_SCOPES = [`${GMAIL}send`, `${GMAIL}compose`, `${GMAIL}modify`, FULL_MAIL];
/** Scopes that let a token change labels. */
export const MODIFY_SCOPES = [`${GMAIL}modify`, FULL_MAIL];
/** Profile also answers to the narrower Gmail scopes. */
export const PROFILE_SCOPES = [...READ_SCOPES, `${GMAIL}metadata`, `${GMAIL}send`, `${GMAIL}compose`, `${GMAIL}labels`];

export function wantsIdToken(scopes: string[]): boolean {
  return scopes.some((scope) => scope === "openid" || scope === ALIASES.email || scope === ALIASES.profile);
}
