import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { EncryptionKey } from "../config-keys.js";

/**
 * Where a sealed value lives: its table, column and row. It is authenticated with the value,
 * so a value copied into another row or column (by someone who can write to the database
 * but has no key) no longer opens.
 */
export interface SealedPlace {
  table: string;
  column: string;
  rowId: string;
}

/**
 * Seals secrets at rest (Google refresh and access tokens, PKCE verifiers) with AES-256-GCM.
 * A sealed value reads "s2.<key version>.<iv>.<ciphertext>.<tag>" (base64url parts), so
 * values sealed under an older key still open after a new key is put first in the ring.
 */
export interface TokenCipher {
  seal(plaintext: string, place: SealedPlace): string;
  open(sealed: string, place: SealedPlace): string;
  /** True when the value should be sealed again: an older key, or the unbound format. */
  needsReseal(sealed: string): boolean;
  /**
   * Opens a value of the first format, which bound only the key version. For resealing
   * them once (reseal-legacy-secrets.ts); nothing else may read such values.
   */
  openUnbound(sealed: string): string;
}

export class TokenCipherError extends Error {
  override readonly name = "TokenCipherError";
}

const FORMAT = "s2";
const IV_BYTES = 12;
/** GCM accepts tags down to 4 bytes unless told otherwise; only the full 16 are accepted here. */
const TAG_BYTES = 16;

export function createTokenCipher(keyRing: readonly EncryptionKey[]): TokenCipher {
  const current = keyRing[0];
  if (!current) throw new TokenCipherError("the key ring is empty");
  const byVersion = new Map(keyRing.map((entry) => [entry.version, entry.key]));

  const keyFor = (version: string) => {
    const key = byVersion.get(version);
    if (!key) throw new TokenCipherError(`sealed with key "${version}", which is not in the key ring`);
    return key;
  };
  const decrypt = (version: string, parts: { iv: string; ciphertext: string; tag: string }, aad: Buffer) => {
    const key = keyFor(version);
    const tag = Buffer.from(parts.tag, "base64url");
    if (tag.length !== TAG_BYTES) throw new TokenCipherError("not a sealed value: its tag is not 16 bytes");
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(parts.iv, "base64url"), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(aad);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(Buffer.from(parts.ciphertext, "base64url")), decipher.final()]).toString(
        "utf8",
      );
    } catch {
      throw new TokenCipherError(
        `cannot open a value sealed with key "${version}": wrong key, wrong place or altered data`,
      );
    }
  };

  return {
    seal(plaintext, place) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", current.key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(associatedData(current.version, place));
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return [
        FORMAT,
        current.version,
        ...[iv, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url")),
      ].join(".");
    },
    open(sealed, place) {
      const [format, version, iv, ciphertext, tag, ...rest] = sealed.split(".");
      if (format !== FORMAT || !version || !iv || ciphertext === undefined || !tag || rest.length > 0) {
        throw new TokenCipherError("not a sealed value");
      }
      return decrypt(version, { iv, ciphertext, tag }, associatedData(version, place));
    },
    needsReseal(sealed) {
      return !sealed.startsWith(`${FORMAT}.${current.version}.`);
    },
    openUnbound(sealed) {
      const [version, iv, ciphertext, tag, ...rest] = sealed.split(".");
      if (!version || !iv || ciphertext === undefined || !tag || rest.length > 0)
        throw new TokenCipherError("not a sealed value");
      return decrypt(version, { iv, ciphertext, tag }, Buffer.from(version));
    },
  };
}

/** How every value of the current format starts: the reseal step finds the others by it. */
export const BOUND_SEAL_PREFIX = `${FORMAT}.`;

/** The key version and the value's place, NUL-separated so no two places share a byte string. */
function associatedData(version: string, place: SealedPlace): Buffer {
  return Buffer.from([version, place.table, place.column, place.rowId].join("\0"));
}
