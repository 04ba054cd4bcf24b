import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTokenCipher, TokenCipherError } from "../../src/crypto/token-cipher.js";

const keyV1 = { version: "v1", key: randomBytes(32) };
const keyV2 = { version: "v2", key: randomBytes(32) };
const rowA = { table: "google_accounts", column: "refresh_token_sealed", rowId: "a" };
const rowB = { ...rowA, rowId: "b" };

/** A value as the first format sealed it: AES-GCM with only the key version as associated data. */
function sealUnbound(key: { version: string; key: Buffer }, plaintext: string, tagBytes = 16): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(key.version));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [
    key.version,
    iv.toString("base64url"),
    data.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
  ].join(".");
}

describe("token cipher (AES-256-GCM, versioned keys, bound to the row)", () => {
  it("seals so the plain token appears nowhere, and opens it again in the same place", () => {
    const cipher = createTokenCipher([keyV1]);
    const sealed = cipher.seal("1//refresh-token-value", rowA);
    expect(sealed).toMatch(/^s2\.v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("refresh-token-value");
    expect(cipher.open(sealed, rowA)).toBe("1//refresh-token-value");
  });

  it("uses a fresh IV every time", () => {
    const cipher = createTokenCipher([keyV1]);
    expect(cipher.seal("same", rowA)).not.toBe(cipher.seal("same", rowA));
  });

  it("a value moved to another row, column or table does not open", () => {
    const cipher = createTokenCipher([keyV1]);
    const sealed = cipher.seal("token", rowA);
    expect(() => cipher.open(sealed, rowB)).toThrow(/wrong place/);
    expect(() => cipher.open(sealed, { ...rowA, column: "access_token_sealed" })).toThrow(TokenCipherError);
    expect(() => cipher.open(sealed, { ...rowA, table: "sign_in_attempts" })).toThrow(TokenCipherError);
  });

  it("rotates: a new key seals, the old one still opens, and old values are flagged for resealing", () => {
    const old = createTokenCipher([keyV1]).seal("token", rowA);
    const rotated = createTokenCipher([keyV2, keyV1]);
    expect(rotated.open(old, rowA)).toBe("token");
    expect(rotated.needsReseal(old)).toBe(true);
    expect(rotated.needsReseal(rotated.seal("token", rowA))).toBe(false);
  });

  it("accepts only full 16-byte tags", () => {
    const cipher = createTokenCipher([keyV1]);
    const [format, version, iv, data, tag] = cipher.seal("token", rowA).split(".") as [
      string,
      string,
      string,
      string,
      string,
    ];
    const short = Buffer.from(tag, "base64url").subarray(0, 4).toString("base64url");
    expect(() => cipher.open([format, version, iv, data, short].join("."), rowA)).toThrow(/16 bytes/);
    // The first format accepted a 4-byte tag; opening it for resealing does not.
    expect(() => cipher.openUnbound(sealUnbound(keyV1, "token", 4))).toThrow(/16 bytes/);
  });

  it("opens values of the unbound first format only through openUnbound, and flags them for resealing", () => {
    const cipher = createTokenCipher([keyV1]);
    const legacy = sealUnbound(keyV1, "old-token");
    expect(cipher.openUnbound(legacy)).toBe("old-token");
    expect(cipher.needsReseal(legacy)).toBe(true);
    expect(() => cipher.open(legacy, rowA)).toThrow("not a sealed value");
  });

  it("refuses altered data, relabelled versions, unknown keys and garbage", () => {
    const cipher = createTokenCipher([keyV2, keyV1]);
    const sealed = cipher.seal("token", rowA);
    const [format, version, iv, data, tag] = sealed.split(".") as [string, string, string, string, string];
    const flipped = Buffer.from(data, "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => cipher.open([format, version, iv, flipped.toString("base64url"), tag].join("."), rowA)).toThrow(
      TokenCipherError,
    );
    expect(() => cipher.open([format, "v1", iv, data, tag].join("."), rowA)).toThrow(/wrong key/);
    expect(() => createTokenCipher([keyV1]).open(sealed, rowA)).toThrow(
      'sealed with key "v2", which is not in the key ring',
    );
    expect(() => cipher.open("plain-text-token", rowA)).toThrow("not a sealed value");
  });
});
