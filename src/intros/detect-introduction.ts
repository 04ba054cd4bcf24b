import { normalizeText, sentences } from "./text.js";

/**
 * Recognises a message in which its sender introduces people to each other ("Dana, meet Leo"),
 * the past introductions behind the karma ledger. Pure. The caller leaves out bulk mail
 * ("Introducing our new product…") and passes only the sender's fresh text.
 */

/** The start of the fresh text that is read: an introduction says so in its first lines. */
export const MAX_INTRODUCTION_TEXT_CHARS = 2000;
/**
 * The most people one introduction goes to: the two introduced plus a few cc'd assistants or
 * colleagues. "Everyone, meet Leo, our new hire" goes to a team, and is no warm introduction.
 */
export const MAX_INTRODUCED = 6;

/** Who introduced whom: addresses, lowercased. */
export interface IntroductionMade {
  introducer: string;
  /** The recipients (To and Cc) besides the sender. */
  introduced: string[];
}

export interface IntroductionInput {
  /** The sender's new text: quoted history and forward wrappers already removed. */
  fresh: string;
  /** The sender's address. */
  from: string | null;
  /** To and Cc addresses. */
  recipients: readonly string[];
}

/**
 * The introduction a message makes, or null. It must go to two to {@link MAX_INTRODUCED}
 * people besides its sender and say it introduces them, in one of the shapes people write:
 * "Dana, meet Leo", "introducing you two", "connecting you both", "I'd like to introduce you
 * to each other", "happy to introduce you to Leo (cc'd)", or the double intro "Dana — Leo is…"
 * / "Leo — Dana is…". Not an introduction: asking for one, offering one ("want me to
 * introduce you?"), introducing oneself. All patterns are linear: bounded runs only.
 */
export function detectIntroductionMade(input: IntroductionInput): IntroductionMade | null {
  if (input.from === null || input.from.trim() === "") return null;
  const introducer = input.from.trim().toLowerCase();
  const introduced = [...new Set(input.recipients.map((email) => email.trim().toLowerCase()))].filter(
    (email) => email !== "" && email !== introducer,
  );
  if (introduced.length < 2 || introduced.length > MAX_INTRODUCED) return null;
  const text = normalizeText(input.fresh.slice(0, MAX_INTRODUCTION_TEXT_CHARS));
  const isRecipient = recipientNameTest(introduced);
  const introduces =
    sentences(text).some((sentence) => sentenceIntroduces(sentence, isRecipient)) || hasMirroredPair(text, isRecipient);
  return introduces ? { introducer, introduced } : null;
}

/** A capitalised word that may be a first name (letters, apostrophes, hyphens). */
const NAME = String.raw`\p{Lu}[\p{L}'-]{0,30}`;

/** "Dana, meet Leo", "Dana - meet Leo", "Dana, please meet Leo". */
const MEET = new RegExp(
  String.raw`(?<![\p{L}'-])(${NAME})\s{0,3}[,:-]{1,3}\s{0,3}(?:please\s+)?meet\s+(${NAME})`,
  "gu",
);

/** The writer joins the readers: "introducing you two", "connecting you both", "introduce you to each other". */
const YOU_TWO =
  /\b(?:introduc(?:e|ing)|intro(?:'?ing)?|connect(?:ing)?)\s+(?:you\s+(?:two|both|all\s+three)|the\s+two\s+of\s+you|both\s+of\s+you|you\s+(?:to|with)\s+each\s+other)\b|\bput(?:ting)?\s+you\s+(?:two|both)\s+in\s+touch\b|\byou\s+(?:two|both)\s+(?:to|should|must|need\s+to|have\s+to|ought\s+to)\s+meet\b/i;

/** A friend named after "introduce you to": "my good friend Leo". */
const FRIEND = String.raw`(?:(?:my|our)\s+(?:good\s+|dear\s+|old\s+|former\s+)?(?:friend|colleague|partner|co-?founder|classmate)\s+)?`;
/** "happy to introduce you to Leo", "I'd like you to meet Leo": the name is checked against the recipients. */
const INTRODUCE_YOU_TO = new RegExp(
  String.raw`\b(?:introduc(?:e|ing)\s+you\s+(?:both\s+|two\s+)?to|(?:like|want|love)\s+(?:for\s+)?you\s+to\s+meet)\s+${FRIEND}([\p{L}'-]{2,40})`,
  "iu",
);

/** "(cc'd)", "cc'd here", "copying Leo": the one introduced is on the message. */
const CC_MARK =
  /\(\s*(?:b?cc'?d|cc-?ed|cc|copied|in\s+cc|on\s+cc|copied\s+here|cc'?d\s+here)\s*\)|\bcc'?d\s+here\b|\bcopied\s+here\b|\bcc'?ing\b|\bcopying\b/i;

/**
 * An offer, a condition or a check before the act: "want me to introduce you?", "if you're both
 * up for it, I'll connect you", "before I connect you two, checking you're up for it".
 */
const OFFER =
  /\b(?:(?:want|like)\s+me\s+to|(?:shall|should|may|can|could)\s+i|would\s+(?:you|either\s+of\s+you)\s+(?:like|want|be)|if\s+(?:you|either|both)|before\s+(?:i|we))\b/i;
/** A condition after the act: "happy to introduce you two if helpful". */
const CONDITIONAL =
  /\b(?:introduc|connect)\w*\s[^.!?;]{0,30}?\bif\s+(?:helpful|useful|of\s+interest|it\s+(?:helps|makes\s+sense)|that\s+(?:helps|works)|you(?:'d|\s+would)?\s+like|you(?:'re|\s+are)\s+(?:both\s+)?(?:up|open|interested|keen))\b/i;

/** Capitalised words that open "X, meet Y" without naming anyone. */
const NOT_NAMES = new Set(
  [
    ...["hi", "hello", "hey", "dear", "thanks", "thank", "cheers", "best", "regards", "please", "so", "also", "and"],
    ...["but", "ok", "okay", "yes", "no", "sure", "great", "well", "now", "then", "today", "tomorrow", "team"],
    ...["everyone", "everybody", "all", "folks", "guys", "friends", "gang", "both", "you", "come", "let's", "lets"],
    ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  ].map((word) => word.toLowerCase()),
);

function sentenceIntroduces(sentence: string, isRecipient: (name: string) => boolean): boolean {
  if (sentence.endsWith("?") || OFFER.test(sentence) || CONDITIONAL.test(sentence)) return false;
  for (const match of sentence.matchAll(MEET)) {
    const [, first = "", second = ""] = match;
    if (isName(first) && isName(second) && first !== second) return true;
  }
  if (YOU_TWO.test(sentence)) return true;
  const named = INTRODUCE_YOU_TO.exec(sentence)?.[1];
  return named !== undefined && isName(named) && (isRecipient(named) || CC_MARK.test(sentence));
}

function isName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !NOT_NAMES.has(word.toLowerCase());
}

/**
 * "Dana - Leo", "Sam -- Oona Kavanagh is…", "Dana: Leo runs…", "Priya, Tom runs…": one name
 * presented to another.
 */
const PAIR =
  /(?<![\p{L}'])(\p{Lu}\p{L}{1,30})\s{0,3}(?:-{1,3}|:|,|<>|<->|->|\/)\s{0,3}(\p{Lu}\p{L}{1,30})(?![\p{L}'])/gu;

/**
 * The double intro: each reader is presented to the other ("Dana - Leo; Leo - Dana", or a
 * paragraph for each: "Priya, Tom runs research… Tom, Priya founded…"). Mirrored, and with a reader's name in it: "London - Paris; Paris -
 * London" is a trip.
 */
function hasMirroredPair(text: string, isRecipient: (name: string) => boolean): boolean {
  const pairs = new Set<string>();
  for (const [, first = "", second = ""] of text.matchAll(PAIR)) {
    if (first === second || !isName(first) || !isName(second)) continue;
    if (pairs.has(`${second}\n${first}`) && (isRecipient(first) || isRecipient(second))) return true;
    pairs.add(`${first}\n${second}`);
  }
  return false;
}

/**
 * Whether a name is a recipient's, judged from their addresses: "Leo" for leo@, leo.marchand@
 * or leom@ (accents ignored). Addresses like dwhitcombe@ do not give the name away.
 */
function recipientNameTest(recipients: readonly string[]): (name: string) => boolean {
  const locals = recipients.map((email) => {
    const local = plain(email.slice(0, Math.max(0, email.lastIndexOf("@"))).replace(/\+.*$/, ""));
    return { local, parts: local.split(/[._-]+/) };
  });
  return (name) => {
    const key = plain(name);
    return locals.some(({ local, parts }) => parts.includes(key) || (key.length >= 3 && local.startsWith(key)));
  };
}

function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
