import { generateKeyPairSync, randomUUID } from "node:crypto";
import { dkimSign } from "mailauth";
import { createStaticResolver, type DnsResolver, type StaticDnsRecords } from "../../src/inbound/dns-resolver.js";

/**
 * DNS for sender checks without the network: each test domain gets an RSA-2048 DKIM key, an
 * SPF record and a DMARC record, served by a static resolver, and `sign` DKIM-signs a message
 * with the domain's key. The records are plain JSON, so an end-to-end test can also write
 * them to the file INBOUND_DNS_RECORDS_FILE names.
 *
 *   const dns = inboundDns({ domain: "rivera.example" }, { domain: "forger.example" });
 *   const signed = await dns.sign(raw, { domain: "rivera.example" });
 *   await authenticateSmtpSender(signed, session, dns.resolver);
 */

export interface TestDomain {
  domain: string;
  /** The DKIM selector: its key is published at <selector>._domainkey.<domain>. Default "test". */
  selector?: string;
  /** The SPF record; null publishes none. Default "v=spf1 ip4:127.0.0.1 -all" (the tests' client). */
  spf?: string | null;
  /** The DMARC record at _dmarc.<domain>; null publishes none. Default "v=DMARC1; p=reject". */
  dmarc?: string | null;
}

export interface InboundDns {
  /** Every domain's records, by lowercased name then type (TXT answers as lists of chunks). */
  records: StaticDnsRecords;
  /** Answers from `records`; an unknown name rejects with ENOTFOUND, as DNS would. */
  resolver: DnsResolver;
  /**
   * The message with a DKIM-Signature of `domain` prepended (relaxed/relaxed, rsa-sha256).
   * The selector defaults to the domain's own; another selector gives a signature whose key
   * is not published (dkim=neutral, "no key").
   */
  sign(raw: Buffer, signer: { domain: string; selector?: string }): Promise<Buffer>;
}

export const DEFAULT_SPF = "v=spf1 ip4:127.0.0.1 -all";
export const DEFAULT_DMARC = "v=DMARC1; p=reject";
const DEFAULT_SELECTOR = "test";

/** Keys and records for each domain given, and a resolver over them. */
export function inboundDns(...domains: TestDomain[]): InboundDns {
  const records: StaticDnsRecords = {};
  const keys = new Map<string, { selector: string; privateKey: string }>();
  const addTxt = (name: string, text: string) => {
    const byType = (records[name.toLowerCase()] ??= {});
    byType.TXT = [...((byType.TXT as string[][] | undefined) ?? []), chunks(text)];
  };

  for (const { domain, selector = DEFAULT_SELECTOR, spf = DEFAULT_SPF, dmarc = DEFAULT_DMARC } of domains) {
    const name = domain.toLowerCase();
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const publicDer = publicKey.export({ type: "spki", format: "der" }).toString("base64");
    keys.set(name, { selector, privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString() });
    addTxt(`${selector}._domainkey.${name}`, `v=DKIM1; k=rsa; p=${publicDer}`);
    if (spf !== null) addTxt(name, spf);
    if (dmarc !== null) addTxt(`_dmarc.${name}`, dmarc);
  }

  return {
    records,
    resolver: createStaticResolver(records),
    async sign(raw, signer) {
      const key = keys.get(signer.domain.toLowerCase());
      if (!key) throw new Error(`inboundDns has no key for ${signer.domain}: pass it to inboundDns() first`);
      const signingDomain = signer.domain.toLowerCase();
      const selector = signer.selector ?? key.selector;
      // mailauth reads only signatureData; its typings also ask for the fields at the top.
      const result = await dkimSign(raw, {
        signingDomain,
        selector,
        privateKey: key.privateKey,
        signatureData: [{ signingDomain, selector, privateKey: key.privateKey }],
      });
      if (result.errors.length > 0 || !result.signatures)
        throw new Error(`DKIM signing failed: ${result.errors.map(({ err }) => err.message).join("; ")}`);
      return Buffer.concat([Buffer.from(result.signatures), raw]);
    },
  };
}

/** A TXT record's text as DNS carries it: character-strings of at most 255 bytes. */
function chunks(text: string): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += 255) parts.push(text.slice(start, start + 255));
  return parts;
}

/**
 * A small plain-text message as a connector's mail server would forward it (CRLF line ends).
 * Without `from` it has no From field; `headers` are added after the usual ones (a second
 * "From: …" there makes a message with several From fields).
 */
export function forwardedMessage(options: {
  from?: string;
  to?: string;
  subject?: string;
  body?: string;
  headers?: string[];
}): Buffer {
  const lines = [
    ...(options.from !== undefined ? [`From: ${options.from}`] : []),
    `To: ${options.to ?? "intros-test@in.safeintro.example"}`,
    `Subject: ${options.subject ?? "Fwd: Intro to Leo?"}`,
    "Date: Mon, 06 Jan 2025 10:00:00 +0000",
    `Message-ID: <${randomUUID()}@test.example>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    ...(options.headers ?? []),
    "",
    options.body ?? "---------- Forwarded message ---------\r\nHi Sam, could you introduce me to Leo?\r\n",
  ];
  return Buffer.from(lines.join("\r\n"));
}
