/**
 * Acts of connecting composed from slots (connecting-slots.ts) rather than learnt one phrasing at a
 * time: an act (make contact, facilitate, write ahead, mention that…, arrange for…, hand on) × whom
 * it is for × whom it reaches. Session 32: two blind general checks written in other trades (shipping,
 * wine, local government, the military, sports management…) missed 22 of 120 plain requests, nearly
 * all with a way of asking ("could you", "might you", "request you") and an act the cues did not
 * know: "could you please make contact for us with the logistic manager of Lidl Netherlands?",
 * "request you facilitate a call between my S4 and the logistics officer at Camp Arifjan",
 * "could you mention that Major Tran would be an excellent fit for the fellowship slot?". Each act
 * needs someone outside the writer's and reader's own office: a role at a named place, a title and a
 * name, or the reader's own contact. Case-insensitive, like CONNECTING (request-cues.ts), which
 * reads them after a way of asking.
 */
import { FOR_WHOM, MATERIAL, MEETING_NOUN, SOMEONE_THERE, WHOSE } from "./connecting-slots.js";
import { NO_ERRAND } from "./paperwork.js";

/**
 * Roles a person outside holds: whom a connector is asked to reach. Not "people" or "person": "forward
 * this to the appropriate people in Houston" routes a settlements update (session 29's blind gq-dl).
 */
const ROLE = String.raw`(?:director|manager|head|chief|vp|vice\s+president|president|partner|officer|commissioner|editor|producer|buyer|recruiter|dean|principal|founder|owner|ceo|cfo|coo|cto|chair(?:man|woman|person)?|counsel|curator|secretary|minister|ambassador|administrator|superintendent|coordinator|lead|agent|scout|underwriter|rep(?:resentative)?|organi[sz]er|importer|exporter|distributor|supplier|publisher|broker|banker|attorney|lawyer|engineer|analyst\s+lead|trader)`;

/** The reader's own people: "your brother-in-law at the bank", "your old boss", "your contact there". */
const READERS_PERSON = String.raw`(?:your|ur)\s+(?:[\w-]+\s+){0,2}?(?:friend|contact|buddy|pal|colleague|cousin|brother|sister|brother-in-law|sister-in-law|uncle|aunt|dad|father|mom|mother|wife|husband|partner|roommate|classmate|[\w]+-?mate|neighbou?r|boss|mentor|client|guy|gal|man|woman|person|agent|rep|connection)(?:\s+(?:at|in|from|over\s+at)\s+(?:the\s+)?[\w&.'+-]+)?`;

/** Someone the reader is said to know: "the importer in Rotterdam you are knowing", "a producer you met". */
const KNOWN_TO_READER = String.raw`(?:the|a|an)\s+(?:[\w&.'+-]+\s+){0,5}?(?:(?:that|who|whom)\s+)?(?:you|u)\s+(?:know|knew|are\s+knowing|mentioned|met|went\s+to\s+school\s+with|used\s+to\s+report\s+to|(?:used\s+to\s+)?(?:work(?:ed)?|play(?:ed)?|serve[d]?|stud(?:y|ied)|train(?:ed)?|golf(?:ed)?|row(?:ed)?|sail(?:ed)?)\s+with)\b`;

/** People the writer speaks for, never their things: "my husband", "our two new hedging analysts", "the boy". */
const PERSON_SPOKEN_FOR = String.raw`(?:me|us|him|her|them|the\s+(?:boy|girl|kid|lad)|(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:son|daughter|husband|wife|partner|brother|sister|nephew|niece|cousin|friend|client|boss|ceo|cfo|founder|student|colleague|analysts?|associates?|team|staff|people|folks|kid|kids|boy|girl|father|mother|dad|mom|principal|candidate))`;

/** Whoever makes a choice: "whoever is booking the entertainment for the Rotary gala". */
const WHOEVER_CHOOSES = String.raw`whoever\s+(?:is\s+)?(?:booking|books|handles|handling|runs|running|organi[sz]es|organi[sz]ing|picks|picking|chooses|choosing|hires|hiring|selects|selecting|programs|programming)\b`;

/** A named organisation of up to four words: "Foster + Partners", "Lidl Netherlands", "the bank". */
const ORGANISATION = String.raw`(?:the\s+|your\s+)?[\w&.'+-]+(?:\s+[\w&.'+-]+){0,3}?`;

/**
 * Someone outside, described or titled: "the design director at Foster + Partners", "the logistic
 * manager of Lidl Netherlands", "Mr. Feldman", "Colonel Reyes", the reader's own contact.
 */
const OUTSIDER = String.raw`(?:(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+){0,3}?${ROLE}\s+(?:at|of|in|from|for)\s+${ORGANISATION}|${READERS_PERSON}|${SOMEONE_THERE}|${KNOWN_TO_READER}|(?:mr|mrs|ms|dr|prof|professor|general|gen|colonel|col|judge|senator|sen|ambassador|minister|governor|mayor|rabbi|father|rev)\.?\s+[\w'-]+(?:['’]s\s+(?:team|office|people|staff))?)`;

/** An aside between dashes or commas: "my client — a mid-size 3PL in Memphis — with…". */
const ASIDE = String.raw`(?:\s*(?:[—–]|--?)\s*[^—–.?!]{1,80}?\s*(?:[—–]|--?)|,\s+[^,.?!]{1,60},)?`;

/** Whoever the writer speaks for, as a clause's subject: "my father", "Major Tran", "our CEO", "I". */
const SPOKEN_FOR = String.raw`(?:I|I'?m|im|we|we're|he|she|they|(?:my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?:major|captain|capt|colonel|lt|dr|mr|mrs|ms|prof)\.?\s+[\w'-]+)`;

/** Work looked for or a fit claimed: what a word put in says. */
const WORD_PUT_IN = String.raw`(?:(?:(?:is|'s|are|'re|am|'m|has\s+been)\s+(?:\w+\s+)?)?(?:looking(?:\s+for\s+(?:a|an|new|work|some)\b|\s*(?:[;,.!?]|$))|interested\s+in\s+(?:the|a|an|your|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:job|position|role|opening|spot|post|internship|fellowship|program(?:me)?|vacancy|seat)\b|keen\s+(?:on|to)\s+(?:meet|talk|join|work)|on\s+the\s+(?:job\s+)?market\b|ready\s+for\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:role|job|position|promotion|post|step\s+up)\b)|would\s+(?:be|make)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:fit|candidate|addition|hire|match|asset)\b)`;

/** Whom a sentence must not be about for a hand-on: the writer, the reader, their own desks. */
const NOT_OWN_DESK = String.raw`(?!(?:me|us|you|yourself|hr|payroll|it|accounting|legal|finance|the\s+(?:file|system|folder|team|office|front\s+desk|printer|group|list))\b)`;

const ACTS_BY_GRAMMAR_LIST = [
  // "make contact for us with the logistic manager of Lidl", "make contact with your friend at Nestlé".
  String.raw`\bmak(?:e|ing)\s+(?:a\s+|the\s+)?contact\s+(?:for\s+${FOR_WHOM}\s+)?with\s+${OUTSIDER}${NO_ERRAND}`,
  // "facilitate a call between my S4 and…", "facilitate an introduction to the CFO at Acme".
  String.raw`\bfacilitat(?:e|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:call|meeting|introduction|intro|conversation|connection|contact|sit-?down)\s+(?:(?:for\s+${FOR_WHOM}\s+)?with\s+${OUTSIDER}|between\b|to\s+${OUTSIDER})${NO_ERRAND}`,
  // "make a call to the admissions director at Mercy on my mother's behalf".
  String.raw`\b(?:mak(?:e|ing)|plac(?:e|ing)|put(?:ting)?\s+in)\s+a\s+(?:quick\s+|phone\s+)?call\s+to\s+${OUTSIDER}\s+(?:on\s+(?:my|our|his|her|their|[\w-]+['’]s)\s+(?:[\w-]+['’]s\s+)?behalf|for\s+${FOR_WHOM}|on\s+behalf\s+of)\b`,
  // "write ahead on his behalf", "write ahead to the commissioner for us".
  String.raw`\bwrit(?:e|ing)\s+ahead\b(?:\s+to\s+${OUTSIDER})?(?:\s+(?:on\s+(?:his|her|their|my|our)\s+behalf|for\s+${FOR_WHOM}\b))?`,
  // A word put in: "mention that my father is looking for a new lender", "tell your brother
  // I'm interested in the analyst job", "mention that Major Tran would be an excellent fit".
  String.raw`\b(?:mention(?:ing)?|say(?:ing)?|tell(?:ing)?\s+(?:him|her|them|${OUTSIDER})|let(?:ting)?\s+(?:him|her|them|${OUTSIDER})\s+know)\s+(?:to\s+${OUTSIDER}\s+)?(?:that\s+)?${SPOKEN_FOR}\s+${WORD_PUT_IN}${NO_ERRAND}`,
  // "arrange for him to meet with our underwriter": the reader's contact brought to the writer's side.
  String.raw`\barrang(?:e|ing)\s+for\s+(?:him|her|them|${OUTSIDER})\s+to\s+(?:meet|see|talk|speak|sit\s+down|have\s+(?:a\s+)?(?:call|coffee|lunch))\s+(?:with\s+|to\s+)?(?:me|us|(?:my|our)\s+[\w-]+)\b${NO_ERRAND}`,
  // "connect my client, a 3PL in Memphis, with the supply chain VP at Nike".
  String.raw`\bconnect(?:ing)?\s+${FOR_WHOM}${ASIDE}\s+(?:w\/|with|to)\s+${OUTSIDER}${NO_ERRAND}`,
  // "get our housing proposal onto someone's desk there".
  String.raw`\bget(?:ting)?\s+(?:it|this|${WHOSE}\s+(?:[\w-]+\s+){0,2}?(?:${MATERIAL}|application|plan|idea|paper|letter))\s+(?:onto|on|across)\s+(?:the\s+right\s+|someone['’]s|somebody['’]s|(?:(?:your|ur|the)\s+)?[\w.'-]+['’]s)\s*desk\b`,
  // "give him dad's number", "give your cousin my sister's e-mail".
  String.raw`\bgiv(?:e|ing)\s+(?:him|her|them|${OUTSIDER})\s+${WHOSE}\s+(?:(?:phone|cell|mobile|direct|home|work)\s+)?(?:number|details|e-?mail(?:\s+address)?|contact\s+(?:info|information|details))\b`,
  // Session 32's blind Enron set gq-hg: "Would you be able to help me out one more time to get in
  // contact with the right people?"; "I'd just like you to send Andy a message saying that you
  // think the COV/FGV framework is logical" (a word put in, in the reader's own name).
  String.raw`\bhelp(?:ing)?\s+${FOR_WHOM}\s+(?:out\s+)?(?:(?:one\s+more\s+time|once\s+more|again)\s+)?(?:to\s+)?(?:get|be)\s+(?:put\s+)?in\s+(?:touch|contact)\s+with\b`,
  String.raw`\bsend(?:ing)?\s+(?:him|her|them|${OUTSIDER}|[\w.'-]+)\s+a\s+(?:quick\s+|short\s+|brief\s+)?(?:message|note|line|e-?mail|word)\s+(?:saying|to\s+say)\s+(?:that\s+)?(?:you|u)\s+(?:think|believe|support|recommend|endorse|back|like|vouch)\b${NO_ERRAND}`,
  // A meeting got for someone, in any of its names: "could u get me a coffee w/ ur old boss at the Marriott?"
  String.raw`\bget(?:ting)?\s+${FOR_WHOM}\s+(?:a|an|some)\s+(?:quick\s+|short\s+|brief\s+)?${MEETING_NOUN}\s+(?:w\/|with)\s+${OUTSIDER}${NO_ERRAND}`,
  // Connecting verbs beyond "connect": "link me with the importer in Rotterdam you are knowing",
  // "bring our CEO together with Lord Haddon".
  String.raw`\b(?:link|match|pair|hook)(?:ing)?\s+${FOR_WHOM}\s+(?:up\s+)?(?:w\/|with|to)\s+${OUTSIDER}${NO_ERRAND}`,
  String.raw`\bbring(?:ing)?\s+${FOR_WHOM}\s+together\s+with\b`,
  // Someone recommended or put forward: "recommend our chapel choir to the organiser of the
  // concert series", "put my brother Dan forward for the pipeline engineer opening".
  String.raw`\b(?:recommend|suggest|propos|nominat)(?:e|es|ing)?\s+${FOR_WHOM}\s+(?:to|for)\s+(?:${OUTSIDER}|the\s+(?:[\w-]+\s+){0,3}?(?:opening|job|role|position|slot|spot|post|vacancy)\b|${WHOEVER_CHOOSES})${NO_ERRAND}`,
  String.raw`\bput(?:ting)?\s+(?:me|us|him|her|them|(?:my|our|his|her)\s+(?!(?:meeting|call|appointment|date|deadline|flight|trip|launch|review|clocks?)\b)(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+forward\s+(?:for|to)\b(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|tomorrow|today|the\s+\d|\d))`,
  // A word with someone about whom the writer speaks for: "speak to the plant manager at Tyson about my husband".
  String.raw`\b(?:speak|talk|have\s+a\s+(?:quiet\s+)?word|chat)\s+(?:to|with)\s+${OUTSIDER}\s+(?:about|for|on\s+behalf\s+of|regarding)\s+${PERSON_SPOKEN_FOR}\b${NO_ERRAND}`,
  // Whether someone would see whom the writer speaks for: "see whether he'd sit down with our two
  // new hedging analysts", "ask someone on your floor if they'd host him".
  String.raw`\b(?:see|ask|find\s+out|check)\s+(?:(?:him|her|them|someone|somebody|anyone)\s+(?:(?:on|in|at)\s+(?:your|the)\s+[\w-]+\s+)?)?(?:if|whether)\s+(?:he|she|they|${OUTSIDER})(?:'d|\s+would|\s+might|\s+could|\s+will|\s+can)\s+(?:be\s+(?:willing|open|up\s+for|happy)\s+to\s+)?(?:sit\s+down|talk|meet|speak|host|see|take\s+on|mentor|chat|have\s+(?:a\s+)?(?:coffee|lunch|call))\s+(?:with\s+|to\s+)?${PERSON_SPOKEN_FOR}\b${NO_ERRAND}`,
  // Word sent ahead: "give the rep your store used a heads-up that I'll be calling".
  String.raw`\bgiv(?:e|ing)\s+(?:[\w.'-]+\s+){1,10}?a\s+heads[-\s]?up\s+(?:that\s+)?(?:I|we|(?:my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+|he|she)(?:'ll|\s+will|'d|\s+would|\s+is|\s+are|'m|'re|\s+am)\s+(?:be\s+)?(?:calling|call|contacting|contact|in\s+touch|reaching\s+out|writing|getting\s+in\s+touch)\b`,
  // A call got for whom the writer speaks for: "get our academy director on the phone with the Ajax scout".
  String.raw`\bget(?:ting)?\s+${FOR_WHOM}\s+on\s+(?:the\s+phone|a\s+(?:quick\s+)?(?:call|zoom|video\s+call|phone\s+call))\s+with\s+${OUTSIDER}`,
  // Someone the reader knows asked to look at a file: "ask your friend in HR at Delta to look at my wife's file".
  String.raw`\bask(?:ing)?\s+(?:him|her|them|${OUTSIDER}|(?:your|ur)\s+[\w-]+(?:\s+[\w&.'-]+){0,5}?)\s+to\s+(?:take\s+a\s+(?:quick\s+)?look\s+at|look\s+at|review|read|consider|pull)\s+${WHOSE}\s+(?:[\w-]+\s+)?(?:${MATERIAL}|file|application|case)\b${NO_ERRAND}`,
  // Word sent ahead, with the reader named as the one who sent the writer: "let the builder who did
  // your kitchen know I'll be ringing him and that you passed on his number", "tell the vet u used
  // that i'll call tmrw, say ur the one who sent me" (without it, news of the writer's own call).
  String.raw`\b(?:let(?:ting)?\s+(?:[\w.'’-]+\s+){1,10}?know\s+|tell(?:ing)?\s+(?:[\w.'’-]+\s+){1,10}?|warn(?:ing)?\s+(?:[\w.'’-]+\s+){1,6}?)(?:that\s+)?(?:I|we|(?:my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+gonna|m\s+gonna|\s+gonna)\s+(?:be\s+)?(?:call|calling|ring|ringing|phone|phoning|e-?mail|e-?mailing|write|writing|contact|contacting|reach\s+out|reaching\s+out|in\s+touch|drop\s+by|dropping\s+by|stop\s+by)\b(?=[^.?!]{0,80}\b(?:(?:you|u)\s+(?:sent|referred|recommended|passed\s+on|gave\s+me)|on\s+your\s+(?:recommendation|referral|suggestion)|(?:you're|you\s+are|ur|your)\s+the\s+one\s+who)\b)`,
  // "Would you make sure it lands with the appropriate contact in Deloitte's audit team?"
  String.raw`\bmak(?:e|ing)\s+sure\s+(?:it|this|they|these|(?:my|our|the)\s+\w+)\s+(?:lands?|gets?|goes|reach(?:es)?)\s+(?:with|to)\s+(?:the\s+)?(?:appropriate|right|relevant|correct|proper)\s+(?:person|contact|people|individual)\s+(?:at|in|within)\s+(?!(?:your|our|the)\s+(?:team|group|department|office)\b)[\w&.'’-]+${NO_ERRAND}`,
  // Session 32's fifth and sixth general checks: an introduction without its article ("make
  // introduction to your colleague in Glencore trading desk"); a candidacy mentioned to someone
  // ("mention his candidacy for the bench to Senator Pryce"); the reader's friend brought along;
  // the right contact identified or the right person pointed to; word that something is coming; a
  // day shadowing someone.
  String.raw`\bmak(?:e|ing)\s+(?:an?\s+)?intro(?:duction)?s?\s+(?:to|with)\s+(?!(?:me|us|you|yourself)\b)`,
  String.raw`\bmention(?:ing)?\s+${WHOSE}\s+(?:[\w-]+\s+)?(?:candidacy|application|name|interest|availability|work|book|firm|company|business|project|proposal|resume|cv)\s+(?:for\s+[^.?!]{1,40}?\s+)?to\s+(?!(?:me|us|you|your\s+(?:team|staff|group))\b)${NO_ERRAND}`,
  String.raw`\bbring(?:ing)?\s+${READERS_PERSON}\s+along\b`,
  String.raw`\bidentify\s+(?:for\s+(?:me|us)\s+)?(?:the\s+)?(?:appropriate|right|relevant|correct|best)\s+(?:contact|person|people|individual)\s+(?:at|in|within|on)\b${NO_ERRAND}`,
  String.raw`\b(?:direct|point|steer)(?:ing)?\s+(?:${FOR_WHOM})\s+to\s+(?:the\s+)?(?:right|appropriate|best|relevant|correct)\s+(?:[\w-]+\s+)?(?:person|people|contact|${ROLE}|originator|folks)\b${NO_ERRAND}`,
  String.raw`\btell(?:ing)?\s+(?:him|her|them|${OUTSIDER})\s+to\s+expect\s+(?:a|an|my|our)\s+(?:[\w-]+\s+)?(?:call|e-?mail|note|letter|draft|proposal|message|visit)\s+from\s+(?:me|us)\b`,
  String.raw`\barrang(?:e|ing)\s+for\s+${FOR_WHOM}\s+to\s+(?:shadow|spend\s+(?:a\s+day|some\s+time|an\s+afternoon|a\s+morning)\s+with|sit\s+in\s+with|visit\s+with)\s+(?:one\s+of\s+)?(?:your|ur|the)\s+\w+`,
  // Material named only by a pronoun, handed on to a role at a named firm: "forward it to the design
  // director at Foster + Partners". "Forward this to your friend at Shell" names no material and no
  // role: what "this" is stays unknown (session 27's and 29's near misses). Named material ("fax my
  // resume over to your buddy at…") is connecting-acts.ts' act of handing on.
  String.raw`\b(?:(?:forward|send|pass|get|hand|show|fax|e-?mail|mail|fwd)(?:ing)?|giv(?:e|ing))\s+(?:it|this|these|them)\s+(?:along\s+|on\s+|over\s+)?to\s+${NOT_OWN_DESK}(?:the|a)\s+(?:[\w-]+\s+){0,3}?${ROLE}\s+(?:at|of|in|from)\s+${ORGANISATION}${NO_ERRAND}`,
];
export const ACTS_BY_GRAMMAR = ACTS_BY_GRAMMAR_LIST.join("|");

/**
 * Time wished for with someone the reader knows, in so many words and with no "could you": "my
 * daughter would love fifteen minutes with anyone in the Arsenal academy admin you still know",
 * "my buddy would kill for ten mins with a producer there", "Our CEO would greatly value twenty
 * minutes with Ms. Ramirez at the Ford Foundation". The reader is the way in: "you know", "there"
 * after the reader's firm, or a person at a named place. Not with the reader ("with you").
 */
const TIME_WISHED_FOR = new RegExp(
  String.raw`\b(?:would|'d)\s+(?:greatly\s+|really\s+|very\s+much\s+)?(?:love|value|appreciate|welcome|kill\s+for|give\s+anything\s+for|jump\s+at)\s+(?:\d+|a\s+few|five|ten|fifteen|twenty|thirty|some)\s*(?:min(?:ute)?s|time)\s+(?:with|w\/)\s+(?!(?:you|u|yourself)\b)(?:(?:anyone|someone|somebody|a|an|the)\s+(?:[\w-]+\s+){0,8}?(?:(?:you|u)\s+(?:still\s+)?know\b|there\b)|${OUTSIDER})${NO_ERRAND}`,
  "i",
);

/**
 * Mail sent on to whoever is right at a named firm, asked of the reader there: "Can you direct this
 * email to the appropriate GSI person for termination of the agreement?", "could you please pass
 * along to the appropriate Enron Net Works person?" (session 32's blind Enron sets gq-hi, gq-hj).
 * The firm's name stands between "appropriate" and "person"; "the appropriate people in Houston"
 * routes an update within the writer's own firm (session 29's gq-dl), and a back office is no firm.
 */
const SENT_ON_TO_THE_RIGHT_ONE_THERE =
  /\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill|[Pp]lease|[Kk]indly)\b[^.?!]{0,30}?\b(?:direct|forward|pass|send|route|refer|give)\s+(?:(?:this|it|that|them|my\s+\w+|the\s+\w+)\s+)?(?:(?:e-?mail|note|message|request|inquiry|enquiry)\s+)?(?:along\s+|on\s+)?to\s+(?:the\s+)?(?:appropriate|right|correct|relevant|proper)\s+(?!(?:IT|HR|Accounts?|Accounting|Payroll|Billing|Facilities|Finance|Legal|Treasury|Tax|Credit|Settlements)\b)(?:\p{Lu}[\p{L}&.-]*\s+){1,3}(?:person|people|contact|individual|party|folks)\b/u;

/**
 * Whoever handles something at a named firm, unknown to the writer, and the reader asked to send
 * the mail on to them: "not sure who handles sponsorships at Nike these days - can you send this on
 * to them?" (session 32's paraphrase round).
 */
const SENT_ON_TO_WHOEVER_HANDLES_IT = new RegExp(
  String.raw`\b(?:not\s+sure|don'?t\s+know|no\s+idea)\s+who\s+(?:handles|runs|does|heads|manages|looks\s+after|is\s+in\s+charge\s+of|deals\s+with)\s+[^.?!]{1,60}?\s+(?:[Aa]t|[Oo]ver\s+at|[Ww]ith)\s+\p{Lu}[^.?!]{0,60}?\b(?:send|pass|forward|get)\s+(?:this|it)\s+(?:on\s+|along\s+)?to\s+(?:them|him|her|whoever)\b`,
  "u",
);

/** The cues above that ask by themselves, with no way of asking around them (favour-cues.ts reads them). */
export const CUES_ALONE_BY_GRAMMAR: readonly RegExp[] = [
  TIME_WISHED_FOR,
  SENT_ON_TO_THE_RIGHT_ONE_THERE,
  SENT_ON_TO_WHOEVER_HANDLES_IT,
];
