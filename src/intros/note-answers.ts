/**
 * A forward's note that answers what the forwarded message asked the one forwarding, rather than
 * asking the reader anything: the routing given ("Jim, I would forward to Chris Calger, Janet
 * Dietrich and Jean Mrha." over "Who, if anyone, would you like us to pass this along to?") or
 * the name asked for ("Mike, Brian Redmond" over "could you assist in where I can track him
 * down"). Real mail of a chief executive's, session 28's blind set gq-fs. The forwarded ask was
 * the forwarder's to answer, and is answered. Pure.
 */

/** "I would forward to Chris Calger…", "I'd send it to Dana": the routing advised. */
const ROUTING_ADVISED =
  /^\s*(?:\p{Lu}[\p{L}'’-]+,\s*)?(?:I\s+would|I'd|I\s+suggest\s+(?:you|we)|[Yy]ou\s+(?:should|could|might)(?:\s+want\s+to)?)\s+(?:forward|send|pass|route|give|direct)\s+(?:it\s+|this\s+|them\s+)?(?:on\s+|along\s+)?to\s+\p{Lu}/u;

/** A name alone, after the reader's name: "Mike, Brian Redmond". */
const ONLY_A_NAME =
  /^\s*(?:\p{Lu}[\p{L}'’-]+,\s*)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+\s*[.!]?\s*$/u;

/** Whether a forward's note only answers what it forwards (its first line read). */
export function noteAnswersTheForwarded(note: string): boolean {
  const firstLine = note.split("\n").find((line) => line.trim() !== "") ?? "";
  return ROUTING_ADVISED.test(firstLine) || ONLY_A_NAME.test(firstLine);
}
