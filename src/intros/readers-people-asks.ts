/**
 * Asks that the reader's people, or the reader's friend, meet someone: forms session 30's blind
 * Enron sets found missing (gq-gl, gq-gm, gq-gp, gq-gq, gq-gr), each tried beside the same words
 * in ordinary mail (test/unit/detect-session-30-forms.test.ts). None for paperwork or a service
 * desk's matter. Case-sensitive where a capital marks a name. Pure.
 */
import { NO_ERRAND } from "./paperwork.js";

/** Whom the contact is with: a pronoun, or a capitalised name ("Chris", "Mr. Reis", "Luis Reis"). */
const SOMEONE_NAMED = String.raw`(?:him|her|them|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b`;
/** ...or one of the writer's own people: "our project lead, Anna", "my colleague Mr. Hughes", "priya on my team". */
const OURS = String.raw`(?:${SOMEONE_NAMED}|(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:colleague|lead|CFO|CEO|COO|counsel|partner|director|manager|head|VP|president|chairman|engineer|analyst|friend|client|contact)s?\b|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:advisor|adviser|assistant|chief\s+of\s+staff|counsel|staff|people)\b|\p{Ll}+\s+on\s+(?:my|our)\s+(?:team|side)\b)`;
/** One of the reader's people: "someone from your procurement team", "one of your folks", "the right person on your end". */
const THEIR_PERSON = String.raw`(?:someone|somebody|one\s+of\s+your\s+(?:folks|people|team|guys|staff|colleagues)|a\s+member\s+of\s+your\s+(?:staff|team|firm|group)|the\s+right\s+person|[Yy]our\s+(?:team|people|folks|firm|group|staff|office))(?:\s+(?:from|at|in|on)\s+(?:(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:team|group|desk|side|end|shop|firm|office|staff|department)|\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)?))?(?:\s+(?:there|on\s+your\s+(?:side|end)))?`;
/** Getting in touch, in the words asked for: "reach out to", "get in touch with", "give him a call". */
const TO_CONTACT = String.raw`(?:reach\s+out\s+to|get\s+(?:back\s+)?in\s+touch\s+with|get\s+back\s+to|contact|call|ring|phone|follow\s+up\s+with|put\s+(?:themselves|himself|herself)\s+in\s+touch\s+with)\s+${OURS}|give\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+a\s+(?:call|ring)\b`;
/** The same, said of them: "gets back to him", "follows up with her", "reaches out". */
const CONTACTS = String.raw`(?:follows?\s+up|gets?\s+(?:back\s+)?in\s+touch|connects?|meets?|talks?|speaks?)\s+with\s+${OURS}|(?:gets?\s+(?:a\s+)?hold\s+of|gets?\s+back\s+to|calls?|contacts?|rings?|phones?|reaches?\s+out\s+to)\s+${OURS}|reaches?\s+out\s*(?:[.?!]|$)`;

/**
 * The reader to have one of their people contact a third person: "Please put someone in touch with
 * Chris" (Kean, so that HR hears from Chris Long of government affairs), "Would you please make sure that someone follows
 * up with him" (a Portuguese executive who "requested a contact"), "Let me know when someone has
 * contacted Jeff" (a utility's chief executive, for a coal bid); and as session 30's paraphrases
 * said it: "could you have someone from your procurement team reach out to her directly?", "can
 * one of your folks get in touch with him", "could you ensure that someone on your side follows up
 * with her", "need someone at your shop to reach out to priya on my team"; and the reader's own contact sent on:
 * "If you have consulted local counsel on the issue you should put that person in touch with
 * Elizabeth" (Kean, gq-gu).
 */
const SOMEONE_SENT_TO_THEM = new RegExp(
  String.raw`(?:\b(?:[Pp]ut|[Gg]et)\s+(?:someone|somebody|one\s+of\s+your\s+(?:people|folks|team))\s+in\s+(?:touch|contact)\s+with\s+${OURS}` +
    String.raw`|\b(?:[Mm]ake\s+sure|[Ee]nsure|[Ss]ee\s+(?:to\s+it\s+)?that)\s+(?:that\s+)?${THEIR_PERSON}\s+(?:\w+\s+)?(?:${CONTACTS})` +
    String.raw`|\b(?:[Hh]ave|[Gg]et|[Aa]sk|[Nn]eed|[Ww]ant|would\s+like|'d\s+like)\s+${THEIR_PERSON}\s+(?:to\s+)?(?:${TO_CONTACT})` +
    String.raw`|\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)\s+${THEIR_PERSON}\s+(?:please\s+)?(?:${TO_CONTACT})` +
    String.raw`|\bif\s+${THEIR_PERSON}\s+(?:could|would|can|might)\s+(?:${TO_CONTACT})` +
    String.raw`|(?:\byou\s+should|\b[Pp]lease|\b(?:could|can|would|will)\s+you(?:\s+please)?)\s+put\s+(?:that\s+person|him|her|them)\s+in\s+(?:touch|contact)\s+with\s+${OURS}` +
    String.raw`|\b[Ll]et\s+me\s+know\s+when\s+(?:someone|somebody)\s+has\s+(?:contacted|called|reached|spoken\s+(?:to|with)|met\s+with)\s+${OURS})` +
    NO_ERRAND,
  "u",
);

/**
 * The reader, or someone near them, to talk with the writer: "Would you or someone else you know
 * want to talk about that?" (to a banker at IBJ, on Japan's power market); "If you or a colleague
 * would be up for a chat about it", "would you or anyone in your circle be open to talking it
 * through with me?", "Would you, or someone you'd recommend, be willing to spend half an hour on
 * the phone with us?" (session 30's paraphrases).
 */
const YOU_OR_SOMEONE_YOU_KNOW = new RegExp(
  String.raw`\b(?:you|u),?\s+or\s+(?:someone|anyone|somebody|anybody|a\s+colleague|one\s+of\s+your\s+(?:colleagues|people|folks|team))\s+(?:else\s+)?(?:(?:you\s+know|you(?:'d|\s+would)\s+recommend|on\s+your\s+(?:team|staff)|in\s+your\s+(?:circle|network|group|firm|office|shop|company)|there)\s*,?\s+)?(?:would\s+|might\s+|could\s+)?(?:(?:be\s+)?(?:want|like|care|willing|interested|open|available|able|up\s+for)\s+(?:to\s+|in\s+)?)?(?:(?:a\s+)?(?:talk|speak|meet|chat|sit\s+down|spend|get\s+on\s+the\s+phone|hop\s+on\s+a\s+call|talking|speaking|meeting|chatting))\b${NO_ERRAND}`,
  "i",
);

/** Someone near the reader, named by the tie: "your buddy Newt", "your old colleague at Shell", "your college roommate at Goldman". */
const YOUR_FRIEND = String.raw`your\s+(?:old\s+|college\s+)?(?:buddy|pal|friend|chum|mate|contact|colleague|roommate|classmate)\b(?!['’]s)`;

/**
 * A meeting with the reader's friend, through the reader: "don't forget that we need to go see your
 * buddy Newt!" (a congressman); "we still owe your pal Gerald a visit", "when are we going to get
 * together with your college roommate at Goldman?", "arrange for us to stop by and see your old
 * colleague at Shell" (session 30's paraphrases).
 */
const SEE_YOUR_FRIEND = new RegExp(
  String.raw`\b(?:need|have|got|ought|want|should|must|let's|lets|going|love|like|arrange\s+for\s+(?:us|me))\s+(?:to\s+)?(?:go\s+(?:and\s+)?)?(?:see|visit|meet(?:\s+with)?|call\s+on|sit\s+down\s+with|get\s+together\s+with|have\s+(?:dinner|lunch|drinks|coffee|a\s+drink)\s+with|stop\s+by\s+(?:and\s+)?see|drop\s+in\s+on)\s+${YOUR_FRIEND}|\bowe\s+${YOUR_FRIEND}\s+(?:\p{Lu}\p{Ll}+\s+)?a\s+(?:visit|call|lunch|dinner)\b`,
  "u",
);

/**
 * The reader's blessing before approaching someone near them: "I want to talk to Michael Alcantar
 * about some interesting QF ideas, but wanted to check with you first" (to his law partner); "since
 * she's one of your clients I thought I'd run it by you first", "Mind if I reach out to your contact
 * at the PUC?", "I wanted to make sure you're comfortable with me approaching him, given your
 * relationship", "thinking of pinging your guy at Calpine - ok with you?" (session 30's paraphrases).
 */
const APPROACH = String.raw`(?:talk(?:ing)?|speak(?:ing)?|reach(?:ing)?\s+out|get(?:ting)?\s+in\s+touch|call(?:ing)?|contact(?:ing)?|approach(?:ing)?|pitch(?:ing)?\s+(?:[\w-]+\s+){0,3}?to|ping(?:ing)?|e-?mail(?:ing)?|writ(?:e|ing)\s+to)`;
const CHECKED_WITH_YOU_FIRST = new RegExp(
  String.raw`\bI(?:\s+(?:want|plan|hope|intend)|'d\s+like|\s+would\s+like|'m\s+(?:planning|hoping|thinking\s+of)|\s+was\s+(?:planning|hoping|thinking\s+of))\s+(?:to\s+)?${APPROACH}\s+(?:to\s+|with\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+\b[^.?!]{0,100}?\b(?:wanted|want|thought\s+I(?:'d|\s+would|\s+should))\s+to\s+(?:check|clear\s+(?:it|this|that)|run\s+(?:it|this|that))\s+(?:with|by|past)\s+you\s+(?:first|before)` +
    String.raw`|\b(?:[Mm]ind|[Oo]k(?:ay)?|[Aa]ll\s+right|[Aa]lright)\s+(?:with\s+you\s+)?if\s+I\s+${APPROACH}\s+(?:to\s+|with\s+)?${YOUR_FRIEND.replace("(?:buddy|", "(?:guy|person|client|buddy|")}` +
    String.raw`|\b(?:thinking\s+of|planning\s+(?:on|to)|going\s+to)\s+${APPROACH}\s+(?:to\s+|with\s+)?your\s+(?:guy|contact|friend|person|client|colleague)\b[^.?!]{0,80}?\b(?:ok(?:ay)?|alright|all\s+right|fine)\s+(?:with\s+you|by\s+you)\b` +
    String.raw`|\bcomfortable\s+with\s+me\s+${APPROACH}\s+(?:him|her|them|\p{Lu}\p{Ll}+)\b` +
    String.raw`|\b(?:one\s+of\s+your|your)\s+(?:clients?|contacts?|friends?|people|guys?)\b[^.?!]{0,40}?\bI\s+(?:thought|figured)\s+I(?:'d|\s+would|\s+should)\s+(?:run\s+it\s+by|check\s+with|clear\s+it\s+with)\s+you\s+first\b`,
  "u",
);

export const READERS_PEOPLE_ASKS: readonly RegExp[] = [
  SOMEONE_SENT_TO_THEM,
  YOU_OR_SOMEONE_YOU_KNOW,
  SEE_YOUR_FRIEND,
  CHECKED_WITH_YOU_FIRST,
];
