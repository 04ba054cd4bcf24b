// The inbound SMTP listener's answers to mail: the connector's signed forward accepted with 250
// once the receiver has it; an unknown recipient, a second recipient, an oversized message and
// a forged From refused, each with its code and nothing handed over that should not be.
import { describe, expect, it } from "vitest";
import { forwardedMessage } from "../../support/inbound-dns.js";
import {
  CONNECTOR,
  dns,
  INBOUND,
  listen,
  noMessageContent,
  refusal,
  SECRET_TEXT,
  send,
  useSmtpListeners,
} from "./smtp-listener-harness.js";

useSmtpListeners();

describe("the inbound SMTP listener", () => {
  it("accepts the connector's signed forward with 250 once the receiver has it", async () => {
    const { listener, receiver, log } = await listen();
    const signed = await dns.sign(forwardedMessage({ from: `Sam Rivera <${CONNECTOR}>` }), {
      domain: "rivera.example",
    });

    const info = await send(listener, signed);

    expect(info.response).toMatch(/^250 .*Accepted: forwarded to SafeIntro/);
    expect(receiver.deliveries).toHaveLength(1);
    const delivery = receiver.deliveries[0]!;
    expect(delivery).toMatchObject({
      route: "inbound_smtp",
      recipient: INBOUND,
      authentication: { from: CONNECTOR, passes: true, summary: "spf=pass dkim=pass (rivera.example) dmarc=pass" },
    });
    expect(Object.keys(delivery.authentication).sort()).toEqual(["from", "passes", "summary"]);
    expect(delivery.raw.equals(signed)).toBe(true);
    expect(log).toContainEqual(expect.objectContaining({ recipient: INBOUND, outcome: "accepted" }));
    noMessageContent(log);
  });

  it("refuses an unknown recipient with 550 at RCPT, before any data", async () => {
    const { listener, receiver } = await listen();
    const error = await refusal(
      send(listener, forwardedMessage({ from: CONNECTOR }), { to: "intros-gone@in.safeintro.test" }),
    );
    expect(error.code).toBe("EENVELOPE");
    expect(error.responseCode).toBe(550);
    expect(error.response).toMatch(/Unknown address <intros-gone@in\.safeintro\.test>/);
    expect(receiver.deliveries).toHaveLength(0);
  });

  it("takes one recipient per transaction: a second RCPT gets 452 and only the first is delivered", async () => {
    const { listener, receiver } = await listen();
    const signed = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "rivera.example" });
    const info = await send(listener, signed, { to: [INBOUND, "intros-other@in.safeintro.test"] });
    expect(info.accepted).toEqual([INBOUND]);
    expect(info.rejected).toEqual(["intros-other@in.safeintro.test"]);
    expect(info.rejectedErrors?.[0]).toMatchObject({ responseCode: 452 });
    expect(receiver.deliveries.map((delivery) => delivery.recipient)).toEqual([INBOUND]);
  });

  it("refuses a message over maxBytes with 552 and does not hand it over", async () => {
    const { listener, receiver, log } = await listen({ maxBytes: 2_000 });
    const big = forwardedMessage({ from: CONNECTOR, body: `${SECRET_TEXT}\r\n${"x".repeat(76)}\r\n`.repeat(60) });
    const error = await refusal(send(listener, big));
    expect(error.responseCode).toBe(552);
    expect(error.response).toContain("exceeds 2000 bytes");
    expect(receiver.deliveries).toHaveLength(0);
    noMessageContent(log);
  });

  it("refuses a forged From with 550 and the receiver's reason", async () => {
    const { listener, receiver, log } = await listen();
    const forged = await dns.sign(forwardedMessage({ from: CONNECTOR }), { domain: "forger.example" });
    const error = await refusal(send(listener, forged, { from: "x@forger.example" }));
    expect(error.responseCode).toBe(550);
    expect(error.response).toContain(
      `From ${CONNECTOR} but not authenticated (spf=fail dkim=pass (forger.example, not aligned) dmarc=fail)`,
    );
    expect(receiver.deliveries).toHaveLength(1);
    expect(log).toContainEqual(expect.objectContaining({ outcome: "sender_not_authenticated", from: CONNECTOR }));
    noMessageContent(log);
  });
});
