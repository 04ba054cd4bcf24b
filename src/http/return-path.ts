/**
 * A place inside SafeIntro to go back to after a round at Google: a path of its own only,
 * never another site ("//evil.example", "https://…", "/\\evil"), or the status page.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 300) return "/";
  return /^\/(?![/\\])[\w\-./?=&%]*$/.test(value) ? value : "/";
}
