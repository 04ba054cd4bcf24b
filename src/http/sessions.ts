import type { NextFunction, Request, Response } from "express";
import type { PrismaClient } from "../db/client.js";
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
  }
}

export interface SessionSettings extends CookiePolicy {
  ttlMs: number;
}

/** Signs a connector in on this browser: a new session row and its cookie. */
export async function startSession(
  prisma: PrismaClient,
  response: Response,
  settings: SessionSettings,
  connectorId: string,
): Promise<void> {
  const token = randomToken();
  await prisma.session.create({
    data: { id: sha256(token), connectorId, csrfToken: randomToken(), expiresAt: new Date(Date.now() + settings.ttlMs) },
  });
  setCookie(response, settings, SESSION_COOKIE, token, settings.ttlMs);
}

/** Reads the session cookie; an unknown or expired one is cleared and the request is anonymous. */
export function loadSession(prisma: PrismaClient, settings: SessionSettings) {
  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const token = readCookie(request, settings, SESSION_COOKIE);
    if (token) {
      const session = await prisma.session.findUnique({ where: { id: sha256(token) } });
      if (session && session.expiresAt > new Date()) {
        request.signedIn = { connectorId: session.connectorId, sessionId: session.id, csrfToken: session.csrfToken };
      } else {
        if (session) await prisma.session.delete({ where: { id: session.id } }).catch(() => undefined);
        clearCookie(response, settings, SESSION_COOKIE);
      }
    }
    next();
  };
}

/** Ends this browser's session. */
export async function endSession(prisma: PrismaClient, request: Request, response: Response, settings: SessionSettings): Promise<void> {
  if (request.signedIn) await prisma.session.deleteMany({ where: { id: request.signedIn.sessionId } });
  clearCookie(response, settings, SESSION_COOKIE);
}
