/**
 * The key under which requests naming the same target are counted, and a target is
 * protected: the lowercased address when it is known, else "name:" and the name folded
 * (Unicode NFKD, diacritics and case dropped, spaces collapsed), so "José Núñez" and
 * "jose  nunez" are one person. Null when the request names no one.
 */
export function targetKeyOf(target: { email: string | null; name: string | null }): string | null {
  if (target.email) return target.email.trim().toLowerCase();
  if (!target.name) return null;
  const folded = foldName(target.name);
  return folded ? `name:${folded}` : null;
}

/** A name folded for comparison: NFKD, no combining marks, lowercase, single spaces, at most 200 characters. */
export function foldName(name: string): string {
  return name
    .slice(0, 200)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
