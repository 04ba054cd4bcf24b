/**
 * The mailbox an address delivers to, for comparing addresses: lowercased, with any
 * "+tag" dropped ("Sam+Intros@rivera.example" and "sam@rivera.example" are one mailbox).
 */
export function mailboxKey(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf("@");
  if (at <= 0) return lower;
  const local = lower.slice(0, at).replace(/\+.*$/, "");
  return `${local}${lower.slice(at)}`;
}
