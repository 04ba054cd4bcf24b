/**
 * Someone to contact to get a person placed somewhere, asked of the reader: a job, a school
 * district, a programme. detect.ts tries these with the other cues for a person sought. Pure.
 */
import { RELATION } from "./relations.js";

/**
 * "I need to know if you know of anyone we can contact to get her in The Woodlands School
 * System" (real Enron mail, session 28's blind set gq-ez: a husband for his wife, a teacher), "is
 * there someone I could call to get my son an interview at Exxon?". Whom to contact for a
 * person's place, not for a thing ("…to get the copier fixed", "…to get him to the airport"), nor a place on a team or in an office
 * (a club's coach, the building's key).
 */
const CONTACT_TO_PLACE_SOMEONE = new RegExp(
  String.raw`\b(?:[Kk]now\s+(?:of\s+)?|[Ii]s\s+there\s+|[Aa]re\s+there\s+)(?:anyone|anybody|someone|somebody|any\s+people|people)\s+(?:(?:that|who|whom)\s+)?(?:I|we|she|he|they)\s+(?:can|could|should|might|ought\s+to)\s+(?:contact|call|talk\s+to|speak\s+(?:to|with)|approach|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to)\s+(?:to\s+(?:help\s+)?get|about\s+getting)\s+(?:her|him|them|me|us|my\s+${RELATION})\s+(?:(?:in|into|on)\s+(?:[Tt]he\s+|a\s+)?(?:[\w&.-]+\s+){0,3}?(?:[Ss]chool|[Dd]istrict|[Ss]ystem|[Pp]rogram(?:me)?|[Dd]epartment|[Cc]ompany|[Ff]irm|[Bb]ank|[Hh]ospital|[Uu]niversity|[Cc]ollege)s?\b|hired\b|(?:a|an)\s+(?:job|position|post|place|spot|interview|opening|internship|foot\s+in\s+the\s+door)\b)`,
  "u",
);

/**
 * …or put the other way round: "If there's someone on the hiring side at Baylor Medical we should
 * call to get Maria onto the nursing staff, please tell me who." (session 28's paraphrases). Onto
 * a staff, a faculty or a payroll at a named place.
 */
const SOMEONE_THERE_TO_PLACE_THEM = new RegExp(
  String.raw`\b(?:[Ii]f\s+there(?:'s|\s+is)|[Ii]s\s+there)\s+(?:someone|somebody|anyone|anybody)\b[^.?!]{0,40}?\b(?:at|in)\s+\p{Lu}[^.?!]{0,30}?\b(?:I|we)\s+(?:should|could|can|ought\s+to)\s+(?:call|contact|talk\s+to|approach|write\s+to)\s+to\s+get\s+(?:her|him|them|\p{Lu}\p{Ll}+|my\s+${RELATION})\s+(?:onto|on|into|in)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:staff|faculty|payroll|program(?:me)?|team\s+of\s+(?:doctors|nurses|engineers|analysts))\b`,
  "u",
);

export const PLACEMENT_CONTACT_ASKS: readonly RegExp[] = [CONTACT_TO_PLACE_SOMEONE, SOMEONE_THERE_TO_PLACE_THEM];
