/**
 * Contacts asked for outright: "Any contacts at Veridon Computer?", "if any of you had a contact
 * there", "Do you have her number?", "need a name at sempra - any ideas". detect.ts tries them in
 * its broad stage, never in a message about a search (where they ask for candidates). Pure.
 */
import { NOT_A_DEPARTMENT } from "./paperwork.js";
import { asksForAWayToReach } from "./ways-to-reach.js";

/**
 * A question that asks for contacts by itself: "Any contacts at Veridon Computer?", "Any
 * founders come to mind who'd be up for a call?"
 */
const CONTACTS_WANTED =
  /^(?:any|got\s+any)\s+(?:contacts?|founders|people|names|bankers|friends|folks|one)\s+(?:at|in|over\s+at|inside|who|that|come\s+to\s+mind)\b[^.?!]{0,120}\?|^(?:any|got\s+any)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:(?:from|at|in)\s+[^?.!]{1,60}?\s+)?(?:who|that)(?:'d|\s+would|\s+might|\s+could)\s+(?:come\s+(?:and\s+|to\s+)?)?(?:talk|speak|meet|visit|present|chat)\s+(?:to|with)\s+(?:me|us|my|our)\b[^.?!]{0,80}\?|\b(?:anybody|anyone|someone|somebody)\s+(?:you\s+)?(?:can|could)\s+(?:point|send|steer|direct)\s+(?:my|our)\s+way\b/i;

/**
 * The reader's ideas on contacts asked for: "if you have any ideas on contacts in Miami for work,
 * that would be great" (real Enron mail, session 24's blind set gq-cx). Contacts or people, not
 * ideas on the résumé itself; a search firm's hunt for candidates is kept out by the caller.
 */
const CONTACT_IDEAS_WANTED =
  /\b(?:any|some)\s+(?:ideas?|suggestions?|thoughts|leads)\s+(?:on|about|for|of|as\s+to)\s+(?:good\s+|possible\s+|potential\s+|useful\s+)?(?:contacts?|people|persons|names|someone|anyone)\b(?:\s+(?:in|at|within|inside|to\s+(?:talk|speak)\s+(?:to|with)|who|that|I\s+(?:could|should|might))\b)/i;

/**
 * A contact at a place asked of the reader, the place just named: "She doesn't know anyone there
 * and neither do I, so I was wondering if any of you had a contact there" (real Enron mail,
 * session 25's blind set gq-di, for an employee who applied to Duke), "whether you have a contact
 * at Calpine". Asked (if, whether, do you), not told ("I have a contact there"); not for the
 * paperwork ("a contact at Duke for the confirmation letters").
 */
const CONTACT_THERE_WANTED =
  /\b(?:if|whether|do|does)\s+(?:any\s+(?:one\s+)?of\s+)?(?:you|y'?all|u)(?:\s+guys|\s+all)?\s+(?:had|have|happen\s+to\s+have|know\s+of|knew\s+of)\s+(?:a|any)\s+(?:good\s+|close\s+)?contacts?\s+(?:there|over\s+there|(?:at|in|with|inside)\s+\p{Lu})(?![^.?!]{0,60}\b(?:confirm\w*|invoices?|payments?|letters?|documents?|paperwork|billing|settlements?|contracts?)\b)/u;

/**
 * A third person's number or address asked of the reader, so the writer can reach them: "Do you
 * have Doris's (the accountants) last name and/or telephone number… I wanted to see if Doris might
 * be able to help", "Thanks. Do you have her number?" under a recommendation passed on (real Enron
 * mail, session 25's blind set gq-dn: both requests). A person's, not a desk's ("the number for
 * the help desk").
 */
/** Whose details: "Doris's", "his". */
const THEIR = String.raw`(?:\p{Lu}\p{Ll}+['’]s|his|her|their)`;
/** A person's details: "cell number", "e-mail address", "contact info". */
const DETAILS = String.raw`(?:(?:cell|mobile|home|work|office|direct)\s+)?(?:(?:tele)?phone\s*)?(?:number|#|e-?mail(?:\s+address)?|contact\s+(?:info(?:rmation)?|details))`;
/** A titled or full name: "Ms. Rosalind Pike", "Arjun Mehta". */
const FULL_NAME = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)`;
const NUMBER_ASKED =
  // (Or asked for by name, or wished for: "I would appreciate if you would be able to provide me
  // with contact information for Dr. Jim Jones at the University of Florida", "I was actually
  // writing you to try and get Bonnie's email address", real Enron mail, session 26's blind sets.)
  // "Could you send me Brinda's phone number?" (a person named, not "send me his number" for a
  // tradesman; a number or an address, not a bare "email": "forward me Sam's email" is a message).
  new RegExp(
    String.raw`\b(?:provide|give|send|pass|forward|text|share)\s+(?:me|us|with\s+me)?\s*(?:with\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+['’]s\s+(?:(?:cell|mobile|home|work|office|direct)\s+)?(?:(?:tele)?phone\s*number|number|#|e-?mail\s+address|contact\s+(?:info(?:rmation)?|details))|\b(?:provide|give|send|pass|forward)\s+(?:me|us)\s+(?:with\s+)?(?:the\s+)?(?:contact\s+(?:info(?:rmation)?|details)|(?:(?:tele)?phone\s+)?numbers?|e-?mail\s+address(?:es)?)\s+(?:for|of)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?\s+\p{Lu}\p{Ll}+|\b(?:writing|wrote|hoping|wanted|want|like|trying|try|could\s+I|can\s+I|may\s+I)\b[^.?!]{0,30}?\b(?:get|have|obtain)\s+${THEIR}\s+${DETAILS}|\b(?:get|have|obtain)\s+(?:the|an?)\s+(?:(?:e-?mail|mailing|postal|home)\s+)?(?:e-?mail|address|contact\s+(?:info(?:rmation)?|details))\s+(?:for|of)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)|\b(?:[Dd]o|[Ww]ould)\s+(?:you|u)\s+(?:still\s+|happen\s+to\s+)?have\s+${THEIR}\s+(?:\([^()]{0,40}\)\s+)?(?:(?:last|full)\s+name\s+(?:and\/or|and|or|&)\s+)?${DETAILS}` +
      // (And session 38's blind check: "Best way to reach Lorenzo Bassi at the consulate?", "Need
      // Arjun Mehta's direct line at Calloway", "trying to locate the current contact information
      // for Ms. Rosalind Pike".)
      String.raw`|^\W*(?:[Tt]he\s+)?[Bb]est\s+way\s+to\s+(?:reach|contact|get\s+(?:hold\s+of|in\s+touch\s+with))\s+${FULL_NAME}[^.?!]{0,60}\?|\b(?:[Nn]eed|[Ww]ant|[Ll]ooking\s+for)\s+${FULL_NAME}['’]s\s+(?:direct\s+line|${DETAILS})|\b(?:locate|find|track\s+down)\s+(?:the\s+)?(?:current\s+|latest\s+)?(?:contact\s+(?:info(?:rmation)?|details)|(?:mailing\s+)?address|e-?mail\s+address)\s+(?:for|of)\s+${FULL_NAME}`,
    "u",
  );

/**
 * A contact at a named organisation asked for with "let me know": "if you know anyone at Williams
 * please let me know", "If you know of anybody over at Duke, let me know."
 */
const CONTACT_IF_YOU_KNOW =
  /\bif\s+(?:you|u)\s+(?:happen\s+to\s+)?know\s+(?:of\s+)?(?:anyone|anybody|someone|somebody|a\s+contact|any\s+contacts?)\s+(?:at|in|over\s+at|with|inside)\s+(?:the\s+)?\p{Lu}[^.?!]{0,60}?,?\s*(?:please\s+)?(?:let\s+me\s+know|tell\s+me|drop\s+me\s+a\s+(?:line|note)|give\s+me\s+a\s+(?:shout|call))\b/u;

/**
 * Names asked for, valued ahead: "I'd appreciate any names you could give me." (A search firm's:
 * candidates, the caller checks; guests for an event are no introduction.)
 */
const NAMES_APPRECIATED =
  /\b(?:appreciate|welcome|grateful\s+for|value)\s+any\s+(?:names|contacts|leads\s+on\s+people)\s+(?:you\s+(?:could|can|might)\s+(?:give|send|pass|suggest|share|offer)|that\s+come\s+to\s+mind)\b(?![^.?!]{0,20}\b(?:of|for)\s+(?:vendors|suppliers|contractors|companies|firms|restaurants|hotels|caterers|shops|stores|products)\b)(?![^.?!]{0,40}\b(?:golf|foursome|party|dinner|breakfast|lunch|event|tournament|invit\w*|guest\s+list|gala|table|raffle|auction)\b)/i;

/** What a back office's contact is wanted for, not a person to meet: "…for the wire?". */
const DESK_MATTERS = String.raw`wires?|invoices?|payments?|billing|confirm\w*|settlements?|paperwork`;

/**
 * A name or a contact at a place needed, and the reader's ideas or help asked in the same breath:
 * "need a name at sempra for gas storage - any ideas", "Looking for a contact at Duke, know
 * anyone?"; or the reader's own contact asked for: "who's ur contact at pge?" (not for paperwork:
 * "…for the wire?").
 */
const CONTACT_NEEDED = new RegExp(
  String.raw`\b(?:need|needs|needed|looking\s+for|want|wanting)\s+(?:a|some)\s+(?:good\s+)?(?:name|contact|person)\s+(?:at|in|over\s+at|inside)\s+\w[^.?!]{0,60}?(?:\bany\s+(?:ideas?|thoughts|suggestions?)\b|\b(?:know|knows)\s+(?:anyone|anybody|someone|somebody|of\s+one)\b|\bcan\s+(?:you|u)\s+help\b)|\b[Ww]ho(?:'s|\s+is|\s+are)\s+(?:your|ur)\s+(?:main\s+|best\s+|usual\s+)?(?:contacts?|guy|person)\s+(?:at|in|over\s+at|with)\s+\w+(?![^.?!]{0,40}\b(?:${DESK_MATTERS})\b)[^.?!]{0,40}\?`,
);

/**
 * The details of a contact at a named firm asked for: "can you give me the info for a New Power
 * contact?" (real Enron mail, session 26's blind set gq-dw). Not a desk's, for the paperwork.
 */
const FIRMS_CONTACT_DETAILS = new RegExp(
  String.raw`\b(?:give|send|get|pass)\s+(?:me|us)\s+(?:the\s+)?(?:info|information|details|name|number|contact\s+info(?:rmation)?)\s+(?:for|of|on)\s+(?:a|an|your)\s+(?:\p{Lu}[\p{L}&.'-]*\s+){1,3}(?:contact|person|rep(?:resentative)?)\b(?![^.?!]{0,40}\b(?:${DESK_MATTERS}|bills?|accounts?)\b)`,
  "u",
);

/**
 * Someone the reader has in mind for the writer to contact: "I was wondering if you had anyone
 * that could spare us time or anyone in mind I could contact?" (real Enron mail, session 26's
 * blind set gq-ea, for an interviewer who cancelled). Not the writer's own ("I have someone in
 * mind I could contact").
 */
const SOMEONE_IN_MIND =
  /(?<!\b(?:I|we)(?:\s+(?:have|had|already\s+have)|'ve(?:\s+got)?)\s+)\b(?:anyone|anybody|someone|somebody)\s+in\s+mind\s+(?:(?:that|whom?)\s+)?(?:I|we)\s+(?:could|might|should|can)\s+(?:contact|call|approach|ask|talk\s+to|speak\s+(?:to|with)|reach\s+out\s+to|get\s+in\s+touch\s+with)\b/i;

/**
 * The name of the reader's contact at a firm asked for: "What is your buddy at William's name? Do
 * you know what region he trades?" (a trader to an old friend; real Enron mail, this session's blind
 * set r36a), "what was the name of your friend at Dynegy?".
 */
const NAME_OF_YOUR_CONTACT = new RegExp(
  String.raw`\b[Ww]hat(?:'s|\s+is|\s+was)\s+(?:(?:your|ur)\s+(?:buddy|friend|pal|contact|guy)\s+(?:at|in|over\s+at|from)\s+\p{Lu}[\p{L}&.'’-]*\s+name|the\s+name\s+of\s+(?:your|ur)\s+(?:buddy|friend|pal|contact|guy)\s+(?:at|in|over\s+at|from)\s+\p{Lu})`,
  "u",
);

/**
 * A firm's contact details asked of the reader: "please let me know if you have contact info for
 * PECO Energy Company." (a regulatory affairs note; real Enron mail, this session's blind set r36e),
 * "Do you have contacts and phone's # for Sonat and for East Tennessee pipes?" (r36i).
 * A firm named; not a desk's, for the paperwork ("contact info for Accounts Payable", "…for the wire").
 */
const FIRMS_CONTACT_INFO_WANTED = new RegExp(
  String.raw`(?:\b(?:if|whether)\s+(?:any\s+(?:one\s+)?of\s+)?(?:you|y'?all|u)\s+(?:still\s+|happen\s+to\s+)?(?:had|have)\s+(?:any\s+|the\s+)?(?:contact\s+(?:info(?:rmation)?|details|names?|numbers?)|a\s+contact\s+name)|\b(?:[Ii]f|[Ww]hether|[Dd]o|[Dd]oes)\s+(?:you|y'?all|u)\s+(?:still\s+|happen\s+to\s+)?(?:had|have)\s+(?:any\s+)?contacts\s+and\s+(?:(?:tele)?phone['’]?s?\s*)?(?:numbers?|#s?))\s+(?:for|at)\s+(?:the\s+)?${NOT_A_DEPARTMENT}\p{Lu}(?![^.?!]{0,60}\b(?:${DESK_MATTERS}|bills?|accounts?)\b)`,
  "u",
);

/** Contacts asked for outright (in a message about a search, candidates: the caller checks). */
export const CONTACTS_ASKED_FOR: readonly RegExp[] = [
  CONTACTS_WANTED,
  CONTACT_IDEAS_WANTED,
  CONTACT_THERE_WANTED,
  CONTACT_IF_YOU_KNOW,
  NAMES_APPRECIATED,
  CONTACT_NEEDED,
  FIRMS_CONTACT_DETAILS,
  SOMEONE_IN_MIND,
  NAME_OF_YOUR_CONTACT,
  FIRMS_CONTACT_INFO_WANTED,
];

/**
 * A person's number asked for (NUMBER_ASKED), unless the next sentence gives an errand as the
 * reason: "Do you have his email address? I need to send him the contract.", "…I need to
 * reschedule our meeting."
 */
function asksForTheirNumber(own: string, next: string): boolean {
  return NUMBER_ASKED.test(own) && !ERRAND_FOR_THEM.test(own) && !ERRAND_FOR_THEM.test(next);
}

/**
 * A person's number or address named in one sentence and asked for in the next: "I remember you
 * saying that you knew Brinda's email. Do you think you could send it to me?" (a friend before an
 * interview trip), "We want to call Ingrid… but we don't know her telephonenumber. So please send
 * it to us." (family abroad; both real Enron mail, session 35's blind set r35d). Known to the reader
 * or missing to the writer; sent to the writer, not on to someone else ("…forward it to Tom").
 */
const DETAILS_NAMED = new RegExp(String.raw`\b(?:know|knew|have|had|got|find)\s+${THEIR}\s+${DETAILS}`, "u");
const SEND_IT_TO_ME =
  /^(?:so\s+|and\s+)?(?:please\s+|(?:do\s+you\s+think\s+)?(?:you\s+)?(?:could|can|would|will)\s+(?:you\s+)?(?:please\s+)?|(?:I|we)(?:'d|\s+would)\s+(?:be\s+grateful|appreciate\s+it)\s+if\s+you\s+(?:could|would)\s+)(?:send|give|pass|forward|e-?mail|text)\s+(?:it|them)\s+(?:on\s+|along\s+)?(?:to\s+)?(?:me|us)\b/i;

export function asksToBeSentTheirNumber(previous: string, own: string): boolean {
  return DETAILS_NAMED.test(previous) && SEND_IT_TO_ME.test(own.trim()) && !ERRAND_FOR_THEM.test(previous);
}

/**
 * A person's number asked for in a sentence, or asked to be sent after the one before named it, or
 * a way to reach them asked in the other words of ways-to-reach.ts (not for an errand with them).
 */
export function asksForTheirDetails(previous: string, own: string, next: string): boolean {
  return (
    asksForTheirNumber(own, next) ||
    asksToBeSentTheirNumber(previous, own) ||
    (asksForAWayToReach(own) && !ERRAND_FOR_THEM.test(own) && !ERRAND_FOR_THEM.test(next))
  );
}

const ERRAND_FOR_THEM =
  /\b(?:reschedule|cancel|confirm|move|push)\s+(?:our|the|my|this|that)\b|\breturn\s+(?:his|her|their)\s+call\b|\bget\s+back\s+to\s+(?:him|her|them)\b|\b(?:send|give|forward|fax|get|return|deliver|mail)\w*\s+(?:him|her|them|it)\s+(?:back\s+)?(?:to\s+(?:him|her|them)\s+)?(?:the|a|an|this|that|my|our|some)?\s*(?:[\w-]+\s+)?(?:contract|invoice|agreement|documents?|file|report|form|check|package|paperwork|draft|deck|slides|schedule|confirmation|confirm)s?\b/i;
