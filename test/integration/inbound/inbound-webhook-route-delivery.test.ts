// The Mailgun webhook route's accepted posts: multipart (file or text field) and urlencoded, the
// message's bytes handed to the receiver exactly, Mailgun's verdicts passed to the sender check,
// and a log with addresses and the outcome, never the message.
import { describe, expect, it } from "vitest";
import {
  CONNECTOR,
  INBOX,
  MIME,
  mailgunFields,
  postMultipart,
  postUrlencoded,
  SECRET_LINE,
  startRoute,
  useRedisAndListeners,
  without,
} from "./inbound-webhook-harness.js";

useRedisAndListeners();

describe("POST /inbound/mailgun/mime (Mailgun's raw-MIME forward)", () => {
  it("multipart: a signed post is handed to the receiver with exactly the message's bytes", async () => {
    const route = await startRoute();
    const response = await postMultipart(route.url, mailgunFields());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: true });
    expect(route.receiver.deliveries).toHaveLength(1);
    const [delivery] = route.receiver.deliveries;
    expect(delivery?.route).toBe("inbound_webhook");
    expect(delivery?.recipient).toBe(INBOX);
    expect(delivery?.raw.equals(MIME)).toBe(true);
    expect(delivery?.authentication).toEqual({ from: CONNECTOR, passes: true, summary: "spf=Pass" });
    // Mailgun's verdicts reach the sender check: its SPF field and the envelope sender.
    expect(route.calls).toEqual([{ spf: "Pass", mailFrom: CONNECTOR }]);
  });

  it("multipart with body-mime as a text field", async () => {
    const route = await startRoute();
    const text = `From: Ana <${CONNECTOR}>\r\nSubject: Café ☕\r\n\r\nHello + / = & %\r\n`;
    const response = await postMultipart(route.url, mailgunFields(), Buffer.from(text, "utf8"), false);
    expect(response.status).toBe(200);
    expect(route.receiver.deliveries[0]?.raw.toString("utf8")).toBe(text);
  });

  it("urlencoded: a signed post is accepted, the message intact", async () => {
    const route = await startRoute();
    const text = `From: Ana <${CONNECTOR}>\r\nTo: ${INBOX}\r\nSubject: Fwd: Café\r\n\r\nIntro please + thanks & bye 100%\r\n`;
    const response = await postUrlencoded(route.url, mailgunFields({ recipient: "  IN-7K2@SafeIntro.test " }), text);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: true });
    expect(route.receiver.deliveries[0]?.raw.toString("utf8")).toBe(text);
    // The envelope address is compared as an address: case and spaces do not matter.
    expect(route.receiver.deliveries[0]?.recipient).toBe(INBOX);
  });

  it("logs addresses and the outcome, never the message", async () => {
    const route = await startRoute();
    expect((await postMultipart(route.url, mailgunFields())).status).toBe(200);
    const logged = JSON.stringify(route.logs);
    expect(logged).toContain("inbound message accepted");
    expect(logged).toContain(INBOX);
    expect(logged).not.toContain(SECRET_LINE);
    expect(logged).not.toContain("Fwd: intro to Bo");
  });

  it("without X-Mailgun-Spf the sender check is told there is no verdict", async () => {
    const route = await startRoute();
    const fields = without(mailgunFields({ sender: "" }), "X-Mailgun-Spf");
    await postMultipart(route.url, fields);
    expect(route.calls).toEqual([{ spf: null, mailFrom: null }]);
  });
});
