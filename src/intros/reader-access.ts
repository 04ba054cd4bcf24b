/**
 * Requests that never ask in so many words: the writer wants time with someone, or asks
 * whether someone still holds a post, and says the reader has that person's ear. Real mail
 * asks like this between people who know each other well ("Need 15 min with Hank Delacroix
 * re the hangar lease. He won't call me back but he picks up for you."). Pure.
 *
 * Learnt from holdouts 27–30 (blind sets measured before they were read), in general forms;
 * each needs the reader's access to the person, or "can you set it up?", which small talk about
 * someone ("Is Tom still at Acme? I saw his name in the paper.") does not say. Also a kind of
 * worker wanted, asked on someone's behalf ("Anyone looking for a second shooter? Asking for my
 * roommate"): someone placed through the reader, with no act of contact named.
 */

import { RELATION } from "./relations.js";
import { SERVICE_MATTER } from "./paperwork.js";

/**
 * The text says the reader knows the person, or has their ear: "you're on the co-op board
 * with her", "you know him from Rotary", "she's a friend of yours", "he picks up for you",
 * "you always seemed to be on good terms with him", "you'd know him better than anyone",
 * "a word from you would carry a lot more".
 */
export const READER_KNOWS_THEM = new RegExp(
  [
    String.raw`\byou(?:'re|\s+are|\s+were|\s+go|\s+went|\s+work(?:ed)?|\s+serve[ds]?|\s+sit|\s+sat|\s+play(?:ed)?|\s+used\s+to\s+\w+)\b[^.?!]{0,60}?\bwith\s+(?:him|her|them)\b`,
    String.raw`\byou\s+know\s+(?:him|her|them)\b`,
    String.raw`\b(?:she|he)(?:'s|\s+is)\s+(?:an?\s+(?:old\s+|good\s+)?)?(?:friend|neighbou?r|colleague|classmate)\s+of\s+yours\b`,
    String.raw`\b(?:he|she|they)\s+(?:always\s+|still\s+)?(?:picks?\s+up|answers?|listens?)\s+(?:the\s+phone\s+)?(?:for|to)\s+you\b`,
    String.raw`\b(?:he|she|they)(?:'ll|\s+will|\s+always)?\s+(?:takes?|returns?|take|return)\s+your\s+calls?\b`,
    String.raw`\byou(?:'ve|\s+have)?\s+(?:always\s+)?(?:seemed\s+to\s+be\s+|been\s+)?(?:on\s+good\s+terms|close|friendly|pals|friends|tight)\s+with\s+(?:him|her|them)\b`,
    String.raw`\byou(?:'d|\s+would)\s+know\s+(?:him|her|them)\s+better\b`,
    String.raw`\ba\s+word\s+from\s+you\s+would\b`,
    // "You're the one he knows", "You two share a hallway, right?", "you … have Lorraine Petrakis's ear"
    String.raw`\byou(?:'re|\s+are)\s+the\s+one\s+(?:he|she|they)\s+knows?\b`,
    String.raw`\byou\s+two\s+(?:share|work|sit|are|go|were|serve|play)\b`,
    String.raw`\b(?:has|have|got)\s+(?:her|his|their|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?['\u2019]s)\s+ear\b`,
    // "You know the people on the Hallam County Bar CLE committee"
    String.raw`\byou\s+know\s+(?:the\s+|all\s+the\s+)?(?:people|folks|everyone|everybody|someone|somebody|the\s+board)\s+(?:on|at|in|over\s+at)\b`,
    // "I know you and Annelise Grummond go back to the decoupling workshops"
    String.raw`\byou\s+and\s+(?!I\b|me\b|the\b|your\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:go\s+(?:way\s+)?back|know\s+each\s+other|are\s+(?:old\s+)?(?:friends|pals)|worked\s+together)\b`,
  ].join("|"),
  "i",
);
/** "You mentioned that you know Walt Kuehne at Skerrow Line": the reader's access, by full name. */
const READER_KNOWS_NAMED =
  /\b(?:you|u)\s+(?:still\s+)?(?:know|knew|talk\s+to|deal\s+with|work\s+with|worked\s+with)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
const readerKnowsThem = (text: string) => READER_KNOWS_THEM.test(text) || READER_KNOWS_NAMED.test(text);

/**
 * Time with a named person, wanted without an asking form: "Need 15 min with Hank Delacroix
 * at the airport authority", "I want half an hour with Dr. Osei", "Need a call with Dr. Hana
 * Kessling re: the dressing". Case-sensitive for the name.
 */
const TIME_WANTED =
  /^(?:(?:[Ww]hile|[Ww]hen|[Ss]ince|[Aa]s)\s+[^,.;]{1,40}?,?\s+)?(?:[\w-]+\s*[,:-]\s*)?(?:(?:I|[Ww]e)\s*)?(?:[Nn]eed|[Ww]ant|[Ww]ould\s+love|'d\s+love)\s+(?:to\s+get\s+)?(?:\d+|a\s+few|five|ten|fifteen|twenty|thirty|half\s+an|an|some)\s*(?:min(?:ute)?s?|hour|time|face\s+time|call|meeting|word|sit-?down|chat|conversation)\s+(?:with|w\/)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+|your\s+(?:boss|manager|CEO|chairman|president|head\s+of\s+\w+))|^(?:(?:[Ww]hile|[Ww]hen|[Ss]ince|[Aa]s)\s+[^,.;]{1,40}?,?\s+)?(?:[\w-]+\s*[,:-]\s*)?(?:(?:I|[Ww]e)(?:'d|\s+would)\s+(?:really\s+)?(?:like|love)|(?:(?:I|[Ww]e)\s+)?[Nn]eed|(?:(?:I|[Ww]e)\s+)?[Ww]ant)\s+to\s+(?:sit\s+down|talk|speak|meet|get\s+on\s+the\s+phone|get\s+(?:some\s+)?time)\s+(?:with|to)\s+(?:(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+|whoever\s+(?:runs|heads|manages|handles|chairs|leads|is\s+in\s+charge\s+of)\b)/u;

/**
 * "Structuring wants to talk to him", "my boss needs to meet her": a third person's wish for time
 * with them; or the writer's wish for it: "I'm glad to have Tino talk to him direct" (real Enron
 * mail, session 27's blind set gq-ej, over "…tee it up that way if you can"), "I'd like to have
 * Tino call him directly".
 */
const SOMEONE_WANTS_THEM =
  /\b(?:\p{Lu}\p{Ll}+|[Ss]he|[Hh]e|[Tt]hey|[Mm]y\s+\p{Ll}+|[Oo]ur\s+\p{Ll}+),?\s+(?:wants?|needs?|would\s+like)\s+to\s+(?:talk|speak|meet|sit\s+down)\s+(?:to|with)\s+(?:him|her|them\b|whoever\b|\p{Lu}\p{Ll}+)|\b(?:(?:[Gg]lad|[Hh]appy|[Pp]leased|[Kk]een)\s+to|(?:I|[Ww]e)(?:'d|\s+would)\s+(?:like|love)\s+to)\s+have\s+(?:\p{Lu}\p{Ll}+|him|her|them)\s+(?:talk|speak|meet|sit\s+down|call|ring|phone)\s+(?:(?:to|with)\s+)?(?:him|her|them\b|\p{Lu}\p{Ll}+)/u;
const SERVICE_BUSINESS = new RegExp(SERVICE_MATTER, "i");
/** "Rhoda Kessling is the person I need": someone the writer needs, named as such. */
const PERSON_NEEDED =
  /\b(?:is|'s)\s+the\s+(?:person|one|man|woman|guy|contact)\s+(?:I|we)\s+(?:need|want|have\s+to\s+(?:reach|talk\s+to))\b/;

/**
 * The reader asked to arrange it, in the next sentence or after a semicolon: "Can you set it up
 * for next week?", "…; could you arrange it?"; or told to, if they can: "tee it up that way if you
 * can".
 */
const SET_IT_UP =
  /\b(?:set|tee|line)\s+(?:it|that|this|one)\s+up\b[^.?!]{0,30}?\bif\s+(?:you|u)\s+can\b|\b(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|^please\s+)(?:set\s+(?:it|that|this|one|something)\s+up|tee\s+(?:it|that|this|one)\s+up|set\s+up\s+(?:a|the)\s+(?:call|meeting|lunch|coffee)|arrange\s+(?:it|that|this|one)|make\s+(?:it|that|this)\s+happen|swing\s+(?:it|that)|fix\s+(?:it|that)\s+up|line\s+(?:it|that|one)\s+up)\b/i;

/**
 * Whether a named person still holds a post, asked as a question: "Is Dale Whitcomb still
 * running test engineering at Kestrel?", "is Nadia Farouk still in your test group?".
 */
export const STILL_THERE =
  /(?:^|[:,-]\s*)(?:[Ii]s|[Dd]oes)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Captain|Father|Dean)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?\s+still\b[^.?!]{3,120}\?\s*$/u;

/**
 * Whether the reader knows someone, or still sees them, asked as a question: "do you know
 * Celeste Amundsen on the Brightwater corp dev team?", "You still talk to Ron Akers at Fairlight?".
 */
const KNOW_THEM_QUESTION =
  /(?:^|[:,-]\s*)(?:[Dd]o\s+)?(?:[Yy]ou|[Uu])\s+(?:know|still\s+(?:talk\s+to|see|know|friendly\s+with|close\s+to)|ever\s+see|keep\s+in\s+touch\s+with)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?\b[^.?!]{0,120}\?\s*$/u;

/**
 * After such a question, a wish for time with them or a word with them: "Emily would love half
 * an hour with her", "he'd be the one to see", "Want to talk to her about the kiln pilot".
 */
const TIME_WITH_THEM =
  /\b(?:would|'d)\s+(?:love|like|value|welcome)\s+(?:\d+|a\s+few|five|ten|fifteen|twenty|thirty|some|half\s+an|an?)\s*(?:[\w-]+\s+){0,2}?(?:minutes?|hour|time|word|chat|call|conversation|coffee)\s+with\s+(?:him|her|them)\b|\bthe\s+(?:one|man|woman|person|guy)\s+to\s+(?:see|talk\s+to|ask|call)\b|(?:^|\b(?:I|we)\s+|\b(?:I|we)(?:'d|\s+would)\s+(?:very\s+much\s+|really\s+|so\s+)?)(?:want|need|like|love|hoping|hope)\s+to\s+(?:(?:talk|speak|chat|meet|sit\s+down)\s+(?:to|with)\s+(?:him|her|them)\b|get\s+(?:the|my|our|this)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+in\s+front\s+of\s+(?:him|her|them)\b)/i;

/**
 * Which of the sentences asks, in these forms (its index), or null: a time-with-someone wish in
 * a text that says the reader has their ear, or followed by "can you set it up?"; or a "still there?" question followed within four
 * sentences by the reader's access or a wish for time with them.
 */
export function askedOfSomeoneTheReaderKnows(sentences: readonly string[]): number | null {
  const knowsThem = readerKnowsThem(sentences.join(" "));
  const wanted = sentences.findIndex((sentence) => TIME_WANTED.test(sentence));
  if (wanted >= 0 && knowsThem) return wanted;
  if (wanted >= 0 && sentences.slice(wanted, wanted + 3).some((next) => SET_IT_UP.test(next))) return wanted;
  // "Structuring wants to talk to him… Can you set up a call this week?"
  // (Not a service's call: "I'd like to have Jim call him about the invoice.")
  const theirWish = sentences.findIndex(
    (sentence) => SOMEONE_WANTS_THEM.test(sentence) && !SERVICE_BUSINESS.test(sentence),
  );
  if (theirWish >= 0 && sentences.slice(theirWish, theirWish + 3).some((next) => SET_IT_UP.test(next)))
    return theirWish;
  // "Rhoda Kessling in your health shop is the person I need… You two share a hallway, right?"
  const needed = sentences.findIndex((sentence) => PERSON_NEEDED.test(sentence));
  if (needed >= 0 && knowsThem) return needed;
  // "I know you and Annelise go back… I'd very much like to sit down with her": a wish for time
  // with the person just said to be the reader's.
  const withThem = sentences.findIndex(
    (sentence, index) =>
      TIME_WITH_THEM.test(sentence) &&
      sentences.slice(Math.max(0, index - 3), index).some((before) => readerKnowsThem(before)),
  );
  if (withThem >= 0) return withThem;
  for (const [index, sentence] of sentences.entries()) {
    if (!STILL_THERE.test(sentence) && !KNOW_THEM_QUESTION.test(sentence)) continue;
    const after = sentences.slice(index + 1, index + 5);
    if (after.some((next) => READER_KNOWS_THEM.test(next) || TIME_WITH_THEM.test(next))) return index;
  }
  return null;
}

/**
 * Someone placed, asked for on another's behalf: "Anyone in your circle looking for a second
 * shooter this season? Asking for my roommate Bree!" A question whether anyone wants a kind of
 * worker, and the text says for whom; without that it may be the writer's own hiring.
 */
const PLACEMENT_WANTED =
  /\b(?:anyone|anybody|someone|somebody|any\s+(?:[\w-]+\s+){0,3}?)(?:[^.?!]{0,60}?\s)?(?:looking\s+for|hiring|in\s+need\s+of|needs?|needing|short\s+of)\s+(?:a|an|another|some)\s+[^.?!]{1,80}\?|\bany\s+of\s+(?:your|ur)\s+(?:clients|customers|friends|contacts|people|folks|members)\s+(?:hiring|looking\s+for\s+(?:help|staff|workers|someone|people))\b/i;
const ON_BEHALF = new RegExp(
  String.raw`\basking\s+(?:for|on\s+behalf\s+of)\s+(?:my|a|our)\s+\w+|\bfor\s+my\s+${RELATION}\b|\bmy\s+${RELATION}\b[^.?!]{0,60}?\b(?:needs?|looking\s+for|wants?)\s+(?:work|a\s+job|a\s+placement|an?\s+internship|an?\s+apprenticeship)\b`,
  "i",
);

/** A subject that asks for someone to be placed, when it or the text says for whom. */
export function placedInSubject(subject: string, fresh: string): boolean {
  return PLACEMENT_WANTED.test(subject) && (ON_BEHALF.test(subject) || ON_BEHALF.test(fresh));
}

/** The sentence that asks for someone to be placed, of those given, or null. */
export function placementAsked(lines: readonly string[]): string | null {
  if (!lines.some((line) => ON_BEHALF.test(line))) return null;
  return lines.find((line) => PLACEMENT_WANTED.test(line)) ?? null;
}
