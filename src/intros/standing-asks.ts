/**
 * The reader's standing used for the writer, in the words of session 36's blind real mail (Enron
 * and mail quoted on the web, collected by helpers who saw no code), widened to the paraphrases a
 * connector meets:
 * - a named person (or the people at a named firm) brought round to meet, hear or look at the
 *   writer: "Your help in getting Rob Benson to allow us to do this would be helpful." (a trading
 *   partner to an executive), "Can you help me get Sarah Kim to take a meeting with us?", "Anything
 *   you can do to get Jeff Skilling to read this would be appreciated.";
 * - the names of the people who decide at a named firm: "Please post the names and addresses of
 *   these major decision makers at Apple." (a mailing-list reply), "Could you send me the names of
 *   the people who run procurement at Shell?";
 * - a word with a named person, hoped for: "…in the fervent hope that you may be able to have a
 *   discrete word with Ms Doyle-Price." (a constituent to an MP, quoted on the web; session 37's
 *   blind set w37d), not a word about that person's own doings ("…with Tom about his drinking").
 * STANDING_ACTS, which favour-cues.ts asks with an asking form, widen these in the words of the
 * session's three blind checks (helpers who saw no code wrote requests of these kinds and ordinary
 * mail in the same words): "prevail upon Senator Ruiz to receive our delegation", "say something
 * nice about me to Ben at Carver Digital", "slip my CV to the people at Granite Engineering".
 * Not an errand ("get Sally to sign my expense report", "the names of the people at Enron coming to
 * the picnic"). Each beside the same words in ordinary mail (test/unit/detect-session-37.test.ts).
 * Case-sensitive where a capital marks a name or a firm. Pure.
 */
import { TITLED_FULL_NAME } from "./name-patterns.js";
import { NO_ERRAND } from "./paperwork.js";

/** A named firm: a capitalised word (case-sensitive; "at the office" is no firm). */
const FIRM = String.raw`(?:the\s+)?\p{Lu}[\p{L}&.'-]*`;

/** More capitalised words of a firm's name: "Halvorsen Capital", "Kroll & Vance". */
const MORE_OF_THE_NAME = String.raw`(?:\s+(?:&\s+)?\p{Lu}[\p{L}&.'-]*){0,3}`;

/**
 * Whom the reader is to bring round: "Rob Benson", "Dr. Lee", "Marcus Whitfield at Halvorsen
 * Capital", "the folks at Dynegy", "the acquisitions editors at Corvid Books", "someone at Shell".
 */
const SOMEONE_THERE = String.raw`(?:${TITLED_FULL_NAME}(?:\s+(?:at|from|of|over\s+at)\s+${FIRM}${MORE_OF_THE_NAME}|['’]s\s+(?:chief\s+of\s+staff|assistant|office|scheduler|secretary|deputy|people))?|the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:folks|people|guys|team|right\s+people|editors|partners|buyers|board|committee|managers|directors|officers)\s+(?:at|over\s+at|in|of|from)\s+${FIRM}${MORE_OF_THE_NAME}|(?:someone|somebody)\s+(?:at|in)\s+${FIRM}${MORE_OF_THE_NAME})`;

/** The reader's help asked: "could you", "can you help me", "your help in", "anything you can do to". */
const HELP_ASKED = String.raw`(?:\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)\s+(?:you|u)\s+(?:please\s+|possibly\s+|perhaps\s+)?(?:help\s+(?:me|us)\s+)?|\b(?:[Yy]our|[Aa]ny)\s+help\s+(?:(?:you\s+(?:can|could)\s+(?:give|offer|provide)\s+)?(?:in|with)\s+)?|\b[Hh]elp\s+(?:me|us)\s+(?:in\s+)?|\b[Aa]nything\s+you\s+(?:can|could)\s+do\s+to\s+|\bif\s+you\s+(?:could|can)\s+)`;

/** Brought round: "get(ting)", "persuade", "convince", "encourage", "nudge". */
const BRING_ROUND = String.raw`(?:[Gg]et(?:ting)?|[Pp]ersuad(?:e|ing)|[Cc]onvinc(?:e|ing)|[Ee]ncourag(?:e|ing)|[Nn]udg(?:e|ing))`;

/** To meet, hear or consider the writer (not to sign, pay or send something). */
const TO_MEET = String.raw`(?:(?:at\s+least|please|just|actually)\s+)?(?:meet|see\s+(?:me|us|him|her|them|my|our)|sit\s+down|talk|speak|listen|hear|receive|(?:look\s+(?:at|over)|glance\s+(?:at|over)|take\s+a\s+look\s+at|read|review|consider)\s+(?:me|us|him|her|them|it|this|(?:my|our|his|her)\s+(?:[\p{Ll}-]+\s+)?(?:application|proposal|pitch|bid|candidacy|paper|manuscript|resume|résumé|CV|cv|portfolio|plan|deck|memo|letter|note|work|idea|case|request)s?)|take\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:meeting|call|look)|call\s+(?:me|us|him|her|them)|return\s+(?:my|our)\s+calls?|allow\s+(?:me|us)|agree\s+to\s+(?:meet|see|talk|a\s+meeting|a\s+call)|give\s+(?:me|us|him|her|them)\s+(?:a|an|some|the|\d+|five|ten|fifteen|twenty|thirty|a\s+few)\s+(?:[\w-]+\s+)?(?:meeting|call|hearing|chance|minutes?|time))`;

const BROUGHT_ROUND_TO_MEET = new RegExp(
  String.raw`${HELP_ASKED}${BRING_ROUND}\s+${SOMEONE_THERE}\s+to\s+${TO_MEET}\b${NO_ERRAND}`,
  "u",
);

/** "the names", "the names and addresses", "the e-mail addresses" */
const THEIR_NAMES = String.raw`the\s+(?:e-?mail\s+|electronic\s+|contact\s+)?(?:names?|addresses|e-?mails|numbers|contact\s+(?:info(?:rmation)?|details))(?:\s+(?:and|&|or)\s+(?:e-?mail\s+|electronic\s+|phone\s+)?(?:addresses|e-?mails|numbers|titles|contact\s+(?:info(?:rmation)?|details)))?`;

/** What deciding there is: "run", "approves", "signs off on", "sit on the hiring committee", "is in charge of". */
const DECIDES = String.raw`(?:runs?|heads?|handles?|manages?|oversees?|decides?|buys?|approves?|signs?\s+off|sits?\s+on|makes?\s+the\s+decisions?|(?:is|are)\s+in\s+charge\s+of|leads?|chairs?)`;

/**
 * Who decides there: "(these) major decision makers", "the people who run procurement", "the
 * partners who sit on the hiring committee", "whoever signs off on sponsorships".
 */
const WHO_DECIDES = String.raw`(?:(?:(?:the|these|those|some|a\s+few|any|your)\s+)?(?:(?:key|major|main|senior|top|relevant|right|appropriate)\s+)?(?:decision[-\s]makers?|people|persons?|individuals?|contacts?|executives?|buyers?|officials?|folks|partners|directors|managers|members|officers)(?:\s+(?:who|that)\s+${DECIDES}\b[^.?!]{0,40}?)?|whoever\s+${DECIDES}\b[^.?!]{0,40}?)`;

/** Asked of the reader: "send me", "please post", "could you give us", "do you happen to know", "need". */
const NAMES_ASKED = String.raw`\b(?:[Ff]ind\s+out(?:\s+for\s+(?:me|us))?|[Aa]dvise(?:\s+(?:me|us))?|[Ss]end|[Gg]ive|[Pp]ost|[Ss]hare|[Pp]rovide|[Ff]orward|[Tt]ell|[Nn]eed|[Ll]et\s+(?:me|us)\s+(?:know|have)|(?:[Dd]o|[Ww]ould)\s+(?:you|anyone|anybody)\s+(?:happen\s+to\s+)?(?:know|have))\s+(?:(?:me|us)\s+)?(?:with\s+)?`;

/** "let me know the person who approves new suppliers at Takeda Foods Europe" */
const THE_ONE_WHO_DECIDES = String.raw`\b(?:[Ll]et\s+(?:me|us)\s+know|[Tt]ell\s+(?:me|us))\s+the\s+(?:person|people|one|ones)\s+(?:who|that)\s+${DECIDES}\b[^.?!]{0,40}?`;

const NAMES_AT_A_FIRM = new RegExp(
  String.raw`(?:${NAMES_ASKED}${THEIR_NAMES}\s+of\s+${WHO_DECIDES}|${THE_ONE_WHO_DECIDES})\s+(?:in\s+the\s+(?:[\p{L}-]+\s+){1,2}?(?:department|division|group|team|office)\s+of|at|in|within|over\s+at)\s+${FIRM}\b${NO_ERRAND}(?![^.?!]{0,60}\b(?:part(?:y|ies)|picnic|lunch|dinner|golf|tournament|event|signed\s+up|coming\s+to|attend\w*)\b)`,
  "u",
);

const A_WORD_WITH_THEM_HOPED = new RegExp(
  String.raw`\b(?:[Hh]ope|[Hh]oping|[Ww]onder(?:ing|ed)?\s+(?:if|whether)|grateful\s+if|appreciate\s+it\s+if)\s+(?:that\s+)?you\s+(?:could|might|would|may|can|will)\s+(?:be\s+able\s+to\s+)?have\s+a\s+(?:(?:quiet|quick|private|little|short|friendly|discreet|discrete|brief|informal)\s+)?word\s+with\s+${TITLED_FULL_NAME}\b(?![^.?!]{0,20}\babout\s+(?:his|her|their)\b)${NO_ERRAND}`,
  "u",
);

export const STANDING_ASKS: readonly RegExp[] = [BROUGHT_ROUND_TO_MEET, NAMES_AT_A_FIRM, A_WORD_WITH_THEM_HOPED];

/**
 * Brought round with any asking form (favour-cues.ts asks for one): "prevail upon Senator Ruiz to
 * receive our delegation", "make Mr. Tanaka look at my application", "get her to hear my pitch".
 */
const BRING_ROUND_ACT = new RegExp(
  String.raw`(?:\b(?:${BRING_ROUND}|[Pp]revail\s+(?:up)?on|[Aa]rrange\s+for)\s+(?:${SOMEONE_THERE}|him|her|them)\s+to|\b[Mm]ake\s+${SOMEONE_THERE}(?:\s+to)?)\s+${TO_MEET}\b${NO_ERRAND}` +
    // "would you nudge Helena Marsh into reading the two chapters I sent her?"
    String.raw`|\b(?:nudge|push|talk|coax|persuade)\s+${SOMEONE_THERE}\s+into\s+(?:reading|meeting|seeing|taking|hearing|looking\s+at|considering)\b${NO_ERRAND}` +
    // "could you ask Dr. Ilse Brandauer to consider me for the research nurse post"
    String.raw`|\b[Aa]sk\s+${SOMEONE_THERE}\s+to\s+consider\s+(?:me|us|him|her|my\s+[\p{Ll}-]+)\s+for\b${NO_ERRAND}` +
    // "…or even better, have Russ talk to him for a few minutes?" (a talk, not a boss's "have Tomas call her")
    String.raw`|\b[Hh]ave\s+${SOMEONE_THERE}\s+(?:talk|speak|sit\s+down|meet)\s+(?:to|with)\s+(?:me|us|him|her|them|(?:my|our)\s+[\p{Ll}-]+)\b${NO_ERRAND}`,
  "u",
);

/**
 * A word put in, in other words (favour-cues.ts asks for an asking form): "could u say something
 * nice about me to Ben at Carver Digital", "could you talk to your uncle Roberto for me about the
 * apprenticeship?", "Could you lobby Councillor Briggs for us ahead of the vote?".
 */
const WORD_PUT_IN = new RegExp(
  String.raw`\bsay\s+(?:something|a\s+few\s+words|a\s+(?:good|kind)\s+word)\s+(?:(?:nice|good|positive|kind)\s+)?(?:(?:about|for)\s+(?:me|us|him|her|my\s+[\p{Ll}-]+)|in\s+(?:my|our|his|her)\s+favou?r)\s+to\s+${SOMEONE_THERE}` +
    String.raw`|\bhave\s+a\s+(?:(?:quiet|quick|private|little|short|friendly|discreet|brief|informal)\s+)?word\s+with\s+${SOMEONE_THERE}(?![^.?!]{0,20}\babout\s+(?:his|her|their)\b)` +
    String.raw`|\btell\s+(?:him|her|them|${SOMEONE_THERE})\s+(?:that\s+)?(?:I|we)(?:'d|\s+would|'m|\s+am|'re|\s+are)\s+(?:be\s+)?(?:an?\s+)?(?:excellent|great|good|strong|ideal|perfect|reliable|right)\s+(?:fit|candidate|addition|hire|choice|partner|match)\b` +
    String.raw`|\b(?:talk|speak)\s+(?:to|with)\s+(?:your\s+[\p{Ll}-]+\s+)?${SOMEONE_THERE}\s+(?:for|on\s+behalf\s+of)\s+(?:me|us)\b` +
    String.raw`|\blobby\s+${SOMEONE_THERE}\s+(?:for|on\s+behalf\s+of)\s+(?:me|us|him|her)\b`,
  "u",
);

/** A post at a named firm: "the CTO at Brackenridge Systems", "the editor at the Harbour Review". */
const POST_THERE = String.raw`the\s+(?:[\p{Ll}-]+\s+)?(?:CTO|CEO|CFO|COO|editor|director|head|chair|partner|manager|buyer|founder|president|dean|publisher|producer|curator|agent)\s+(?:at|of)\s+${FIRM}${MORE_OF_THE_NAME}`;
/** Whom the paper goes to there: "the people at Granite Engineering", "the CTO at Brackenridge Systems". */
const THEM_THERE = String.raw`the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:folks|people|guys|team|editors|partners|buyers|board|committee|managers|directors)\s+(?:at|of|from)\s+${FIRM}|${POST_THERE}`;
/** The writer's paper: "my CV", "our white paper", "the attached note". */
const PAPER = String.raw`(?:(?:my|our|his|her)\s+(?:[\p{Ll}-]+\s+)?(?:CV|cv|resume|résumé|proposal|deck|memo|paper|application|portfolio|manuscript|pitch|one-pager|sample|note)|(?:the\s+)?(?:attached|enclosed)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)`;
/**
 * The writer's paper put before someone there (favour-cues.ts asks for an asking form): "Would you
 * slip my CV to the people at Granite Engineering?", "Can you get it onto Deputy Secretary Ortiz's
 * desk?".
 */
const PAPER_PUT_BEFORE_THEM = new RegExp(
  // "pass my writing sample to the editor at the Harbour Review", "share the attached note with Commissioner Abara"
  String.raw`\b(?:slip|pass|hand|give|send|forward|get|put|share|show|place)\s+${PAPER}\s+(?:on\s+|along\s+)?(?:to|with)\s+(?:${THEM_THERE}|${TITLED_FULL_NAME}(?=\s+(?:at|from|of)\s+\p{Lu}|\s*[,.?!]|\s+(?:and|so|before|ahead|when|if)\b))` +
    // "would you slip it to the people at Granite Engineering?" (a bare "it" only to people at a firm: "could you forward this to Palmer" is routing)
    String.raw`|\b(?:slip|pass|hand|give|send|forward|get|put|share|show|place)\s+(?:it|this)\s+(?:on\s+|along\s+)?(?:to|with)\s+(?:${THEM_THERE})` +
    // "I would be honoured if you could place it in the hands of Professor Gallagher"
    String.raw`|\b(?:place|put|get)\s+(?:it|this|${PAPER})\s+in(?:to)?\s+the\s+hands\s+of\s+${TITLED_FULL_NAME}` +
    // "pls get this deck in front of Marcus at Redfern Ventures"
    String.raw`|\b(?:get|put)\s+(?:it|this|(?:this|my|our|the)\s+[\p{Ll}-]+)\s+in\s+front\s+of\s+${SOMEONE_THERE}` +
    String.raw`|\b(?:get|put|slip)\s+(?:it|this|my\s+[\p{Ll}-]+|our\s+[\p{Ll}-]+)\s+(?:onto|on|across)\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s\s+desk\b`,
  "u",
);

export const STANDING_ACTS: readonly RegExp[] = [
  BRING_ROUND_ACT,
  new RegExp(String.raw`(?:${PAPER_PUT_BEFORE_THEM.source})${NO_ERRAND}`, "u"),
  new RegExp(String.raw`(?:${WORD_PUT_IN.source})${NO_ERRAND}`, "u"),
];
