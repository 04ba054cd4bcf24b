import { randomUUID } from "node:crypto";

/** Reserved for documentation and tests (RFC 2606): never anyone's real domain. */
export const FALLBACK_MESSAGE_ID_DOMAIN = "safeintro.invalid";

/**
 * The right-hand side of SafeIntro's Message-IDs: the host of PUBLIC_URL, a name of our own
 * that nobody else mints ids on; a host that cannot stand there as it is (an IPv6 literal)
 * gives the reserved safeintro.invalid. The left-hand side is random, so the id is unique
 * however many deployments share a host.
 */
export function messageIdDomainOf(publicUrl: string): string {
  let host: string;
  try {
    host = new URL(publicUrl).hostname.toLowerCase();
  } catch {
    return FALLBACK_MESSAGE_ID_DOMAIN;
  }
  return /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/.test(host) ? host : FALLBACK_MESSAGE_ID_DOMAIN;
}

/** "<random uuid@domain>": 122 random bits, so no two emails ever share one. */
export function newMessageId(domain: string): string {
  if (!/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i.test(domain)) throw new RangeError(`not a domain: ${domain}`);
  return `<${randomUUID()}@${domain.toLowerCase()}>`;
}
