import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes, base64url: session tokens, OAuth state, CSRF tokens. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored of a bearer secret: its SHA-256, so a database leak opens no session. */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
