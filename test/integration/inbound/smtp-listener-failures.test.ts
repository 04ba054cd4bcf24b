// The inbound SMTP listener when something goes wrong: a 451 (try again later) when the recipient,
// the receiver or DNS cannot be reached, and garbage or a client gone in the middle of DATA
// refused or dropped without stopping the listener serving the next one.
import { describe, expect, it } from "vitest";
import type { DnsResolver } from "../../../src/inbound/dns-resolver.js";
import { forwardedMessage } from "../../support/inbound-dns.js";
import {
  CONNECTOR,
  dns,
  INBOUND,
  listen,
  noMessageContent,
  rawClient,
  refusal,
  SECRET_TEXT,
  send,
  useSmtpListeners,
} from "./smtp-listener-harness.js";

useSmtpListeners();

describe("the inbound SMTP listener", () => {
  it("answers 451 at RCPT when the recipient cannot be checked, so the sender retries", async () => {
    const { listener, receiver } = await listen();
    receiver.recipientCheckFails = true;
    const error = await refusal(send(listener, forwardedMessage({ from: CONNECTOR })));
    expect(error.responseCode).toBe(451);
    expect(receiver.deliveries).toHaveLength(0);
  });

  it("answers 451 when the receiver fails (database or Redis down), so the sender keeps the message", async () => {
    const { listener, receiver, log } = await listen();
    receiver.receiveFails = true;
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const error = await refusal(send(listener, signed));
    expect(error.responseCode).toBe(451);
    expect(error.response).toMatch(/try again later/);
    expect(log).toContainEqual(expect.objectContaining({ outcome: "failed" }));

    receiver.receiveFails = false;
    const info = await send(listener, signed);
    expect(info.response).toMatch(/^250 /);
  });

  it("answers 451 without handing over when DNS fails while checking the sender", async () => {
    const timingOut: DnsResolver = async () => {
      throw Object.assign(new Error("queryTxt ETIMEOUT"), { code: "ETIMEOUT" });
    };
    const { listener, receiver } = await listen({ resolver: timingOut });
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const error = await refusal(send(listener, signed));
    expect(error.responseCode).toBe(451);
    expect(error.response).toContain("temperror");
    expect(receiver.deliveries).toHaveLength(0);
  });

  it("refuses garbage without headers with a clear 550, and keeps serving", async () => {
    const { listener, receiver } = await listen();
    const garbage = Buffer.from([0x00, 0xff, 0xfe, 0x41, 0x0d, 0x0a, 0x0d, 0x0a, 0x7f, 0x80, 0x0d, 0x0a]);
    const error = await refusal(send(listener, garbage));
    expect(error.responseCode).toBe(550);
    expect(error.response).toContain("No From address");
    expect(receiver.deliveries[0]?.authentication).toEqual({ from: null, passes: false, summary: "no From address" });

    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    expect((await send(listener, signed)).response).toMatch(/^250 /);
  });

  it("survives a client that disconnects in the middle of DATA, and serves the next one", async () => {
    const { listener, receiver, log } = await listen();
    const client = await rawClient(listener.port);
    expect(await client.command("EHLO mail.rivera.example")).toMatch(/^250/);
    expect(await client.command(`MAIL FROM:<${CONNECTOR}>`)).toMatch(/^250/);
    expect(await client.command(`RCPT TO:<${INBOUND}>`)).toMatch(/^250/);
    expect(await client.command("DATA")).toMatch(/^354/);
    client.socket.write(`From: ${CONNECTOR}\r\nSubject: half\r\n\r\n${SECRET_TEXT}, and then the line`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    client.socket.destroy();

    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    expect((await send(listener, signed)).response).toMatch(/^250 /);
    expect(receiver.deliveries).toHaveLength(1);
    expect(log).toContainEqual(expect.objectContaining({ msg: "inbound smtp: message not received in full" }));
    noMessageContent(log);
  });
});
