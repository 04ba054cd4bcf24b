import type { NextFunction, Request, Response } from "express";
import { AppError } from "./app-error.js";
import { safeEqual } from "./secrets.js";

export const CSRF_FIELD = "_csrf";

/**
 * Every state-changing form of a signed-in connector carries the session's synchronizer
 * token; a POST without the right one is refused. (SameSite=Lax already keeps other
 * sites' POSTs from carrying the cookie; this holds even where SameSite does not.)
 */
export function requireCsrfToken(request: Request, _response: Response, next: NextFunction): void {
  const sent: unknown = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  const expected = request.signedIn?.csrfToken;
  if (!expected || typeof sent !== "string" || !safeEqual(sent, expected)) {
    next(
      new AppError("forbidden", "This form has expired or did not come from SafeIntro. Reload the page and try again."),
    );
    return;
  }
  next();
}

/** Requires a signed-in connector. */
export function requireSignedIn(request: Request, _response: Response, next: NextFunction): void {
  if (!request.signedIn) {
    next(new AppError("unauthenticated", "Sign in with Google first."));
    return;
  }
  next();
}
