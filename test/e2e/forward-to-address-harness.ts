// Shared by the forward-to address's tests (forward-to-address-*.test.ts): the whole product
// with its inbound SMTP listener, Mailgun webhook and test DNS (rivera.example signs its mail,
// stranger.example is someone else's), a connector whose inbox already holds a request and two
// forwards to their plus-address, and helpers that forward mail to the connector's inbound
// address by SMTP or the webhook. Call useForwardingProduct() in the describe; `product`,
// `inboundAddress` and `connectorId` are set once it has run.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, expect } from "vitest";
import { buildForward } from "../../src/cli/forward-command.js";
import { signMailgunPayload } from "../../src/inbound/mailgun-signature.js";
import { BrowserSession } from "../support/browser-session.js";
import { eventually } from "../support/eventually.js";
import { inboundDns } from "../support/inbound-dns.js";
import { corpus, uniqueAddress } from "../support/mail.js";
import { startProduct, type RunningProduct } from "../support/product-harness.js";

export const INBOUND_DOMAIN = "in.safeintro.test";
const WEBHOOK_KEY = "mailgun-webhook-test-key";
export const MAX_BYTES = 300_000;

/**
 * The connector's domain signs its mail (DKIM) but its SPF does not list the test machine: a
 * forward passes only when it is really signed, as mail relayed through a provider would be.
 */
export const dns = inboundDns(
  { domain: "rivera.example", spf: "v=spf1 ip4:192.0.2.1 -all" },
  { domain: "stranger.example" },
);

export const address = uniqueAddress();
const connector = { name: "Sam Rivera", email: address };
export const plusAddress = address.replace("@", "+intros@");

/** A corpus message with its From and To header lines replaced, CRLF line ends (as SMTP carries it). */
export function readdressed(name: string, from: string, to: string): Buffer {
  const text = corpus(name).toString("latin1").replace(/\r?\n/g, "\r\n");
  const end = text.indexOf("\r\n\r\n");
  const headers = text
    .slice(0, end)
    .replace(/^From:.*(\r\n[ \t].*)*$/im, `From: ${from}`)
    .replace(/^To:.*(\r\n[ \t].*)*$/im, `To: ${to}`);
  return Buffer.from(headers + text.slice(end), "latin1");
}

/** The forward a mail client would send of a corpus message, as raw MIME (CRLF). */
export async function forwardOf(name: string, options: { from: string; to: string; note?: string }): Promise<Buffer> {
  const message = await buildForward(corpus(name), options);
  return new MailComposer(message).compile().build();
}

export let product: RunningProduct;
export const browserSession = new BrowserSession();
export let inboundAddress = "";
export let connectorId = "";
const dnsDir = mkdtempSync(join(tmpdir(), "safeintro-inbound-dns-"));

/** Sends raw mail to the product's SMTP listener, as the envelope says. */
export async function send(raw: Buffer, envelope: { from: string; to: string }) {
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

/** The SMTP reply to mail the listener must refuse. */
export async function refusal(raw: Buffer, envelope: { from: string; to: string }) {
  const error = await send(raw, envelope).then(
    () => null,
    (caught: unknown) => caught as Error & { responseCode?: number; response?: string },
  );
  expect(error, "the listener accepted what it should refuse").not.toBeNull();
  return { code: error?.responseCode, response: error?.response ?? "" };
}

export const requestsFrom = (requesterEmail: string) =>
  product.services.prisma.introRequest.findMany({ where: { connectorId, requesterEmail } });

export async function statusPage(): Promise<string> {
  const [page] = await browserSession.navigate(`${product.url}/`);
  return page?.body ?? "";
}

/** Starts the product before the file's tests and waits for the inbox's own request; stops it after. */
export function useForwardingProduct(): void {
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
}

/** Raw MIME posted as Mailgun does (multipart, signed with the webhook key). */
export async function postToWebhook(
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

/** A bare text forward from the connector to their inbound address. */
export function forwardOfText(body: string): Buffer {
  return Buffer.from(
    [`From: ${connector.name} <${connector.email}>`, `To: ${inboundAddress}`, "Subject: Fwd: hello", "", body].join(
      "\r\n",
    ),
  );
}
