/**
 * The slots the acts of connecting are composed of (connecting-acts.ts, connecting-grammar.ts):
 * whom an act is for ("me", "my client", "a friend of mine"), whose material ("my", "Dana's"),
 * and whom it reaches ("the head of HR at Acme", "your brother", "Dr. Berg"). Case-insensitive
 * sources, read inside CONNECTING's "i" patterns. One definition each, so that widening a slot
 * widens every act that uses it.
 */

/** Someone named or described, up to six words: "the head of HR at Acme", "Mary Jones", "your contact". */
export const SOMEONE = String.raw`(?:him|her|them|(?!(?:the\s+)?(?:front\s+desk|reception|help\s*desk|landlord|plumber|super|doorman|valet|caterer|cleaners?|mechanic|pharmacy|bank|school|office)\b)[\w.'-]+(?:\s+[\w.'&+-]+){0,8}?)`;

/** Someone at a place, or the reader's friend or contact there: whom a meeting is set up with. */
export const SOMEONE_THERE = String.raw`(?:your\s+(?:[\w-]+\s+)?(?:friend|contact|buddy|colleague|pal|person|guy|cousin)|someone|somebody|the\s+(?:right\s+)?(?:[\w-]+\s+){0,3}?(?:person|people|head|director|manager|vp|partner|buyer|editor|ceo|cfo|founder|chair)(?:\s+of\s+[\w&-]+)?)\s+(?:at|in|from|over\s+at)\s+[\w&.-]+`;

/**
 * Whom the act is for: the writer, or someone the writer speaks for ("my client", "our team", "her",
 * "our two new hedging analysts", session 32).
 */
export const FOR_WHOM = String.raw`(?:me|us|him|her|them|(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?|(?:my|our)\s+(?:[\w-]+\s+){2,3}?[\w-]+|(?:mr|mrs|ms|dr|prof)\.?\s+\w+|a\s+(?:[\w-]+\s+)?(?:friend|colleague|client|neighbou?r|student|relative|classmate)\s+of\s+(?:mine|ours))`;
/** Someone described rather than named alone ("the person in charge of your tailings dam monitoring", "your brother", "Dr. Berg"): a bare first name is as often a colleague down the hall. */
export const SOMEONE_DESCRIBED = String.raw`(?:your\s+[\w-]+(?:\s+[\w.'&+-]+){0,6}?|the\s+[\w-]+(?:\s+[\w.'&+-]+){0,8}?|(?:mr|mrs|ms|dr|prof)\.?\s+\w+(?:\s+\w+)?)`;
/** The writer or whom they speak for, as a clause's subject: "we", "my client", "Mr. Tanaka", "he". */
export const WE_OR_THEY = String.raw`(?:I|we|he|she|they|my\s+\w+|our\s+\w+|(?:mr|mrs|ms|dr|prof)\.?\s+\w+)`;
/** Their material: "my", "her", "my client's", "our team's". */
export const WHOSE = String.raw`(?:my|our|his|her|their|(?:my|our|this|that)\s+(?:\w+\s+)?\w+['’]s|\w+['’]s)`;
/** Material a connector hands on. */
export const MATERIAL = String.raw`(?:portfolio|resume|résumé|cv|details|contact\s+details|deck|proposal|profile|bio|one-pager|pitch|manuscript|script|business\s+plan|demo|reel|writing\s+samples|samples|papers|info|contact\s+info)`;

/** What a connector is asked to get someone: a meeting in any of its everyday names ("a coffee w/ ur old boss"). */
export const MEETING_NOUN = String.raw`(?:meeting|call|chat|coffee|lunch|breakfast|dinner|drink|beer|sit-?down|conversation|word|audience|interview|meet|intro(?:duction)?|appointment|(?:\d+|a\s+few|five|ten|fifteen|twenty|thirty)[\s-]*min(?:ute)?s?(?:\s+(?:call|chat|meeting|conversation))?|slot|face\s+time)`;
