import { beforeAll, describe, expect, it } from "vitest";
import { authenticateProviderDelivery, authenticateSmtpSender } from "../../../src/inbound/authenticate-sender.js";
import type { DnsResolver } from "../../../src/inbound/dns-resolver.js";
import { forwardedMessage, inboundDns, type InboundDns } from "../../support/inbound-dns.js";

// The connector's own domain, a forger's, and a domain that publishes no DMARC record.
const CONNECTOR = "sam@rivera.example";
let dns: InboundDns;
beforeAll(() => {
  dns = inboundDns(
    { domain: "rivera.example" },
    { domain: "forger.example", spf: "v=spf1 ip4:203.0.113.9 -all" },
    { domain: "nodmarc.example", dmarc: null },
  );
});

/** The forward as Gmail's servers would hand it to our listener. */
const session = (overrides: Partial<Parameters<typeof authenticateSmtpSender>[1]> = {}) => ({
  ip: "127.0.0.1",
  helo: "mail.rivera.example",
  mailFrom: CONNECTOR,
  mta: "in.safeintro.test",
  ...overrides,
});

/** DNS that answers nothing at all: every query times out. */
const timingOut: DnsResolver = async () => {
  throw Object.assign(new Error("queryTxt ETIMEOUT"), { code: "ETIMEOUT" });
};

describe("authenticateSmtpSender", () => {
  it("passes a message DKIM-signed by the connector's domain, even from an IP its SPF does not list", async () => {
    const signed = await dns.sign(forwardedMessage({ from: "Sam Rivera <Sam@Rivera.example>" }), {
      domain: "rivera.example",
    });
    const result = await authenticateSmtpSender(signed, session({ ip: "198.51.100.7" }), dns.resolver);
    expect(result).toEqual({
      from: "sam@rivera.example",
      passes: true,
      summary: "spf=fail dkim=pass (rivera.example) dmarc=pass",
      temporaryFailure: false,
    });
  });

  it("passes an aligned DKIM signature when the domain publishes no DMARC record", async () => {
    const signed = await dns.sign(forwardedMessage({ from: "dana@nodmarc.example" }), { domain: "nodmarc.example" });
    const result = await authenticateSmtpSender(
      signed,
      session({ ip: "198.51.100.7", mailFrom: "bounce@elsewhere.example" }),
      dns.resolver,
    );
    expect(result).toMatchObject({ from: "dana@nodmarc.example", passes: true });
    expect(result.summary).toBe("spf=none dkim=pass (nodmarc.example) dmarc=none");
  });

  it("refuses a forged From signed by another domain, saying the signature is not aligned", async () => {
    const forged = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "forger.example" });
    const result = await authenticateSmtpSender(
      forged,
      session({ ip: "203.0.113.9", helo: "mx.forger.example", mailFrom: "x@forger.example" }),
      dns.resolver,
    );
    expect(result).toEqual({
      from: CONNECTOR,
      passes: false,
      summary: "spf=pass dkim=pass (forger.example, not aligned) dmarc=fail",
      temporaryFailure: false,
    });
  });

  it("refuses an unsigned forged From whose SPF fails", async () => {
    const result = await authenticateSmtpSender(
      forwardedMessage({ from: CONNECTOR }),
      session({ ip: "203.0.113.9", helo: "mx.forger.example" }),
      dns.resolver,
    );
    expect(result).toMatchObject({ from: CONNECTOR, passes: false, temporaryFailure: false });
    expect(result.summary).toBe("spf=fail dkim=none dmarc=fail");
  });

  it("passes an unsigned message when SPF passes for an aligned MAIL FROM and DMARC is published", async () => {
    const aligned = await authenticateSmtpSender(forwardedMessage({ from: CONNECTOR }), session(), dns.resolver);
    expect(aligned).toEqual({
      from: CONNECTOR,
      passes: true,
      summary: "spf=pass dkim=none dmarc=pass",
      temporaryFailure: false,
    });
  });

  it("does not believe SPF alone when the From domain has no DMARC record", async () => {
    const result = await authenticateSmtpSender(
      forwardedMessage({ from: "dana@nodmarc.example" }),
      session({ mailFrom: "dana@nodmarc.example" }),
      createResolverWithSpf(dns, "nodmarc.example"),
    );
    expect(result).toMatchObject({ passes: false, summary: "spf=pass dkim=none dmarc=none" });
  });

  it("gives no From for a message without one, or with several", async () => {
    const noFrom = await authenticateSmtpSender(forwardedMessage({}), session(), dns.resolver);
    expect(noFrom).toEqual({ from: null, passes: false, summary: "no From address", temporaryFailure: false });

    const several = await authenticateSmtpSender(
      forwardedMessage({ from: CONNECTOR, headers: ["From: leo@forger.example"] }),
      session(),
      dns.resolver,
    );
    expect(several).toMatchObject({ from: null, passes: false, summary: "several From addresses" });

    const twoInOne = await authenticateSmtpSender(
      forwardedMessage({ from: `${CONNECTOR}, leo@forger.example` }),
      session(),
      dns.resolver,
    );
    expect(twoInOne).toMatchObject({ from: null, passes: false, summary: "several From addresses" });
  });

  it("does not crash on garbage bytes", async () => {
    const garbage = Buffer.from([0, 1, 2, 255, 254, 13, 10, 13, 10, 0x66, 0x72, 0x6f, 0x6d]);
    const result = await authenticateSmtpSender(garbage, session(), dns.resolver);
    expect(result).toMatchObject({ from: null, passes: false, summary: "no From address" });
  });

  it("fails with temperror, not a crash, when DNS does not answer", async () => {
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const result = await authenticateSmtpSender(signed, session(), timingOut);
    expect(result).toEqual({
      from: CONNECTOR,
      passes: false,
      summary: "spf=temperror dkim=temperror (rivera.example) dmarc=temperror (DNS lookup failed)",
      temporaryFailure: true,
    });
  });

  it("reports a signature whose body was changed after signing as failing", async () => {
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const tampered = Buffer.from(signed.toString("utf8").replace("introduce me to Leo", "introduce me to Max"));
    const result = await authenticateSmtpSender(tampered, session({ ip: "198.51.100.7" }), dns.resolver);
    expect(result.passes).toBe(false);
    expect(result.summary).toMatch(/^spf=fail dkim=(fail|neutral) \(rivera\.example\) dmarc=fail$/);
  });
});

describe("authenticateProviderDelivery", () => {
  it("passes an aligned DKIM signature it verifies itself, whatever the provider says of SPF", async () => {
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const result = await authenticateProviderDelivery(signed, { spf: "Fail", mailFrom: CONNECTOR }, dns.resolver);
    expect(result).toEqual({
      from: CONNECTOR,
      passes: true,
      summary: "spf=fail (reported by the provider for rivera.example) dkim=pass (rivera.example) dmarc=pass",
      temporaryFailure: false,
    });
  });

  it("passes the provider's SPF pass for an aligned MAIL FROM when the From domain publishes DMARC", async () => {
    const result = await authenticateProviderDelivery(
      forwardedMessage({ from: CONNECTOR }),
      { spf: "pass", mailFrom: "bounces+x@mail.rivera.example" },
      dns.resolver,
    );
    expect(result).toMatchObject({ from: CONNECTOR, passes: true });
    expect(result.summary).toBe("spf=pass (reported by the provider for mail.rivera.example) dkim=none dmarc=pass");
  });

  it("does not believe the provider's SPF pass without a DMARC record, or for another domain", async () => {
    const noDmarc = await authenticateProviderDelivery(
      forwardedMessage({ from: "dana@nodmarc.example" }),
      { spf: "Pass", mailFrom: "dana@nodmarc.example" },
      dns.resolver,
    );
    expect(noDmarc).toMatchObject({ passes: false, summary: expect.stringContaining("dmarc=none") });

    const otherDomain = await authenticateProviderDelivery(
      forwardedMessage({ from: CONNECTOR }),
      { spf: "Pass", mailFrom: "x@forger.example" },
      dns.resolver,
    );
    expect(otherDomain).toMatchObject({ from: CONNECTOR, passes: false });
    expect(otherDomain.summary).toBe("spf=pass (reported by the provider for forger.example) dkim=none dmarc=fail");
  });

  it("refuses a forged From signed by another domain", async () => {
    const forged = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "forger.example" });
    const result = await authenticateProviderDelivery(forged, { spf: null, mailFrom: null }, dns.resolver);
    expect(result).toEqual({
      from: CONNECTOR,
      passes: false,
      summary: "spf=none (reported by the provider) dkim=pass (forger.example, not aligned) dmarc=fail",
      temporaryFailure: false,
    });
  });

  it("gives no From for a message without one, and temperror when DNS does not answer", async () => {
    await expect(
      authenticateProviderDelivery(forwardedMessage({}), { spf: "pass", mailFrom: CONNECTOR }, dns.resolver),
    ).resolves.toEqual({ from: null, passes: false, summary: "no From address", temporaryFailure: false });

    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const result = await authenticateProviderDelivery(signed, { spf: "pass", mailFrom: CONNECTOR }, timingOut);
    expect(result).toMatchObject({ from: CONNECTOR, passes: false, temporaryFailure: true });
    expect(result.summary).toContain("dkim=temperror (rivera.example) dmarc=temperror (DNS lookup failed)");
  });
});

/** The test DNS, plus an SPF record for `domain` that lists the tests' client. */
function createResolverWithSpf(base: InboundDns, domain: string): DnsResolver {
  return async (name, rrtype) => {
    if (name === domain && rrtype === "TXT") return [["v=spf1 ip4:127.0.0.1 -all"]];
    return base.resolver(name, rrtype);
  };
}
