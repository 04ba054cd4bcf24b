import type { NextFunction, Request, Response } from "express";
import type { PrismaClient } from "../db/index.js";
import { type CookiePolicy, SESSION_COOKIE, clearCookie, readCookie, setCookie } from "./cookies.js";
import { randomToken, sha256 } from "./secrets.js";

/** The signed-in connector of a request, set by `loadSession`. */
export interface SignedIn {
  connectorId: string;
  sessionId: string;
  csrfToken: string;
}

declare module "express-serve-static-core" {
  interface Request {
    signedIn?: SignedIn;
    /** Set when this request's session was ended because Google refused the grant behind it. */
    sessionEnded?: "google_access_refused";
  }
}

export interface SessionSettings extends CookiePolicy {
  ttlMs: number;
  /**
   * Asks Google whether the connector's grant still stands (false: refused). Signing in to
   * SafeIntro is signing in with Google, so a session lives no longer than the grant does.
   */
  confirmGoogleAccess?: (connectorId: string) => Promise<boolean>;
}

/** How often a session's Google grant is confirmed: at most an hour passes after a revocation. */
export const SESSION_RECHECK_MS = 60 * 60 * 1000;

/** Signs a connector in on this browser: a new session row and its cookie. */
export async function startSession(
  prisma: PrismaClient,
  response: Response,
  settings: SessionSettings,
  connectorId: string,
): Promise<void> {
  const token = randomToken();
  await prisma.session.create({
    data: {
      id: sha256(token),
      connectorId,
      csrfToken: randomToken(),
      expiresAt: new Date(Date.now() + settings.ttlMs),
    },
  });
  setCookie(response, settings, SESSION_COOKIE, token, settings.ttlMs);
}

/** Reads the session cookie; an unknown or expired one is cleared and the request is anonymous. */
export function loadSession(prisma: PrismaClient, settings: SessionSettings) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const token = readCookie(request, settings, SESSION_COOKIE);
    if (token) {
      const session = await prisma.session.findUnique({ where: { id: sha256(token) } });
      if (session && session.expiresAt > new Date() && (await grantStands(prisma, settings, session))) {
        request.signedIn = { connectorId: session.connectorId, sessionId: session.id, csrfToken: session.csrfToken };
      } else {
        if (session && session.expiresAt > new Date()) request.sessionEnded = "google_access_refused";
        if (session) await prisma.session.delete({ where: { id: session.id } }).catch(() => undefined);
        clearCookie(response, settings, SESSION_COOKIE);
      }
    }
    next();
  };
}

/** True unless Google, asked at most hourly, refused the connector's grant (which deletes the session). */
async function grantStands(
  prisma: PrismaClient,
  settings: SessionSettings,
  session: { id: string; connectorId: string; checkedAt: Date },
): Promise<boolean> {
  if (!settings.confirmGoogleAccess || Date.now() - session.checkedAt.getTime() < SESSION_RECHECK_MS) return true;
  if (!(await settings.confirmGoogleAccess(session.connectorId))) return false;
  await prisma.session.updateMany({ where: { id: session.id }, data: { checkedAt: new Date() } });
  return true;
}

/** Ends this browser's session. */
export async function endSession(
  prisma: PrismaClient,
  request: Request,
  response: Response,
  settings: SessionSettings,
): Promise<void> {
  if (request.signedIn) await prisma.session.deleteMany({ where: { id: request.signedIn.sessionId } });
  clearCookie(response, settings, SESSION_COOKIE);
}
