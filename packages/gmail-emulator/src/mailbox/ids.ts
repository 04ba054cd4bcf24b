import { createHash } from "node:crypto";

/**
 * A Gmail-like message id: 16 hex digits whose high bits are the internal date in ms
 * (real ids look the same: 0x151e0c038fd6b3b0 >> 20 is 1451174672381), the low 20 bits
 * a hash of the seed, so ids are stable from one run to the next.
 */
export function messageIdFor(internalDate: number, seed: string, taken: (id: string) => boolean): string {
  const low = BigInt(parseInt(createHash("sha256").update(seed).digest("hex").slice(0, 5), 16));
  let value = (BigInt(Math.max(0, Math.floor(internalDate))) << 20n) | low;
  let id = value.toString(16).padStart(16, "0").slice(-16);
  while (taken(id)) {
    value += 1n;
    id = value.toString(16).padStart(16, "0").slice(-16);
  }
  return id;
}

/** Google's `sub`: a stable 21-digit number per account. */
export function subjectIdFor(email: string): string {
  const digits = BigInt(`0x${createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 16)}`).toString();
  return `1${digits.padStart(20, "0").slice(0, 20)}`;
}
