/**
 * The way to a person, or the person at a firm, asked of the reader, in the words of session 37's
 * blind real mail (Enron, collected by helpers who saw no code), widened to the paraphrases a
 * connector meets:
 * - how the writer can reach a named person or firm: "Please let me know how I can contact Mark and
 *   any relevant parties." (an analyst wishing to meet a model developer), "Michael, how can we get
 *   with PG&E to determine where the discrepancy lies?", "Do you know how I can reach Dana Liu?";
 *   the means, not the manner ("how should I approach him?" is advice: near-miss-cues.ts);
 * - who at a named firm can help: "Which lawyer in the Enron trading world can help me determine
 *   what, if any, contractual arrangements are in place with Mirant?", "Who at Reliant could help
 *   us with the interconnect?".
 * Not a desk or an errand ("how I can reach the help desk", "who at Enron can help me with my
 * expense report"), not the reader ("how I can contact you"). Each beside the same words in ordinary
 * mail (test/unit/detect-session-37.test.ts). Case-sensitive where a capital marks a name or a
 * firm. Pure.
 */
import { TITLED_FULL_NAME } from "./name-patterns.js";
import { NO_ERRAND, NOT_A_DEPARTMENT } from "./paperwork.js";

/** A named person or firm: "Mark", "Dana Liu", "PG&E" (a capital; not the reader, not a desk). */
const SOMEONE_NAMED = String.raw`(?!(?:You|Your|Me|Us|Him|Her|Them|The|This|That|It)\b)${NOT_A_DEPARTMENT}(?:${TITLED_FULL_NAME}|\p{Lu}[\p{L}&.'-]*)`;

/** The means of contact: "contact", "reach", "get in touch with", "get with", "get hold of". */
const CONTACT = String.raw`(?:contact|reach|get\s+(?:in\s+touch\s+|in\s+contact\s+)?with|get\s+(?:a\s+)?hold\s+of|get\s+ahold\s+of)`;

/** "let me know how I can contact Mark", "do you know how I can reach Dana Liu?", "how can we get with PG&E…?" */
const HOW_TO_REACH_THEM = new RegExp(
  String.raw`(?:\b(?:[Ll]et\s+(?:me|us)\s+know|[Tt]ell\s+(?:me|us)|[Aa]dvise(?:\s+(?:me|us))?|(?:[Dd]o|[Ww]ould)\s+you\s+(?:happen\s+to\s+)?know|[Aa]ny\s+idea|[Ww]onder(?:ing|ed)?)\s+how\s+(?:I|we)\s+(?:can|could|might|may)\s+(?:best\s+)?|(?:^|,\s*)(?:and\s+|so\s+)?[Hh]ow\s+(?:can|could)\s+(?:I|we)\s+(?:best\s+)?)${CONTACT}\s+${SOMEONE_NAMED}${NO_ERRAND}`,
  "u",
);

/** Who helps there: "which lawyer in the Enron trading world", "who at Reliant", "which of the traders at Dynegy". */
const WHO_THERE = String.raw`\b(?:[Ww]ho|[Ww]hich\s+(?:of\s+the\s+)?[\p{Ll}-]+)\s+(?:at|in|on|over\s+at|within)\s+(?:the\s+)?${NOT_A_DEPARTMENT}\p{Lu}[\p{L}&.'-]*(?:\s+[\p{L}&.'-]+){0,3}?`;

const WHO_THERE_CAN_HELP = new RegExp(
  String.raw`${WHO_THERE}\s+(?:can|could|would|might)\s+(?:best\s+)?(?:help|assist|advise)\s+(?:me|us)\b${NO_ERRAND}[^.!]*\?`,
  "u",
);

export const REACHING_THEM_ASKS: readonly RegExp[] = [HOW_TO_REACH_THEM, WHO_THERE_CAN_HELP];
