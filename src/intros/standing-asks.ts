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
 * Not an errand ("get Sally to sign my expense report", "the names of the people at Enron coming to
 * the picnic"). Each beside the same words in ordinary mail (test/unit/detect-session-37.test.ts).
 * Case-sensitive where a capital marks a name or a firm. Pure.
 */
import { TITLED_FULL_NAME } from "./name-patterns.js";
import { NO_ERRAND } from "./paperwork.js";

/** A named firm: a capitalised word (case-sensitive; "at the office" is no firm). */
const FIRM = String.raw`(?:the\s+)?\p{Lu}[\p{L}&.'-]*`;

/** Whom the reader is to bring round: "Rob Benson", "Dr. Lee", "the folks at Dynegy", "someone at Shell". */
const SOMEONE_THERE = String.raw`(?:${TITLED_FULL_NAME}|the\s+(?:folks|people|guys|team|right\s+people)\s+(?:at|over\s+at|in)\s+${FIRM}|(?:someone|somebody)\s+(?:at|in)\s+${FIRM})`;

/** The reader's help asked: "could you", "can you help me", "your help in", "anything you can do to". */
const HELP_ASKED = String.raw`(?:\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)\s+(?:you|u)\s+(?:please\s+|possibly\s+|perhaps\s+)?(?:help\s+(?:me|us)\s+)?|\b(?:[Yy]our|[Aa]ny)\s+help\s+(?:(?:you\s+(?:can|could)\s+(?:give|offer|provide)\s+)?(?:in|with)\s+)?|\b[Hh]elp\s+(?:me|us)\s+(?:in\s+)?|\b[Aa]nything\s+you\s+(?:can|could)\s+do\s+to\s+|\bif\s+you\s+(?:could|can)\s+)`;

/** Brought round: "get(ting)", "persuade", "convince", "encourage", "nudge". */
const BRING_ROUND = String.raw`(?:[Gg]et(?:ting)?|[Pp]ersuad(?:e|ing)|[Cc]onvinc(?:e|ing)|[Ee]ncourag(?:e|ing)|[Nn]udg(?:e|ing))`;

/** To meet, hear or consider the writer (not to sign, pay or send something). */
const TO_MEET = String.raw`(?:(?:at\s+least|please|just)\s+)?(?:meet|see\s+(?:me|us|him|her|them)|sit\s+down|talk|speak|listen|hear|look\s+at|read|review|consider|take\s+(?:a|the)\s+(?:meeting|call|look)|call\s+(?:me|us|him|her|them)|return\s+(?:my|our)\s+calls?|allow\s+(?:me|us)|agree\s+to\s+(?:meet|see|talk|a\s+meeting|a\s+call)|give\s+(?:me|us|him|her|them)\s+(?:a|an|some|the)\s+(?:meeting|call|hearing|chance|few\s+minutes|minutes?))`;

const BROUGHT_ROUND_TO_MEET = new RegExp(
  String.raw`${HELP_ASKED}${BRING_ROUND}\s+${SOMEONE_THERE}\s+to\s+${TO_MEET}\b${NO_ERRAND}`,
  "u",
);

/** "the names", "the names and addresses", "the e-mail addresses" */
const THEIR_NAMES = String.raw`the\s+(?:e-?mail\s+|electronic\s+|contact\s+)?(?:names?|addresses|e-?mails|numbers|contact\s+(?:info(?:rmation)?|details))(?:\s+(?:and|&|or)\s+(?:e-?mail\s+|electronic\s+|phone\s+)?(?:addresses|e-?mails|numbers|titles|contact\s+(?:info(?:rmation)?|details)))?`;

/** Who decides there: "(these) major decision makers", "the people who run procurement", "the key contacts". */
const WHO_DECIDES = String.raw`(?:(?:the|these|those|some|a\s+few|any|your)\s+)?(?:(?:key|major|main|senior|top|relevant|right|appropriate)\s+)?(?:decision[-\s]makers?|people|persons|individuals|contacts|executives|buyers|officials|folks)(?:\s+(?:who|that)\s+(?:run|head|handle|manage|oversee|decide|buy|make\s+the\s+decisions?)\b[^.?!]{0,40}?)?`;

/** Asked of the reader: "send me", "please post", "could you give us", "do you happen to know". */
const NAMES_ASKED = String.raw`\b(?:[Ss]end|[Gg]ive|[Pp]ost|[Ss]hare|[Pp]rovide|[Ff]orward|[Tt]ell|[Ll]et\s+(?:me|us)\s+(?:know|have)|(?:[Dd]o|[Ww]ould)\s+(?:you|anyone|anybody)\s+(?:happen\s+to\s+)?(?:know|have))\s+(?:(?:me|us)\s+)?(?:with\s+)?`;

const NAMES_AT_A_FIRM = new RegExp(
  String.raw`${NAMES_ASKED}${THEIR_NAMES}\s+of\s+${WHO_DECIDES}\s+(?:at|in|within|over\s+at)\s+${FIRM}\b${NO_ERRAND}(?![^.?!]{0,60}\b(?:part(?:y|ies)|picnic|lunch|dinner|golf|tournament|event|signed\s+up|coming\s+to|attend\w*)\b)`,
  "u",
);

const A_WORD_WITH_THEM_HOPED = new RegExp(
  String.raw`\b(?:[Hh]ope|[Hh]oping|[Ww]onder(?:ing|ed)?\s+(?:if|whether)|grateful\s+if|appreciate\s+it\s+if)\s+(?:that\s+)?you\s+(?:could|might|would|may|can|will)\s+(?:be\s+able\s+to\s+)?have\s+a\s+(?:(?:quiet|quick|private|little|short|friendly|discreet|discrete|brief|informal)\s+)?word\s+with\s+${TITLED_FULL_NAME}\b(?![^.?!]{0,20}\babout\s+(?:his|her|their)\b)${NO_ERRAND}`,
  "u",
);

export const STANDING_ASKS: readonly RegExp[] = [BROUGHT_ROUND_TO_MEET, NAMES_AT_A_FIRM, A_WORD_WITH_THEM_HOPED];
