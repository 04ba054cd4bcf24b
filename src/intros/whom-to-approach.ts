/**
 * Whom to approach at an organisation, asked of the reader: "who should I reach out to at Ostrava
 * Rail?", "who's the decision maker at Cobalt Health for vendor stuff?", "which partner at Pelham
 * & Voss should our managing partner approach?", "who at Lagos Angels would be most interested in
 * an agritech pitch?", "If I were to talk to one or two decision makers about a few matters, who
 * would that be--Orszag? Rahm or Zeke?" (session 33's blind reading of a second real corpus).
 *
 * The same family as whom-to-reach.ts (session 19's phrasings, read among the request cues) and the
 * right-person cues (person-sought-cues.ts); a blind check written in session 33 asked the same thing
 * forty ways and all of them together read 11. Here the question is composed of slots instead, and
 * read after every cue and the model (whomToApproachAsked, below): who or which one × an act of approaching (approach, pitch, reach out to, get in
 * front of, win over…) or a place of power (the decision maker, the gatekeeper, who holds the
 * authority) × somewhere outside (a named organisation, a board, a ministry, a council).
 *
 * Never an errand's desk (PAPERWORK_WITHIN, NO_ERRAND: "who should I talk to about my expense
 * report?", "who would I talk to about ordering business cards?"), nor the writer's own back office
 * (NOT_A_DEPARTMENT: "who should I call at Payroll?"), nor whom to invite, bring or seat. Pure.
 */
import { RECRUITING } from "./hiring-cues.js";
import { sendersOwnWords } from "./model-evidence.js";
import { CALENDAR_WORD } from "./name-patterns.js";
import { normalizeText, sentences } from "./text.js";
import { NOT_A_DEPARTMENT, NO_ERRAND, PAPERWORK_WITHIN } from "./paperwork.js";

/**
 * Approaching someone who can say yes: not asking them a question ("who should I ask about the Smith
 * file?"), nor sending them a document ("who I should send the DGN to", holdout-47).
 */
const APPROACH = String.raw`(?:approach(?:ing)?|reach\s+out\s+to|reach|contact|call|get\s+to\s+know|get\s+past|get\s+(?:a\s+)?hold\s+of|talk(?:ing)?\s+(?:to|with)|speak(?:ing)?\s+(?:to|with)|write\s+to|e-?mail|ring|phone|pitch(?:ing)?|get\s+in\s+front\s+of|go\s+to|convince|win\s+over|target|call\s+on|lobby(?:ing)?|present\s+to|sell\s+to|court(?:ing)?|persuade|impress|butter(?:ing)?\s+up|sweet-?talk|woo|cultivate|buttonhole|petition|try|get(?:ting)?\s+to|get(?:ting)?\s+in\s+front\s+of|writing\s+to|calling|e-?mailing|contacting|reaching\s+out\s+to)`;

/** Somewhere outside: a named organisation, or a body of people with power over the ask. */
const BODY = String.raw`(?:board|committee|council|authority|ministry|department|agency|commission|foundation|fund|trust|office|newsroom|desk|partnership|procurement|purchasing|leadership|cabinet|panel|caucus|delegation|administration|chamber|embassy|consulate|church|diocese|parish|club|chapter|union|association|university|college|institute|museum|library|hospital|station|paper|magazine|studio|label|network|firm|company|bank|uni|utility|airport|port|broadcaster|gallery|charity)`;
const OUTSIDE = String.raw`(?:\b(?:at|in|on|to|with|within|inside|from|over\s+at|of)\s+(?:the\s+)?${NOT_A_DEPARTMENT}(?:\p{Lu}[\p{L}&'’.-]*|(?!(?:the|a|an|this|that|our|my|your|his|her|their)\s)[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,2}?\s+${BODY}\b)|\p{Lu}[\p{Ll}&'’.-]+(?:\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]*){0,3}['’]s\s+(?:[\w-]+\s+){0,2}?${BODY}\b)`;

const WHO = String.raw`(?:[Ww]ho|[Ww]hom)(?:,\s*[^,.?!]{1,30},)?`;
/** Who, with where said at once: "who at the parish council", "who in the mayor's office", "who there". */
const WHO_THERE = String.raw`${WHO}(?:\s+(?:at|in|on|within|inside|among|over\s+at)\s+(?:the\s+)?[^,.?!]{1,50}?|\s+there)?`;
/** Whoever the approach is for: the writer, those they speak for, or anyone in their place. */
const APPROACHER = String.raw`(?:I|i|we|he|she|they|you|u|it|one|someone|a\s+newcomer|(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?)`;

/** "who should I reach out to first", "whom would you suggest we contact", "who would I need to convince". */
const WHO_TO_APPROACH = String.raw`\bto\s+whom\s+(?:(?:at|in|on|within)\s+[^,.?!]{1,50}?\s+)?(?:(?:should|would|do|must|can)\s+)?(?:I|we)\s+(?:should\s+|must\s+|would\s+|could\s+)?(?:be\s+)?(?:send(?:ing)?|address(?:ing)?|writ(?:e|ing)|submit(?:ting)?|direct(?:ing)?|pitch(?:ing)?)\b|\b${WHO_THERE}\s+to\s+(?:first\s+)?${APPROACH}\b|\b${WHO_THERE}\s+(?:would|should|could|do|might)\s+(?:I|we)\s+(?:offer|send|pitch|take|bring)\s+(?:it|this|that|the\s+\w+)\s+to\b|\b${WHO_THERE}\s+(?:(?:should|shd|shld|would|could|might|must|do|does|shall|can)\s+(?:you\s+(?:suggest|recommend|say)\s+)?${APPROACHER}|${APPROACHER}(?:'d|\s+should|\s+ought\s+to|\s+need\s+to|\s+could|\s+might|\s+would(?:\s+need\s+to)?))\s+(?:(?:need|have|want|ought|try)\s+to\s+|be\s+)?(?:first\s+)?${APPROACH}\b`;

/**
 * What the one with power over the ask does: decides, signs off, holds the purse strings, would hear a
 * pitch. (Not one who merely has, is or was: "Who has the contracts for ENA's transport on
 * Bridgeline? I would like to read them" asks for papers: real Enron mail, session 39's blind r39b.)
 */
const POWER_ACT = String.raw`(?:signs?\s+off|decides?|calls\s+the\s+shots|champions?|green-?lights?|buys|leads|runs\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:giving|grants?|partnerships?|sponsorships?|purchasing|procurement|budget)|moves\s+(?:\w+\s+){1,2}forward|holds?\s+the\s+(?:authority|power|purse\s+strings|pen)|(?:has|have)\s+(?:the\s+)?(?:real\s+|any\s+|much\s+)?(?:authority|power|final\s+say|purse\s+strings|pen|sway|clout|influence|pull)(?:\s+over)?|owns\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:budget|decision|relationship|account)|cares\s+(?:most\s+)?about|commissions\b|(?:is|'s)\s+(?:leading|running|driving|heading)\b|deals\s+with\s+(?:it|this|that)|(?:really\s+|actually\s+)?(?!(?:has|is|was)\s)[a-z]+s\s+(?:the\s+|our\s+|these\s+|new\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:decisions?|suppliers?|vendors?|bids?|pitches|deals|segments?|sponsors?|contracts?|proposals?|tenders?|submissions|placements?)\b|(?:has|have)\s+(?:real\s+|the\s+|any\s+)?say\s+(?:over|in|on)|(?:makes?|takes?)\s+the\s+(?:[\w-]+\s+)?(?:decisions?|first\s+cut|call)|controls?\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+)?(?:budget|money|funds|funding|grants|purse|decisions?|calendar|diary|schedule|agenda)|handles?\s+(?:[\w-]+\s+){0,2}?(?:partnerships?|sponsorships?|procurement|purchasing|vendors?|buying|acquisitions|grants|giving|donations|investments|funding|business\s+development|bookings|programming|commissions)|approves?\s+(?:new\s+|all\s+)?(?:vendors?|budgets?|grants|funding|spending|projects|deals)|carries\s+(?:the\s+most\s+)?weight|drafts?\s+the|(?:would|might|could)\s+(?:even\s+|actually\s+)?(?:look\s+at|entertain|listen\s+to|carry|hear|take\s+a\s+meeting|bite|read\s+it|be\s+worth\s+(?:e-?mailing|approaching|contacting|calling|pitching|writing\s+to)|take\s+(?:it|this|that|a\s+tip|my\s+call|a\s+pitch|the\s+idea)(?:\s+[^.?!]{0,40}?)?\s+seriously|take\s+my\s+call|care\s+(?:most\s+)?about)|(?:is|'s|are)\s+worth\s+(?:a\s+)?(?:[\w-]+\s+)?(?:[a-z]+ing|call|e-?mail|note|pitch)\b|would\s+it\s+make\s+sense\s+to\s+${APPROACH})`;
/** Who would be most open to it: "who there would you say is most open to outside programs?" */
const MOST_OPEN = String.raw`(?:is|'s|are|would\s+be|might\s+be)\s+(?:the\s+)?(?:most|more)\s+(?:open|receptive|sympathetic|interested|influential|likely\s+to\s+\w+)`;
/** The reader's opinion asked on the way: "who do you think would champion…", "who would you say is…". */
const OPINION = String.raw`(?:(?:do\s+you\s+(?:think|reckon|suppose)|would\s+you\s+say)\s+)`;

/** "who's the decision maker", "who is the buyer at Greenleaf Markets", "who at Solano Winery buys the barrels?". */
const WHO_HOLDS_POWER = String.raw`\b${WHO_THERE}(?:'s|\s+is|\s+are|\s+would\s+be|\s+might\s+be|\s+will\s+be|\s+${OPINION}is)\s+(?:really\s+)?the\s+(?:(?:real|ultimate|final|key|main|right|correct|proper|appropriate|best|better|most\s+(?:influential|powerful|senior))\s+)?(?:decision[-\s]?makers?|gatekeepers?|power\s+brokers?|buyers?|purchasers?|(?:person|voice|member)\s+(?:on|at|in)\s|person\s+(?:to|I\s+(?:need|have)\s+to|we\s+(?:need|have)\s+to)\s+${APPROACH}|(?<=(?:right|correct|proper|appropriate|best)\s)(?:person|people|contact)|(?:person|one)\s+(?:that|who)\s+decides?|one\s+to\s+(?:ask|${APPROACH})|[\w-]+\s+(?:they|I|we|he|she)(?:'d|\s+would)\s+need\s+to\s+(?:reach|${APPROACH}))\b|\b${WHO_THERE}\s+${OPINION}?(?:(?:would|might|could|will|should)\s+)?(?:actually\s+|really\s+|still\s+|ultimately\s+)?(?:${POWER_ACT}|${MOST_OPEN})\b|\b[Ww]hose\s+(?:opinion|say|vote|word|voice|support|blessing|sign-?off|desk|inbox)\s+(?:really\s+|actually\s+)?(?:carries|counts|matters|should|would|could|do\s+(?:I|we)\s+need)\b`;

/** "which partner there would you go to", "which of the board members would be most receptive". */
const WHICH_ONE = String.raw`\b[Ww]hich\s+(?:(?:one\s+)?of\s+(?:the|our|your|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:person|people|partner|partners|executive|executives|exec|execs|member|members|one|ones|dean|deans|senator|senators|official|officials|director|directors|staff|investor|investors|VP|VPs|trustee|trustees|editor|editors|officer|officers|minister|ministers|commissioner|commissioners|reporter|reporters|professor|professors|producer|producers|aide|aides|alum|alums|alumni|agent|agents|buyer|buyers|curator|curators|councill?or|councill?ors|councilmember|alderm[ae]n|selectm[ae]n|family\s+members?|siblings?|founders?|managers?|contacts?|administrators?|staffers?|deput(?:y|ies)|alumni|MPs?|MEPs?|legislators?|columnists?|monsignors?|priests?|pastors?|bishops?|rabbis?|imams?)\b[^.?!]{0,60}?(?:\b(?:champions?|decides?|controls?|signs?\s+off|runs|leads|buys|handles|owns|chairs|covers|oversees|green-?lights?|has\s+(?:authority|sway|clout)|makes\s+the\s+(?:[\w-]+\s+)?(?:first\s+cut|decisions?)|is\s+(?:responsible|in\s+charge))\b|\bto\s+${APPROACH}\b|\b(?:should|would|could|might|must|ought|need|do|does|is|are|really|actually)\b[^.?!]{0,40}?\b(?:${APPROACH}|receptive|sympathetic|open|willing\s+to\s+meet|likely\s+to\s+(?:take|hear|back|fund|support|meet)|bite|right\s+one|best\s+(?:bet|person|one|to)|the\s+one\s+to\s+ask|interested|influential|champion|decides?|controls?|signs?\s+off|drafts?|entertain|look\s+at|listen\s+to|carry|hear|read\s+it|take\s+(?:it|this|my\s+call)|care\s+(?:most\s+)?about|weighs?|books?|screens?|chooses?|picks?|(?:most\s+|more\s+)?likely\s+to\s+\w+|take\b[^.?!]{0,40}?\bto|get\s+(?:our|my|the)\s+(?:letter|proposal|pitch|note|application|concept\s+note))\b)`;

/**
 * "who at Lagos Angels would be most interested", "is there someone at Siemens Energy you'd suggest I
 * target". Asked, not offered: "pass this along to anyone in your organization who might be
 * interested" (holdout-6) names no one to approach.
 */
const SOMEONE_THERE_FOR_US = String.raw`(?:\b${WHO}|\b(?:[Ii]s\s+there|[Dd]o\s+you\s+know(?:\s+of)?)\s+(?:someone|anyone|somebody|a\s+(?:particular|specific)\s+person))\s+(?:at|on|in|within|inside|over\s+at)\s+(?:the\s+)?${NOT_A_DEPARTMENT}(?:\p{Lu}[\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}?|(?:[\p{Ll}'’-]+\s+){0,2}?${BODY})\s+(?:(?:would|might|could|should|is|are)\s+(?:(?:I|we|you)\s+)?(?:be\s+)?(?:the\s+)?(?:most\s+|more\s+|best\s+|likely\s+)?(?:interested|receptive|sympathetic|open|likely|keen|influential|approach|${APPROACH})|(?:you'?d|you\s+would|you)\s+(?:suggest|recommend)\s+(?:I|we)\s+(?:${APPROACH}|target)|(?:I|we)\s+(?:should|ought\s+to|need\s+to)\s+(?:${APPROACH})|(?:who|that)(?:'d|\s+would|\s+might)\s+be\s+(?:most\s+|more\s+)?(?:sympathetic|receptive|open|interested))\b`;

/** A hypothetical approach, then who: "If I were to talk to one or two decision makers…, who would that be?" */
const WHO_IF_I_WERE_TO = String.raw`\b[Ii]f\s+${PAPERWORK_WITHIN(100)}(?:I|we)\s+(?:were\s+to|wanted\s+to|was\s+to|had\s+to|was\s+going\s+to|were\s+going\s+to|could|should|did)\s+(?:talk|speak|reach\s+out|write|turn|appeal|meet|call|approach|lobby|pitch)\b[^.?!]{0,80}?,?\s*(?:[-\u2014]+\s*)?${WHO}\s+(?:would|should|might|could)\s+(?:that|it|they|those|I|we|you)\s+(?:be|suggest|recommend|go\s+to|start\s+with|talk\s+to|approach|call|contact)\b`;

/** "asked me to find out who the decision maker is": said in the reader's direction (WONDERED_BEFORE). */
const WHO_THE_DECIDER_IS = String.raw`\b${WHO}\s+the\s+(?:real\s+|key\s+|final\s+)?(?:decision[-\s]?makers?|gatekeepers?|buyer|person\s+in\s+charge)\s+(?:is|are|would\s+be)\b`;

/** Outright: "Who would be the right decision makers to talk to about the mandate?" */
const RIGHT_ONES_TO_TALK_TO = String.raw`\b${WHO}\s+(?:would|might|will)\s+be\s+the\s+(?:right|best|key|appropriate|relevant)\s+(?:[\w-]+\s+)?(?:person|people|decision[-\s]makers?|contacts?|ones|folks)\s+(?:for\s+(?:me|us)\s+)?to\s+(?:talk|speak|reach\s+out|approach|call|meet|see|lobby|contact)\b`;

/** "who's the decision maker at cobalt health for vendor stuff?", "who holds the purse strings at metro transit": the place may be written in lower case. */
const DECISION_MAKER_THERE = String.raw`\b${WHO}(?:(?:'s|\s+is|\s+are)\s+the\s+(?:(?:real|ultimate|final|key|main)\s+)?(?:decision[-\s]?makers?|gatekeepers?)|\s+(?:holds?|has)\s+the\s+purse\s+strings)\s+(?:at|in|on|for|over\s+at)\s+${NOT_A_DEPARTMENT}`;
/** "Which senator's staff would be the best to approach…?": the one asked is outside by their office. */
const WHICH_ONE_TO_APPROACH = String.raw`\b[Ww]hich\s+(?:(?:one\s+)?of\s+(?:the|our|your|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:senator|senators|senator's\s+staff|official|officials|minister|ministers|commissioner|commissioners|trustee|trustees|dean|deans|investor|investors|partner|partners|board\s+members?)\b[^.?!]{0,60}?\b(?:should|would|could|might)\b[^.?!]{0,40}?\b${APPROACH}\b`;

/** A question of whom to approach needs somewhere outside named, in the same sentence. */
const NEEDS_OUTSIDE = new RegExp(
  String.raw`(?:${WHO_TO_APPROACH}|${WHO_HOLDS_POWER}|${WHICH_ONE}|${WHO_THE_DECIDER_IS}|\b(?:[Dd]oes|[Dd]o)\s+(?:anyone|anybody|someone)\s+(?:at|on|in|within)\s+[^,.?!]{1,50}?\s+(?:have|hold)\s+(?:real\s+|any\s+|much\s+)?(?:sway|clout|influence|say|pull)\b)${NO_ERRAND}`,
  "u",
);
/**
 * Named in a preposition's phrase, or a body anywhere ("We'd like the diocese to consider…; who there…?"),
 * but not a bare "the office" or "the bank", which may be anyone's.
 */
const OUTSIDE_NAMED = new RegExp(
  String.raw`${OUTSIDE}|\bthe\s+(?!(?:office|company|firm|bank|desk|station|paper|club|union|chapter|label|network|studio|library|hospital|church)\b)(?:[\p{Ll}'’-]+\s+){0,3}?${BODY}\b`,
  "u",
);
/** These name the outside themselves, or ask of decision makers in so many words. */
const STANDS_ALONE = new RegExp(
  String.raw`(?:${SOMEONE_THERE_FOR_US}|${WHO_IF_I_WERE_TO}|${RIGHT_ONES_TO_TALK_TO}|${DECISION_MAKER_THERE}|${WHICH_ONE_TO_APPROACH})${NO_ERRAND}`,
  "u",
);
/** Nor whom to invite, bring or seat, nor candidates: the writer's own event or search. */
const OWN_EVENT_OR_SEARCH =
  /\b(?:invite|invited|bring|seat(?:ing)?\s+(?:plan|chart)|seat\s+(?:them|him|her|people|guests)|interview\s+(?:for|next)|candidates?|shortlist|party|lunch\s+order|potluck)\b/i;

/**
 * Whether a sentence (the sender's own words) asks the reader whom to approach outside. `before`: the
 * sentence before, where a question asked outright may have named the place ("You sat on the
 * Larchmont Rotary for years. Who's the person to win over…?").
 */
export function asksWhomToApproach(sentence: string, before = ""): boolean {
  if (OWN_EVENT_OR_SEARCH.test(sentence)) return false;
  if (STANDS_ALONE.test(sentence)) return true;
  // The outside may be named anywhere in the sentence ("If I were to approach Ostrava Rail…, who
  // should I reach out to first?"), a capitalised name not its first word.
  const asked = NEEDS_OUTSIDE.exec(sentence);
  return (
    asked !== null &&
    isAsked(sentence, asked.index) &&
    (namesOutside(sentence) || (sentence.trimEnd().endsWith("?") && namesOutside(before)))
  );
}

function namesOutside(sentence: string): boolean {
  return OUTSIDE_NAMED.test(sentence) || NAMED_AFTER_FIRST_WORD.test(sentence);
}

/**
 * Asking who, not saying who: "she's the one who decides the food vendors" (holdout-43) tells, and so
 * does a relative clause after "and" ("…lawyers who do not understand markets and who are more
 * interested in being able to claim influence", real Enron mail). A question mark after, the reader's
 * knowledge or advice asked before, or the start of the sentence.
 */
const WONDERED_BEFORE =
  /(?:\b(?:know|tell|wonder(?:ing)?|idea|sense|guess|clue|advise|suggest|work(?:ing)?\s+out|figure\s+out|find\s+out|learn|understand|pointers?|thoughts|view|opinion|advice|input|help)\s*(?:(?:me|us)\s+)?(?:on\s+|about\s+|as\s+to\s+)?(?:,\s*)?|\bask(?:ed)?\s+(?:me|us)\s+|\s[\u2014\u2013-]+\s*|^\W*(?:(?:so|and|but|then|now|ok|okay|hypothetically|honestly|basically)\b\s*,?\s*)?)$/i;
function isAsked(sentence: string, at: number): boolean {
  return sentence.slice(at).includes("?") || WONDERED_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
}

/**
 * An organisation or a person named after the first word: two capitalised words ("Ostrava Rail",
 * "Kelderman Museum"), or one after "at", "with", "approach"… ("at Telvana"). Not "I", a day, a month
 * or a back office, and not a colleague's first name alone ("while Greta's away").
 */
const NAMED_AFTER_FIRST_WORD = new RegExp(
  String.raw`^\S+\s(?:.*?\s)?(?:(?!I\b|I'|${CALENDAR_WORD})${NOT_A_DEPARTMENT}\p{Lu}[\p{L}&'’.-]+\s+(?:&\s+)?\p{Lu}[\p{L}&'’.-]+|(?:at|with|to|for|from|on|of|into|join|approach(?:ing)?|pitch(?:ing)?)\s+(?!${CALENDAR_WORD})${NOT_A_DEPARTMENT}\p{Lu}[\p{L}&'’.-]+)`,
  "u",
);

/**
 * The sentence of a message's new text that asks whom to approach outside, or null. detect.ts reads
 * it after every other cue and the model, so that a message that also asks outright ("Even a
 * name-drop so my call doesn't land cold would help", under "we can't even figure out who
 * decides", holdout-8) gives that sentence as its evidence. Not in a recruiter's message.
 */
export function whomToApproachAsked(text: string): string | null {
  if (RECRUITING.test(text)) return null;
  let before = "";
  for (const sentence of sentences(normalizeText(text))) {
    const own = sendersOwnWords(sentence);
    if (own !== null && asksWhomToApproach(own, before)) return sentence;
    before = own ?? "";
  }
  return null;
}
