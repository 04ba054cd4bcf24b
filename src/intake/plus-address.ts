import { mailboxKey } from "./mailbox-key.js";
import type { ParsedEmail } from "./parsed-email.js";

/** The connector's plus-address for forwarding requests: "sam@gmail.com", "intros" → "sam+intros@gmail.com". */
export function plusAddressOf(address: string, tag: string): string {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at).replace(/\+.*$/, "");
  return `${local}+${tag}${address.slice(at)}`.toLowerCase();
}

/**
 * A message the connector sent to their own plus-address (me+intros@…): an explicit
 * forward to SafeIntro. It must be from one of their addresses, to their plus-address (To,
 * Cc or Gmail's Delivered-To), and not marked as failing authentication by the server that
 * received it: anyone can write to me+intros@gmail.com and put the connector's address in
 * From, but Gmail records SPF/DKIM/DMARC failures in Authentication-Results. Mail the
 * connector sent from Gmail itself never went through a receiving server and has no such
 * header.
 */
export function isPlusAddressSubmission(
  email: ParsedEmail,
  connectorAddresses: readonly string[],
  tag: string,
): boolean {
  if (email.from.email === null) return false;
  const own = new Set(connectorAddresses.map(mailboxKey));
  if (!own.has(mailboxKey(email.from.email))) return false;
  const plusAddresses = new Set(connectorAddresses.map((address) => plusAddressOf(address, tag)));
  const recipients = [
    ...email.to.map((person) => person.email),
    ...(email.cc ?? []).map((person) => person.email),
    ...(email.deliveredTo ?? []),
  ];
  if (!recipients.some((recipient) => recipient !== null && plusAddresses.has(recipient.toLowerCase()))) return false;
  return !failsAuthentication(email.authenticationResults ?? null);
}

/** dmarc=fail, or SPF failed with no DKIM pass beside it. */
function failsAuthentication(results: string | null): boolean {
  if (results === null) return false;
  const verdict = (method: string) => new RegExp(`\\b${method}=(\\w+)`, "i").exec(results)?.[1]?.toLowerCase() ?? null;
  if (verdict("dmarc") === "fail") return true;
  const spf = verdict("spf");
  return (spf === "fail" || spf === "softfail") && verdict("dkim") !== "pass";
}
