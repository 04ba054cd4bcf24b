/**
 * Gmail's `data` and `raw` fields are URL-safe base64 that keeps the "=" padding
 * (see the fixtures: "…DQo=" with "-" and "_").
 */
export function toBase64Url(bytes: Buffer): string {
  return bytes.toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

/** Accepts URL-safe or standard base64, padded or not (clients send both to messages.send). */
export function fromBase64Any(text: string): Buffer {
  return Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}
