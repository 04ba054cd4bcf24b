import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/intake/parse-email.js";
import { analyzeEmail } from "../../src/intros/analyze-email.js";
import { danasRequest, forwardedAsAttachment } from "../support/attached-forward-mail.js";

/**
 * A request forwarded as an attachment (Gmail's "Forward as attachment", Outlook's): before
 * session 23 the note ("See attached.") was all that was read, and the request was missed.
 */
const priya = { name: "Priya Shah", email: "priya@shah.example" };
const parse = (raw: Buffer) => parseEmail(raw, { maxBytes: 1 << 20 });

describe("a message forwarded as an attachment", () => {
  it("is read as an inline forward: the original's writer asks, the sender forwards", async () => {
    const raw = await forwardedAsAttachment({
      forwarder: priya,
      to: "intros@in.safeintro.test",
      note: "See attached.",
      original: await danasRequest(priya),
    });
    const email = await parse(raw);
    expect(email.text).toMatch(/^See attached\.\n\n---------- Forwarded message ---------\nFrom: Dana Reyes/);
    const analysis = analyzeEmail(email);
    expect(analysis).toMatchObject({
      isIntroRequest: true,
      requester: { email: "dana@reyes-labs.example" },
      forwardedBy: { email: "priya@shah.example" },
      target: { name: "Maria Lopez", organization: "Halvorsen Shipping" },
    });
  });

  it("with no note at all, is the forward alone", async () => {
    const raw = await forwardedAsAttachment({
      forwarder: priya,
      to: "x@y.example",
      note: "",
      original: await danasRequest(priya),
    });
    expect((await parse(raw)).text).toMatch(/^---------- Forwarded message ---------/);
  });

  it("shown inline by the sender's client, is read once, as mailparser shows it", async () => {
    const raw = await forwardedAsAttachment({
      forwarder: priya,
      to: "x@y.example",
      note: "See below.",
      original: await danasRequest(priya),
      disposition: "inline",
    });
    const text = (await parse(raw)).text;
    expect(text.match(/Could you introduce me to Maria Lopez/g)).toHaveLength(1);
  });

  it("that is not a message leaves the note as it is", async () => {
    const raw = await forwardedAsAttachment({
      forwarder: priya,
      to: "x@y.example",
      note: "See attached.",
      original: "",
    });
    expect((await parse(raw)).text.trim()).toBe("See attached.");
  });

  it.each(["bounce.eml", "mailparser-delivery-status.eml"])(
    "returned in a bounce (%s, multipart/report) is no forward: no one forwarded it",
    async (file) => {
      const text = (await parse(readFileSync(`test/fixtures/mime/${file}`))).text;
      expect(text).not.toContain("---------- Forwarded message ---------");
      expect(text).toMatch(/Status: 5\.\d\.\d/);
    },
  );
});
