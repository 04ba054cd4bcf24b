import type { RequestHandler } from "express";

// 127.0.0.1, localhost or [::1], with any port: the names a browser on this machine uses.
const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;

/** True when a Host header names this machine by a loopback name. */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host);
}

/**
 * Refuses any request not addressed to a loopback name. The emulator listens on loopback,
 * but a web page can still reach it through DNS rebinding (its own name, re-pointed at
 * 127.0.0.1): the browser then sends that name as Host, and this turns it away before it
 * can read mail, take a consent or steer the admin API.
 */
export function loopbackHostOnly(): RequestHandler {
  return (request, response, next) => {
    if (isLoopbackHost(request.headers.host)) return next();
    response
      .status(403)
      .json({ error: "The Gmail emulator answers only requests addressed to 127.0.0.1, localhost or [::1]." });
  };
}
