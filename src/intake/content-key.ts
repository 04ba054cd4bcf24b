import { createHash } from "node:crypto";

/** Letters and digits of the text that go into the key: enough to tell requests apart. */
const KEY_CHARS = 600;

/**
 * A fingerprint of a message for finding the same request twice when no Message-ID joins the
 * copies: the inbox copy, and an inline forward of it (which carries no Message-ID). The two
 * texts differ in what mail clients do to them (line wrapping, quoting, HTML turned to text,
 * a signature trimmed), so only the sender and the first letters and digits of the text count.
 * The date is left out on purpose: a forward shows it in the forwarder's time zone and words
 * ("Tue, Dec 1, 2026 at 9:14 AM"), so it cannot be matched to the original's Date header; the
 * same sender writing the same words is the same request anyway.
 */
export function contentKey(senderEmail: string | null, text: string): string {
  // Every synced message gets a key: only the start of the text is normalised, not all of it.
  const letters = text
    .slice(0, KEY_CHARS * 8)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .slice(0, KEY_CHARS);
  return createHash("sha256")
    .update(`${(senderEmail ?? "").trim().toLowerCase()}\n${letters}`)
    .digest("hex");
}
