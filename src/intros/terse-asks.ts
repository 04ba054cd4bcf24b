/**
 * Asks put tersely or left for the reader to bring about, in the words of session 38's blind
 * material (real Enron mail and mail quoted on the web, collected by helpers who saw no code, and a
 * blind writer's free-form requests), widened to the paraphrases a connector meets:
 * - an introduction wanted, with no one said to be asking: an investor update's "Need: intros to
 *   heads of ops at Series A fintech companies", "Looking for an intro to a fractional CFO",
 *   "Any intros would be great". Someone must follow the "intro to" ("Looking for an intro to SQL"
 *   is a course), unless the line only welcomes introductions;
 * - a talk with a named person said to be welcome, for the reader to bring about: "A conversation
 *   with Mr. Messier on this topic would be appreciated." (a colleague to an executive);
 * - the writer's note for the people who decide: "Please forward this message to other decision
 *   makers involved in exploring a strategic software development partnership" (a vendor to a
 *   chief executive), not for their approval or vote;
 * - someone the reader may know who could help: "He suggested that you may know someone else in
 *   your office who could help.", and someone at a place whose trade the writer's matter is ("Is
 *   there anyone in your office who deals with immigration cases?");
 * - a post-holder at a named firm the writer would like to meet: "I'd like to meet the chairman of
 *   Pinecrest Utilities before the board meeting" (the name-holder's form is in request-cues.ts);
 * - the writer's paper put before whoever decides: "Would you mind sending it along to whoever
 *   handles vendor selection at Crane & Holt?".
 * The later forms come from the session's blind checks of these kinds (helpers who saw no code).
 * Each beside the same words in ordinary mail (test/unit/detect-session-38.test.ts). Case-sensitive
 * where a capital marks a name or a firm. Pure.
 */
import { ORGANIZATION, ROLE_TITLE } from "./name-patterns.js";
import { PAPERWORK_WITHIN } from "./paperwork.js";

const INTRO_NOUN = String.raw`(?:[Ii]ntros?|[Ii]ntroductions?|[Ee]-?intros?|INTROS?)`;

/**
 * Someone an introduction can be to: people by kind or post ("a fractional CFO", "heads of ops",
 * "RBI compliance counsel", "anyone at Stripe"), a named person or someone at a named firm.
 */
const SOMEONE = String.raw`(?:[^.?!]{0,60}?\b(?:someone|somebody|anyone|anybody|people|folks|founders?|investors?|VCs?|angels?|partners?|buyers?|customers?|clients?|C[A-Z]{1,2}Os?|heads?|directors?|VPs?|managers?|counsel|lawyers?|attorneys?|bankers?|recruiters?|editors?|agents?|journalists?|reporters?|producers?|operators?|advis[oe]rs?|leaders?|executives?|decision[- ]makers?|owners?|contacts?|experts?|specialists?|consultants?|professors?|physicians?|doctors?|officials?|staffers?|controllers?|accountants?|officers?|superintendents?|principals?|deans?|presidents?|commissioners?|mayors?|council(?:l)?ors?|members?|leads?|trustees?|curators?|organi[sz]ers?|engineers?|designers?|developers?|mentors?|coaches?|analysts?|brokers?|traders?|planners?|architects?|contractors?|distributors?|suppliers?|retailers?|publishers?|funds|firms|companies|offices|family\s+offices|studios|agencies|labs|chains|networks)\b|\s+(?:the\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|[^.?!]{0,40}?\b(?:at|from|inside)\s+\p{Lu}|[^.?!]{0,40}?\s@\s*\p{L})`;

/** Wanted, with no subject said: "Need", "Looking for", "Seeking", "Would love". */
const WANTED = String.raw`(?:[Nn]eed(?:ed|ing|s)?|NEED|[Ww]anted|[Ll]ooking\s+for|[Ss]eeking|[Ss]earching\s+for|[Hh]unting\s+for|[Hh]oping\s+for|[Ww]ould\s+(?:really\s+)?(?:love|appreciate|welcome)|[Kk]een\s+on|[Oo]pen\s+to)`;

/**
 * An update's label for its asks: "Asks:", "One ask:", "How to help:", "Biggest need going into
 * Q2:", "Ask of the month:", "Wanted:".
 */
const ASKS_LABEL = String.raw`(?:[^:.?!\n]{0,30}?\b(?:[Aa]sks?|ASKS?|[Nn]eeds?|NEEDS?|[Hh]elp|HELP|[Ww]anted|[Rr]equests?|[Ll]ooking\s+for)\b[^:.?!\n]{0,25}?(?::|=|\s[-\u2013\u2014])\s*)`;

/** Where such a line starts: the sentence's start, or a bullet inside a run of them. */
const LINE_START = String.raw`(?:^|[\u2022\u00b7*]\s*|\s[-\u2013]\s+|\b\d[.)]\s+)\W*(?:P\.?\s?S\.?\s*)?(?:(?:[Aa]lso|[Pp]lus|[Ss]till|[Aa]nd)\s+)?`;

/** Of some number or kind: "an", "two", "a warm", "a friendly". */
const SOME_OF = String.raw`(?:(?:[Aa]n?|[Ss]ome|[Aa]ny|[Mm]ore|[Aa]\s+few|[Tt]wo|[Tt]hree|[23])\s+)?(?:(?:[Ww]arm|[Qq]uick|[Ee]-?mail|[Dd]irect|[Pp]ersonal|[Gg]ood|[Ff]riendly|[Tt]rusted)\s+)?`;

/** What the line wants: an introduction, or with a label a connection, a hand-off, a path. */
const INTRODUCTION = String.raw`(?:${INTRO_NOUN}|[Cc]onnections?|[Hh]and-?offs?|[Pp]ath|[Ww]ay\s+in|[Dd]oor)`;

/** A course, not a person: "Need an intro to Machine Learning workshop". */
const NOT_A_COURSE = String.raw`(?![^.?!]*\b(?:course|webinar|class|workshop|tutorial|seminar|module|lecture|chapter|textbook|book|guide|syllabus|101|primer)\b)`;

/** A report of one made: "Introductions to the partners at Lantern went well." */
const DONE_ALREADY = String.raw`[^.?!]*\b(?:was|were|went|has\s+been|have\s+been|made|happened|done|thanks?|worked)\b`;

/**
 * "Need: intros to heads of ops at Series A fintech companies", "Looking for an intro to a
 * fractional CFO", "Asks: - Intros to heads of procurement at mid-size hospital networks", "One
 * ask: a warm hand-off to Priya Nair at Lantern Capital", "* Intro to the buyer at Greenway".
 */
const INTRO_WANTED_LINE = new RegExp(
  String.raw`${LINE_START}(?:${WANTED}\s*:?\s+${SOME_OF}${INTRODUCTION}|${ASKS_LABEL}(?:connect|introduce|intro)\s+(?:us|me)|${ASKS_LABEL}${SOME_OF}${INTRODUCTION}|${ASKS_LABEL}[^.?!]{0,60}?\b${SOME_OF}${INTRO_NOUN}|${SOME_OF}${INTRO_NOUN}(?!${DONE_ALREADY}))\s+(?:to|with|into)\b(?=${SOMEONE})${NOT_A_COURSE}`,
  "u",
);

/** "Need: someone at the Port Authority who handles berth leases." */
const SOMEONE_THERE_WANTED = new RegExp(
  String.raw`${LINE_START}${WANTED}\s*:?\s+(?:someone|somebody|a\s+contact|a\s+name)\s+(?:at|in|on|inside)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:\p{Lu}|(?:office|department|board|agency|authority|council|bureau|commission)\b)[^.?!]{0,60}?\bwho\s+(?:handles|runs|decides|buys|oversees|manages|heads|leads)\b`,
  "u",
);

/** "Intros wanted: Lisbon distributors of lab glassware." */
const INTROS_WANTED_LABEL = new RegExp(
  String.raw`${LINE_START}${INTRO_NOUN}\s+(?:wanted|needed|sought|welcome)\s*:\s*(?=${SOMEONE})`,
  "u",
);

/** "Any intros would be great", "Any introductions much appreciated". */
const INTROS_WELCOME = new RegExp(
  String.raw`^\W*(?:[Aa]ny|[Ss]ome)\s+(?:warm\s+|relevant\s+)?(?:intros|introductions)\s+(?:would\s+be\s+(?:(?:very|much|hugely|greatly|most|really)\s+)?(?:great|appreciated|welcome|helpful|amazing|wonderful|awesome|fantastic|terrific|lovely|useful|valuable)|(?:are\s+)?(?:(?:very|much|hugely|greatly|gratefully)\s+)?(?:appreciated|welcome(?:d)?)|(?:help|welcome)\b)`,
  "u",
);

/** A talk of some kind: "a conversation", "twenty minutes", "the chance to speak". */
const TALK = String.raw`(?:half\s+(?:an\s+)?hour|hour|conversation|meeting|call|chat|coffee|lunch|breakfast|drinks?|word|sit-?down|audience|time|minutes|mins?|(?:chance|opportunity)\s+to\s+(?:speak|talk|meet|sit\s+down|chat)|to\s+(?:meet|talk|speak|sit\s+down|chat))`;

/** A titled name or a full name: "Mr. Messier", "Coach Ramirez", "Helen Okafor" (not "Sales"). */
const NAMED = String.raw`(?:the\s+[^.?!,]{1,40},\s+(?=(?:Mr|Mrs|Ms|Dr)\.?\s)|your\s+(?:uncle|aunt|cousin|brother|sister|father|mother|dad|mom|friend|buddy|pal|neighbou?r|boss|husband|wife|partner|roommate|classmate|colleague)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+(?:from|at|on)\s+(?:ur|your)\s+\w+|(?:Mr|Mrs|Ms|Dr|Coach|Judge|Senator|Professor|Prof|Father|Rev|Ambassador|Governor|Commissioner)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'-]+)`;

/** Valued: "would be most helpful", "I'd welcome", "would so appreciate", "would really help". */
const VALUED = String.raw`(?:\bwould|\bwld|\bcould|'d)\s+(?:\w+\s+){0,2}?(?:be\s+(?:\w+\s+)?(?:helpful|great|grt|wonderful|valuable|useful|huge|invaluable|ideal|appreciated|welcome|terrific|fantastic|amazing|a\s+\w+\s+help|grateful\s+for)|love|welcome|appreciate|value|mean|help|benefit|unlock|open\s+(?:doors|up)|make\s+a\s+(?:big\s+|huge\s+|real\s+)?difference)\b`;

/** The writer's own offer of the talk: "I could have a word with Professor Okafor if it would help". */
const OFFERED = String.raw`\b(?:I|[Ww]e)(?:\s+(?:could|can|will|might|shall)|'ll|'d\s+be\s+(?:happy|glad)\s+to)\s+(?:\w+\s+){0,2}?(?:have|set\s+up|arrange|get|grab|put|set|line\s+up)\b`;

/** The reader invited: "It would be great to have you at our meeting with Eleanor Vance". */
const READER_INVITED = String.raw`\b(?:have\s+you\s+(?:at|in|on|join|along)|you\s+(?:to\s+)?(?:join|attend|sit\s+in|come\s+(?:to|along)))\b`;

/**
 * A talk with a named person said to be valued, for the reader to bring about: "A conversation with
 * Mr. Messier on this topic would be appreciated." (a colleague to an executive, real Enron mail),
 * "It would be wonderful to get twenty minutes with Helen Okafor", "A chat with Marcus Lindqvist
 * would really help us", "Meeting Coach Ramirez before tryouts would mean the world to Jamie".
 * Not with the reader ("a call with you and Tom Reyes"), not over paperwork, not the writer's offer.
 */
const TALK_WITH_NAMED_VALUED = new RegExp(
  String.raw`^(?![^]*${OFFERED})(?![^]*${READER_INVITED})[^]*?(?:${VALUED}[^.?!]{0,50}?\b${TALK}\s+(?:w\/|with)\s+${NAMED}|\b${TALK}\s+(?:w\/|with)\s+${NAMED}(?!\s+and\s+(?:you|yourself)\b)[^.?!]{0,100}?${VALUED}|^\W*(?:[Mm]eeting|[Tt]alking\s+(?:to|with)|[Ss]peaking\s+(?:to|with)|[Ss]itting\s+down\s+with)\s+${NAMED}[^.?!]{0,80}?${VALUED})${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * The writer's note for the people who decide: "Please forward this message to other decision
 * makers involved in…", "pass my proposal on to the right decision-makers at Halvern". Not for
 * their approval, sign-off or vote inside the writer's own firm.
 */
const NOTE_FOR_THE_DECIDERS =
  /\b(?:forward|pass|send|circulate|share|route|get|direct)(?:ing)?\s+(?:this|it|these|my|our|the)\s+(?:[\w-]+\s+){0,3}?(?:on\s+|along\s+)?to\s+(?:the\s+|other\s+|your\s+|any\s+)?(?:(?:relevant|key|appropriate|right|other|senior|main|ultimate)\s+)?(?:decision[- ]?makers?|people\s+who\s+(?:make\s+(?:the\s+)?decisions?|decide))\b(?![^.?!]{0,80}\b(?:approv\w*|sign[- ]?off|signatures?|vote|voting|ballot|budget\s+review)\b)/i;

/**
 * Someone the reader may know who could help: "you may know someone else in your office who could
 * help", "you might know somebody at Calpine who can help us". Not the reader's own help.
 */
const SOMEONE_WHO_COULD_HELP = new RegExp(
  String.raw`\byou\s+(?:may|might|would|probably|could|perhaps|possibly)\s+(?:also\s+|well\s+)?know\s+(?:of\s+)?(?:someone|somebody|anyone|anybody|a\s+person|the\s+right\s+person|people)\s+(?:else\s+)?(?:(?:in|at|on|from|over\s+at|within|inside)\s+(?:your\s+[\w-]+|the\s+\p{Lu}[\p{L}&.'-]*|\p{Lu}[\p{L}&.'-]*)(?:\s+\p{Lu}[\p{L}&.'-]*){0,2}\s+)?(?:who|that)\s+(?:could|can|might|would|may)\s+(?:help|assist|advise)\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "I'd like to meet the chairman of Pinecrest Utilities", "we would love to meet the CFO at Dynegy". */
const POST_HOLDER_TO_MEET = new RegExp(
  String.raw`\b(?:I'?d|I\s+would|[Ww]e'?d|[Ww]e\s+would)\s+(?:really\s+|very\s+much\s+|so\s+)?(?:like|love)\s+to\s+(?:meet|get\s+in\s+front\s+of|talk\s+(?:to|with)|speak\s+(?:to|with)|sit\s+down\s+with)\s+(?:the|their|its)\s+(?:${ROLE_TITLE})\s+(?:of|at|over\s+at)\s+(?:the\s+)?${ORGANIZATION}`,
  "u",
);

/** The reader asked: "would you", "could you", "hoping you can", "please", "would you mind". */
const READER_ASKED = String.raw`(?:\basking\s+(?:that\s+)?you\s+|\b(?:appreciate|grateful)\s+(?:it\s+)?(?:if\s+)?you(?:'d|\s+would|\s+could|\s+can)?\s+|\bif\s+you\s+(?:could|can|would)\s+|\b(?:could|can|would|will|might)\s+(?:you|u)\s+(?:please\s+|possibly\s+|kindly\s+)?(?:mind\s+)?|\bhoping\s+(?:that\s+)?you\s+(?:can|could|might|will)\s+|\b(?:please|pls|kindly)\s+|\bchance\s+you\s+(?:could|can|might)\s+)`;

/**
 * Whoever decides, said by what they do or what post they hold: "whoever handles vendor selection
 * at Crane & Holt", "the people who choose the exhibitors", "your head of partnerships", "the
 * zoning board chair" (by a title only with the paper named, or put in front of them: "Can you
 * get it to the director? It's his umbrella" is an errand). Not the desk that pays ("whoever
 * handles accounts payable"), nor a board or committee as a whole, which a notice is passed round.
 */
const THE_DECIDER = String.raw`(?:whoever\s+(?:handles|runs|owns|decides|chooses|reads|picks|is\s+in\s+charge\s+of)\s+(?!(?:the\s+)?(?:accounts|payables?|receivables|billing|bills?|invoic\w*|payroll|expenses?|benefits|reimburse\w*|collections|payments?|IT|HR|facilities|supplies|consumables)\b)|the\s+(?:people|person|folks|ones?)\s+who\s+(?:choose|chooses|decide|decides|pick|picks|select|selects|buy|buys|run|runs|handle|handles|make\s+the\s+call|make\s+decisions)|your\s+(?:head|chief|director|vp|VP)\s+of\s+\w+|the\s+(?:folks|people|ones|team|partners)\s+(?:at|over\s+at|in)\s+\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,2}\s+who\s+(?:make|decide|choose|pick|select|buy|run|handle)|the\s+relevant\s+(?:members|people|staff)\s+(?:of|at|on|in)\b|the\s+(?:[\w-]+\s+)?(?:members|people|folks|partners)\s+you\s+know\b)\b`;

/** A post that decides, by its title: "the zoning board chair", "the editors at Meridian Press". */
const DECIDING_POST = String.raw`(?:the\s+(?:[\w-]+\s+){0,3}?(?:chair|chairman|chairwoman|chairperson|director|partners|editors|buyers|(?:hiring|selection|search|investment|program|grants?)\s+(?:committee|panel)|(?:panel|committee|board)\s+(?:at|of)\s+(?:the\s+)?\p{Lu})\b|the\s+(?:right|appropriate|relevant)\s+(?:people|person|folks)\s+(?:on|at|in)\s+(?:your|the|their)\s+(?:[\w-]+\s+)?(?:committee|board|panel)\b)`;

/** The writer's paper: "my deck", "the attached pitch", "this letter". */
const PAPER = String.raw`(?:my|our|the\s+attached|the\s+enclosed|this|these)\s+(?:[\w-]+\s+){0,2}?(?:letter|note|proposal|pitch|deck|memo|paper|plan|application|cv|resume|résumé|portfolio|summary|one-pager|brief|idea|bid|offer|request|message|e-?mail)s?`;

/**
 * The writer's paper put before whoever decides: "Would you mind sending it along to whoever
 * handles vendor selection at Crane & Holt?", "would you put this in front of the zoning board
 * chair for me?", "route the attached pitch to the people who choose the exhibitors", "share my
 * proposal with your head of partnerships" (session 38's blind check). Not for their approval,
 * signature or vote, nor the paperwork, nor a question routed on only if the reader cannot answer it
 * ("If you're not the right person, could you pass this along to whoever…"). The first letter of an
 * asking word is checked before the look back for "not the right person", which is slow to try at
 * every position of a long text.
 */
const PAPER_BEFORE_THE_DECIDER = new RegExp(
  String.raw`\b(?=[agicwmhpk])(?<!\bnot\s+the\s+(?:right|correct|best|appropriate)\s+(?:person|one|contact)\b[^.?!]{0,60})${READER_ASKED}(?:\w+\s+){0,2}?(?:(?:send|forward|pass|hand|route|share|bump|circulate)(?:ing)?\s+(?:it|this|these|them|${PAPER})\s+(?:along\s+|on\s+|over\s+)?(?:to|with)\s+${THE_DECIDER}|(?:send|forward|pass|hand|route|share|bump|circulate)(?:ing)?\s+${PAPER}\s+(?:along\s+|on\s+|over\s+)?(?:to|with)\s+${DECIDING_POST}|(?:put|get|place|lay)(?:ting)?\s+(?:it|this|these|them|${PAPER})\s+(?:in\s+front\s+of|before)\s+(?:${THE_DECIDER}|${DECIDING_POST}))(?![^.?!]{0,80}\b(?:approv\w*|sign[- ]?off|signatures?|vote|voting|ballot)\b)${PAPERWORK_WITHIN(80)}`,
  "iu",
);

/**
 * Someone at a place who could help with the writer's matter, asked of the reader: "Is there
 * anyone in your office who deals with immigration cases?", "Would there be someone at your firm
 * who knows Brazilian tax law?", "Hoping you know a person at the port authority who can help"
 * (session 38's blind check): whose trade it is, or who could help or advise. Not a task for the
 * reader's people ("anyone in your lab who can recalibrate the spectrometer", "someone in your group
 * who could review this clause"), nor the office's chores ("who can fix the printer").
 */
const SOMEONE_THERE_FOR_MY_MATTER = new RegExp(
  String.raw`\b(?:anyone|anybody|someone|somebody)\s+among\s+your\s+(?:contacts|friends|colleagues|people)\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^.?!]{0,40}?\b(?:could|can|might|would)\s+help\b${PAPERWORK_WITHIN(60)}|\b(?:would|does|do|might)\s+(?:anyone|anybody|someone|somebody)\s+(?:at|in|on)\s+your\s+(?:firm|office|company|agency|team|practice|organi[sz]ation)\s+have\s+(?:any\s+)?(?:experience|expertise|background)\s+(?:with|in)\b${PAPERWORK_WITHIN(60)}|\b(?:is\s+there|would\s+there\s+be|(?:maybe|perhaps)\s+there(?:'s|\s+is)|(?:do|might|would)\s+you\s+(?:happen\s+to\s+)?know|hoping\s+you\s+(?:might\s+)?know|I\s+(?:suspect|bet|imagine|guess)\s+you\s+know)\s+(?:anyone|anybody|someone|somebody|a\s+person|a\s+contact)\s+(?:(?:in|at|on|from|over\s+at)\s+(?:your\s+(?:office|firm|company|agency|team|shop|department|bank|practice|organi[sz]ation)|the\s+(?:[\w-]+\s+){0,3}?(?:office|authority|board|department|agency|commission|bureau|ministry|council|university|college|school|hospital|bank|court)|\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,3})\s+)(?:who|that)\s+(?:deals\s+with|handles|knows|understands|works\s+on|speciali[sz]es\s+in|(?:could|can|might|would)\s+(?:help|advise|assist|point))\b(?![^.?!]{0,40}\b(?:fix|repair|cover|print|printer|copier|shift|jam|reboot|reset|unlock|restock)\w*\b)${PAPERWORK_WITHIN(60)}`,
  "iu",
);

/** Person-sought and terse asks, tried with the explicit cues (person-sought-cues.ts). */
export const TERSE_ASKS: readonly RegExp[] = [
  INTRO_WANTED_LINE,
  SOMEONE_THERE_WANTED,
  INTROS_WANTED_LABEL,
  INTROS_WELCOME,
  TALK_WITH_NAMED_VALUED,
  NOTE_FOR_THE_DECIDERS,
  SOMEONE_WHO_COULD_HELP,
  POST_HOLDER_TO_MEET,
  PAPER_BEFORE_THE_DECIDER,
  SOMEONE_THERE_FOR_MY_MATTER,
];
