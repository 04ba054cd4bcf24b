// Forwards to the connector's inbound address, by SMTP and by Mailgun's webhook: a signed forward
// from any mail client becomes a request from its original sender (a forward of a forward, or
// one holding no request, too); the same request forwarded again stays one; unsigned, foreign,
// unknown, oversized, forged and replayed mail creates nothing; and the forwarded-items list
// they leave fits a phone, with copy buttons that work under the page's policy.
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../src/http/cookies.js";
import { CHROMIUM_ARGS, ensureChromium, expectNoSidewaysScroll, newTestPage } from "../support/chromium.js";
import { eventually } from "../support/eventually.js";
import {
  address,
  browserSession,
  connectorId,
  dns,
  forwardOf,
  forwardOfText,
  INBOUND_DOMAIN,
  inboundAddress,
  MAX_BYTES,
  postToWebhook,
  product,
  readdressed,
  refusal,
  requestsFrom,
  send,
  statusPage,
  useForwardingProduct,
} from "./forward-to-address-harness.js";

// The callbacks given to evaluate() run in the page, where this exists; the project's lib has no DOM.
declare const navigator: { clipboard: { readText(): Promise<string> } };

describe("the forward-to address: forwards by SMTP, by webhook and to the plus-address become requests", () => {
  useForwardingProduct();

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
});
