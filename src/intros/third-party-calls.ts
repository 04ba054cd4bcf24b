/**
 * A call or meeting asked of someone the reader knows, in the words of session 31's two general
 * checks (helpers who saw no code wrote 120 requests as real senders would): "Do you think your
 * cousin at Zurich would take a call from my dad?", "Can you see if Jerome would give my brother a
 * call?", "could you ask your friend on the transit authority to take a meeting with our
 * neighbourhood association", "Please tell the chief engineer at the shipyard that I would like to
 * meet him", "our procurement director wants a sit-down with the CFO at Northwell…, and you're the
 * only link we have", "a brief note introducing her would be incredibly kind", "Could you check with
 * whoever does community giving at your company?", "might facilitate a meeting between her and the
 * governor's chief of staff", "I understand you know Dr. Brennan at Aker well; would you be willing
 * to introduce her?". Each was tried beside the same words in ordinary mail
 * (test/unit/detect-session-31-general.test.ts). Case-sensitive where a capital marks a name. Pure.
 */
import { TITLED_FULL_NAME } from "./name-patterns.js";
import { NO_ERRAND } from "./paperwork.js";

const NAMED = TITLED_FULL_NAME;

/** Someone the reader knows: "your cousin at Zurich", "your old roommate", "your friend on the transit authority". */
const YOUR_PERSON = String.raw`your\s+(?:old\s+|former\s+|good\s+)?(?:cousin|friend|contact|buddy|brother|sister|colleague|pal|roommate|classmate|neighbou?r|uncle|aunt|partner|guy|gal|boss)(?:\s+(?:at|in|on|from|over\s+at)\s+(?:the\s+)?[\w&.'-]+(?:\s+[\w&.'-]+){0,2}?)?`;

/** Whom the writer speaks for, or the writer. */
const FOR_US = String.raw`(?:me|us|(?:my|our)\s+(?:[\w-]+\s+)?[\w-]+)`;

/** "see if Jerome would give my brother a call", "do you think your cousin at Zurich would take a call from my dad?" */
const WOULD_TAKE_A_CALL = new RegExp(
  String.raw`(?:(?<!\b(?:I|[Ww]e)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+can|\s+could|'d)\s+|\b(?:need|forgot|offered|decided(?:\s+not)?|going|plan|planning|tried)\s+to\s+)\b(?:[Ss]ee|[Cc]heck|[Ff]ind\s+out|[Aa]sk)\s+(?:if|whether)\s+|\b(?:[Dd]o|[Ww]ould)\s+you\s+think\s+|\b[Aa]ny\s+chance\s+)(?:${YOUR_PERSON}|${NAMED})\s+(?:would|might|could|will|can)\s+(?:be\s+(?:willing|open|happy|up\s+for)\s+to\s+)?(?:take\s+a\s+(?:call|meeting)\s+(?:from|with)\s+${FOR_US}|give\s+${FOR_US}\s+a\s+(?:call|ring|buzz)|(?:meet|sit\s+down|talk|speak)\s+with\s+${FOR_US})\b${NO_ERRAND}`,
  "u",
);

/** "could you ask your friend on the transit authority to take a meeting with our neighbourhood association" (not "No need to ask your friend to meet with me after all") */
const FRIEND_ASKED_TO_MEET = new RegExp(
  String.raw`(?<!\b(?:[Nn]o\s+need|[Dd]on'?t\s+need|[Nn]ot|[Nn]ever|[Ww]on'?t\s+need)\s+to\s+|\b(?:[Dd]on'?t|[Dd]o\s+not|[Dd]idn'?t)\s+)\bask\s+${YOUR_PERSON}\s+(?:if\s+(?:he|she|they)\s+(?:would|could|might)|to)\s+(?:take\s+a\s+(?:call|meeting)\s+(?:from|with)|meet\s+with|sit\s+down\s+with|give\s+a\s+call\s+to)\s+${FOR_US}\b${NO_ERRAND}`,
  "u",
);

/**
 * "hopes you might arrange a brief meeting between her and the acquisitions editor at Caldwell
 * Press", "can you get him a meeting with your contact at Fidelity", "if you could get a couple of
 * your angel friends to take a call with us" (session 31's third general check, blind). Asked of
 * the reader: never the writer's own arranging ("I set up a meeting between our associate and…").
 */
const MEETING_ARRANGED_FOR_THEM = new RegExp(
  String.raw`\b(?:you|u)\s+(?:might|could|can|would|will)\s+(?:(?:please|kindly|possibly)\s+)?(?:arrange|set\s+up|organi[sz]e|broker)\s+(?:a|an)\s+(?:brief\s+|short\s+|quick\s+)?(?:meeting|call|introduction|conversation|sit-?down)\s+between\s+(?:her|him|them|me|us|my\s+[\w-]+|our\s+[\w-]+|${NAMED})\s+and\s+(?!you\b)` +
    String.raw`|\b(?:you|u)\s+(?:can|could|might|would)\s+(?:please\s+)?get\s+(?:me|us|him|her|them)\s+a\s+(?:meeting|call|sit-?down|word)\s+with\s+(?:your\s+(?:contact|friend|guy|person|buddy)|${NAMED})` +
    String.raw`|(?:\b(?:could|can|would|will|might)\s+(?:you|u)\s+(?:\w+\s+){0,2}?|\bif\s+(?:you|u)\s+could\s+|^\W*(?:\w+,\s*)?please\s+)(?:ask|get)\s+(?:a\s+couple\s+of\s+|a\s+few\s+of\s+|some\s+of\s+|one\s+of\s+)?your\s+(?:[\w-]+\s+)?(?:friends|contacts|colleagues|buddies|people)\s+to\s+(?:take\s+a\s+(?:call|meeting)|meet|sit\s+down|talk)\s+with\s+${FOR_US}\b${NO_ERRAND}`,
  "u",
);

/** "Please tell the chief engineer at the shipyard that I would like to meet him": a role at a place, not "tell Mom I'd love to see her". */
const TELL_THEM_WE_WOULD_MEET =
  /\btell\s+the\s+(?:[\w-]+\s+){1,4}?(?:at|of|from)\s+(?:the\s+)?[\w&.'-]+\s+(?:that\s+)?(?:I|we|my\s+\w+|our\s+\w+)(?:'d|\s+would)\s+(?:very\s+much\s+|really\s+)?(?:like|love)\s+to\s+(?:meet|talk\s+(?:to|with)|speak\s+(?:to|with)|call\s+on)\s+(?:him|her|them)\b/i;

/** "…wants a sit-down with the CFO at Northwell…, and you're the only link we have" */
const ONLY_LINK =
  /\b(?:want|wants|need|needs|would\s+like|hope\s+for|hoping\s+for)\s+(?:a\s+)?(?:sit-?down|meeting|call|word|chat|conversation)\s+with\b[^.?!]{0,200}?\byou(?:'re|\s+are)\s+(?:the|our|my)\s+only\s+(?:link|connection|way\s+in|contact|bridge)\b/i;

/** "a brief note introducing her would be incredibly kind" */
const NOTE_INTRODUCING =
  /\b(?:a\s+)?(?:brief\s+|short\s+|quick\s+)?(?:note|line|word|e-?mail)\s+(?:from\s+you\s+)?introducing\s+(?:me|us|him|her|them|my\s+\w+)\b[^.?!]{0,40}?\b(?:would|could|might)\s+(?:be|mean|help|go)\b/i;

/** "Could you check with whoever does community giving at your company?" (not "whoever handles payroll") */
const CHECK_WITH_WHOEVER = new RegExp(
  String.raw`\b(?:check|talk|speak|have\s+a\s+word)\s+with\s+whoever\s+(?:does|handles|runs|manages|is\s+in\s+charge\s+of|looks\s+after|oversees|decides)\s+[^.?!]{1,40}?\s(?:at|in|for)\s+(?:your\s+(?:company|firm|organi[sz]ation|shop|place|office)|\p{Lu})${NO_ERRAND}`,
  "u",
);

/** "asked if you might facilitate a meeting between her and the governor's chief of staff" */
const FACILITATED =
  /\b(?:you|u)\s+(?:might|could|would|can)\s+(?:\w+\s+)?facilitate\s+(?:a|an)\s+(?:\w+\s+)?(?:meeting|call|introduction|conversation|sit-?down)\s+(?:between|for|with)\b/i;

/** "I understand you know Dr. Brennan at Aker well; would you be willing to introduce her?" */
const INTRODUCE_THEM_TO_WHOM_YOU_KNOW = new RegExp(
  String.raw`\byou\s+know\s+${NAMED}\b[^.?!]{0,60}?\b(?:would|could|can|might)\s+you\s+(?:be\s+(?:willing|able|happy)\s+to\s+)?(?:introduce|intro)\s+(?:him|her|them|me|us)\b`,
  "u",
);

/** "my client… who wish to be presented to the facilities director" ("…who wishes to be introduced to a reputable immigration attorney", session 31's fourth general check) of Lagos University Teaching Hospital" (a person, not "the board"). */
const PRESENTED_TO = new RegExp(
  String.raw`\b(?:wish|wishes|like|hope|hopes|want|wants|keen|eager|honou?red)\s+to\s+be\s+(?:presented|introduced)\s+to\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:director|minister|ambassador|chairman|chairwoman|ceo|CEO|president|head|manager|governor|secretary|commissioner|founder|owner|attorney|lawyer|accountant|banker|broker|agent|editor|partner|buyer|investor|expert|specialist|consultant|architect|dealer|supplier|distributor)\b|${NAMED})`,
  "u",
);

/**
 * Session 31's fourth general check (blind): "Our principal would like a word with the
 * superintendent…; since you're on the school board, could you help make that happen?", "Our local
 * president would like to sit down with the shop steward from your facility; can you arrange it?",
 * "My client would like to meet someone on your West power origination team; can you make that happen?"
 * (session 32), "Can you give the folks on the Morgan Stanley commodities desk a heads up that our group would like
 * to meet?", "Could you hand my card to the gentleman from Mitsui". (Not "we'd rather go through a friend":
 * blind ordinary sentences say it of tilers and wedding photographers.)
 */
const WISH_MADE_TO_HAPPEN = new RegExp(
  String.raw`\b(?:would\s+(?:like|love)|'d\s+(?:like|love)|wants?|hopes?|is\s+hoping|needs?)\s+(?:(?:a\s+word|a\s+meeting|a\s+call|a\s+sit-?down|to\s+(?:meet|talk|speak|sit\s+down))\s+with\s+(?:the\s+[\w-]+|${NAMED})\b|to\s+(?:meet(?:\s+with)?|talk\s+(?:to|with)|speak\s+(?:to|with)|see|get\s+(?:in\s+front\s+of|to\s+know))\s+(?:someone|somebody|the\s+[\w-]+|your\s+[\w-]+|${NAMED})${NO_ERRAND})[^.?!]{0,120}?\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:help\s+)?(?:make\s+(?:that|it|this)\s+happen|arrange\s+(?:it|that|this)|set\s+(?:it|that|this)\s+up|get\s+(?:it|that|this)\s+(?:done|arranged|set\s+up)|help\s+with\s+(?:that|this))\b` +
    String.raw`|\bgive\s+(?:the\s+[\w-]+(?:\s+[\w-]+){0,7}?|${NAMED})\s+a\s+heads[\s-]up\s+that\s+(?:I|we|our\s+[\w-]+|my\s+[\w-]+)(?:'d|\s+would|\s+want|\s+wants|\s+hope|\s+hopes)\s+(?:like\s+|love\s+)?to\s+(?:meet|talk|speak|sit\s+down|call)\b` +
    String.raw`|\b(?:hand|pass|give)\s+(?:my|our)\s+(?:business\s+)?card\s+to\s+(?:the\s+(?:gentleman|lady|woman|man|guy|person|fellow|buyer|rep)\s+(?:from|at|with)\s+\p{Lu}|${NAMED})`,
  "u",
);

export const THIRD_PARTY_CALLS: readonly RegExp[] = [
  WOULD_TAKE_A_CALL,
  FRIEND_ASKED_TO_MEET,
  TELL_THEM_WE_WOULD_MEET,
  ONLY_LINK,
  NOTE_INTRODUCING,
  CHECK_WITH_WHOEVER,
  FACILITATED,
  INTRODUCE_THEM_TO_WHOM_YOU_KNOW,
  PRESENTED_TO,
  MEETING_ARRANGED_FOR_THEM,
  WISH_MADE_TO_HAPPEN,
];
