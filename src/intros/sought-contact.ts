/**
 * A contact the writer seeks ("I'm trying to reach James Dunn", "we're hoping to meet the head of
 * claims at Meridian"), made an ask by the reader's help asked in the next sentences. detect.ts
 * tries it after the explicit cues. Pure.
 */
import { ASKED_CONNECTION } from "./request-cues.js";
import { THANKS_CUE } from "./near-miss-cues.js";
import { PAPERWORK_WITHIN } from "./paperwork.js";
import { RELATION } from "./relations.js";

/**
 * A goal the reader is asked to help with: "I'm trying to get in touch with Nadia Petrov,
 * any chance you could help?", "we're trying to reach the head of claims at Meridian", "one of our
 * clients is interested in meeting someone at Enron about LNG. Could you point me in the right
 * direction?" (someone at the reader's own company only for someone else, "my friend is interested
 * in meeting someone at your firm": for the writer it is a seller's wish, model-evidence.ts'
 * READERS_OWN_SIDE).
 */
/** Whom the writer speaks for: "he", "my client", "our student". */
const SPOKEN_FOR = String.raw`(?:he|she|they|(?:my|our)\s+(?:client|friend|son|daughter|nephew|niece|cousin|colleague|student|boss))`;
const SOUGHT_CONTACT = new RegExp(
  String.raw`\b${SPOKEN_FOR}\s+(?:needs?|is\s+looking\s+for|wants?)\s+(?:a\s+)?(?:contact|connection)\s+(?:at|in|with|inside)\s+(?:the\s+)?[A-Z]${PAPERWORK_WITHIN(60)}|\b${SPOKEN_FOR}\s+(?:would|'d)\s+(?:really\s+)?like\s+to\s+(?:meet|talk\s+to|speak\s+(?:to|with)|see)\s+(?:the\s+[\w-]+(?:\s+[\w-]+)?|someone|somebody|people|anyone)\s+(?:at|in|from|of)\s+(?:your|the|[A-Z])${PAPERWORK_WITHIN(60)}|\binterested\s+in\s+(?:meeting|talking\s+(?:to|with)|speaking\s+(?:to|with)|getting\s+in\s+touch\s+with|connecting\s+with|reaching)\s+(?:someone|somebody|anyone|the\s+(?:right|appropriate)\s+(?:person|people))\s+(?:at|in|from|over\s+at|with)\b(?!\s+your\b)|\b(?:he|she|they|(?:my|our)\s+(?:friend|son|daughter|nephew|niece|client|cousin|brother|sister|colleague|neighbou?r)s?)\s+(?:is|are|would\s+be)\s+(?:very\s+|really\s+)?interested\s+in\s+(?:meeting|talking\s+(?:to|with)|speaking\s+(?:to|with))\s+(?:someone|somebody|anyone)\s+(?:at|in|from)\s+your\b|\b(?:trying|hoping|looking|keen|eager|want(?:ing)?|(?:'d|would)\s+love)\s+to\s+(?:reach|get\s+in\s+touch\s+with|get\s+in\s+front\s+of|get\s+an?\s+(?:intro|introduction)\s+to|connect\s+with|meet|speak\s+(?:to|with)|talk\s+to|sit\s+down\s+with|get\s+(?:some\s+)?time\s+with|get\s+an?\s+(?:meeting|call|appointment)\s+with|get\s+(?:me|him|her|them|my\s+${RELATION}s?)\s+an?\s+(?:interview|meeting|call|appointment)\s+with)\s+(?!(?:you|u|me|us|with\s+(?:me|us|you))\b)|\b(?:he|she|they|(?:my|our)\s+\w+)(?:'s|\s+is|'re|\s+are)\s+(?:looking|searching)\s+for\s+(?:someone|somebody|a\s+contact|the\s+right\s+person)\s+(?:at|in|over\s+at)\s+[^.?!]{1,40}?\s(?:who|that)\b${PAPERWORK_WITHIN(60)}`,
  "i",
);

/**
 * Named people the writer wants to meet, the reader's help in arranging it asked just before:
 * "I am writing to you to solicit your help in setting up a visit to Enron for Leigh Crawford and
 * myself. We are interested in meeting with you, Clifford Baxter, Jeffrey Skilling…" (an
 * investor to Ken Lay, session 28's blind set gq-fg). The help is asked for the meeting (set up,
 * arrange, a visit), not for anything else ("your help with the agenda").
 */
const NAMED_PEOPLE_SOUGHT =
  /\b(?:[Ww]e|I)(?:'re|'m|\s+are|\s+am)\s+(?:very\s+|most\s+|particularly\s+)?interested\s+in\s+meeting\s+(?:with\s+)?(?:you\s*(?:,|and)\s*)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+/u;
const HELP_ARRANGING =
  /\b(?:help|assistance|support)\s+(?:in|with)\s+(?:setting\s+up|arranging|organi[sz]ing|scheduling|planning)\s+(?:a|an|the|some)\s+(?:[\w-]+\s+)?(?:visit|meetings?|trip|tour|calls?)\b/i;

function namedPeopleSought(owns: readonly string[]): number {
  const index = owns.findIndex((own) => NAMED_PEOPLE_SOUGHT.test(own));
  if (index < 0) return -1;
  // (Asked, not thanked: "Thanks for your help in setting up the visit.")
  return [owns[index - 1] ?? "", owns[index] ?? ""].some((own) => HELP_ARRANGING.test(own) && !THANKS_CUE.test(own))
    ? index
    : -1;
}

/**
 * Someone at a place the writer would like to see, and the way there asked of the reader: "I would
 * like to interview with someone in the marketing rotation program. Please let me know what I can
 * do to get an interview with that group." (session 29's blind set gq-ga). Someone, not a named
 * colleague ("I would like to meet with John next week. Please let me know if Tuesday works" books
 * a meeting), and the way asked, not a date.
 */
const SOMEONE_THERE_WISHED =
  /\b(?:(?:I|we)(?:'d|\s+would)\s+(?:really\s+|very\s+much\s+)?(?:like|love|welcome\s+the\s+(?:opportunity|chance))|I\s+want|we\s+want|I(?:'m|\s+am)\s+hoping)\s+to\s+(?:interview|meet|speak|talk|sit\s+down)\s+(?:with|to)\s+(?:someone|somebody|a\s+person|a\s+member\s+of|the\s+(?:right|appropriate)\s+(?:person|people))\s+(?:(?:in|at|from|on|within)\s+)?(?:the|your|\p{Lu})/iu;
const WAY_THERE_ASKED =
  /\b(?:what\s+(?:I|we)\s+(?:can|could|should|need\s+to|might)\s+do|what\s+(?:do|should|can)\s+(?:I|we)\s+(?:need\s+to\s+)?do|what\s+steps\s+(?:I|we)\s+(?:should|could|need\s+to)\s+take|how\s+(?:I|we)\s+(?:can|could|should|might|would)(?:\s+go\s+about)?)\s+(?:to\s+)?(?:get(?:ting)?|arrang(?:e|ing)|land|set(?:ting)?\s+up|secur(?:e|ing))\s+(?:an?\s+|that\s+|the\s+)?(?:interview|meeting|call|introduction|conversation|appointment|in\s+front\s+of\s+(?:them|him|her))\b/i;

function someoneThereWished(owns: readonly string[]): number {
  const index = owns.findIndex((own) => SOMEONE_THERE_WISHED.test(own));
  if (index < 0) return -1;
  return owns.slice(index, index + 3).some((own) => WAY_THERE_ASKED.test(own)) ? index : -1;
}

/** After "I'm trying to reach X": the reader is asked to help. */
const HELP_WANTED =
  /\b(?:if\s+you\s+know|do\s+you\s+know|you\s+know\s+the\s+right\s+person|any\s+chance|help|anything\s+you\s+(?:can|could)\s+do|(?:point|steer|direct)\s+(?:me|us|him|her|them)\s+in\s+the\s+right\s+direction)\b/i;

const HELP_FOR_THEM =
  /\bhelp\s+(?:this\s+(?:guy|gal|person|fellow|lady|kid)|him|her|them)\b|^\W*(?:can|could)\s+(?:you|u)\s+help\s*\??\s*$/i;

/** The reader's ideas asked for, as a question of its own: "Have you any hot ideas?", "Any thoughts?" */
const IDEAS_WANTED =
  /^(?:(?:so|and|well|anyway),?\s+)?(?:(?:have|got)\s+(?:you\s+)?|do\s+(?:you|u)\s+have\s+|would\s+you\s+have\s+)?any\s+(?:[\w-]+\s+)?(?:ideas?|suggestions?|thoughts|leads?|advice|pointers)\b[^.!?]{0,40}\?/i;

/**
 * A person named next ("James Dunn", "Mr. Ito") or one described ("the head of claims", "someone",
 * "the procurement folks at Texaco").
 */
const PERSON_NEXT =
  /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'-]+|\p{Lu}\p{Ll}+\s+(?:at|from|of|over\s+at|who)\s|(?:someone|somebody|anyone|anybody)\b|the\s+(?:[\w-]+\s+){0,2}?(?:head|director|manager|president|chief|owner|buyer|partner|person|people|folks|guys|decision-?makers?|contacts?|chair|principal)\b)/u;

/**
 * The index of the sentence of `owns` (a message's sentences in the sender's own words) that
 * seeks a contact the reader is then asked to help with, or -1.
 */
export function soughtContactAsked(owns: readonly string[]): number {
  const named = namedPeopleSought(owns);
  if (named >= 0) return named;
  const wished = someoneThereWished(owns);
  if (wished >= 0) return wished;
  const soughtIndex = owns.findIndex((own) => SOUGHT_CONTACT.test(own));
  if (soughtIndex < 0) return -1;
  const followUp = owns.slice(soughtIndex, soughtIndex + 4);
  if (followUp.some((own) => ASKED_CONNECTION.asking.test(own) || HELP_WANTED.test(own))) return soughtIndex;
  // Or help for them just before: "Can you help this guy out? He's looking for someone at Enron who…"
  if (HELP_FOR_THEM.test(owns[soughtIndex - 1] ?? "")) return soughtIndex;
  // "I'm trying to reach James Dunn… [why, at length] … Have you any hot ideas?" (real
  // Enron mail): the reader's ideas asked for after the whole story, further down.
  // A person must be the one sought: not "we're trying to meet the deadline… Any thoughts?"
  const sought = owns[soughtIndex] ?? "";
  const match = SOUGHT_CONTACT.exec(sought);
  const soughtPerson = match !== null && PERSON_NEXT.test(sought.slice(match.index + match[0].length));
  return soughtPerson && owns.slice(soughtIndex + 1, soughtIndex + 9).some((own) => IDEAS_WANTED.test(own.trim()))
    ? soughtIndex
    : -1;
}
