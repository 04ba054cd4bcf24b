/**
 * Asks for a way in to a named person, or to whoever decides a matter at a named organisation,
 * which session 30's general check found missing: a helper who saw no code wrote sixty requests as
 * an energy company's executives, lawyers and outsiders wrote around 2001 ("could you get her in to
 * see Mark Haedicke?", "can you squeeze me onto Skilling's calendar", "do you have an in there?"); the
 * code found 39. Not "who at Dynegy sets their credit limits with us?": ordinary mail asks the same
 * of a vendor's shipping cutoffs (session 30's ordinary sentences). Each was tried beside the
 * same words in ordinary mail (test/unit/detect-session-30-general.test.ts). None for paperwork or
 * a service desk's matter. Case-sensitive where a capital marks a name or a firm. Pure.
 */
import { TITLED_NAME } from "./name-patterns.js";
import { NO_ERRAND } from "./paperwork.js";

/** Asked of the reader, not told of the writer: "could you get her in…", "please walk…", "any chance you can…" (session 30's ordinary sentences: "they can get him in to see Dr. Okafor", "I'll walk the resume over to HR myself"). */
const YOU_ASKED = String.raw`(?:\b(?:could|can|would|will|might)\s+(?:you|u)\s+(?:please\s+)?(?:\w+\s+)?|\b(?:you|u)\s+(?:could|can|might)\s+(?:please\s+)?|\b[Pp]lease\s+|^\W*)`;
/** A name after an optional title (name-patterns.ts). */
const NAMED = TITLED_NAME;

/**
 * Who would go: "me", "my client", and whoever the writer brings along ("me (and our CFO, Janet
 * Ruud)", "me and my partner", "my boss and me"; session 34, from holdout-28's misses).
 */
const PARTY = String.raw`(?:me|us|him|her|them|my\s+[\w-]+)(?:\s*\(?\s*(?:and|&)\s+(?:me|us|(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?,?(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*\)?)?`;

/** "could you get her in to see Mark Haedicke?", "get my client in front of Haedicke" is CONNECTING's. */
const IN_TO_SEE = new RegExp(
  String.raw`${YOU_ASKED}(?:get|bring|take)\s+(?:me|us|him|her|them|my\s+[\w-]+)\s+in\s+to\s+see\s+(?:your\s+(?:colleague|friend|partner)\s+)?${NAMED}${NO_ERRAND}` +
    String.raw`|\b(?:get|bring)\s+(?:me|us|him|her|them|my\s+[\w-]+)\s+(?:in|through)\s+the\s+door\s+with\s+(?:him|her|them|${NAMED})` +
    String.raw`|\barrange\s+for\s+${PARTY}\s+to\s+(?:see|meet(?:\s+with)?|talk\s+(?:to|with)|speak\s+(?:to|with)|sit\s+down\s+with)\s+(?:${NAMED}|(?:someone|somebody)\s+(?:in|at|on|from)\s+(?:the\s+)?[\p{L}'’-]+)${NO_ERRAND}`,
  "u",
);

/** "can you squeeze me onto Skilling's calendar for thirty minutes" (after "get me on…'s calendar"). */
const ONTO_THEIR_CALENDAR = new RegExp(
  String.raw`\b(?:squeeze|fit|slot|sneak|pencil|work)\s+(?:me|us|him|her|them|my\s+[\w-]+)\s+(?:in\s+)?(?:on|onto|into)\s+${NAMED}(?:\s+${NAMED})?['’]s\s+(?:calendar|schedule|diary|agenda)\b` +
    String.raw`|\b(?:find|get)\s+(?:me|us)\s+(?:a\s+half\s+hour|half\s+an\s+hour|an\s+hour|\d+\s+min(?:ute)?s|(?:a\s+)?(?:few\s+minutes|slot|time))\s+(?:on|in)\s+${NAMED}(?:\s+${NAMED})?['’]s\s+(?:calendar|schedule|diary|agenda)\b` +
    String.raw`|${YOU_ASKED}(?:slot|fit|squeeze|pencil)\s+(?:me|us|him|her|them)\s+in\s+with\s+${NAMED}`,
  "u",
);

/** "do you have an in there?", "you got an in at FERC?", "any way in with the minister?" */
const AN_IN_THERE =
  /\b(?:do|would|might)\s+(?:you|u)\s+(?:still\s+)?(?:happen\s+to\s+)?(?:have|know)\s+(?:an?\s+)?(?:in|way\s+in)\s+(?:there|at|with|over\s+at)\b|\b(?:you|u)\s+got\s+an\s+in\s+(?:there|at|with|over\s+at)\b|\bany\s+(?:ins|way\s+in)\s+(?:at|with|over\s+at)\b/i;

/** "would you walk her resume over to John Arnold's group?" */
const RESUME_WALKED_OVER = new RegExp(
  String.raw`${YOU_ASKED}(?:walk|run|carry|hand-?carry)\s+(?:his|her|my|their|this|the)\s+(?:[\w'’-]+\s+)?(?:resume|résumé|cv|application)\s+(?:over\s+|across\s+|down\s+)?to\b`,
  "i",
);

/**
 * "see if Mike McConnell will take a meeting with my friend from Reliant", for someone the writer
 * speaks for: not "Please see if Vince has time to meet with me about the budget numbers" (an
 * errand to the writer's own boss, session 27's paraphrases).
 */
const SEE_IF_THEY_WILL_MEET = new RegExp(
  String.raw`\b(?:[Ss]ee|[Cc]heck|[Ff]ind\s+out|[Aa]sk)\s+(?:if|whether)\s+${NAMED}(?:\s+${NAMED})?(?:\s+or\s+${NAMED})?\s+(?:will|would|could|can|might|is\s+(?:willing|able|available|open)\s+to|has\s+time\s+to)\s+(?:take\s+a\s+(?:meeting|call)|meet|talk|speak|sit\s+down|chat|hear\s+(?:him|her|them)\s+out)\s+(?:with\s+)?(?:(?:my|our)\s+(?:former\s+|old\s+|good\s+)?(?:friend|client|colleague|contact|partner|son|daughter|nephew|niece|cousin|brother|sister|classmate|neighbou?r)s?\b|\p{Lu}|a\s+(?:former\s+|old\s+)?(?:client|friend|colleague|contact|classmate)\s+of\s+(?:mine|ours))${NO_ERRAND}`,
  "u",
);

/** "I thought someone on Rick's regulatory team ought to hear him out." */
const SOMEONE_TO_HEAR_THEM_OUT = new RegExp(
  String.raw`\b(?:someone|somebody|one\s+of\s+(?:your|\p{Lu}\p{Ll}+['’]s)\s+[\w-]+)\b[^.?!]{0,40}?\b(?:ought\s+to|should|might\s+want\s+to|needs?\s+to|would|could)\s+(?:hear\s+(?:him|her|them)\s+out|(?:sit\s+down\s+and\s+)?listen\s+to\s+(?:him|her|them)|give\s+(?:him|her|them)\s+a\s+hearing)\b` +
    String.raw`|\b(?:point|steer|send|direct)\s+(?:him|her|them)\s+(?:at|to|towards?)\s+(?:someone|somebody|whoever|the\s+right\s+person)\b${NO_ERRAND}` +
    String.raw`|\b(?:one\s+of|someone\s+(?:on|in))\s+${NAMED}(?:\s+${NAMED})?['’]s?\s+[\w-]+\s+(?:spend\s+(?:some\s+)?time|sit\s+down|meet|talk|speak)\s+with\s+(?:me|us|my\b|our\b|a\s+(?:former\s+|old\s+)?(?:client|friend|colleague|contact)\s+of\s+(?:mine|ours))`,
  "u",
);

/** "Would you find the right person and have them give her a call?" */
const FOUND_AND_SENT = new RegExp(
  String.raw`\b(?:you|u)\s+(?:please\s+)?(?:\w+\s+)?(?:find|track\s+down|identify|dig\s+up|locate)\s+(?:the\s+right\s+(?:person|people)|someone|somebody|whoever)\b[^.?!]{0,60}?\band\s+(?:have|get|ask)\s+(?:them|him|her)\s+(?:to\s+)?(?:(?:call|contact|ring|e-?mail)\s+(?!you\b|u\b)|reach\s+out|get\s+in\s+touch|give\s+(?:him|her|them|me|us)\s+a\s+(?:call|ring)\b)${NO_ERRAND}`,
  "i",
);

/** "Any chance you can get me a seat at the dinner with the Mexican energy minister?", "seat me next to Nadine" */
const A_SEAT_NEAR_THEM = new RegExp(
  String.raw`\b(?:get|find|save)\s+(?:me|us|him|her)\s+a\s+seat\s+(?:at|next\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:dinner|lunch|table|breakfast|event|reception)\s+with\b|${YOU_ASKED}(?:seat|put)\s+(?:me|us|him|her)\s+(?:next\s+to\s+|at\s+the\s+same\s+table\s+as\s+)(?:the\s+[\w-]+\s+(?:[\w-]+\s+)?(?:ambassador|minister|governor|senator|ceo|chairman|president|secretary|commissioner)\b|${NAMED})|\b(?:a\s+)?(?:spot|seat|place)\s+at\s+${NAMED}(?:\s+${NAMED})?['’]s\s+table\b`,
  "u",
);

/** "Can you point me to whoever is handling the PSA on their end?" (session 30's second general check). */
const POINTED_TO_WHOEVER = new RegExp(
  String.raw`\b(?:point|direct|steer)\s+(?:me|us)\s+(?:to|towards?|in\s+the\s+direction\s+of)\s+(?:whoever|the\s+(?:right\s+)?person\s+(?:who|that)|someone\s+(?:who|that))\b${NO_ERRAND}`,
  "i",
);

/** "with a line from you", "give him a heads up I'll be reaching out" (session 30's second general check). */
const WORD_FROM_YOU_FIRST =
  /\bwith\s+a\s+(?:quick\s+|short\s+|brief\s+|personal\s+)?(?:line|note|word)\s+from\s+(?:you|u)\b|\bgive\s+(?:him|her|them)\s+a\s+heads[\s-]?up\s+(?:that\s+)?(?:I(?:'ll|\s+will|'m|\s+am)|we(?:'ll|\s+will|'re|\s+are))\s+(?:be\s+)?(?:reaching\s+out|calling|contacting|getting\s+in\s+touch|writing|e-?mailing|in\s+touch)\b/i;

/** "can you find out who took over from Harry and get me a meeting?" (no one named after it). */
const A_MEETING_GOT = /\bget\s+(?:me|us)\s+(?:a\s+meeting|an\s+audience|an\s+intro(?:duction)?)\s*(?:[?.!]|$)/i;

export const ACCESS_ASKS: readonly RegExp[] = [
  IN_TO_SEE,
  ONTO_THEIR_CALENDAR,
  AN_IN_THERE,
  RESUME_WALKED_OVER,
  SEE_IF_THEY_WILL_MEET,
  SOMEONE_TO_HEAR_THEM_OUT,
  FOUND_AND_SENT,
  A_SEAT_NEAR_THEM,
  POINTED_TO_WHOEVER,
  WORD_FROM_YOU_FIRST,
  A_MEETING_GOT,
];
