import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";

/** A token for one emulator run, when the caller gives none. */
export function newAdminToken(): string {
  return randomBytes(24).toString("base64url");
}

const digest = (text: string): Buffer => createHash("sha256").update(text).digest();

/**
 * The admin API changes what the emulator serves (mail, faults, where pushes go), so it
 * wants `Authorization: Bearer <token>`. A browser page cannot send that header across
 * origins without a preflight the emulator never grants, so this also stops cross-site
 * form posts (POST /__emulator/reset needs no body at all).
 */
export function requireAdminToken(token: string): RequestHandler {
  const expected = digest(token);
  return (request, response, next) => {
    const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
    // Digests have one length, so the comparison takes the same time whatever was sent.
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next();
    response
      .status(401)
      .set("WWW-Authenticate", 'Bearer realm="gmail-emulator-admin"')
      .json({ error: "The admin API needs Authorization: Bearer <admin token> (printed by `safeintro emulator`)." });
  };
}
