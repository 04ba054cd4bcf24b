import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signMailgunPayload, verifyMailgunSignature } from "../../../src/inbound/mailgun-signature.js";

const KEY = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0";
const NOW = Date.UTC(2026, 4, 1, 12, 0, 0);
const TOKEN = "c6a8a8c5c1f2a0b86e04ee8d2b5e0f7a3c1d9e8f7a6b5c4d3e";
const secondsAt = (ms: number) => String(Math.floor(ms / 1000));

function signedAt(ms: number, token = TOKEN) {
  const timestamp = secondsAt(ms);
  return { timestamp, token, signature: signMailgunPayload(timestamp, token, KEY) };
}

describe("Mailgun's webhook signature", () => {
  it("is the hex HMAC-SHA256 of timestamp + token under the signing key, as Mailgun documents it", () => {
    const expected = createHmac("sha256", KEY)
      .update("1529006854" + TOKEN)
      .digest("hex");
    expect(signMailgunPayload("1529006854", TOKEN, KEY)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it("accepts a fresh post signed with the key", () => {
    expect(verifyMailgunSignature(signedAt(NOW - 30_000), KEY, NOW)).toEqual({ ok: true });
  });

  it("accepts an upper-case hex signature", () => {
    const fields = signedAt(NOW);
    expect(verifyMailgunSignature({ ...fields, signature: fields.signature.toUpperCase() }, KEY, NOW)).toEqual({
      ok: true,
    });
  });

  it("refuses a signature made with another key", () => {
    const timestamp = secondsAt(NOW);
    const forged = { timestamp, token: TOKEN, signature: signMailgunPayload(timestamp, TOKEN, "another-key") };
    expect(verifyMailgunSignature(forged, KEY, NOW)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("refuses a signature moved to another token or timestamp", () => {
    const fields = signedAt(NOW);
    expect(verifyMailgunSignature({ ...fields, token: `${TOKEN.slice(1)}x` }, KEY, NOW)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
    expect(verifyMailgunSignature({ ...fields, timestamp: secondsAt(NOW - 1000) }, KEY, NOW)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  it("refuses a signature of the wrong length without throwing", () => {
    const fields = signedAt(NOW);
    for (const signature of [fields.signature.slice(0, 63), `${fields.signature}0`, "zz", "é".repeat(32)]) {
      expect(verifyMailgunSignature({ ...fields, signature }, KEY, NOW)).toEqual({
        ok: false,
        reason: "bad_signature",
      });
    }
  });

  it("calls a well-signed but old post stale, and one as far in the future too", () => {
    expect(verifyMailgunSignature(signedAt(NOW - 6 * 60_000), KEY, NOW)).toEqual({ ok: false, reason: "stale" });
    expect(verifyMailgunSignature(signedAt(NOW + 6 * 60_000), KEY, NOW)).toEqual({ ok: false, reason: "stale" });
    expect(verifyMailgunSignature(signedAt(NOW - 4 * 60_000), KEY, NOW)).toEqual({ ok: true });
    expect(verifyMailgunSignature(signedAt(NOW + 4 * 60_000), KEY, NOW)).toEqual({ ok: true });
  });

  it("takes the window it is given: Mailgun's retries arrive hours later", () => {
    const threeHoursAgo = signedAt(NOW - 3 * 60 * 60_000);
    expect(verifyMailgunSignature(threeHoursAgo, KEY, NOW)).toEqual({ ok: false, reason: "stale" });
    expect(verifyMailgunSignature(threeHoursAgo, KEY, NOW, 9 * 60 * 60_000)).toEqual({ ok: true });
  });

  it("calls missing or nonsensical fields malformed", () => {
    const fields = signedAt(NOW);
    const cases = [
      { ...fields, timestamp: undefined },
      { ...fields, token: undefined },
      { ...fields, signature: undefined },
      { ...fields, timestamp: "" },
      { ...fields, timestamp: "12.5" },
      { ...fields, timestamp: "-1" },
      { ...fields, timestamp: "1e9" },
      { ...fields, token: "t".repeat(257) },
    ];
    for (const malformed of cases) {
      expect(verifyMailgunSignature(malformed, KEY, NOW)).toEqual({ ok: false, reason: "malformed" });
    }
  });
});
