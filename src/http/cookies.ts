import { parseCookie } from "cookie";
import type { Request, Response } from "express";

/** The app's cookies, by their base name; `cookieName` gives the name a browser sees. */
export const SESSION_COOKIE = "si_session";
export const SIGN_IN_COOKIE = "si_signin";
export type CookieBaseName = typeof SESSION_COOKIE | typeof SIGN_IN_COOKIE;

export interface CookiePolicy {
  /** Secure cookies everywhere but plain-HTTP development. */
  secure: boolean;
}

/**
 * `__Host-` makes the browser accept the cookie only with Secure, Path=/ and no Domain, so
 * neither a sibling subdomain nor a plain-HTTP page on the network can plant or overwrite it
 * (session fixation, forcing a sign-in cookie). Browsers refuse the prefix without Secure,
 * so plain-HTTP development keeps the bare names.
 */
export function cookieName(policy: CookiePolicy, name: CookieBaseName): string {
  return policy.secure ? `__Host-${name}` : name;
}

export function readCookie(request: Request, policy: CookiePolicy, name: CookieBaseName): string | undefined {
  const header = request.headers.cookie;
  return header ? parseCookie(header)[cookieName(policy, name)] : undefined;
}

/**
 * httpOnly always; SameSite=Lax so the cookie comes back on Google's top-level redirect
 * to the callback but never on another site's POST. Always Path=/ and no Domain: the
 * `__Host-` prefix allows nothing else.
 */
export function setCookie(
  response: Response,
  policy: CookiePolicy,
  name: CookieBaseName,
  value: string,
  maxAgeMs: number,
): void {
  response.cookie(cookieName(policy, name), value, {
    httpOnly: true,
    secure: policy.secure,
    sameSite: "lax",
    maxAge: maxAgeMs,
    path: "/",
  });
}

export function clearCookie(response: Response, policy: CookiePolicy, name: CookieBaseName): void {
  response.clearCookie(cookieName(policy, name), { httpOnly: true, secure: policy.secure, sameSite: "lax", path: "/" });
}
