import { escapeRegExp } from "./text.js";
import type { Person } from "./types.js";

/**
 * Whether a forwarded request goes to the very person it asks to meet: "I'd like to call Eric
 * Gonzales directly. Please, would you make an introduction", forwarded by the one asked to Eric
 * Gonzales alone with "please follow up". The forwarder is making the introduction and the reader
 * is its target, so nothing is asked of the reader as a connector (session 30's blind Enron set
 * gq-gp). Only with one recipient, named in full (from the display name, or an address such as
 * eric.gonzales@) right after a word of meeting ("call", "meet", "an introduction to") in the
 * sentence that asks or the forward's subject: a reader named as the next link ("You know Marcus
 * from film school. Could you ask him…") is still asked to connect. Pure.
 */
export function forwardedToItsTarget(to: readonly Person[], requestSentence: string, subject: string): boolean {
  if (to.length !== 1) return false;
  const name = fullName(to[0]!);
  if (name === null) return false;
  const met = new RegExp(
    String.raw`${MEETING_WORD}\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?${escapeRegExp(name)}(?![\p{L}\p{N}])`,
    "iu",
  );
  return met.test(requestSentence) || met.test(subject);
}

/** The words that make whoever follows them the one to be met. */
const MEETING_WORD = String.raw`\b(?:introduc\w*\s+(?:me\s+|us\s+)?to|meet(?:ing)?(?:\s+with)?|call|talk\s+(?:to|with)|speak\s+(?:to|with)|contact|reach|connect(?:ed|ion)?\s+(?:me\s+|us\s+)?(?:to|with)|in\s+touch\s+with)`;

/** "Eric Gonzales" from "Eric Gonzales", "Gonzales, Eric" or eric.gonzales@…; null for one word. */
function fullName(person: Person): string | null {
  const display = (person.name ?? "").replace(/["']/g, "").trim();
  const reversed = /^([\p{L}-]+),\s*([\p{L}-]+)/u.exec(display);
  const words = reversed ? [reversed[2]!, reversed[1]!] : display.split(/\s+/).filter(Boolean);
  if (words.length >= 2) return `${words[0]} ${words.at(-1)}`.toLowerCase();
  const local = (person.email ?? "").split("@")[0]?.split(/[._]/) ?? [];
  return local.length === 2 && local.every((part) => /^\p{L}{2,}$/u.test(part)) ? local.join(" ").toLowerCase() : null;
}
