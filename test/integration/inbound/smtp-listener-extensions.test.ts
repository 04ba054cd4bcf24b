// What the inbound SMTP listener offers in its EHLO reply: the size limit, never AUTH, and
// STARTTLS only with a certificate, over which it then receives.
import nodemailer from "nodemailer";
import getTLSOptions from "smtp-server/lib/tls-options.js";
import { describe, expect, it } from "vitest";
import { forwardedMessage } from "../../support/inbound-dns.js";
import { CONNECTOR, dns, INBOUND, listen, rawClient, useSmtpListeners } from "./smtp-listener-harness.js";

useSmtpListeners();

describe("the inbound SMTP listener", () => {
  it("offers neither AUTH nor STARTTLS without a certificate, and advertises the size limit", async () => {
    const { listener } = await listen({ maxBytes: 4_096 });
    const client = await rawClient(listener.port);
    const ehlo = await client.command("EHLO mail.rivera.example");
    client.socket.end("QUIT\r\n");
    expect(ehlo).toContain("SIZE 4096");
    expect(ehlo).not.toContain("AUTH");
    expect(ehlo).not.toContain("STARTTLS");
  });

  it("offers STARTTLS with a certificate, and receives over it", async () => {
    // smtp-server's built-in test certificate: its key is public, which is fine for a test.
    const { key, cert } = getTLSOptions();
    const { listener, receiver } = await listen({
      tls: { key: Buffer.from(String(key)), cert: Buffer.from(String(cert)) },
    });
    const client = await rawClient(listener.port);
    const ehlo = await client.command("EHLO mail.rivera.example");
    client.socket.end("QUIT\r\n");
    expect(ehlo).toContain("STARTTLS");
    expect(ehlo).not.toContain("AUTH");

    const transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: listener.port,
      secure: false,
      requireTLS: true,
      tls: { rejectUnauthorized: false },
      name: "mail.rivera.example",
    });
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    try {
      const info = await transport.sendMail({ envelope: { from: CONNECTOR, to: INBOUND }, raw: signed });
      expect(info.response).toMatch(/^250 /);
    } finally {
      transport.close();
    }
    expect(receiver.deliveries[0]?.authentication.passes).toBe(true);
  });
});
