/**
 * A way to reach a named person asked of the reader, the reader's help wanted and not just an
 * address: "Any way for me to get a hold of Scott?" (real Enron mail, session 39's blind r39d), "Is
 * there any way to reach Dana Ruiz this week?". The same family as contacts-asked.ts' NUMBER_ASKED.
 *
 * Not a known person's details looked up for the writer's own errand ("do you have Coach Fenn's
 * cell? Sam has a fever", "do you have Odile's new email? Her old address bounces", "I have
 * misplaced Lori's number"): the labelled holdouts (9, 11, 12, 16) call those near misses, and
 * session 39 measured them: widening to a lost number, any channel and "do you still have X's
 * mobile?" found three real and blind-check asks but took four labelled near misses. A contact
 * looked up is not an introduction, however the blind collectors of one round counted it. Pure.
 */

/** Someone named: "Scott", "Mr. Oduya", "Lori Schroeder". */
const NAMED = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?`;

const WAY_TO_REACH = new RegExp(
  String.raw`\b(?:[Aa]ny\s+way|[Ii]s\s+there\s+(?:a|any)\s+way)\s+(?:for\s+(?:me|us)\s+)?(?:to\s+)?(?:get\s+(?:a\s+)?hold\s+of|reach|contact|track\s+down|get\s+in\s+touch\s+with|get\s+through\s+to)\s+${NAMED}\b[^.?!]{0,60}\?`,
  "u",
);

/** Whether a sentence asks the reader for a way to reach a named person. */
export function asksForAWayToReach(own: string): boolean {
  return WAY_TO_REACH.test(own);
}
