/**
 * The way to a person, or the person at a firm, asked of the reader, in the words of session 37's
 * blind real mail (Enron, collected by helpers who saw no code) and of a blind check written for
 * the session (80 requests of eight kinds, 200 ordinary messages in the same words), widened to the
 * paraphrases a connector meets:
 * - how the writer can reach a named person or firm: "Please let me know how I can contact Mark and
 *   any relevant parties." (an analyst wishing to meet a model developer), "Michael, how can we get
 *   with PG&E to determine where the discrepancy lies?", "Is there a way to get hold of Father
 *   Dominic?", "What is the best way to approach the office of Senator Hale…?"; the means, not the
 *   reader's manner ("how would you approach him?" is advice: near-miss-cues.ts); a number asked
 *   for is contacts-asked.ts', which reads the sentence after it (an invoice's caller is no target);
 * - who at a named firm can help: "Which lawyer in the Enron trading world can help me determine
 *   what, if any, contractual arrangements are in place with Mirant?", "who at Pixelforge would be
 *   able to advise on getting our game onto their platform?";
 * - with an asking form (favour-cues.ts' WRITER_LINK_CUES): a post's contact details at a named firm
 *   ("send me the contact info for the gas buyer at Dow"), who there handles it ("find out who at
 *   Red River handles interconnects").
 * Not a desk or an errand ("how I can reach the help desk", "who at Enron can help me with my
 * expense report"), not the reader ("how I can contact you"). Each beside the same words in ordinary
 * mail (test/unit/detect-session-37.test.ts). Case-sensitive where a capital marks a name or a
 * firm. Pure.
 */
import { TITLED_FULL_NAME } from "./name-patterns.js";
import { NO_ERRAND, NOT_A_DEPARTMENT, PAPERWORK_WITHIN } from "./paperwork.js";

/** Not the reader, the writer or a pronoun's capital at a sentence's start. */
const NOT_A_PRONOUN = String.raw`(?!(?:You|Your|Me|Us|Him|Her|Them|The|This|That|It|IT|HR)\b)`;

/** A named firm, up to four capitalised words: "PG&E", "Castellan Shipping", "The Coastal Review". */
const FIRM = String.raw`(?:the\s+)?${NOT_A_DEPARTMENT}${NOT_A_PRONOUN}\p{Lu}[\p{L}&.'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&.'-]*){0,3}`;

/**
 * Whom: a named person, a named firm, or people at one: "Mark", "Dana Liu", "PG&E", "someone at
 * Castellan Shipping", "the guys at Redline Motors", "the office of Senator Hale".
 */
const SOMEONE_NAMED = String.raw`(?:${NOT_A_PRONOUN}${NOT_A_DEPARTMENT}${TITLED_FULL_NAME}|(?:someone|somebody|anyone|anybody)\s+(?:at|in|from)\s+${FIRM}|the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:folks|people|guys|team|editors|office|staff|partners|buyers|leadership|management|board|executives)\s+(?:at|of|from|over\s+at)\s+${FIRM}|${FIRM})`;

/** Not a hotel, a venue or a booking desk ("how do I reach the Hilton's front desk?"), nor a journey ("the best way to reach New York from Boston"). */
const NOT_A_VENUE = String.raw`(?![^.?!]{0,50}\b(?:hotels?|inn|resort|airport|airlines?|restaurant|venue|caterers?|cafe|ballroom|conference\s+cent(?:er|re)|front\s+desk|reservations?|concierge|bookings?|Hilton|Marriott|Hyatt|Sheraton|Westin|Four\s+Seasons|downtown|station|from\s+\p{Lu}\p{L}*|by\s+(?:car|train|bus|plane|air|road|foot|ferry|subway|metro))\b)`;

/** The means of contact: "contact", "reach", "get in touch with", "get with", "get hold of", "get through to". */
const CONTACT = String.raw`(?:contact|reach|get\s+a\s+(?:message|note|letter)\s+to|get\s+(?:in\s+touch\s+|in\s+contact\s+)?with|get\s+(?:a\s+)?hold\s+of|get\s+ahold\s+of|get\s+through\s+to|approach)`;

/** "let me know how I can contact Mark", "any idea how i can contact the guys at Redline Motors", "how would I get in touch with someone at Castellan Shipping?" */
const HOW_TO_REACH_THEM = new RegExp(
  String.raw`(?:\b(?:[Ll]et\s+(?:me|us)\s+know|[Tt]ell\s+(?:me|us)|[Aa]dvise(?:\s+(?:me|us))?|(?:[Dd]o|[Ww]ould)\s+you\s+(?:happen\s+to\s+)?know|[Aa]ny\s+(?:idea|ideas|pointers|tips|advice)(?:\s+on)?|[Ww]onder(?:ing|ed)?)\s+how\s+(?:I|i|we|one)\s+(?:can|could|might|may|should|would)?\s*(?:best\s+)?|(?:^|[,;:]\s*|\b[Aa]nd\s+|\b[Ss]o\s+)[Hh]ow\s+(?:can|could|would|should|do|might|does)\s+(?:I|i|we|one)\s+(?:best\s+)?|\b(?:[Ii]s\s+there\s+(?:a|any)\s+way|[Tt]he\s+(?:best|easiest|quickest|right)\s+way)\s+(?:for\s+(?:me|us)\s+)?to\s+(?:best\s+)?)${CONTACT}\s+${NOT_A_VENUE}${SOMEONE_NAMED}${NO_ERRAND}`,
  "u",
);

/** Who helps there: "which lawyer in the Enron trading world", "who at Reliant", "anyone at the Planning Office you'd trust". */
const WHO_THERE = String.raw`(?:[Ww]ho|[Ww]hich\s+(?:of\s+the\s+)?[\p{Ll}-]+|[Ii]s\s+there\s+(?:anyone|anybody|someone|somebody))\s+(?:at|in|on|over\s+at|within)\s+(?:the\s+)?${NOT_A_DEPARTMENT}\p{Lu}[\p{L}&.'-]*(?:\s+[\p{L}&.'-]+){0,3}?`;

const WHO_THERE_CAN_HELP = new RegExp(
  String.raw`\b${WHO_THERE}\s+(?:(?:you(?:'d|\s+would)\s+trust\s+to)|(?:can|could|would|might)\s+(?:be\s+able\s+to\s+)?(?:best\s+)?)(?:help|assist|advise)\s+(?:(?:me|us)\b|on\b)${NO_ERRAND}[^.!]*\?`,
  "u",
);

/** Asked of the reader: "any idea", "do you know", "tell me", "your view on", "wondering". */
const ASKED_WHO = String.raw`\b(?:[Aa]ny\s+idea|[Dd]o\s+you\s+(?:happen\s+to\s+)?know|[Tt]ell\s+(?:me|us)|[Ll]et\s+(?:me|us)\s+know|[Ww]onder(?:ing|ed)?|(?:your|any)\s+(?:view|views|thoughts|sense|idea)\s+(?:on|about|as\s+to))\s+`;

/**
 * "Any idea who the portfolio managers are on the emerging-markets desk at Larchfield Asset
 * Management?", "I'd welcome your view on who at Harrow Steel might be able to help us" (session 37's
 * second blind check).
 */
const WHO_THE_POST_IS = new RegExp(
  String.raw`${ASKED_WHO}who\s+the\s+(?:[\p{Ll}-]+\s+){1,3}?(?:is|are)\b[^.?!]{0,60}?\b(?:at|in)\s+${FIRM}${NO_ERRAND}` +
    String.raw`|${ASKED_WHO}${WHO_THERE}\s+(?:can|could|would|might)\s+(?:be\s+able\s+to\s+)?(?:help|assist|advise)\s+(?:me|us)\b${NO_ERRAND}`,
  "u",
);

export const REACHING_THEM_ASKS: readonly RegExp[] = [HOW_TO_REACH_THEM, WHO_THERE_CAN_HELP, WHO_THE_POST_IS];

/**
 * With an asking form: "Could you send me the contact info for the gas buyer at Dow you
 * mentioned?" (session 27's paraphrases), a post at a named firm the reader's to give; "find out who
 * at Red River handles interconnects", not a service desk's ("tell me who in IT is assigned to my
 * laptop ticket").
 */
export const REACHING_ACTS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:send|give|get|pass)\s+(?:me|us)\s+(?:the\s+)?(?:contact\s+info(?:rmation)?|contact\s+details|(?:phone\s+)?number|e-?mail(?:\s+address)?|name)\s+(?:for|of)\s+(?:the|your)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:buyer|head|director|manager|lawyer|attorney|banker|trader|recruiter|partner|officer|executive)\s+(?:at|in|from|over\s+at)\s+\p{Lu}${PAPERWORK_WITHIN(60)}`,
    "u",
  ),
  new RegExp(
    String.raw`\b(?:find\s+out|tell\s+me|let\s+me\s+know|figure\s+out)\s+who\s+(?:at|in|over\s+at)\s+(?:the\s+)?(?!(?:IT|Payroll|Facilities|Help\s*Desk|Accounts\s+Payable)\b)\p{Lu}${PAPERWORK_WITHIN(60)}`,
    "u",
  ),
];
