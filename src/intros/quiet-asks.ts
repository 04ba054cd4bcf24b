/**
 * The quieter ways people ask for a person, which a general check found missing (session 29: a
 * helper who saw no code wrote sixty requests "as real senders would", favouring hints, a name
 * dropped with "any chance?", a resume "in case anyone comes to mind"; the code found 37). Each
 * was tried beside the same words in ordinary mail (test/unit/detect-session-29-quiet.test.ts).
 * Case-sensitive where a capital marks a name or a firm. Pure.
 */
import { PAPERWORK_WITHIN } from "./paperwork.js";
import { RELATION } from "./relations.js";

/** "Attached is Priya's resume in case anyone in your network comes to mind." */
const RESUME_IN_CASE_SOMEONE_COMES_TO_MIND =
  /\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{Ll}+['’]s)\s+(?:[\w-]+\s+)?(?:resume|résumé|cv|CV)\b[^.?!]{0,60}?\bin\s+case\s+(?:anyone|anybody|someone|somebody|a\s+name)\s+(?:(?:in|from)\s+your\s+(?:network|circle|world)\s+|you\s+know\s+)?(?:comes|springs)\s+to\s+mind\b/u;

/** "If Children's is hiring and you know someone in HR, anything helps." (with a sister's resume) */
const SOMEONE_THERE_ANYTHING_HELPS = new RegExp(
  String.raw`\byou\s+know\s+(?:someone|somebody|anyone|anybody)\s+(?:in|at|over\s+at)\s+(?:HR|human\s+resources|\p{Lu}[\p{L}&'.-]*)[^.?!]{0,30}?\b(?:anything\s+(?:helps|would\s+help)|any\s+help\s+(?:is|would\s+be)\s+(?:much\s+)?appreciated)${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "could you hand me off to someone on your team who can keep the Allstate renewal moving?" */
const HAND_ME_OFF = new RegExp(
  String.raw`\bhand\s+(?:me|us)\s+(?:off\s+)?(?:to|over\s+to)\s+(?:someone|somebody|a\s+colleague|whoever|one\s+of\s+your)\b${PAPERWORK_WITHIN(60)}`,
  "i",
);

/** "who decides on speaker slots for the AAPG convention? Would love to be pointed in the right direction." */
const POINTED_THE_RIGHT_WAY = new RegExp(
  String.raw`\b(?:love|like|appreciate|grateful\s+for|welcome)\s+(?:to\s+be|being|it\s+if\s+you\s+(?:could|would))\s+(?:point(?:ed)?|steer(?:ed)?|direct(?:ed)?)\s+(?:me\s+)?in\s+the\s+right\s+direction\b${PAPERWORK_WITHIN(60)}`,
  "iu",
);

/** "If you speak to Jeff before Friday could you mention that we're still keen on the distribution deal?" */
const KEENNESS_CARRIED = new RegExp(
  String.raw`\b[Ii]f\s+you\s+(?:speak|talk)\s+(?:to|with)\s+\p{Lu}\p{Ll}+\b[^.?!]{0,40}?\b(?:could|would|can)\s+you\s+(?:mention|tell\s+(?:him|her|them)|let\s+(?:him|her|them)\s+know)\s+(?:that\s+)?(?:we|I)(?:'re|'m|\s+are|\s+am)\s+(?:still\s+)?(?:keen|interested|eager)\s+(?:(?:on|in|about)\s+(?:the|this|that|a|an|our)\s+(?:[\w-]+\s+){0,3}?(?:deal|proposal|project|partnership|venture|opportunity|transaction|agreement|contract|role|position|job|investment|idea)\b|to\s+(?:meet|talk|partner|work\s+with|do\s+business))`,
  "u",
);

/** "are you still friendly with the people at Goldman's energy desk?" */
const STILL_FRIENDLY_THERE = new RegExp(
  String.raw`\b(?:[Aa]re|r)\s+you\s+still\s+(?:friendly|friends|in\s+touch|close|on\s+good\s+terms|tight)\s+with\s+(?:the\s+(?:people|folks|guys|guy|gal|man|woman|lady|team|crowd)|anyone|anybody|someone|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s+(?:at|in|on|from|over\s+at)\s+\p{Lu}|\b[Dd]o\s+you\s+still\s+(?:talk|speak)\s+(?:to|with)\s+(?:the\s+(?:cfo|ceo|coo|cto|head|founder|owner|chairman|president|[\w-]+\s+(?:lead|manager|director))|\p{Lu}\p{Ll}+)\b[^.?!,]{0,20}?\b(?:there|over\s+there|at\s+\p{Lu})`,
  "u",
);

/** "would it be possible to get him seen by someone?" (a husband, a cardiologist at the reader's hospital) */
const SEEN_BY_SOMEONE = new RegExp(
  String.raw`\bget\s+(?:him|her|them|me|us|my\s+${RELATION}|my\s+(?:husband|wife|father|mother|dad|mom))\s+seen\s+by\s+(?:(?:someone|somebody)(?!\s+(?:at|in)\s+the\s+[\w-]+\s+(?:store|shop|desk|counter)|\s+about\b)|a\s+(?:specialist|doctor|cardiologist|surgeon)|Dr\.?\s+\p{Lu})`,
  "u",
);

/** "could you make sure her application gets to the right desk?" */
const TO_THE_RIGHT_DESK =
  /\b(?:make\s+sure|ensure|see\s+(?:to\s+it\s+)?that)\s+(?:her|his|my|their|our)\s+(?:application|resume|résumé|cv|proposal|papers?)\s+(?:gets?|goes|lands?|ends?\s+up)\s+(?:to|on|with|in)\s+the\s+right\s+(?:desk|person|people|hands)\b/i;

/** "could you let me know the best way to reach Senator Whitfield's legislative director on the water bill?" */
const BEST_WAY_TO_REACH = new RegExp(
  String.raw`\b(?:the\s+best\s+way|how\s+best)\s+to\s+(?:reach|contact|approach|get\s+(?:in\s+touch\s+with|hold\s+of))\s+(?:(?:Mr|Mrs|Ms|Dr|Senator|Governor|Mayor|Commissioner|Congressman|Congresswoman|Judge)\.?\s+\p{Lu}\p{Ll}+|(?!(?:New|San|Los|Las|Fort|Saint|St|North|South|East|West)\b)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:['’]s\s+(?:office|assistant|chief\s+of\s+staff|director|secretary))?)${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "Could you check if she's open to hearing from me?" (a colleague of the reader's, named before) */
const OPEN_TO_HEARING_FROM_ME =
  /\b(?:check|see|ask|find\s+out)\s+(?:if|whether)\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are|\s+would\s+be|'d\s+be)\s+open\s+to\s+(?:hearing\s+from|a\s+(?:call|note)\s+from|talking\s+(?:to|with))\s+(?:me|us)\b/i;

/** "Could you ask Dr. Alvarez to give my father a call?" */
const CALL_FOR_MY_RELATION = new RegExp(
  String.raw`\bask\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+to\s+(?:give\s+my\s+(?:${RELATION}|husband|wife|father|mother|dad|mom)\s+a\s+(?:call|ring)|(?:call|see|meet\s+with)\s+my\s+(?:${RELATION}|husband|wife|father|mother|dad|mom))\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "could you ask your friend at the Times whether she'd take a look at our press release?" */
const ASK_YOUR_FRIEND_THERE = new RegExp(
  String.raw`\bask\s+your\s+(?:${RELATION}|friend|contact|buddy|pal|old\s+\w+)\s+(?:at|in|on|from|over\s+at)\s+(?:the\s+)?\p{Lu}[\p{L}&.-]*\s+(?:if|whether)\s+(?:she|he|they)(?:'d|\s+would|\s+might|\s+could|\s+can|\s+will)\s+(?:take\s+a\s+look|look\s+at|consider|meet|talk|see|hear|read|review|be\s+(?:willing|open|interested))\b`,
  "u",
);

/** "cld u ask him to take a look at my son application" (the dean, the reader's golf partner). */
const LOOK_AT_MY_CASE = new RegExp(
  String.raw`\b(?:(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?|[Pp]lease\s+)ask\s+(?:him|her|them|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)\s+(?:to|if\s+(?:he|she|they)\s+(?:could|would|might))\s+(?:take\s+a\s+(?:quick\s+)?look\s+at|look\s+at|review|consider|read)\s+(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:application|resume|résumé|cv|proposal|paper|manuscript|deck|plan|pitch|candidacy|file)\b`,
  "u",
);

/** "would she be open to talking w/ our founder?" (the reader's college friend at a foundation) */
const WOULD_THEY_BE_OPEN =
  /\bwould\s+(?:she|he|they)\s+be\s+(?:open|willing|happy|interested)\s+to\s+(?:talking|talk|speaking|speak|meeting|meet|chatting|chat|hearing\s+from)\s+(?:to\s+|with\s+)?(?:me|us|(?:my|our)\s+[\w-]+)\b/i;

/** "I kindly request you to arrange one appointment with the procurement manager of your group" */
const APPOINTMENT_WITH_THEIR_MANAGER =
  /\b(?:request|ask|beg)\s+you\s+to\s+(?:kindly\s+)?(?:arrange|set\s+up|organi[sz]e|fix)\s+(?:an?|one|the)\s+(?:appointment|meeting|call)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:manager|director|head|officer|chief|buyer|president)\s+of\s+(?:your|the)\b/i;

export const QUIET_ASKS: readonly RegExp[] = [
  LOOK_AT_MY_CASE,
  WOULD_THEY_BE_OPEN,
  APPOINTMENT_WITH_THEIR_MANAGER,
  RESUME_IN_CASE_SOMEONE_COMES_TO_MIND,
  SOMEONE_THERE_ANYTHING_HELPS,
  HAND_ME_OFF,
  POINTED_THE_RIGHT_WAY,
  KEENNESS_CARRIED,
  STILL_FRIENDLY_THERE,
  SEEN_BY_SOMEONE,
  TO_THE_RIGHT_DESK,
  BEST_WAY_TO_REACH,
  OPEN_TO_HEARING_FROM_ME,
  CALL_FOR_MY_RELATION,
  ASK_YOUR_FRIEND_THERE,
];

/**
 * Quiet asks read in any mail, a message about a search too (favour-cues.ts' FAVOUR_CUES_ALONE):
 * an investor update's ASKS list may also say "We're hiring a head of design - please send strong
 * candidates our way" (session 29's fifth check).
 */
/** "would appreciate a warm intro", "an email intro would be great", "a warm intro would be huge". */
const INTRO_WOULD_BE_WELCOME =
  /\b(?:would|'d)\s+(?:really\s+|so\s+)?(?:appreciate|love|welcome)\s+(?:a|an)\s+(?:warm\s+|quick\s+|e-?mail\s+|short\s+)?(?:intro|introduction)\b|\b(?:an?|the)\s+(?:warm\s+|quick\s+|e-?mail\s+|short\s+)?(?:intro|introduction)\s+would\s+be\s+(?:great|amazing|wonderful|helpful|huge|invaluable|a\s+(?:big|huge|great)\s+help|much\s+appreciated|appreciated|awesome|fantastic|ideal)\b/i;

/** "would you be willing to submit one [a referral] for me?" for an opening at the reader's firm. */
const REFERRAL_SUBMITTED =
  /\b(?:would|could|can|will)\s+(?:you|u)\s+(?:be\s+(?:willing|able|okay|ok)\s+to\s+)?(?:submit|make|put\s+in|send\s+in|file)\s+(?:a|an|one)\s+(?:internal\s+)?(?:referral\s+)?(?:for\s+(?:me|him|her|my\s+\w+)\b)/i;

/** "You know Ellen in HR there - would you be okay sending her a note about me?", "text him that I'm a friend". */
const A_NOTE_ABOUT_ME =
  /\b(?:send(?:ing)?|drop(?:ping)?|writ(?:e|ing)|shoot(?:ing)?)\s+(?:him|her|them)\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:note|line|word|e-?mail|text)\s+about\s+(?:me|us|my\s+(?:son|daughter|application|candidacy))\b|\b(?:text|tell|let)\s+(?:him|her|them)\s+(?:know\s+)?(?:that\s+)?I(?:'m|\s+am)\s+a\s+friend(?:\s+of\s+yours)?\s*(?:[?.!]|$)|\blet\s+(?:the\s+(?:recruiter|hiring\s+manager)|(?:him|her))\s+know\s+to\s+look\s+out\s+for\s+(?:it|me|my\s+application)\b/i;

/** "Yes please - the two people I'd most like to meet are Kenji at Toyota Research and Ahmed at the DOE" */
const THE_ONES_I_WOULD_MEET = new RegExp(
  String.raw`\b(?:people|person|folks|ones?)\s+I(?:'d|\s+would)\s+(?:most\s+|really\s+)?(?:like|love)\s+to\s+(?:meet|talk\s+to|be\s+introduced\s+to)\s+(?:is|are|would\s+be)\s+\p{Lu}\p{Ll}+`,
  "u",
);

export const QUIET_FAVOURS: readonly RegExp[] = [
  INTRO_WOULD_BE_WELCOME,
  REFERRAL_SUBMITTED,
  A_NOTE_ABOUT_ME,
  THE_ONES_I_WOULD_MEET,
];
