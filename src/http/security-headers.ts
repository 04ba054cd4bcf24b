import type { RequestHandler } from "express";
import helmet from "helmet";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The headers every answer carries. The pages are server-rendered HTML with inline styles and
 * one script file of SafeIntro's own (copy-button-script.ts), so the policy allows nothing
 * else: no inline script, no image or frame source at all, and no framing of SafeIntro by anyone.
 *
 * form-action: SafeIntro's own forms (sync, sign out, disconnect) post to itself and are
 * redirected to itself. Signing in is a link answered by a 303 to Google: a navigation that
 * form-action does not govern, so the Gmail emulator's origin needs no place here either.
 * accounts.google.com is not needed by any form today; it stays as the policy had it.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          styleSrc: ["'unsafe-inline'"],
          // One script file of SafeIntro's own (the copy buttons); never inline script.
          scriptSrc: ["'self'"],
          formAction: ["'self'", "https://accounts.google.com"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
        },
      },
      referrerPolicy: { policy: "no-referrer" },
      xFrameOptions: { action: "deny" },
      // Only when served over HTTPS: a development host (localhost, shared with other apps)
      // must never be pinned to HTTPS for a year. Not includeSubDomains: the app may run on
      // a domain whose subdomains serve other things, not ours to move to HTTPS.
      strictTransportSecurity: options.https ? { maxAge: YEAR_SECONDS, includeSubDomains: false } : false,
    }),
    // Every page is one person's mailbox status: no shared or back-button cache may keep it.
    (_request, response, next) => {
      response.set("Cache-Control", "no-store");
      next();
    },
  ];
}
