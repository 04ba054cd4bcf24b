import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildForward } from "../../src/cli/forward-command.js";
import { signMailgunPayload } from "../../src/inbound/mailgun-signature.js";
import { chromium } from "playwright-core";
import { SESSION_COOKIE } from "../../src/http/cookies.js";
import { BrowserSession } from "../support/browser-session.js";
import { CHROMIUM_ARGS, ensureChromium, expectNoSidewaysScroll, newTestPage } from "../support/chromium.js";
import { eventually } from "../support/eventually.js";
import { inboundDns } from "../support/inbound-dns.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

const INBOUND_DOMAIN = "in.safeintro.test";
const WEBHOOK_KEY = "mailgun-webhook-test-key";
const MAX_BYTES = 300_000;

/**
 * The connector's domain signs its mail (DKIM) but its SPF does not list the test machine: a
 * forward passes only when it is really signed, as mail relayed through a provider would be.
 */
const dns = inboundDns({ domain: "rivera.example", spf: "v=spf1 ip4:192.0.2.1 -all" }, { domain: "stranger.example" });

const address = uniqueAddress();
const connector = { name: "Sam Rivera", email: address };
const plusAddress = address.replace("@", "+intros@");

// The callbacks given to evaluate() run in the page, where this exists; the project's lib has no DOM.
declare const navigator: { clipboard: { readText(): Promise<string> } };

/** A corpus message with its From and To header lines replaced, CRLF line ends (as SMTP carries it). */
function readdressed(name: string, from: string, to: string): Buffer {
  const text = corpus(name).toString("latin1").replace(/\r?\n/g, "\r\n");
  const end = text.indexOf("\r\n\r\n");
  const headers = text
    .slice(0, end)
    .replace(/^From:.*(\r\n[ \t].*)*$/im, `From: ${from}`)
    .replace(/^To:.*(\r\n[ \t].*)*$/im, `To: ${to}`);
  return Buffer.from(headers + text.slice(end), "latin1");
}

/** The forward a mail client would send of a corpus message, as raw MIME (CRLF). */
async function forwardOf(name: string, options: { from: string; to: string; note?: string }): Promise<Buffer> {
  const message = await buildForward(corpus(name), options);
  return new MailComposer(message).compile().build();
}

describe("the forward-to address: forwards by SMTP, by webhook and to the plus-address become requests", () => {
  let product: RunningProduct;
  const browserSession = new BrowserSession();
  let inboundAddress = "";
  let connectorId = "";
  const dnsDir = mkdtempSync(join(tmpdir(), "safeintro-inbound-dns-"));

  async function send(raw: Buffer, envelope: { from: string; to: string }) {
    const transport = nodemailer.createTransport({
      host: product.smtp?.host ?? "",
      port: product.smtp?.port ?? 0,
      secure: false,
      ignoreTLS: true,
    });
    try {
      return await transport.sendMail({ envelope: { from: envelope.from, to: [envelope.to] }, raw });
    } finally {
      transport.close();
    }
  }

  async function refusal(raw: Buffer, envelope: { from: string; to: string }) {
    const error = await send(raw, envelope).then(
      () => null,
      (caught: unknown) => caught as Error & { responseCode?: number; response?: string },
    );
    expect(error, "the listener accepted what it should refuse").not.toBeNull();
    return { code: error?.responseCode, response: error?.response ?? "" };
  }

  const requestsFrom = (requesterEmail: string) =>
    product.services.prisma.introRequest.findMany({ where: { connectorId, requesterEmail } });

  async function statusPage(): Promise<string> {
    const [page] = await browserSession.navigate(`${product.url}/`);
    return page?.body ?? "";
  }

  beforeAll(async () => {
    const dnsFile = join(dnsDir, "dns.json");
    writeFileSync(dnsFile, JSON.stringify(dns.records));
    product = await startProduct({
      emulator: {
        mailboxes: {
          [address]: [
            // In the inbox already: forwarded later too, it must stay one request.
            corpus("high-01-mary-jones-hr.eml"),
            // The connector forwarded a request to their plus-address from this Gmail.
            readdressed("fwd-gmail-02-lorelei-fontaine.eml", `Sam Rivera <${address}>`, plusAddress),
            // Someone else wrote to the plus-address in the connector's name: Gmail saw DMARC fail.
            Buffer.concat([
              Buffer.from(
                "Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=rivera.example; dmarc=fail (p=REJECT) header.from=rivera.example\r\n",
              ),
              readdressed("fwd-apple-02-valentina-russo.eml", `Sam Rivera <${address}>`, plusAddress),
            ]),
          ],
        },
      },
      env: {
        INBOUND_DOMAIN,
        INBOUND_SMTP_PORT: "0",
        INBOUND_SMTP_HOST: "127.0.0.1",
        INBOUND_DNS_RECORDS_FILE: dnsFile,
        INBOUND_MAX_BYTES: String(MAX_BYTES),
        MAILGUN_WEBHOOK_SIGNING_KEY: WEBHOOK_KEY,
      },
    });
    await product.connect(browserSession, address);
    connectorId = (await product.services.prisma.connector.findFirstOrThrow({ where: { email: address } })).id;
    const match = /id="inbound-address" value="([^"]+)"/.exec(await statusPage());
    inboundAddress = match?.[1] ?? "";
    expect(inboundAddress).toMatch(new RegExp(`^intros-[a-z0-9]{10}@${INBOUND_DOMAIN.replaceAll(".", "\\.")}$`));
    // The inbox's own request is recorded before anything is forwarded.
    await eventually(async () => (await requestsFrom("alex@northwind.example")).length === 1, 20_000);
  });
  afterAll(async () => {
    await product?.stop();
    rmSync(dnsDir, { recursive: true, force: true });
  });

  it("shows both addresses on the status page, each with a copy button", async () => {
    const page = await statusPage();
    expect(page).toContain(`value="${plusAddress}"`);
    expect(page).toContain(`value="${inboundAddress}"`);
    expect(page.match(/data-copy="(plus-address|inbound-address)"/g)).toHaveLength(2);
    expect(page).toContain('<script src="/assets/copy-address.js" defer></script>');
  });

  it("a DKIM-signed forward over SMTP becomes a request from the original sender, with the connector's note", async () => {
    const raw = await dns.sign(
      await forwardOf("high-02-oskar-lindqvist-cto.eml", {
        from: `Sam Rivera <${address}>`,
        to: inboundAddress,
        note: "Priya is great, worth a look.",
      }),
      { domain: "rivera.example" },
    );
    const info = await send(raw, { from: address, to: inboundAddress });
    expect(info.response).toMatch(/^250 /);
    const request = await eventually(async () => (await requestsFrom("priya@ledgerleaf.test"))[0], 20_000);
    expect(request).toMatchObject({ source: "inbound_smtp", recognised: true, targetName: "Oskar Lindqvist" });
    expect(request.connectorNote).toBe("Priya is great, worth a look.");
    // The request is dated when the original was sent, not when it was forwarded.
    expect(request.receivedAt?.toISOString().slice(0, 10)).not.toBe(new Date().toISOString().slice(0, 10));
    const [page] = await browserSession.navigate(`${product.url}/requests/${request.id}`);
    expect(page?.body).toContain("Forwarded by you to your SafeIntro address");
    expect(page?.body).toContain("Priya is great, worth a look.");
    // Analysed like any request.
    await eventually(
      async () =>
        (await product.services.prisma.introRequest.findUniqueOrThrow({ where: { id: request.id } })).recommendation,
      20_000,
    );
  });

  it("forwards written by Apple Mail, Outlook and Thunderbird each become a request from their original sender", async () => {
    const cases = [
      ["fwd-apple-01-henrietta-szabo.eml", "yusuf@saltmarsh.test"],
      ["fwd-outlook-01-desmond-achterberg.eml", "claire.beaumont@fenwick-partners.example"],
      ["fwd-thunderbird-02-percival-ng.eml", "bogdan@kiteworks.test"],
    ] as const;
    for (const [name, requester] of cases) {
      const raw = await dns.sign(readdressed(name, `Sam Rivera <${address}>`, inboundAddress), {
        domain: "rivera.example",
      });
      await send(raw, { from: address, to: inboundAddress });
      const request = await eventually(async () => (await requestsFrom(requester))[0], 20_000);
      expect(request).toMatchObject({ source: "inbound_smtp", recognised: true });
    }
  });

  it("a forward of a forward: the requester is who asked, the friend who passed it on is kept", async () => {
    // Nina forwarded Ethan's request to Sam; Sam forwards Nina's forward on.
    const raw = await dns.sign(
      await forwardOf("fwd-gmail-01-ingeborg-vance.eml", { from: address, to: inboundAddress }),
      { domain: "rivera.example" },
    );
    await send(raw, { from: address, to: inboundAddress });
    const request = await eventually(async () => (await requestsFrom("ethan@copperline.example"))[0], 20_000);
    expect(request).toMatchObject({ forwardedByEmail: "nina@rivera.example", targetName: "Ingeborg Vance" });
  });

  it("the same request forwarded while it is in the inbox, then again by the webhook, stays one request", async () => {
    const before = await product.services.prisma.introRequest.count({ where: { connectorId } });
    const raw = await dns.sign(await forwardOf("high-01-mary-jones-hr.eml", { from: address, to: inboundAddress }), {
      domain: "rivera.example",
    });
    await send(raw, { from: address, to: inboundAddress });
    const response = await postToWebhook(raw);
    expect(response.status).toBe(200);
    await eventually(
      async () =>
        (await product.services.prisma.introRequestEvent.count({
          where: { kind: "forwarded", introRequest: { connectorId, requesterEmail: "alex@northwind.example" } },
        })) === 2,
      20_000,
    );
    const requests = await requestsFrom("alex@northwind.example");
    expect(requests.map((request) => request.source)).toEqual(["inbox"]);
    expect(await product.services.prisma.introRequest.count({ where: { connectorId } })).toBe(before);
    expect(await statusPage()).toContain("The same request was already recorded");
  });

  it("a forward holding no intro request is still recorded, and says so", async () => {
    const raw = await dns.sign(
      await forwardOf("nearmiss-selfintro-01-sales-cold.eml", { from: address, to: inboundAddress, note: "Spam?" }),
      { domain: "rivera.example" },
    );
    await send(raw, { from: address, to: inboundAddress });
    const request = await eventually(
      () =>
        product.services.prisma.introRequest.findFirst({
          where: { connectorId, recognised: false, source: "inbound_smtp" },
        }),
      20_000,
    );
    const [page] = await browserSession.navigate(`${product.url}/requests/${request.id}`);
    expect(page?.body).toContain("Forwarded by you; no request recognised.");
    expect(await statusPage()).toContain("no intro request recognised");
  });

  describe("refusals: nothing is created, and the reason is given", () => {
    it("mail in the connector's name that is not signed (SPF fails) is refused with a 550 saying why", async () => {
      const before = await product.services.prisma.introRequest.count({ where: { connectorId } });
      const raw = await forwardOf("high-01-mary-jones-hr.eml", { from: address, to: inboundAddress });
      const { code, response } = await refusal(raw, { from: address, to: inboundAddress });
      expect(code).toBe(550);
      expect(response).toContain("could not be verified");
      expect(await product.services.prisma.introRequest.count({ where: { connectorId } })).toBe(before);
      expect(await statusPage()).toMatch(/Not accepted\.<\/strong> the message claims to be from/);
    });

    it("a stranger's forward, though properly signed by its own domain, is refused", async () => {
      const stranger = "mallory@stranger.example";
      const raw = await dns.sign(await forwardOf("high-01-mary-jones-hr.eml", { from: stranger, to: inboundAddress }), {
        domain: "stranger.example",
      });
      const { code, response } = await refusal(raw, { from: stranger, to: inboundAddress });
      expect(code).toBe(550);
      expect(response).toContain("is not your address");
    });

    it("an unknown address is refused at RCPT, and an oversized message at DATA", async () => {
      const unknown = await refusal(forwardOfText("hello"), { from: address, to: `intros-nobody@${INBOUND_DOMAIN}` });
      expect(unknown.code).toBe(550);
      const huge = forwardOfText("x".repeat(MAX_BYTES + 10_000));
      const oversized = await refusal(huge, { from: address, to: inboundAddress });
      expect(oversized.code).toBe(552);
    });

    it("the webhook refuses a forged signature and a stale one, and a replay creates nothing twice", async () => {
      const raw = await dns.sign(
        await forwardOf("fwd-gmail-03-streamwise-network.eml", { from: address, to: inboundAddress }),
        { domain: "rivera.example" },
      );
      expect((await postToWebhook(raw, { signature: "0".repeat(64) })).status).toBe(401);
      const stale = Math.floor(Date.now() / 1000) - 10 * 60 * 60;
      expect((await postToWebhook(raw, { timestamp: stale })).status).toBe(401);
      const token = "replayed-token-".padEnd(50, "x");
      const first = await postToWebhook(raw, { token });
      expect(first.status).toBe(200);
      const again = await postToWebhook(raw, { token });
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ alreadyReceived: true });
      // This post and the duplicate of the earlier test were processed; the replay added none.
      await eventually(
        async () =>
          (await product.services.prisma.inboundMessage.count({
            where: { connectorId, route: "inbound_webhook", status: "processed" },
          })) === 2,
        20_000,
      );
      expect(
        await product.services.prisma.inboundMessage.count({ where: { connectorId, route: "inbound_webhook" } }),
      ).toBe(2);
    });
  });

  it("a forward to the plus-address becomes a request; one that Gmail saw fail DMARC does not", async () => {
    const request = await eventually(async () => (await requestsFrom("kwame@baobabpay.example"))[0], 20_000);
    expect(request).toMatchObject({ source: "plus_address", targetName: "Lorelei Fontaine" });
    const forged = await product.services.prisma.introRequest.findMany({
      where: { connectorId, source: "plus_address", NOT: { requesterEmail: "kwame@baobabpay.example" } },
    });
    expect(forged).toEqual([]);
  });

  it("in a browser: the copy buttons work under the page's policy, and the section fits a 320 px phone", async () => {
    const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await newTestPage(browser, {
        viewport: { width: 320, height: 700 },
        isMobile: true,
        hasTouch: true,
        permissions: ["clipboard-read", "clipboard-write"],
      });
      const url = new URL(product.url);
      await page
        .context()
        .addCookies([
          { name: SESSION_COOKIE, value: browserSession.cookie(url.host, SESSION_COOKIE) ?? "", url: product.url },
        ]);
      await page.goto(product.url);
      await page.locator("#forwarded-items").waitFor();
      await expectNoSidewaysScroll(page, 320);
      // The script is SafeIntro's own file, the one script the policy allows: it shows the buttons.
      const copy = page.locator('button[data-copy="inbound-address"]');
      await copy.click();
      await expect.poll(() => copy.textContent()).toBe("Copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inboundAddress);
    } finally {
      await browser.close();
    }
  }, 120_000);

  /** Raw MIME posted as Mailgun does (multipart, signed with the webhook key). */
  async function postToWebhook(
    raw: Buffer,
    overrides: { signature?: string; timestamp?: number; token?: string } = {},
  ) {
    const timestamp = String(overrides.timestamp ?? Math.floor(Date.now() / 1000));
    const token = overrides.token ?? `token-${Math.random().toString(36).slice(2)}`.padEnd(50, "0");
    const form = new FormData();
    form.set("recipient", inboundAddress);
    form.set("sender", address);
    form.set("from", address);
    form.set("timestamp", timestamp);
    form.set("token", token);
    form.set("signature", overrides.signature ?? signMailgunPayload(timestamp, token, WEBHOOK_KEY));
    form.set("body-mime", new Blob([new Uint8Array(raw)]), "message.mime");
    return fetch(`${product.url}/inbound/mailgun/mime`, { method: "POST", body: form });
  }

  function forwardOfText(body: string): Buffer {
    return Buffer.from(
      [`From: ${connector.name} <${connector.email}>`, `To: ${inboundAddress}`, "Subject: Fwd: hello", "", body].join(
        "\r\n",
      ),
    );
  }
});
