import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { EncryptionKey } from "../config.js";

/**
 * Seals secrets at rest (Google refresh and access tokens) with AES-256-GCM.
 * A sealed value reads "<key version>.<iv>.<ciphertext>.<tag>" (base64url parts), so
 * values sealed under an older key still open after a new key is put first in the ring.
 */
export interface TokenCipher {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** True when the value was sealed under an older key and should be sealed again. */
  needsReseal(sealed: string): boolean;
}

export class TokenCipherError extends Error {
  override readonly name = "TokenCipherError";
}

const IV_BYTES = 12;

export function createTokenCipher(keyRing: readonly EncryptionKey[]): TokenCipher {
  const current = keyRing[0];
  if (!current) throw new TokenCipherError("the key ring is empty");
  const byVersion = new Map(keyRing.map((entry) => [entry.version, entry.key]));

  return {
    seal(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", current.key, iv);
      // The version is authenticated too: a value cannot be relabelled to another key.
      cipher.setAAD(Buffer.from(current.version));
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return [current.version, iv, ciphertext, cipher.getAuthTag()]
        .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
        .join(".");
    },
    open(sealed) {
      const [version, iv, ciphertext, tag, ...rest] = sealed.split(".");
      if (!version || !iv || ciphertext === undefined || !tag || rest.length > 0) {
        throw new TokenCipherError("not a sealed value");
      }
      const key = byVersion.get(version);
      if (!key) throw new TokenCipherError(`sealed with key "${version}", which is not in the key ring`);
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAAD(Buffer.from(version));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        throw new TokenCipherError(`cannot open a value sealed with key "${version}": wrong key or altered data`);
      }
    },
    needsReseal(sealed) {
      return !sealed.startsWith(`${current.version}.`);
    },
  };
}
