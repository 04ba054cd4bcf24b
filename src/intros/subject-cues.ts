/**
 * Subject lines that are the ask, the body giving only the reasons. Read only when no sentence
 * of the text asks, and never on a reply's subject (it belongs to the thread's first message).
 */

/**
 * A subject that asks for a contact: "Contact at Westrock Generation?", "someone at the Port
 * Authority?", "a name at Calpine?", "Is there someone at City Hall who could help us with…?",
 * "know anybody senior at Kessock Marine?".
 */
export const SUBJECT_CONTACT_ASK =
  /^who\s+(?:at|in|over\s+at)\s+\S[^?]{0,40}?\s+(?:handles|runs|does|manages|oversees|decides|is\s+in\s+charge\s+of|looks\s+after)\b[^?]{0,80}\?+\s*$|^who\s+(?:over\s+there|there|at\s+\S+|in\s+\S+)\s+(?:could|can|would|might)\s+(?:walk|talk|help|explain|show|brief|tell)\b[^?]{0,80}\?+\s*$|^(?:(?:an?\s+)?(?:intro|introduction)\s+to\s+|is\s+there\s+|(?:(?:do\s+)?(?:you|u)\s+)?know\s+|got\s+)?(?:an?\s+)?(?:contacts?|names?|someone|somebody|person|anyone|anybody)\s+(?:(?:senior|high-?up|friendly|useful)\s+)?(?:(?:you|u)\s+know\s+)?(?:(?:on|in)\s+the\s+(?:[\w-]+\s+){1,3}?(?:side|team|desk|group)\s+)?(?:at|in|over\s+at|inside)\s+\S[^?]{0,100}\?+\s*$/i;

/**
 * The parts of a subject after its topic: "held boxes Bayonne -- know anybody senior at
 * Kessock Marine Terminal??" asks in its second part. The whole line first.
 */
export function subjectParts(line: string): string[] {
  return [line, ...line.split(/\s+(?:-{1,2}|\u2013|\u2014|\|)\s+|:\s+/).slice(1)];
}

/**
 * A subject that orders the ask without a question mark: "Mention Keisha Boone to Dr. Ramona
 * Alvarez re: Eastfield reading job", "know anybody at the airlines who'd look at Jenna's
 * application", "need a friendly name at the Lottery Commission", "any angel investors you could
 * point Sunil toward?", "any party bands you know of that could use a trumpet?" (someone placed,
 * not a trade hired). Not "forward" or "pass", which route paperwork: "Forward Invoice to
 * Accounts".
 */
export const SUBJECT_ORDER =
  /^(?:[Gg]et|[Hh]ave)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?(?:\s+(?:at|from|in)\s+\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2})?\s+to\s+(?:call|ring|phone|e-?mail|contact)\s+(?:me|us)\b|^(?:[Pp]lease\s+)?(?:[Mm]ention|[Rr]ecommend|[Rr]efer|[Ii]ntroduce)\s+(?:me|us|my\s+\w+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?)\s+to\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Dean)\.?\s+)?\p{Lu}\p{Ll}+|^(?:(?:[Dd]o\s+)?(?:[Yy]ou|[Uu])\s+)?[Kk]now\s+(?:anybody|anyone|somebody|someone)\s+(?:at|in|over\s+at|inside)\s+\S[^?]{0,100}?\b(?:who|that)(?:'d|\s+would|\s+might|\s+could)\s|^(?:I\s+|[Ww]e\s+)?[Nn]eed\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:name|contact|friend|face|way\s+in)\s+(?:at|in|inside|over\s+at)\s+(?:the\s+)?\p{Lu}|^(?:(?:[Dd]o\s+(?:you|u)\s+)?[Kk]now\s+)?[Aa]ny\s+(?:[\w-]+\s+){0,4}?(?:you|u)\s+(?:could|can|might|would)\s+(?:point|send|steer|direct|introduce|refer)\s+(?:me|us|\p{Lu}\p{Ll}+|him|her|them)\s+(?:to(?:wards?)?|at)?\b[^?]*\?|^(?:(?:[Dd]o\s+(?:you|u)\s+)?[Kk]now\s+)?[Aa]ny\s+(?:[\w-]+\s+){1,5}?(?:(?:you|u)\s+know\s+(?:of\s+)?)?(?:that|who)\s+(?:could|might|would)\s+(?:use|need|take\s+on|hire)\s+(?:a|an|another)\s+[\w-]+[^?]*\?/u;

/**
 * A subject line that is the ask, the body giving only the reasons: "Intro to Noor Haddad at
 * Lanternfish?", "introduction request: Dana Whitfield" (only the name's capital is case-sensitive).
 */
export const SUBJECT_ASK =
  /^(?:(?:[Aa]sk|ASK|[Rr]equest|[Ff]avou?r|[Qq]uick\s+ask|[Ff]orwardable)\s*[:-]\s*)?(?:(?:[Aa]\s+)?(?:[Ww]arm|[Qq]uick|[Ee]-?mail|[Ss]mall)\s+)?(?:[Ii]ntro|[Ii]ntroduction|INTRO|INTRODUCTION)\s*(?:[Tt]o|[Ww]ith|[Rr]equest(?:ed)?\s*(?:[Ff]or|[Tt]o|:|-|–))\s*(?:(?:anyone|someone|somebody|anybody|(?:your|a|the)\s+(?:contacts?|friends?|colleagues?|person|people|guys?|folks))\s+(?:at|in|from|over\s+at)\s+|the\s+(?=\p{Lu}\p{Ll}+s\b))?\p{Lu}/u;
