/**
 * A wish for contact with someone outside, and the reader asked to make it happen, in the same
 * sentence or the next: "John Park would like to meet Tom Hale. Could you set that up?", "Dr.
 * Arthur Keys wants to talk with someone from Holbrooke's team about development in Afghanistan.
 * Can you arrange it?", "My client hopes to sit down with the CFO at Northwell — can you help?".
 *
 * Session 33 read 732 documents of a second real corpus (the State Department's release of a
 * Secretary of State's mail, 2009–2012), written by people who never saw SafeIntro: its few
 * requests pass on a third person's wish to talk with someone, and the cues knew the wish and the
 * ask only inside one sentence (third-party-calls.ts' WISH_MADE_TO_HAPPEN) and with a party of one
 * shape. Here they are slots: a wish (want, would like, hope, be keen…) × an act of contact (meet,
 * talk or speak with, sit down with, get in touch with, have a call with) × someone outside (a full
 * or titled name, someone at a named place, a named person's team) × an ask to make it happen
 * (arrange it, set that up, make it happen, can you help?, is that possible?).
 *
 * Not the reader's own time ("Bill would like to meet with you and Tom"), not the writer's own
 * people ("I'd like to talk to my lawyer"), not a day ("I'd like to meet Tuesday"), not a bare
 * first name (as often a colleague down the hall), and not an errand ("can you set up the room?").
 * Case-sensitive where a capital marks a name. Pure.
 */
import { CALENDAR_WORD, TITLED_FULL_NAME } from "./name-patterns.js";

/**
 * The wish, anyone's but the reader's ("do you want to meet…?"): want, wish, would like, hope, be
 * keen or thrilled, would welcome, has asked, has expressed a wish.
 */
const WISH = String.raw`(?<!\b(?:you|u|[Yy]ou\s+really|[Yy]ou\s+still|[Dd]o\s+you|[Ww]ould\s+you)\s)\b(?:[Ww]ants?|[Ww]anted|[Ww]ish(?:es|ed)?|(?:[Ww]ould|'d)\s+(?:very\s+much\s+|really\s+|so\s+|dearly\s+)?(?:like|love)|[Hh]opes?|[Hh]oped|[Hh]oping|eager|keen|anxious|dying|desperate|thrilled|delighted|grateful|(?:would|'d)\s+(?:enjoy|give\s+anything\s+to)|is\s+after|seeks?|(?:[Ww]ould|'d)\s+(?:welcome|appreciate|value|benefit)|(?:has|have|had)\s+asked|[Aa]sked|expressed\s+(?:a|an|their|his|her)\s+(?:wish|interest|desire))`;
/**
 * The contact wished for, within a few words of the wish: "to meet", "a conversation with", "a word
 * with", "to have a meeting with", "a sit-down with", "15 min with", "to open a dialogue with", "to
 * discuss a licensing deal with".
 */
const CONTACT = String.raw`(?:meet(?:ing)?|talk(?:ing)?(?:\s+shop)?|speak(?:ing)?|chat(?:ting)?|calls?|conversation|word|sit-?down|sit(?:ting)?\s+down|time|dialogue|get(?:ting)?\s+together|get\s+to\s+know|contact|touch|audience|session|introduced|discuss(?:ing)?|face-?to-?face|coffee|lunch|visit|(?:make|making)\s+the\s+acquaintance\s+of|(?:half\s+an|an|one)\s+hour|(?:\d+|ten|five|fifteen|twenty|thirty|a\s+few)\s*min(?:ute)?s?)\b`;
/** Then whom with: straight after ("meet the curator"), or after "with"/"to" within a few words. */
const WITH = String.raw`(?:\s+(?:directly|briefly|personally|privately|properly))?(?:\s+(?:with|to|w\/?)\s+|[^.?!]{1,40}?\s(?:with|w\/?)\s+|\s+)`;
const WISH_FOR_CONTACT = new RegExp(String.raw`${WISH}[^.?!]{0,40}?\b${CONTACT}${WITH}`, "gu");

const NAME = TITLED_FULL_NAME;
/** A full name, or a titled one: a bare first name is as often a colleague down the hall. */
const FULL_OR_TITLED = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Senator|Sen|Governor|Gov|Commissioner|Minister|Judge|Professor|Prof|Ambassador|General|Gen|Admiral|Secretary|President|Chairman|Rep|Congressman|Congresswoman|Mayor|Bishop|Father|Rabbi)\.?\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+(?:(?:van|von|de|del|da|di|le|la|al|bin)\s+)?\p{Lu}[\p{L}'’-]+)`;
/** "meet Tuesday", "talk in March": a date, not a person. */
const NOT_A_PERSON = new RegExp(`^${CALENDAR_WORD}`, "u");

/** Whom the contact is with: someone named, a named person's team, "the Osei family", "the mayor's office". */
const NAMED_PARTY = new RegExp(
  String.raw`^(?:${FULL_OR_TITLED}(?:['’]s\s+(?:team|people|office|staff|folks|group|deputy|chief\s+of\s+staff))?` +
    String.raw`|${NAME}['’]s\s+(?:team|people|office|staff|folks|group|deputy|chief\s+of\s+staff)` +
    String.raw`|the\s+\p{Lu}[\p{L}'’-]+\s+family|the\s+(?:mayor|governor|minister|senator|president|chancellor|dean|bishop|ambassador)['’]s\s+(?:office|team|people|staff))`,
  "u",
);
/** Or someone placed: "someone from", "the CFO at", "one of the senior people in"; the place must be named. */
const PLACED_PARTY =
  /^(?:someone|somebody|anyone|a\s+person|people|(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:right\s+|senior\s+|key\s+)?(?:[\w-]+\s+){0,2}?(?:person|people|folks|team|head|director|manager|chief|ceo|cfo|vp|partner|officer|buyers?|editor|recruiter|officials?|representatives?|rep|minister|ambassador|counsel|leadership))\s+(?:at|from|in|on|with|of)\s+(?:the\s+)?/iu;
const NAMED_PLACE = new RegExp(String.raw`^(?:\p{Lu}|${NAME}['’]s)`, "u");
/**
 * Or someone described: "the owner of Clearwater Marina", "the founders of Tidewell", "the artist
 * behind the mural", "the leaders of the mosque across town", "representatives of the fishing
 * cooperative", "the auditor you used last year", "your former colleague Mr. Hansen", "your friend
 * from Stripe", "someone who sits on the zoning board". Not the reader's own team or office ("I'd
 * like to meet your team").
 */
const DESCRIBED_PARTY =
  /^(?:the\s+(?:[\w'’-]+\s+){0,2}?[\w-]+\s+(?:of|at|from|in|behind)\s+(?:the\s+)?(?=\p{Lu})|the\s+[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+|the\s+\p{Lu}[\w-]*\s+(?:ceo|cto|cfo|coo|chair|founders?|board|trustees|team|people)\b|(?:your|ur)\s+(?:old\s+|former\s+)?(?:[\w-]+\s+)?(?:adviser|advisor|banker|lawyer|attorney|accountant|agent|doctor|editor|publisher|landlord|broker|professor|teacher|coach|chief|contact)\b|(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:owners?|founders?|author|artist|ceo|cfo|head|director|president|chair(?:man|woman)?|editor|publisher|curator|principal|headteacher|head\s+teacher|rector|provost|chef|producer|architect|inventor|organi[sz]ers?|leaders?|representatives?|auditor|buyers?|officials?|members?|staff|team|trustees?|board)\s+(?:of|behind|at|from|who|on|in|you)\b|representatives?\s+of\b|(?:your|ur)\s+(?:old\s+|former\s+)?(?:[\w-]+\s+)?(?:colleague|friend|partner|contact|buddy|classmate|roommate|mentor|boss|client|cousin|brother|sister|neighbou?r)\b|(?:someone|somebody|anyone|people)\s+(?:(?:who|that)\s+(?:sits?|serves?|works?|is|are)\s+(?:on|at|for|in)|from)\s+(?:the\s+)?\S)/iu;

/** The party's words, when the wish is for contact with someone outside. */
function partyOf(rest: string): string | null {
  if (NOT_A_PERSON.test(rest)) return null;
  const named = NAMED_PARTY.exec(rest);
  if (named) return named[0];
  const placed = PLACED_PARTY.exec(rest);
  if (placed && NAMED_PLACE.test(rest.slice(placed[0].length))) return placed[0];
  return DESCRIBED_PARTY.exec(rest)?.[0] ?? null;
}

/** The reader asked: "could you", "would you be able to", "are you able to", "please", "kindly", "could your office". */
const ASKED = String.raw`\b(?:(?:please\s+|kindly\s+)?(?:can|could|would|will)\s+(?:you|u|your\s+(?:organi[sz]ation|office|team|firm|company))(?:\s+(?:be\s+)?(?:willing|able)\s+to)?|are\s+you\s+able\s+to|might\s+you|any\s+(?:chance|way)\s+(?:you\s+(?:could|can|might)|of)|would\s+you\s+be\s+kind\s+enough\s+to|is\s+(?:this|that|it)\s+something\s+you\s+(?:can|could)|(?:we|I)(?:'d|\s+would)\s+be\s+(?:most\s+|very\s+|so\s+)?grateful\s+(?:if\s+you\s+(?:could|would)|for\s+your\s+help\s+in)|(?:we|I)\s+would\s+appreciate\s+your\s+help\s+in|if\s+you\s+(?:could|can|would)|would\s+it\s+be\s+possible\s+(?:for\s+you\s+)?to|is\s+there\s+(?:any\s+)?(?:way|chance)\s+(?:you\s+(?:could|can|might)|to)|please|pls|kindly)\s+(?:please\s+|pls\s+|kindly\s+|possibly\s+|perhaps\s+|be\s+so\s+kind\s+as\s+to\s+)?(?:help\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?(?:to\s+)?)?`;
/** What arranging may not be about: the writer's own logistics ("can you arrange the room?"). */
const ERRAND_OBJECT = String.raw`(?!\s+(?:[\w-]+\s+){0,3}?(?:room|rooms|catering|transport|car|cars|flights?|tickets?|hotel|payment|delivery|agenda|minutes|equipment|projector|parking|visa|invoice|shuttle|lunch\s+order|dinner\s+reservation)\b)`;
/** Arranging the contact, in the usual words and objects. */
const ARRANGE = String.raw`(?:(?:arrange|organi[sz]e|facilitate|broker|fix|schedule|coordinate|line\s+up|set\s*up)${ERRAND_OBJECT}\b|arrange\s+for\s+(?:one\s+of\s+them|him|her|them|someone)\s+to\s+(?:call|meet|contact|see|ring|phone)|set\s+(?:it|that|this|one|something|things|an?\s+(?:[\w-]+\s+)?(?:meeting|call|time|meet|chat))\s+up|make\s+(?:it|that|this|one)\s+(?:happen|work)|(?:line|put|pull)\s+(?:it|that|this|something)\s+(?:up|together)|(?:link|hook)\s+(?:them|us|him|her|the\s+two\s+of\s+them)\s+up|connect\s+(?:them|us|the\s+two\s+of\s+them|the\s+two)\b|(?:get|bring)\s+(?:them|us|both|the\s+two(?:\s+of\s+them|\s+sides)?)\s+(?:together|talking|on\s+the\s+phone|on\s+a\s+call|in\s+a\s+room)|put\s+(?:us|them|me|him|her)\s+through|pave\s+the\s+way|do\s+the\s+honou?rs|sort\s+(?:it|that|this)(?:\s+out)?|(?:link|connect|put)\s+(?:him|her|them|us|me)\s+(?:up\s+)?(?:with|in\s+touch\s+with)|open\s+(?:that|the|a)\s+door|secur(?:e|ing)\s+(?:it|that|one|a\s+meeting)|arrang(?:e|ing)\s+(?:an?\s+)?(?:initial\s+|first\s+)?(?:meeting|call|audience)|get\s+(?:us|them|me)\s+(?:all\s+)?(?:in\s+a\s+room|together)|send\s+a\s+note\s+to\s+both|help(?:\s+(?:me|us|him|her|them))?(?:\s+(?:with\s+(?:that|this|it)|out|there))?(?=\s*(?:[?.!]|$)))`;
/**
 * The reader asked to make it happen, after the party in the same sentence or in the next; or a
 * short question of its own ("Is that possible?", "Any chance?", "Can that be arranged?").
 */
const MAKE_IT_HAPPEN = new RegExp(
  String.raw`${ASKED}${ARRANGE}` +
    String.raw`|^(?:(?:and\s+|so\s+)?(?:any\s+chance|(?:is\s+)?(?:that|this|it)\s+(?:possible|doable|feasible)|would\s+(?:that|this|it)\s+be\s+(?:possible|doable|feasible)|can\s+(?:that|this|it)\s+be\s+(?:arranged|done|set\s+up)|can\s+we\s+make\s+(?:that|it|this)\s+happen|possible))\s*\??\s*$`,
  "iu",
);

/**
 * The sentence that wishes, and whether the reader is asked in the next one, or null. `owns`: the
 * sender's own words of each sentence of the new text, in order.
 */
export function wishForContactMadeToHappen(owns: readonly string[]): { index: number; askedInTheNext: boolean } | null {
  for (const [index, sentence] of owns.entries()) {
    for (const wish of sentence.matchAll(WISH_FOR_CONTACT)) {
      const rest = sentence.slice(wish.index + wish[0].length);
      const party = partyOf(rest);
      if (party === null) continue;
      if (MAKE_IT_HAPPEN.test(rest.slice(party.length))) return { index, askedInTheNext: false };
      const next = owns[index + 1];
      if (next !== undefined && MAKE_IT_HAPPEN.test(next)) return { index, askedInTheNext: true };
    }
  }
  return null;
}
