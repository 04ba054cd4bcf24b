import type { NamedPerson } from "./describe-person.js";
import { containsWord } from "./text.js";

/**
 * The person behind an office the ask points to: "Deputy Kowalczyk" for "tell him about me", the
 * holder of "Venezuelan Ambassador Arcaya" for "a meeting with the Ambassador". The offices are
 * those withoutOffices (person-names.ts) set aside from before names. Pure.
 */

/** The first person named after an office (set aside by withoutOffices) in these sentences. */
export function officeHolder(
  offices: ReadonlyMap<string, string>,
  candidates: readonly string[],
  isKnown: (name: string) => boolean,
): NamedPerson | null {
  for (const sentence of candidates) {
    for (const [name, office] of offices) {
      if (!isKnown(name) && containsWord(sentence, name)) return { name, role: office, organization: null };
    }
  }
  return null;
}

/** Whoever holds an office the ask names by its title alone ("with the Ambassador"). */
export function holderOfOfficeNamed(
  request: string,
  offices: ReadonlyMap<string, string>,
  isKnown: (name: string) => boolean,
): NamedPerson | null {
  for (const [name, office] of offices) {
    const title = office.split(/\s+/).pop() ?? office;
    if (
      !isKnown(name) &&
      new RegExp(String.raw`\bthe\s+${title.replace(/\./g, "\\.")}(?![\p{L}])`, "u").test(request)
    ) {
      return { name, role: office, organization: null };
    }
  }
  return null;
}
