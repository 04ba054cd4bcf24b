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

/** The wish and the act of contact; what follows is read as the party. Not the reader's wish ("do you want to meet…?"). */
const WISH_FOR_CONTACT = new RegExp(
  String.raw`(?<!\b(?:you|u|[Yy]ou\s+really|[Yy]ou\s+still)\s)\b(?:[Ww]ants?|[Ww]anted|[Ww]ould\s+(?:like|love)|'d\s+(?:like|love)|[Hh]opes?|[Hh]oped|(?:is|was|are|were|am|'s|'re|'m)\s+(?:hoping|eager|keen|anxious|dying|desperate)|[Ww]ould\s+welcome\s+(?:a|the)\s+(?:chance|opportunity))\s+(?:to\s+)?` +
    String.raw`(?:meet(?:ing)?(?:\s+(?:with|w\/?))?|(?:talk|speak|chat)(?:ing)?\s+(?:to|with|w\/?)|sit(?:ting)?\s+down\s+with|get(?:ting)?\s+(?:together|in\s+touch|some\s+time|time|a\s+few\s+minutes|\d+\s*min(?:ute)?s?)\s+with|connect(?:ing)?\s+with|be\s+(?:put\s+)?in\s+touch\s+with|be\s+introduced\s+to|have\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:call|word|chat|meeting|conversation|coffee|lunch|sit-?down)\s+with|get\s+to\s+know)\s+`,
  "gu",
);

const NAME = TITLED_FULL_NAME;
/** A full name, or a titled one: a bare first name is as often a colleague down the hall. */
const FULL_OR_TITLED = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Senator|Sen|Governor|Gov|Commissioner|Minister|Judge|Professor|Prof|Ambassador|General|Gen|Admiral|Secretary|President|Chairman|Rep|Congressman|Congresswoman|Mayor|Bishop|Father|Rabbi)\.?\s+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+(?:(?:van|von|de|del|da|di|le|la|al|bin)\s+)?\p{Lu}[\p{L}'’-]+)`;
/** "meet Tuesday", "talk in March": a date, not a person. */
const NOT_A_PERSON = new RegExp(`^${CALENDAR_WORD}`, "u");

/** Whom the contact is with: someone named, or a named person's team. */
const NAMED_PARTY = new RegExp(
  String.raw`^(?:${FULL_OR_TITLED}(?:['’]s\s+(?:team|people|office|staff|folks|group|deputy|chief\s+of\s+staff))?` +
    String.raw`|${NAME}['’]s\s+(?:team|people|office|staff|folks|group|deputy|chief\s+of\s+staff))`,
  "u",
);
/** Or someone placed: "someone from", "the CFO at", "one of the senior people in"; the place must be named. */
const PLACED_PARTY =
  /^(?:someone|somebody|anyone|a\s+person|people|(?:one\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:right\s+|senior\s+|key\s+)?(?:[\w-]+\s+){0,2}?(?:person|people|folks|team|head|director|manager|chief|ceo|cfo|vp|partner|officer|buyer|editor|recruiter|officials?|representative|rep|minister|ambassador|counsel|leadership))\s+(?:at|from|in|on|with|of)\s+(?:the\s+)?/iu;
const NAMED_PLACE = new RegExp(String.raw`^(?:\p{Lu}|${NAME}['’]s)`, "u");

/** The party's words, when the wish is for contact with someone outside. */
function partyOf(rest: string): string | null {
  if (NOT_A_PERSON.test(rest)) return null;
  const named = NAMED_PARTY.exec(rest);
  if (named) return named[0];
  const placed = PLACED_PARTY.exec(rest);
  return placed && NAMED_PLACE.test(rest.slice(placed[0].length)) ? placed[0] : null;
}

/** The reader asked to make it happen, after the party in the same sentence or in the next. */
const MAKE_IT_HAPPEN = new RegExp(
  String.raw`\b(?:(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill)\s+(?:you|u)(?:\s+be\s+willing\s+to)?|[Ii]f\s+you\s+(?:could|can|would)|[Ww]ould\s+it\s+be\s+possible\s+(?:for\s+you\s+)?to|[Ii]s\s+there\s+(?:any\s+)?(?:way|chance)\s+(?:you\s+(?:could|can|might)|to)|[Pp]lease|[Pp]ls|[Kk]indly)\s+(?:please\s+|pls\s+|kindly\s+|possibly\s+|perhaps\s+)?(?:help\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?(?:to\s+)?)?` +
    String.raw`(?:(?:arrange|organi[sz]e|facilitate|schedule|coordinate|line\s+up|set\s*up)(?:\s+(?:it|that|this|one|something|things|a\s+(?:[\w-]+\s+)?(?:meeting|call|time|introduction|intro|get-?together|chat|conversation)|the\s+(?:meeting|call|introduction|intro)|for\s+(?:me|us|him|her|them)))?(?=\s*(?:[?.!,;]|$|\s(?:for|with|please|pls|when|sometime|soon|next|this|if|up)\b))` +
    String.raw`|set\s+(?:it|that|this|one|something|things|a\s+(?:[\w-]+\s+)?(?:meeting|call|time))\s+up|make\s+(?:it|that|this|one)\s+(?:happen|work)|(?:line|put|pull)\s+(?:it|that|this|something)\s+(?:up|together)` +
    String.raw`|help(?:\s+(?:me|us|him|her|them))?(?:\s+(?:with\s+(?:that|this|it)|out|there))?(?=\s*(?:[?.!]|$)))` +
    // "Is that possible?", "Any chance?", "Can that be arranged?": a short sentence of its own.
    String.raw`|^(?:(?:and\s+|so\s+)?(?:any\s+chance|(?:is\s+)?(?:that|this|it)\s+(?:possible|doable|feasible)|would\s+(?:that|this|it)\s+be\s+(?:possible|doable|feasible)|can\s+(?:that|this|it)\s+be\s+(?:arranged|done|set\s+up)|can\s+we\s+make\s+(?:that|it|this)\s+happen|possible))\s*\??\s*$`,
  "iu",
);

/**
 * The evidence (the wish, with the next sentence when that is where the reader is asked), or null.
 * `owns`: the sender's own words of each sentence of the new text, in order.
 */
export function wishForContactMadeToHappen(owns: readonly string[]): { index: number; evidence: string } | null {
  for (const [index, sentence] of owns.entries()) {
    for (const wish of sentence.matchAll(WISH_FOR_CONTACT)) {
      const rest = sentence.slice(wish.index + wish[0].length);
      const party = partyOf(rest);
      if (party === null) continue;
      if (MAKE_IT_HAPPEN.test(rest.slice(party.length))) return { index, evidence: sentence };
      const next = owns[index + 1];
      if (next !== undefined && MAKE_IT_HAPPEN.test(next)) return { index, evidence: `${sentence} ${next}` };
    }
  }
  return null;
}
