/**
 * Someone's time sounded out or asked for the writer's side: "see whether an hour in April would
 * suit her", "see if Vince has time to meet with a professor friend of mine", "check whether Kevin
 * Presto would have 15 minutes for a former colleague of mine", "get Ella 15 minutes on the phone
 * with her". favour-cues.ts asks them with an asking form, as the rest of its acts that link the
 * writer. Whom for: the one list of the writer's side (relations.ts). Pure.
 */
import { RELATION } from "./relations.js";

export const TIME_FOR_ANOTHER: readonly RegExp[] = [
  // "see whether an hour in April would suit her", "see if Dr. Rao might be available for a call"
  // (Within one sentence already, so a dot is an initial's: "Dr. Rao".)
  /\bsee\s+(?:if|whether)\b[^?!]{0,80}?\b(?:would|might|could|'d)\s+(?:suit\s+(?:her|him|them)|be\s+(?:available|free|willing|open)\s+(?:for|to)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:call|meeting|chat|lunch|coffee|conversation|talk|meet|speak|see))\b/i,
  // "Please see if Vince has time to meet with a professor friend of mine from Rice." (session 27's
  // paraphrases): someone's time sounded out for the writer's side
  new RegExp(
    String.raw`\bsee\s+(?:if|whether)\s+(?:\p{Lu}\p{Ll}+|he|she)\s+(?:has|would\s+have|might\s+have|could\s+find)\s+(?:time|a\s+few\s+minutes|a\s+minute|an\s+hour|some\s+time|a\s+moment)\s+to\s+(?:meet|talk|speak|chat|sit\s+down|have\s+(?:coffee|lunch))\s+(?:with|to)\s+(?:my\s+${RELATION}s?|a\s+(?:[\p{Ll}-]+\s+){0,2}?(?:friend|client|student)(?:\s+of\s+mine)?)\b`,
    "u",
  ),
  // "Can you check whether Kevin Presto would have 15 minutes for a former colleague of mine?"
  // (session 27's paraphrases): someone's time sounded out for another (not "for me to review the
  // budget", the writer's own meeting)
  new RegExp(
    String.raw`\b(?:check|see|find\s+out|ask)\s+(?:if|whether)\s+(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|he|she)\s+(?:would|might|could)\s+have\s+(?:\d+|a\s+few|five|ten|fifteen|twenty|thirty|some)\s*(?:min(?:ute)?s?|time)\s+for\s+(?:him|her|my\s+${RELATION}s?|a\s+(?:[\p{Ll}-]+\s+){0,2}?(?:friend|colleague|client|student)(?:\s+of\s+mine)?)\b`,
    "u",
  ),
  // "get Ella 15 minutes on the phone with her": time with someone, for someone else
  /\bget\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+(?:\d+|a\s+few|some|ten|fifteen|twenty|thirty)\s*(?:min(?:ute)?s?|time)\s+(?:on\s+the\s+phone\s+)?(?:w\/|with)\s/u,
];
