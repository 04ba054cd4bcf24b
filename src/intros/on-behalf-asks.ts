/**
 * Asks written by an assistant or chief of staff for a principal ("Dean Castellano asked me to
 * inquire whether you could pass his CV along to the search committee chair"), and the plain
 * connecting words such offices use ("Pls connect our CEO w/ your contact at Delta ops"), which
 * session 30's third general check found missing: a helper who saw no code wrote sixty requests
 * in that voice; the code found 38. Each was tried beside the same words in ordinary mail
 * (test/unit/detect-session-30-on-behalf.test.ts). None for paperwork or a service desk's matter.
 * Case-sensitive where a capital marks a name or a firm. Pure.
 */
import { TITLED_NAME } from "./name-patterns.js";
import { NO_ERRAND } from "./paperwork.js";

/** A name after an optional title (name-patterns.ts). */
const NAMED = TITLED_NAME;
/** A principal, as their office names them: "our CEO", "my client", "the Chancellor". */
const PRINCIPAL = String.raw`(?:(?:our|my)\s+(?:[\w-]+\s+)?(?:CEO|COO|CFO|MD|[Cc]hair(?:man|woman)?|[Pp]resident|[Pp]rincipal|[Bb]oss|[Cc]lient|[Dd]ean|[Dd]irector|[Ff]ounder|[Pp]artner|[Ss]enator|[Mm]inister|[Cc]hief\s+[Ee]xecutive)|him|her|them)`;
/** Someone at a named place: "your contact at Delta ops", "the curator at the Getty", "the CFO at Target". */
const SOMEONE_THERE = String.raw`(?:your|ur|the)\s+(?:[\w-]+\s+){0,2}?(?:contact|friend|acquaintance|guy|gal|person|colleague|curator|head|chair|director|editor|officer|CFO|CEO|COO|president|partner|counsel|manager|buyer|dean)s?\s+(?:(?:at|of|in|on|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:at|of|in|on)\s+(?:the\s+)?)?)?\p{Lu}`;

/** "Pls connect our CEO w/ your contact at Delta ops", "connect her with the curator at the Getty". */
const CONNECT_OUR_PRINCIPAL = new RegExp(
  String.raw`\b(?:[Cc]onnect|[Ll]ink)\s+${PRINCIPAL}\s+(?:w\/|with|to)\s+${SOMEONE_THERE}${NO_ERRAND}` +
    String.raw`|\b[Pp]ut\s+${PRINCIPAL}\s+in\s+(?:touch|contact)\s+with\s+${SOMEONE_THERE}${NO_ERRAND}` +
    String.raw`|\b(?:value|appreciate|like|welcome)\s+being\s+(?:connected|put\s+in\s+touch|introduced)\s+(?:with|to)\s+${SOMEONE_THERE}`,
  "u",
);

/** "would very much appreciate an introduction to your friend at the Gates Foundation". */
const INTRODUCTION_TO_SOMEONE_THERE = new RegExp(
  String.raw`\b(?:appreciate|welcome|value|grateful\s+for|love|like)\s+(?:an?\s+)?(?:warm\s+|personal\s+|brief\s+|quick\s+)?(?:intro|introduction)\s+to\s+(?:${SOMEONE_THERE}|${NAMED}\b)`,
  "u",
);

/** What the principal asks the reader to do, in connecting words only (not "forward the agenda"). */
const ACT = String.raw`(?:(?:pass|forward|send|give|hand)\s+(?:his|her|their|my|our)\s+(?:[\w'’-]+\s+)?(?:CV|cv|resume|résumé|letter|name|details|materials)\s+(?:along\s+|on\s+)?to\s+(?:the|a|an|\p{Lu})|raise\s+(?:his|her|their|my|our)\s+(?:candidacy|name|case|interest)\s+with|mention\s+(?:his|her|their|my|our)\s+(?:interest|name|candidacy)|recommend\s+(?:him|her|them|me|us)\s+to|refer\s+(?:him|her|them|me|us)\s+to|introduce|make\s+(?:an?\s+)?introduction|connect|vouch\s+for|set\s+up\s+a\s+meeting|arrange\s+(?:a|an)\s+(?:meeting|call|conversation|audience|introduction)|put\s+in\s+a\s+(?:good\s+)?word|know\s+the\s+right\s+person)`;

/**
 * The principal's ask relayed by their office: "Dean Castellano asked me to inquire whether you
 * could pass his CV along", "The CEO has asked me to check whether Jim could make an introduction
 * to the CFO at Target", "Judge Morrow has asked whether you would mention her interest…", "The
 * Senator asks whether you might set up a meeting for her with the Tribune's editorial board".
 */
const RELAYED_FOR_THE_PRINCIPAL = new RegExp(
  String.raw`\b(?:asked|asks|has\s+asked|would\s+like|wanted|wants)\s+(?:me\s+)?(?:to\s+(?:inquire|enquire|see|check|ask|request|find\s+out)\s+)?(?:whether|if)\s+(?:you|${NAMED})(?:'d|\s+would|\s+could|\s+might|\s+can|\s+will)?\s+(?:\w+\s+)?${ACT}${NO_ERRAND}`,
  "u",
);

/**
 * A meeting with someone the reader can reach, asked through the reader's office: "Mr. Dubois has
 * asked that I request, through your office, a meeting with the Prime Minister's chief economic
 * adviser"; "Ms. Petrov would like fifteen minutes with your board chair"; "Professor Klein's
 * office could help arrange for the two of them to meet" (not "Your request for fifteen minutes
 * with your board chair has been approved", "I managed to arrange for the two of them to meet",
 * session 30's ordinary sentences); "could you call Dr. Amin on his behalf?" (not "Mr. Chu asked me to
 * call Dr. Amin's office on his behalf to move his appointment"); "would you be willing to raise his
 * candidacy … with Governor Alvarez"; "ask Mr. Sandoval whether he would receive our Chairman".
 */
const MEETING_THROUGH_YOUR_OFFICE = new RegExp(
  String.raw`\brequest,?\s+(?:through|via)\s+your\s+office,?\s+(?:a|an)\s+(?:meeting|call|audience|appointment)\s+with\b` +
    String.raw`|\b(?:would\s+like|'d\s+like|wants|hopes\s+for|could\s+(?:have|get)|may\s+have)\s+(?:\d+|five|ten|fifteen|twenty|thirty|a\s+few|some)\s+minutes\s+with\s+your\s+(?:board\s+chair|chair(?:man|woman)?|boss|CEO|president|partner|friend|contact|colleague)\b` +
    String.raw`|\b(?:could|can|would|might)\s+(?:[\w'’]+\s+){0,3}?(?:help\s+)?arrange\s+for\s+the\s+two\s+of\s+(?:them|us)\s+to\s+meet\b` +
    String.raw`|\b(?:would|could|will)\s+(?:you|u)\s+(?:[\w-]+\s+){0,3}?raise\s+(?:his|her|their|my|our)\s+(?:candidacy|name|case)\b[^.?!]{0,40}?\bwith\s+${NAMED}` +
    String.raw`|\b(?:seek|request),?\s+(?:through|via)\s+your\s+(?:good\s+)?offices?,?\s+(?:a|an)\s+(?:meeting|call|audience|appointment)\s+with\b` +
    String.raw`|\byour\s+(?:good\s+)?offices?\b[^.?!]{0,30}?\b(?:arrange|set\s+up|secure|obtain|get|fix)\b[^.?!]{0,40}?\b(?:meeting|audience|minutes|call|appointment)\s+(?:for\s+(?:him|her|them|me|us)\s+)?with\s+(?!you\b)${NO_ERRAND}` +
    String.raw`|\b(?:you|u)\s+(?:\w+\s+)?(?:call|ring|phone|contact|write\s+to|speak\s+(?:to|with))\s+${NAMED}(?:\s+${NAMED})?(?!['’]s)(?:[^.?!]{0,30}?\bon\s+(?:his|her|their|my|our)\s+behalf|\s+for\s+(?:him|her|them)\b)` +
    String.raw`|\b(?:[Aa]sk|[Ii]nquire\s+of)\s+${NAMED}(?:\s+${NAMED})?\s+(?:whether|if)\s+(?:he|she|they)\s+(?:would|could|might|will)\s+(?:be\s+willing\s+to\s+)?(?:receive|see|meet(?:\s+with)?)\s+(?:our|my)\s+\p{L}` +
    String.raw`|\b(?:share|pass|give|send)\s+(?:his|her|their|${NAMED}['’]s)\s+(?:contact\s+)?(?:details|number|information|info)\s+(?:with|to)\s+${NAMED}\b[^.?!]{0,40}?\blet\s+(?:him|her|them)\s+know\s+to\s+expect\b`,
  "u",
);

/**
 * A principal's wish for an introduction, relayed: "she'd like an introduction to the head of
 * partnerships at your foundation, if you're comfortable making it", "my director wishes to request
 * an introduction to the procurement office of Shinsei Foods" (session 31's third general check,
 * blind). Someone the writer speaks for, not the writer ("I'd like an intro" is request-cues.ts').
 */
const PRINCIPAL_WANTS_AN_INTRODUCTION =
  /\b(?:she|he|they|my\s+(?:boss|director|manager|client|principal|ceo|chairman|president|partner|husband|wife|son|daughter)|our\s+(?:ceo|director|chairman|president|client))(?:'d|\s+would)?\s+(?:(?:like|love|welcome|appreciate)s?|wish(?:es)?\s+to\s+request|(?:hope|hopes|wants?)\s+(?:for|to\s+(?:get|request)))\s+(?:an?\s+)?(?:intro|introduction)\s+to\b/i;

/** "would you consider writing to the dean of admissions on my nephew's behalf?" (the same general check) */
const WRITTEN_ON_THEIR_BEHALF =
  /\b(?:(?:writ(?:e|ing)|speak(?:ing)?|talk(?:ing)?|put(?:ting)?\s+in\s+a\s+(?:good\s+)?word|reach(?:ing)?\s+out)\s+(?:to|with)\s+[^.?!]{1,60}?|call(?:ing)?\s+(?:him|her|them|the\s+[\w-]+))\s+on\s+(?:my|our)\s+[\w-]+(?:['’]s|s['’])\s+behalf\b/i;

/** "Would it be possible for you to vouch for me with the Kingsbridge Golf Club membership committee?" (asked: not "Thanks for vouching for me with Coach Ellis", "No need to vouch for me with the landlord") */
const VOUCHED_FOR_WITH_THEM =
  /(?:\b(?:could|would|can|will|might)\s+(?:you|u)\s+(?:\w+\s+){0,3}?|\bfor\s+(?:you|u)\s+to\s+|^\W*(?:\w+,\s*)?please\s+|\bmind\s+)vouch(?:ing)?\s+for\s+(?:me|us|him|her|them|my\s+[\w-]+)\s+(?:with|to)\s+(?!you\b)/i;

/** "can you walk this over to Linda in recruiting and tell her I vouch for the kid?" (not "tell her I recommend the salmon") */
const VOUCHING_PASSED_ON =
  /\btell\s+(?:him|her|them|[A-Z][a-z]+)\s+(?:that\s+)?(?:I|we)\s+(?:vouch\s+for|(?:can\s+)?recommend|stand\s+behind)\s+(?:him|her|them|the\s+(?:kid|guy|girl|candidate|lad|young\s+(?:man|woman))|my\s+[\w-]+)\b/;

export const ON_BEHALF_ASKS: readonly RegExp[] = [
  VOUCHING_PASSED_ON,
  PRINCIPAL_WANTS_AN_INTRODUCTION,
  WRITTEN_ON_THEIR_BEHALF,
  VOUCHED_FOR_WITH_THEM,
  CONNECT_OUR_PRINCIPAL,
  INTRODUCTION_TO_SOMEONE_THERE,
  RELAYED_FOR_THE_PRINCIPAL,
  MEETING_THROUGH_YOUR_OFFICE,
];
