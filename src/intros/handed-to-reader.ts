import type { Person } from "./types.js";

/**
 * A forward's note that hands the reader the forwarded writer: "John, can you give Konni a
 * call." over Konni's "could you direct me to whom I need to speak?", "Can you please respond to
 * Ray's E-mail?" over Ray's "Is there someone there I need to talk to?" (real Enron mail,
 * session 25's blind sets gq-dh and gq-dl: both near misses), "Would you please set up a meeting
 * with Shanna?" over Shanna's "Could we get together briefly…" (session 27's gq-ef: a boss to an
 * assistant, booking the time the forwarded writer asked for). The forwarder has chosen
 * whom the writer should talk to, and it is the reader: an introduction made to the reader, or
 * work handed on, not a request the reader is asked to pass on. Pure.
 *
 * Only the forwarded writer counts, by a word of their name, not a third person the message
 * names: "could you call Mary Jones for him?" still asks for a connection.
 */
export function handedToTheReader(note: string, original: Person): boolean {
  const names = nameWords(original.name);
  if (names.length === 0) return false;
  // (Or "this person": "Please follow up with this person if interested", session 28's gq-fs.)
  const who = `(?:${names.map(escaped).join("|")}|this\\s+(?:person|gentleman|lady|individual|candidate|fellow))`;
  const handOff = new RegExp(
    String.raw`\b(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill)\s+(?:you|u)\s+(?:please\s+)?(?:${HAND_OFF(who)})|\b[Pp]lease\s+(?:${HAND_OFF(who)})`,
    "u",
  );
  return note.split(/(?<=[.?!])\s+|\n/).some((sentence) => handOff.test(sentence));
}

/**
 * Answering someone oneself: a call, a reply, contact made, a meeting booked with them. (Not
 * "help Konni": that may ask the reader to find Konni the right person.)
 */
const HAND_OFF = (who: string): string =>
  String.raw`(?:set\s+up|schedule|arrange|book|find)\s+(?:a|an|some)\s+(?:[\w-]+\s+)?(?:meeting|time|call|lunch|appointment)\s+with\s+${who}\b|(?:give|drop)\s+${who}\s+a\s+(?:call|ring|buzz|line|note|shout)\b|(?:call|ring|phone|contact|e-?mail|answer|respond\s+to|reply\s+to|get\s+back\s+to|get\s+in\s+touch\s+with|touch\s+base\s+with|follow\s+up\s+with|make\s+contact\s+with|reach\s+out\s+to|take\s+care\s+of)\s+${who}(?:['’]s)?\b`;

const TITLES = new Set(["Mr", "Mrs", "Ms", "Dr", "Jr", "Sr"]);

/** "Keuter, Konni" → Konni, Keuter: the words a note may call the writer by. */
function nameWords(name: string | null): string[] {
  if (name === null) return [];
  return (name.match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? []).filter((word) => word.length > 1 && !TITLES.has(word));
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
