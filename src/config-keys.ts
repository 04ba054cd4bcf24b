/**
 * The token encryption key ring of the settings (TOKEN_ENCRYPTION_KEYS): "<version>:<32
 * bytes in base64>", comma-separated, newest first. Read by the config schema (src/config.ts),
 * used by src/crypto/token-cipher.ts.
 */
import { z } from "zod";

/** One key of the ring: its version label and its 32 raw bytes. */
export interface EncryptionKey {
  version: string;
  key: Buffer;
}

export function parseKeyRing(value: string, context: z.RefinementCtx): EncryptionKey[] {
  const keys: EncryptionKey[] = [];
  for (const entry of value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z0-9]{1,16}):([A-Za-z0-9+/=_-]+)$/.exec(entry);
    const key = match ? Buffer.from(match[2] ?? "", "base64") : Buffer.alloc(0);
    if (!match || key.length !== 32) {
      context.addIssue({
        code: "custom",
        message: 'each key must be "<version>:<32 bytes in base64>" (openssl rand -base64 32)',
      });
      return z.NEVER;
    }
    keys.push({ version: match[1] ?? "", key });
  }
  const weak = keys.find((entry) => isWeakKey(entry.key));
  if (weak) {
    context.addIssue({
      code: "custom",
      message: `key "${weak.version}" is not random (too few distinct bytes); make one with: openssl rand -base64 32`,
    });
    return z.NEVER;
  }
  if (keys.length === 0 || new Set(keys.map((entry) => entry.version)).size !== keys.length) {
    context.addIssue({ code: "custom", message: "needs at least one key, each version once" });
    return z.NEVER;
  }
  return keys;
}

/**
 * A key typed by hand or left as a placeholder (all zeros, a repeated byte, a short
 * pattern such as "0123456789abcdef" twice). 32 random bytes hold about 30 distinct
 * values; fewer than 20 happens by chance with a probability of about 10^-10.
 */
function isWeakKey(key: Buffer): boolean {
  return new Set(key).size < 20;
}
