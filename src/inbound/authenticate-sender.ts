import {
  authenticate,
  dkimVerify,
  dmarc,
  type DKIMResult,
  type DKIMVerifyResult,
  type DMARCResult,
  type DNSResolver,
} from "mailauth";
import { systemDnsResolver, type DnsResolver } from "./dns-resolver.js";
import type { SenderAuthentication } from "./inbound-types.js";

/**
 * Who sent a forwarded message, as far as the sender's domain vouches for it. Both routes
 * believe the From address on the same rule: DMARC passes for the From domain, or a DKIM
 * signature of the From domain (relaxed alignment: the same organisational domain) verifies.
 */

/** A route's verdict: the contract's three facts, and whether a failure was DNS's. */
export interface SenderVerdict extends SenderAuthentication {
  /**
   * Not passing, and a check could not be made because DNS failed (temperror): asking again
   * later may pass, so a route should have the sender retry rather than refuse for good.
   */
  temporaryFailure: boolean;
}

/** What the SMTP listener knows of the connection the message came over. */
export interface SmtpSession {
  /** The client's IP address (SPF checks it). */
  ip: string;
  /** The name the client gave in EHLO/HELO. */
  helo: string;
  /** The envelope sender (MAIL FROM); empty for a bounce. */
  mailFrom: string;
  /** Our host name, for the checks' comments. */
  mta: string;
}

/** What a hosted inbound provider (Mailgun) reports next to the message it posts. */
export interface ProviderReport {
  /** The provider's SPF verdict for the connection it received the message over ("Pass", "Fail", …). */
  spf: string | null;
  /** The envelope sender the provider received. */
  mailFrom: string | null;
}

/**
 * Checks SPF (the connection's IP against MAIL FROM's domain), DKIM and DMARC. ARC and BIMI are
 * off: a forward straight from the connector's provider has nothing for ARC to vouch for, and
 * BIMI is about logos. Never throws: unreadable input or failing DNS is a verdict that fails.
 */
export async function authenticateSmtpSender(
  raw: Buffer,
  session: SmtpSession,
  resolver: DnsResolver = systemDnsResolver,
): Promise<SenderVerdict> {
  let result: Awaited<ReturnType<typeof authenticate>>;
  try {
    result = await authenticate(raw, {
      ip: session.ip,
      helo: session.helo,
      sender: session.mailFrom,
      mta: session.mta,
      resolver: forMailauth(resolver),
      disableArc: true,
      disableBimi: true,
    });
  } catch (error) {
    return couldNotCheck(error);
  }

  const author = authorAddress(result.dkim);
  if (author.problem !== null) return { from: null, passes: false, summary: author.problem, temporaryFailure: false };

  const dmarcResult = result.dmarc || null;
  // authenticate() has already settled each passing signature's `aligned` on the DMARC
  // record's alignment mode when there is one, and on the Public Suffix List when there is not.
  const alignedDkim = result.dkim.results.some((signature) => verifiesAligned(signature));
  const passes = dmarcResult?.status.result === "pass" || alignedDkim;
  const spf = result.spf ? result.spf.status.result : "none";
  return verdict(author.address, passes, `spf=${spf}`, result.dkim.results, dmarcResult);
}

/**
 * For mail a hosted provider received and posted to us: no SMTP session of ours, so no SPF of
 * our own. The rule:
 * - an aligned DKIM signature that we verify ourselves passes (the provider's DKIM verdict is
 *   not needed);
 * - the provider's SPF "Pass" stands for an SPF pass of MAIL FROM's domain, and counts only
 *   through DMARC: MAIL FROM's domain must align with the From domain, and the From domain
 *   must publish a DMARC record (mailauth's dmarc() decides both). Without a DMARC record an
 *   SPF pass proves nothing about the From header, which anyone can write.
 * Never throws, like authenticateSmtpSender.
 */
export async function authenticateProviderDelivery(
  raw: Buffer,
  provider: ProviderReport,
  resolver: DnsResolver = systemDnsResolver,
): Promise<SenderVerdict> {
  const mailauthResolver = forMailauth(resolver);
  const mailFrom = provider.mailFrom?.trim() || null;
  let verified: DKIMVerifyResult;
  try {
    verified = await dkimVerify(raw, { resolver: mailauthResolver, ...(mailFrom ? { sender: mailFrom } : {}) });
  } catch (error) {
    return couldNotCheck(error);
  }

  const author = authorAddress(verified);
  if (author.problem !== null) return { from: null, passes: false, summary: author.problem, temporaryFailure: false };

  const providerSpf = (provider.spf ?? "none").trim().toLowerCase();
  const mailFromDomain = mailFrom ? domainOf(mailFrom) : null;
  const spfDomains = providerSpf === "pass" && mailFromDomain ? [mailFromDomain] : [];
  const passing = verified.results.filter((signature) => signature.status.result === "pass" && signature.signingDomain);
  let dmarcResult: DMARCResult | null;
  try {
    dmarcResult =
      (await dmarc({
        headerFrom: verified.headerFrom,
        fromFields: verified.fromFields,
        spfDomains,
        dkimDomains: passing.map((signature) => ({
          ...(signature.id ? { id: signature.id } : {}),
          domain: signature.signingDomain ?? "",
          aligned: signature.status.aligned ?? false,
          ...(signature.status.underSized !== undefined ? { underSized: signature.status.underSized } : {}),
        })),
        resolver: mailauthResolver,
      })) || null;
  } catch (error) {
    return couldNotCheck(error);
  }

  // With a DMARC record, its alignment mode decides which signatures align (as authenticate()
  // does for the SMTP route); without one, the Public Suffix List guess of dkimVerify does.
  const dmarcDecided = dmarcResult?.status.result === "pass" || dmarcResult?.status.result === "fail";
  const alignedDkim = dmarcDecided
    ? Boolean(dmarcResult?.alignment.dkim.result)
    : verified.results.some((signature) => verifiesAligned(signature));
  const passes = dmarcResult?.status.result === "pass" || alignedDkim;
  const spf = `spf=${safeWord(providerSpf)} (reported by the provider${mailFromDomain ? ` for ${mailFromDomain}` : ""})`;
  return verdict(author.address, passes, spf, verified.results, dmarcResult);
}

/** Our resolver type answers `unknown` (to fit dns.promises.resolve); mailauth reads the shapes Node gives. */
const forMailauth = (resolver: DnsResolver): DNSResolver => resolver as DNSResolver;

const verifiesAligned = (signature: DKIMResult): boolean =>
  signature.status.result === "pass" && Boolean(signature.status.aligned);

/** The single From address, lowercased, or why there is none to believe. */
function authorAddress(
  dkim: DKIMVerifyResult,
): { address: string; problem: null } | { address: null; problem: string } {
  if (dkim.fromFields === 0 || dkim.headerFrom.length === 0) return { address: null, problem: "no From address" };
  if (dkim.fromFields > 1 || dkim.headerFrom.length > 1) return { address: null, problem: "several From addresses" };
  const address = (dkim.headerFrom[0] ?? "").toLowerCase();
  if (domainOf(address) === null) return { address: null, problem: "no From address" };
  return { address, problem: null };
}

/** The domain after the last "@", lowercased, or null when there is none. */
function domainOf(address: string): string | null {
  const at = address.lastIndexOf("@");
  const domain =
    at >= 0
      ? address
          .slice(at + 1)
          .trim()
          .toLowerCase()
          .replace(/^\[|\]$/g, "")
      : "";
  return domain.length > 0 ? domain : null;
}

const isTemporary = (result: string | undefined): boolean => result === "temperror" || result === "temperr";

/** How many signatures the summary names; a hostile message may carry hundreds. */
const SUMMARY_SIGNATURES = 5;

function verdict(
  from: string,
  passes: boolean,
  spfPart: string,
  signatures: DKIMResult[],
  dmarcResult: DMARCResult | null,
): SenderVerdict {
  const dkimParts = [...new Set(signatures.map((signature) => dkimPart(signature)))];
  const shown = dkimParts.slice(0, SUMMARY_SIGNATURES);
  if (dkimParts.length > shown.length) shown.push(`(and ${dkimParts.length - shown.length} more signatures)`);
  const dmarcResultWord = dmarcResult ? normaliseResult(dmarcResult.status.result) : "none";
  const temporaryFailure =
    !passes &&
    (spfPart.startsWith("spf=temperror") ||
      signatures.some((signature) => isTemporary(signature.status.result)) ||
      isTemporary(dmarcResult?.status.result));
  const parts = [spfPart, ...(shown.length > 0 ? shown : ["dkim=none"]), `dmarc=${dmarcResultWord}`];
  if (temporaryFailure) parts.push("(DNS lookup failed)");
  return { from, passes, summary: parts.join(" "), temporaryFailure };
}

/** "dkim=pass (example.org)", with ", not aligned" when it verifies for another domain than From's. */
function dkimPart(signature: DKIMResult): string {
  const result = `dkim=${normaliseResult(signature.status.result)}`;
  if (!signature.signingDomain) return result;
  const notAligned = signature.status.result === "pass" && !signature.status.aligned ? ", not aligned" : "";
  return `${result} (${safeDomain(signature.signingDomain)}${notAligned})`;
}

const normaliseResult = (result: string): string => (isTemporary(result) ? "temperror" : safeWord(result));

/** The sender writes d= and the provider's verdict: keep them to what a domain or verdict can hold. */
const safeDomain = (domain: string): string =>
  domain
    .toLowerCase()
    .replace(/[^a-z0-9._-]/g, "?")
    .slice(0, 100);
const safeWord = (word: string): string => word.replace(/[^a-z]/gi, "").slice(0, 20) || "none";

function couldNotCheck(error: unknown): SenderVerdict {
  // The error's code only: mailauth's messages may quote the message's headers.
  const code = typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : "error";
  return {
    from: null,
    passes: false,
    summary: `the sender could not be checked (${safeWord(code)})`,
    temporaryFailure: false,
  };
}
