import { parse } from "cookie";
import type { Request, Response } from "express";

export const SESSION_COOKIE = "si_session";
export const SIGN_IN_COOKIE = "si_signin";

export interface CookiePolicy {
  /** Secure cookies everywhere but plain-HTTP development. */
  secure: boolean;
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.cookie;
  return header ? parse(header)[name] : undefined;
}

/**
 * httpOnly always; SameSite=Lax so the cookie comes back on Google's top-level redirect
 * to the callback but never on another site's POST.
 */
export function setCookie(response: Response, policy: CookiePolicy, name: string, value: string, maxAgeMs: number, path = "/"): void {
  response.cookie(name, value, { httpOnly: true, secure: policy.secure, sameSite: "lax", maxAge: maxAgeMs, path });
}

export function clearCookie(response: Response, policy: CookiePolicy, name: string, path = "/"): void {
  response.clearCookie(name, { httpOnly: true, secure: policy.secure, sameSite: "lax", path });
}
