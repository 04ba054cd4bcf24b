import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTokenCipher, TokenCipherError } from "../../src/crypto/token-cipher.js";

const keyV1 = { version: "v1", key: randomBytes(32) };
const keyV2 = { version: "v2", key: randomBytes(32) };

describe("token cipher (AES-256-GCM, versioned keys)", () => {
  it("seals so the plain token appears nowhere, and opens it again", () => {
    const cipher = createTokenCipher([keyV1]);
    const sealed = cipher.seal("1//refresh-token-value");
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("refresh-token-value");
    expect(cipher.open(sealed)).toBe("1//refresh-token-value");
  });

  it("uses a fresh IV every time", () => {
    const cipher = createTokenCipher([keyV1]);
    expect(cipher.seal("same")).not.toBe(cipher.seal("same"));
  });

  it("rotates: a new key seals, the old one still opens, and old values are flagged for resealing", () => {
    const old = createTokenCipher([keyV1]).seal("token");
    const rotated = createTokenCipher([keyV2, keyV1]);
    expect(rotated.open(old)).toBe("token");
    expect(rotated.needsReseal(old)).toBe(true);
    expect(rotated.needsReseal(rotated.seal("token"))).toBe(false);
  });

  it("refuses altered data, relabelled versions, unknown keys and garbage", () => {
    const cipher = createTokenCipher([keyV2, keyV1]);
    const sealed = cipher.seal("token");
    const [version, iv, data, tag] = sealed.split(".") as [string, string, string, string];
    const flipped = Buffer.from(data, "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => cipher.open([version, iv, flipped.toString("base64url"), tag].join("."))).toThrow(TokenCipherError);
    expect(() => cipher.open(["v1", iv, data, tag].join("."))).toThrow(/wrong key or altered data/);
    expect(() => createTokenCipher([keyV1]).open(sealed)).toThrow('sealed with key "v2", which is not in the key ring');
    expect(() => cipher.open("plain-text-token")).toThrow("not a sealed value");
  });
});
