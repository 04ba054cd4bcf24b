import { createHmac, timingSafeEqual } from "node:crypto";

/** The three fields Mailgun signs a post with, as they came in the form (absent ones undefined). */
export interface MailgunSignatureFields {
  timestamp: string | undefined;
  token: string | undefined;
  signature: string | undefined;
}

export type MailgunSignatureCheck = { ok: true } | { ok: false; reason: "bad_signature" | "stale" | "malformed" };

/**
 * How old a Mailgun signature the webhook route accepts. Mailgun's documentation does not say
 * whether a retried post is signed again; third-party reports (Hookdeck's Mailgun reference,
 * laravel-mailbox#93, where a freshness check made retried mail fail) say a retry carries the
 * original timestamp and token. Its retries run for 8 hours (10 min, 15 min, 30 min, 1 h, 2 h,
 * 4 h), so a shorter window would turn every 503 into a lost message. Replays inside the window
 * are stopped by the replay guard (replay-guard.ts), which keeps tokens for twice this long.
 */
export const MAILGUN_SIGNATURE_MAX_AGE_MS = 9 * 60 * 60_000;

// Mailgun's timestamps are whole seconds; its tokens are 50 characters. Anything far off is not Mailgun's.
const TIMESTAMP = /^\d{1,12}$/;
const MAX_TOKEN_LENGTH = 256;

/** Mailgun's signature: hex HMAC-SHA256, keyed with the webhook signing key, over timestamp + token. */
export function signMailgunPayload(timestamp: string, token: string, key: string): string {
  return createHmac("sha256", key)
    .update(timestamp + token)
    .digest("hex");
}

/**
 * Whether a post was signed by Mailgun with our signing key, recently. The signature is
 * checked before the age, so that "stale" means "Mailgun's, but old" (a replay or a clock off)
 * and a forgery is always "bad_signature". Timestamps as far in the future as maxAge allows in
 * the past are accepted too: the two clocks may disagree either way.
 */
export function verifyMailgunSignature(
  fields: MailgunSignatureFields,
  signingKey: string,
  nowMs: number,
  maxAgeMs = 5 * 60_000,
): MailgunSignatureCheck {
  const { timestamp, token, signature } = fields;
  if (!timestamp || !TIMESTAMP.test(timestamp) || !token || token.length > MAX_TOKEN_LENGTH || !signature) {
    return { ok: false, reason: "malformed" };
  }
  const expected = Buffer.from(signMailgunPayload(timestamp, token, signingKey), "utf8");
  const given = Buffer.from(signature.toLowerCase(), "utf8");
  // timingSafeEqual throws on unequal lengths; a wrong length is simply a wrong signature.
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: "bad_signature" };
  if (Math.abs(nowMs - Number(timestamp) * 1000) > maxAgeMs) return { ok: false, reason: "stale" };
  return { ok: true };
}
