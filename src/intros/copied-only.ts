import { containsWord } from "./text.js";
import type { Person } from "./types.js";

/**
 * Whether the connector is only copied on someone else's ask: they are in Cc, not in To, the
 * message greets a To recipient by name ("Hi Pieter,"), and the ask does not name the connector
 * (a thank-you to them elsewhere in the text does not make the ask theirs). An
 * intro request there is the To recipient's to answer, not the connector's (holdouts 34 and 44
 * each had one: "As discussed, would you be willing to make the connection to Arvid Ekdahl?",
 * written to a partner with the connector copied). Pure.
 */
export function copiedOnAnothersAsk(
  email: { to: readonly Person[]; cc?: readonly Person[] },
  fresh: string,
  requestSentence: string,
  isTheConnector: (person: Person) => boolean,
): boolean {
  const copied = (email.cc ?? []).find(isTheConnector);
  if (!copied || email.to.some(isTheConnector)) return false;
  const greeted = GREETING.exec(fresh.trimStart())?.[1]?.toLowerCase();
  if (!greeted || !email.to.some((person) => firstNames(person).includes(greeted))) return false;
  // "Sam, could you make the connection?": an ask that names the connector is theirs too.
  const ask = requestSentence.toLowerCase();
  return !firstNames(copied).some((name) => containsWord(ask, name));
}

/** The first line's greeting and the name it greets: "Hi Pieter,", "Dear Ms. Vos:", "Pieter -". */
const GREETING =
  /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Mm]orning|[Gg]ood\s+(?:[Mm]orning|[Aa]fternoon|[Ee]vening))\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}'-]+)\s*(?:[,:!\u2013\u2014-]|\n|$)/u;

/** The names a person may be greeted by: their display name's first and last word, their address's first part. */
function firstNames(person: Person): string[] {
  const words = (person.name ?? "")
    .replace(/["']/g, "")
    .split(/[\s,]+/)
    .filter(Boolean);
  const local = (person.email ?? "").split("@")[0]?.split(/[._-]/)[0] ?? "";
  return [words[0], words.at(-1), local]
    .filter((name): name is string => Boolean(name && name.length > 1))
    .map((name) => name.toLowerCase());
}
