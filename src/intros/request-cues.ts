/**
 * Phrases that make a message an intro request: its sender asks the reader to introduce
 * them (or someone they name) to a third person. Matched against single sentences of
 * normalised text (straight apostrophes). The first sentence that matches is the evidence.
 */

import { CALENDAR_WORD } from "./name-patterns.js";
import { TIME_GIVEN } from "./calendar-asks.js";
import { OBLIQUE_ASKS } from "./oblique-asks.js";
import { RESUME_OF_ANOTHER } from "./hiring-cues.js";
import { RESUME_ROUTED_RIGHT, RESUME_ROUTING_ASKED } from "./job-leads.js";
import { MORE_CONNECTING_ACTS } from "./connecting-acts.js";
import { ACTS_BY_GRAMMAR } from "./connecting-grammar.js";
import { ASKING, ASKING_POLITELY } from "./ways-of-asking.js";

export { DISOWNED_ASK } from "./disowned-ask.js";
import { WHOM_TO_REACH } from "./whom-to-reach.js";
import { PAPERWORK_WITHIN, SERVICE_MATTER } from "./paperwork.js";
import { A_DEVICE_NEXT, DEVICE, NOT_TO_A_DEVICE } from "./devices.js";

/** Who is to be introduced: the sender or their side. */
const SELF = String.raw`(?:me|us)`;
/** Someone else the sender names; then the request must say to whom ("… to Leo"). */
const OTHER = String.raw`(?:him|her|them|our\s+(?!${DEVICE})\w+|my\s+(?!${DEVICE})\w+(?:\s+\w+)?|(?!myself|yourself|you\b|yourselves|(?:my|our|the|a|an|this|that)\s+(?:new\s+|old\s+|spare\s+)?${DEVICE})\w+(?:\s+\w+)?)`;
const INTRO_NOUN = String.raw`(?:intros?|introductions?|e-?intros?)`;
/**
 * "would you mind introducing me at the start?", "introduce us from the podium": announcing a
 * speaker, not an introduction to someone.
 */
const ON_STAGE_WORDS = String.raw`\s+(?:at\s+the\s+(?:start|beginning|top|podium|lectern|mic|(?:[\w-]+\s+){0,2}?(?:luncheon|dinner|gala|banquet|ceremony|conference|summit|forum|breakfast|session|assembly|awards))\b|on\s+stage|from\s+the\s+(?:podium|stage|lectern)|before\s+(?:my|the|our)\s+(?:talk|speech|keynote|remarks|panel|set))`;
const ON_STAGE = String.raw`(?!${ON_STAGE_WORDS})`;
/** The on-stage sense said outright in the text: then a subject's "would you introduce me?" means that. */
export const STAGE_INTRODUCTION = new RegExp(String.raw`\bintroduc(?:e|ing)\s+(?:me|us)\b${ON_STAGE_WORDS}`, "i");
/** The act asked for: "introduce me", "introduce my cofounder to…", "connect us", "make an intro". */
const INTRO_ACT = String.raw`(?:(?:introduc(?:e|ing)|intro(?:'?ing)?)\s+${SELF}\b${ON_STAGE}|(?:introduc(?:e|ing)|intro(?:'?ing)?)\s+${OTHER}\s+(?:\w+\s+){0,3}?(?:to|with)\b|connect(?:ing)?\s+(?:${SELF}|${OTHER})(?:,\s+[^,.?!]{1,60},)?\s+(?:\w+\s+){0,2}?(?:with|to)\b${NOT_TO_A_DEVICE}|connect\s+us\b|get(?:ting)?\s+(?:${SELF}|${OTHER})\s+(?:connected|introduced)\s+(?:with|to)\b|put(?:ting)?\s+(?:${SELF}|${OTHER})\s+in\s+touch|link(?:ing)?\s+${SELF}\s+up|link(?:ing)?\s+(?:${SELF}|him|her|them|my\s+\w+|our\s+\w+)\s+(?:up\s+)?with\s+(?:someone|somebody|anyone|anybody|people|(?:a|an|the\s+right)\s+(?:[\w-]+\s+)?(?:contact|person|friend|colleague|buyer|agent|lawyer|attorney|banker|investor|partner|supplier|distributor)|your\s+(?:[\w-]+\s+)?(?:contacts?|friends?|colleagues?|people|network))\b|mak(?:e|ing)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}${INTRO_NOUN}|(?:do|doing)\s+(?:an?|the)\s+(?:\w+\s+){0,2}${INTRO_NOUN})`;
/** "Mary Jones", "Leo": the start of a capitalised name (the only case-sensitive part). */
const NAME_START = String.raw`\p{Lu}\p{Ll}`;

/** A call about such business, which a service desk makes: "…call me about the contract". */
const SERVICE_CALL = String.raw`(?![^.?!]{0,20}${SERVICE_MATTER})`;

export const REQUEST_CUES: readonly RegExp[] = [
  // "Do you still have a contact at the city parks department?" Not one for paperwork: "Do you
  // have a contact at Duke for the confirmation letters?" wants a back office, not a person.
  new RegExp(
    String.raw`\b(?:do|would)\s+(?:you|u)\s+(?:still\s+|happen\s+to\s+)?(?:have|know)\s+(?:a|any)\s+(?:good\s+)?(?:(?:contacts?|connections?|friends?)\s+(?:at|in|over\s+at|inside)|(?:line|way|door|path|route|channel)\s+(?:in)?to)\b${PAPERWORK_WITHIN(60)}`,
    "i",
  ),
  // "hey - you still know priya raman at the water board?": someone the reader knew at a place
  // of work, asked after (phone-typed: names in lower case). Not a skill or a thing ("you still
  // know the code?"), and only "at": "from school" is the past, not a way in.
  /\b(?:do\s+)?(?:you|u|ya)\s+still\s+(?:know|talk\s+to|speak\s+to|deal\s+with)\s+(?!(?:how|what|where|when|why|who|if|whether|that|this|it|them|him|her|me|us|your|anything|everything|something)\b|the\s+(?:way|password|code|number|address|rules|words|lyrics|song|recipe|trick|combination)\b)(?:[\p{L}.'-]+\s+){1,3}?(?:at|over\s+at)\s+(?!all\b)(?:the\s+)?\p{L}[^.?!]{0,60}\?/iu,
  // "Could you find out whether Senator Brill's scheduler would sit down with us?": whether a
  // named person (or their aide) would see the writer, the reader asked to find out.
  // Case-sensitive, for the name's capitals.
  /\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)\s+(?:you|u)\s+(?:please\s+)?(?:find\s+out|see|check|ask(?:\s+around)?)\s+(?:if|whether)\s+(?:(?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Senator|Judge|Mayor|Commissioner|Councilman|Councilwoman|Rep\.?)\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?(?:'s\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?\s+(?:would|might|could|will|can)\s+(?:be\s+(?:willing|open|up)\s+(?:to|for)\s+)?(?:sit\s+down|meet|talk|speak|chat|see|(?:have\s+)?(?:a\s+)?(?:coffee|lunch|call|word|chat|meeting))\s+(?:with\s+)?(?:me|us)\b/u,
  // "I don't suppose you still talk to Marguerite Oyelaran at the Treasurer's office?"
  // (Case-sensitive, for the name's capitals.)
  /\b[Dd]on'?t\s+suppose\s+(?:you|u)\s+(?:still\s+|happen\s+to\s+)?(?:have\s+(?:a|any)\s+(?:contacts?|connections?|friends?)\s+(?:at|in)|know\s+(?:anyone|anybody|someone|somebody)\s+(?:at|in)|(?:talk|speak)\s+(?:to|with)\s+\p{Lu}|(?:see\s+(?:much\s+of\s+)?|know\s+)\p{Lu}\p{Ll}+\s+\p{Lu})/u,
  // "Is Renata Falk someone you could reach?"
  /\b[Ii]s\s+(?:\p{Lu}[\p{Ll}'-]+\s+){1,3}(?:someone|somebody|anyone|a\s+person)\s+(?:you|u)\s+(?:could|can|might|would)\s+(?:reach|contact|ask|approach|call|e-?mail|write\s+to|get\s+hold\s+of)\b/u,
  // "Do you know who has posted this ad: …? I have a friend who…": the one hiring, asked for.
  /\b(?:do|would)\s+you\s+(?:happen\s+to\s+)?know\s+who\s+(?:has\s+|had\s+)?(?:posted|placed|put\s+up|owns)\s+(?:this|that|the)\s+(?:job\s+)?(?:ad|advert|posting|opening|position|vacancy|req(?:uisition)?|job)\b/i,
  // "could you introduce me to…", "I was wondering if you could connect me with…", "do you think you could connect us"
  new RegExp(
    String.raw`\b(?:could|can|would|will|might|if|whether|hoping|hope|wondering|wonder|think)\s+you(?:'d|\s+would|\s+could|\s+can|\s+might)?\s+(?:\w+\s+){0,4}?${INTRO_ACT}`,
    "i",
  ),
  new RegExp(String.raw`\byou(?:'d|\s+would|\s+could|\s+can|\s+might)\s+(?:\w+\s+){0,3}?${INTRO_ACT}`, "i"),
  // someone else asked to do it: "Could Sam introduce me", "whether he'd be willing to introduce us"
  // (Not the writer's own plan: "we will formally introduce Danny to the group", session 31.)
  new RegExp(
    String.raw`(?<!\b(?:I|we)\s+)\b(?:could|can|would|will|might)\s+(?!i\b|we\b|it\b)\w+\s+(?:please\s+)?${INTRO_ACT}`,
    "i",
  ),
  new RegExp(
    // (Not the writer's own offer: "I'd be happy to introduce someone at Enron to him", real Enron mail, session 24.)
    String.raw`\b(?<!['’])(?!(?:I|we)\b)(?:you|he|she|they|\w+)(?:'d|\s+would|\s+might)?\s+be\s+(?:willing|able|open|happy|up\s+for)\s+to\s+${INTRO_ACT}`,
    "i",
  ),
  // "can you ask your friend Sam (the one from the press club?) to introduce me to…"
  new RegExp(String.raw`\bask\s+[^.!]{1,80}?\bto\s+${INTRO_ACT}`, "i"),
  // "would you mind introducing me…"
  // ("Mind connecting my client with your contact at the Army Corps?", session 31: not the
  // writer's "I don't mind introducing him" nor "never mind".)
  new RegExp(String.raw`(?:\bwould\s+you\s+|(?<!\b(?:I|we|don'?t|wouldn'?t|not|never)\s+)\b)mind\s+${INTRO_ACT}`, "i"),
  // "I'd love an intro to…", "I'd like to ask for an introduction", "can I ask for an introduction?"
  new RegExp(
    String.raw`\b(?:i'?d|i\s+would|we'?d|we\s+would|i'?m|i\s+am|we'?re)\s+(?:\w+\s+){0,2}?(?:love|like|appreciate|welcome|value|grateful\s+for|thankful\s+for|hoping\s+for|looking\s+for|keen\s+on|asking\s+for)\s+(?:to\s+(?:ask|request)\s+(?:you\s+)?(?:for\s+)?)?(?:an?\s+|your\s+|the\s+)?(?:\w+\s+)?${INTRO_NOUN}\b`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:for\s+)?(?:an?\s+)?(?:\w+\s+)?${INTRO_NOUN}\b`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:here'?s|here\s+is|this\s+is|sending)\s+(?:the|my|an?)\s+(?:\w+\s+)?${INTRO_NOUN}\s+request\b`,
    "i",
  ),
  // "I'd love to be introduced to…", "hoping to get connected with…"
  new RegExp(
    String.raw`\b(?:love|like|want|hoping|hope|keen|trying|looking)\s+to\s+(?:be|get)\s+(?:\w+\s+)?(?:introduced|connected|put\s+in\s+touch)\s+(?:to|with)\b`,
    "i",
  ),
  // "I'd love to meet Wilhelmina Strand", "I'd really like to get in front of Beatrix Kowalczyk"
  new RegExp(
    String.raw`\b(?:I'?d|I\s+would|[Ww]e'?d|[Ww]e\s+would)\s+(?:really\s+|very\s+much\s+|so\s+)?(?:like|love)\s+to\s+(?:meet|get\s+in\s+front\s+of|be\s+in\s+touch\s+with|talk\s+(?:to|with)|speak\s+(?:to|with)|connect\s+with)\s+(?:the\s+\w+\s+)?(?!${CALENDAR_WORD})${NAME_START}`,
    "u",
  ),
  // "any chance you could…", "would it be possible to get an intro…"
  new RegExp(
    String.raw`\b(?:any\s+chance|is\s+there\s+any\s+way|would\s+it\s+be\s+possible|is\s+it\s+possible)\b[^.?!]{0,60}?(?:${INTRO_NOUN}|introduc|put\s+(?:me|us)\s+in\s+touch|connect\s+(?:me|us))`,
    "i",
  ),
  // "an intro to Stripe's payments team would be amazing", "any intros to people at fintechs would be great"
  new RegExp(
    String.raw`\b(?:an?|any|the)\s+(?:warm\s+|quick\s+|email\s+)?${INTRO_NOUN}\s+(?:to|with)\b[^.?!]{0,80}?\b(?:would\s+be|means?\s+a\s+lot|much\s+appreciated|help(?:s|ful)?)`,
    "i",
  ),
  // "do you know anyone at Google who…", "does your friend Sam know anyone at Quillstone?", "know anyone there?",
  // "any large-animal vets around here who might come talk…?" (session 34's blind holdout-65)
  // (Not someone for paperwork: "know any contacts at the bank for the letters of credit?")
  // The question mark within 300 characters: read up to the end of the sentence from each
  // "do you know anyone at" of a crafted one, it took time growing with their square.
  new RegExp(
    String.raw`\b(?:do|does|would|might)\s+(?:you|he|she|they|\w+)\s+(?:[^.?!]{0,60}?\s)?(?:happen\s+to\s+)?know\s+(?:of\s+)?(?:anyone|anybody|someone|somebody|any\s+[\w-]+)(?:\s+(?:around|round|near|out|up|down|over)\s+(?:here|there|this\s+way|your\s+way))?\s+(?:at|in|from|who|on|there|over)\b${PAPERWORK_WITHIN(80)}[^.?!]{0,300}\?`,
    "i",
  ),
  // "Can I send you my CV so you can give it to him?": the passing on is the ask, however it is put
  /\b(?:my|our|his|her)\s+(?:[\w-]+\s+){0,2}?(?:cv|resume|résumé|portfolio|profile|proposal|deck|letter|application|summary)\b[^.?!]{0,60}\bso\s+(?:that\s+)?you\s+(?:can|could|might)\s+(?:give|pass|forward|hand|show|send)\s+(?:it|them)\s+(?:on\s+|along\s+)?to\s+(?:him|her|them)\b/i,
  // "could I say you suggested it?", "would it be out of line to tell her you suggested I call?",
  // "may I use your name when I write to her?": the reader's name as the introduction.
  /(?:\b(?:could|can|may|might)\s+I|\bwould\s+it\s+be\s+(?:[\w-]+\s+){1,3}?to|\b(?:do|would)\s+you\s+mind\s+if\s+I|\b(?:is\s+it|would\s+it\s+be)\s+(?:ok(?:ay)?|all\s+right|alright|fine)\s+(?:if\s+I|to))\s+(?:say|mention|tell\s+(?:him|her|them|\p{Lu}\p{Ll}+))\s+(?:that\s+)?you\s+(?:suggested|sent\s+me|referred\s+me|pointed\s+me)\b|\b(?:could|can|may|might)\s+I\s+use\s+your\s+name\b|\b(?:is\s+it|would\s+it\s+be)\s+(?:ok(?:ay)?|all\s+right|alright|fine)\s+(?:if\s+I|to|for\s+me\s+to)\s+(?:use|mention|drop)\s+your\s+name\s+(?:when|if|as)\s+(?:I|we)\s+(?:call|write|contact|reach|approach|e-?mail|ring|speak|talk)/iu,
  // "Is it worth my writing to him, and could I mention you?": the reader's name as the opening
  /\b(?:writ|call|contact|approach|e-?mail|ring|reach)\w*\s+(?:out\s+to\s+|to\s+)?(?:him|her|them)\b[^.?!]{0,60}\b(?:could|can|may|might)\s+I\s+(?:mention|use|drop|cite)\s+(?:you|your\s+name)\b|\b(?:could|can|may|might)\s+I\s+(?:mention|use|drop|cite)\s+(?:you|your\s+name)\b[^.?!]{0,60}\b(?:writ|call|contact|approach|e-?mail|ring|reach)\w*\s+(?:out\s+to\s+|to\s+)?(?:him|her|them)\b/i,
  // "I wouldn't mind at all if my name came up too", "could my name come up next time you talk?"
  /\b(?:if|could|would|might|may)\s+(?:my|our)\s+name\s+(?:came|comes|come|(?:were|happened|happens|was)\s+to\s+come|could\s+come|might\s+come)\s+up\b/i,
  // "If you ever run across one of them I'd sure like to have a chat."
  /\bif\s+you\s+(?:ever\s+|happen\s+to\s+)?(?:run\s+(?:across|into)|come\s+across|meet|bump\s+into|hear\s+of|know)\s+(?:one\s+of\s+(?:them|those|these)(?:\s+[\w-]+)?|any(?:one|body)|some(?:one|body)|any\s+\w+|a\s+\w+)\b[^.?!]{0,80}?\b(?:I|[Ww]e)(?:'d|\s+would)\s+(?:sure\s+|really\s+|very\s+much\s+|so\s+)?(?:like|love)\s+(?:to\s+(?:have\s+a\s+)?(?:chat|talk|meet|speak|hear)|a\s+(?:chat|word|call|name))\b/i,
  // "I would welcome your mentioning the Clinic's work to them", "glad to speak with anyone you suggest"
  // "I appreciate your sharing my resume with other business entities within Enron if any of them is likely to
  // need an attorney" (real Enron mail, session 24's blind set gq-dd): the writer's papers passed on, valued ahead
  // (not a passing on thanked for: "last week", "already"). Or another's:
  // "I would appreciate your passing Shaundra's name. etc. on to your IT dept." (session 24's blind set gq-db):
  // another's name or papers; a name needs no "to" (the sentence may stop at "name.").
  /\b(?:I|[Ww]e)\s+(?:(?:would|'d|will|do|really|greatly|sincerely|would\s+greatly|would\s+really)\s+)?appreciate\s+(?:your|you)\s+(?:shar|pass|forward|send|circulat|show)\w*\s+(?:on\s+|along\s+)?(?:(?:my|our|his|her|their|\p{Lu}[\p{Ll}'’-]+['’]s)\s+(?:resume|résumé|cv|credentials|information|details|profile)\s+(?:on\s+|along\s+)?(?:with|to)\b|(?:his|her|their|\p{Lu}[\p{Ll}'’-]+['’]s)\s+name\b)(?![^.?!]*\b(?:last|yesterday|already|earlier)\b)/u,
  /\b(?:I|[Ww]e)(?:'d|\s+would)\s+(?:welcome|appreciate|value)\s+(?:your|you)\s+(?:mention|recommend|pass|introduc|put|refer|forward)\w*\b[^.?!]{0,80}?\bto\s+(?:them|him|her|\w+)\b|\b(?:glad|happy|pleased)\s+to\s+(?:speak|talk|meet)\s+(?:with|to)\s+any(?:one|body)\s+you\s+(?:suggest|recommend|name|think\s+of|point\s+me\s+to)\b/i,
  // "Any thoughts on who at the Tribune might want to look at it?" (case-sensitive: the capital), not who at
  // PG&E might take the tickets (paperwork.ts' office errands)
  new RegExp(
    String.raw`\b(?:[Aa]ny\s+(?:thoughts?|ideas?|sense)\s+(?:on|about|of|as\s+to)|[Dd]o\s+you\s+know|[Dd]o\s+you\s+have\s+a\s+sense\s+of)\s+who\s+(?:at|in|over\s+at)\s+(?:the\s+)?\p{Lu}${PAPERWORK_WITHIN(80)}`,
    "u",
  ),
  // "I'm happy for you to forward this to Sam, and happy for him to pass my name to Greta."
  /\bhappy\s+for\s+(?:you|him|her|them)\s+to\s+(?:pass|forward|share|give|mention)\s+(?:on\s+)?(?:my|our|this)\b[^.?!]{0,40}?\bto\s+\p{Lu}/u,
  // Real business mail asks in its own words (measured on the labelled Enron messages, and
  // kept only where the invented sets lose no precision):
  // "could you direct me to the appropriate person?", "point us to the right contact", "Can you
  // send me to the right person?" (real Enron mail, session 25's gq-dq, over a friend's son's ask)
  /\b(?:(?:direct|point|refer|steer)\s+(?:me|us|him|her|them)|send\s+(?:me|us))\s+(?:to|toward)\s+(?:the\s+)?(?:right|appropriate|correct|best|proper)\s+(?:person|people|contact|individual)\b/i,
  // "…direct me to the purchasing director of your firm" (session 29's general check, a seller);
  // case-sensitive for a named firm's capital ("the manager of the parking garage" is a service).
  /\b(?:[Dd]irect|[Pp]oint|[Rr]efer|[Ss]teer)\s+(?:me|us)\s+(?:to|toward)\s+the\s+(?:(?:[\p{Ll}-]+\s+)?(?:director|manager|head|buyer|officer|vice\s+president|VP)\s+(?:of|at|in)\s+(?:your\s+(?:firm|company|organi[sz]ation)|\p{Lu})|(?:individual|person|people)\s+responsible\s+for\s+(?:our|the|your)\s+(?:[\p{Ll}-]+\s+){0,3}?relationship\b)/u,
  // "Please have someone contact me", "could you have somebody from your team call us", "…from
  // Enron Broadband contact our CEO" (not a service call: "…call me about the contract"); "Please
  // have your people contact him ASAP" of a friend (session 28's gq-fg), for a third person only
  // (the reader's people calling the writer is a seller's wish)
  new RegExp(
    String.raw`\b(?:please|could\s+you|can\s+you|would\s+you)\s+(?:\w+\s+)?(?:have|get|ask)\s+(?:someone|somebody|the\s+right\s+person|the\s+appropriate\s+person|(?:one\s+of\s+)?your\s+(?:people|staff|team|guys|folks)(?=\s+(?:\w+\s+){0,2}?(?:contact|call|phone|get\s+in\s+touch\s+with|reach\s+out\s+to)\s+(?:him|her|them)\b))\s+(?:\w+\s+){0,4}?(?:contact|call|phone|get\s+in\s+touch\s+with|reach\s+out\s+to)\s+(?:me|us|him|her|them|(?:my|our)\s+(?:CEO|CFO|COO|chairman|president|boss|client|friend|son|daughter|nephew|niece|partner|colleague)s?)\b${SERVICE_CALL}`,
    "i",
  ),
  // "We would like Ken to phone Charlie Reed": the reader's side asked to reach a named person.
  /\b(?:[Ww]e|I)(?:'d|\s+would)\s+(?:like|love)\s+(?:you|\p{Lu}\p{Ll}+)\s+to\s+(?:phone|call|contact|approach|meet\s+with|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
  RESUME_OF_ANOTHER,
  // The writer's own resume routed by the reader: never a search's candidates (job-leads.ts).
  RESUME_ROUTED_RIGHT,
  RESUME_ROUTING_ASKED,
  // "would you set up a lunch with Bert Hollis?": a meeting with a named third person, arranged for the writer.
  /\b(?:[Cc]ould|[Ww]ould|[Cc]an|[Ww]ill)\s+you\s+(?:please\s+)?(?:set\s+up|arrange|organi[sz]e)\s+(?:a\s+)?(?:\w+\s+)?(?:lunch|meeting|call|dinner|coffee|chat)\s+(?:for\s+(?:me|us)\s+)?with\s+\p{Lu}\p{Ll}/u,
  // "if you know anyone at the Port Authority it'd be good to have a friendly face there"
  /\bif\s+you\s+(?:happen\s+to\s+)?know\s+(?:anyone|anybody|someone|somebody)\s+(?:at|in|from|over\s+at)\b[^.?!]{0,80}?\b(?:it'?d|it\s+would|that'?d|that\s+would|would)\s+(?:be|help)\b/i,
  // "any chance u know someone at enroute capital?", "wondering if you know anybody over at Dynegy?"
  /\b(?:any\s+chance|wondering\s+if|wonder\s+if|by\s+any\s+chance)\s+(?:you|u)\s+(?:happen\s+to\s+)?know\s+(?:anyone|anybody|someone|somebody|any\s+\w+)\s+(?:at|in|from|who|on|there|over)\b[^.?!]{0,300}\?/i,
  // "Who should I talk to at Dynegy about storage?", "who's the right person at Calpine for this?"
  /\b[Ww]ho\s+(?:should|would|could|do\s+you\s+think|might)\s+(?:I|[Ww]e)\s+(?:talk|speak|reach\s+out|turn|write|contact|call|approach)\b[^.?!]{0,30}?\b(?:at|over\s+at|from|with)\s+(?:the\s+)?\p{Lu}[^.?!]{0,80}\?/u,
  // (Or "in your organization": "Who is the best person in your organization to communicate her
  // interest and my recommendation?" over a colleague's resume, session 26's blind set gq-ec.)
  new RegExp(
    String.raw`\b[Ww]ho(?:'s|\s+is|\s+would\s+be)\s+the\s+(?:right|best|appropriate|correct)\s+(?:person|people|contact)\s+(?:to\s+(?:talk|speak)\s+(?:to|with)\s+)?(?:(?:at|over\s+at|in|from)\s+(?:the\s+)?\p{Lu}|(?:at|in|within)\s+your\s+(?:organi[sz]ation|company|firm|group|team|department|shop|office|division|business\s+unit)\b${PAPERWORK_WITHIN(80)})[^.?!]{0,80}\?`,
    "u",
  ),
  // "Do you have any contacts with ABN AMRO or BANC One in Chicago?" (real Enron mail, session 23):
  // contacts, plural, at an organisation named; not "any contact with Dynegy" (correspondence).
  /\b(?:[Dd]o|[Ww]ould)\s+(?:you|u)\s+(?:happen\s+to\s+)?have\s+(?:any\s+)?(?:good\s+)?(?:contacts|connections|friends)\s+(?:with|at|in|inside|over\s+at)\s+(?:the\s+)?\p{Lu}[^.?!]{0,80}\?/u,
  // "Please let me know if there is someone else at Enron whom I should speak with", "Is there
  // someone else at Enron whom you would recommend to speak at the conference?" (real Enron mail,
  // session 23): someone at a named organisation (or the reader's), to approach or recommended;
  // or who could give the writer's side time ("Is there someone in your shop who could give my
  // daughter 20 min on what analysts actually do?", session 27's paraphrases).
  new RegExp(
    String.raw`\b(?:[Ii]s\s+there|if\s+there\s+is|if\s+there's|[Aa]re\s+there)\s+(?:someone|somebody|anyone|anybody|a\s+person|people)\s+(?:else\s+)?(?:at|in|from|within|over\s+at)\s+(?:the\s+)?(?:\p{Lu}|your\s)[^.?!]{0,40}?\s(?:whom|who|that)\s+(?:(?:I|we)\s+(?:should|could|might|ought\s+to)\s+(?:speak|talk|reach\s+out|write|turn|approach|contact)|you(?:'d|\s+would|\s+could|\s+might)?\s+(?:recommend|suggest)|(?:could|might|would)\s+(?:give|spare)\s+(?:me|us|him|her|my\s+[\p{Ll}-]+)\s+(?:\d+|a\s+few|five|ten|fifteen|twenty|thirty|some|half\s+an)\s*(?:min(?:ute)?s?|hour|time)|(?:could|might|would)\s+(?:talk|speak|meet|sit\s+down)\s+(?:to|with)\s+(?:me|us|him|her|my\s+[\p{Ll}-]+))\b${PAPERWORK_WITHIN(80)}`,
    "u",
  ),
  // "who handles the pollination contracts at Sandvik Orchards now?": the right person, asked for
  /(?:^|[-,:;]\s*)[Ww]ho\s+(?:now\s+)?(?:handles|runs|heads|manages|looks\s+after|buys\s+for|is\s+in\s+charge\s+of|deals\s+with|does\s+the)\s+[^.?!]{0,60}?\b(?:at|over\s+at)\s+(?:the\s+)?\p{Lu}[^.?!]{0,80}\?/u,
  // "you don't happen to know anybody in the shipping business, do you?", "who do you know at Parcelnook?"
  /\b(?:don't|do\s+not|wouldn't)\s+(?:(?:suppose|imagine|think|guess)\s+(?:you|u)\s+)?(?:happen\s+to\s+)?know\s+(?:anybody|anyone|somebody|someone)\b[^.?!]{0,120}\?/i,
  /\bwho\s+do\s+(?:you|u|we)\s+know\s+(?:at|in|over\s+at|from|(?:who|that)\s+(?:sponsors?|funds?|invests?|hires?|runs?|works?|buys?|handles?))\b/i,
  // "Do you know a harpsichordist who'd talk to Freya about auditions?", "know any ex-smokejumpers
  // who'd talk on camera??": someone willing to talk, asked for by what they do.
  /^(?:[\w-]+[,:-]\s*)?(?:(?:do|d)\s+(?:you|u|ya)\s+)?(?:happen\s+to\s+)?know\s+(?:of\s+)?(?:a|an|any|anyone|anybody|someone|somebody)\b[^.?!]{0,80}?\b(?:who|that)(?:'d|\s+would|\s+might|\s+could|\s+will)\s+(?:be\s+(?:willing|happy|open|up)\s+(?:to|for)\s+)?(?:talk|speak|chat|meet|answer|sit\s+down|give\s+(?:me|us|him|her|them|\p{Lu}\p{Ll}+)\s+(?:[\w-]+\s+){0,2}?(?:minutes|time|advice))\b[^.?!]{0,120}\?/iu,
  // "Anyone on the hospital side who'd talk to my students about food insecurity?"
  // (Or "Is there someone at Bayou Crest who works on the renewables side who might be willing to
  // speak…?", session 34's blind holdout-67.)
  /^(?:[\w-]+[,:-]\s*)?(?:(?:is|are)\s+there\s+)?(?:any|anyone|anybody|someone|somebody)\b[^.?!]{0,60}?\b(?:who|that)(?:'d|\s+would|\s+might|\s+could)\s+(?:be\s+(?:willing|happy|open|up)\s+(?:to|for)\s+)?(?:talk|speak|chat|meet|sit\s+down)\b[^.?!]{0,120}\?/i,
  // "I'm asking for your help getting 30 minutes with Gloria Tsai-Beaumont"
  /\b(?:asking\s+for|need|would\s+(?:love|appreciate|welcome)|could\s+use|hoping\s+for)\s+your\s+help\s+(?:in\s+|with\s+)?(?:getting|securing|landing|arranging|setting\s+up)\s+(?:(?:me|us)\s+)?(?:\d+|a\s+few|some|ten|fifteen|twenty|thirty|forty-five|an?|half\s+an)\s*(?:[\w-]+\s+){0,2}?(?:minutes?|hour|time|meeting|call|audience|slot|conversation)\s+with\b/i,
  // "if anyone comes to mind who's doing interesting work in that space, I'd love an intro"
  // "if anyone comes to mind that we ought to be talking to, I'm all ears"
  /\bif\s+(?:anyone|anybody|someone|somebody)\s+comes\s+to\s+mind\b[^.?!]{0,120}?(?:\b(?:I'?d|I\s+would|would\s+be)\s+(?:love|like|appreciate|be\s+(?:so\s+|very\s+)?grateful|great|wonderful)|\b(?:I'?m|[Ww]e'?re)\s+all\s+ears\b|\blet\s+(?:me|us)\s+know\b)/i,
  // "u know anybody at tri-county savings?", "You know somebody who can help her?": the same
  // question without its "do".
  /(?:^|[-,:;]\s*|\b(?:and|so|hey)\s+)(?:(?:you|u|ya)\s+)?(?:happen\s+to\s+)?know\s+(?:anyone|anybody|someone|somebody)\s+(?:at|in|from|over|there|who)\b[^.?!]{0,300}\?/i,
  // "If you are knowing anybody in the cooperative bank who can guide us, kindly connect."
  /\bif\s+you\s+(?:know|are\s+knowing|happen\s+to\s+know)\s+(?:anyone|anybody|someone|somebody)\b[^.?!]{0,150}?\b(?:please|kindly|do)\s+(?:connect|introduce|put\s+(?:me|us)\s+in\s+touch)\b/i,
  // "If you know who runs interconnection for them now, a name and a number would save us grief."
  /\bif\s+you\s+(?:know|happen\s+to\s+know|could\s+find\s+out)\s+who\s+(?:now\s+)?(?:runs|handles|heads|manages|owns|is\s+in\s+charge\s+of|is\s+responsible\s+for|deals\s+with|looks\s+after|covers)\b/i,
  // "if you happened to think of someone in that world who wouldn't mind a chat, I'd be so grateful",
  // "if you meet anyone at one of the big foundations who might listen, I'd be glad to have the name",
  // "if you happen to know a retired pilot who'd answer a few questions, I would be grateful",
  // "if you know any teachers in the diocese who'd sit down with her over coffee… we'd be so
  // grateful", "…I would be very thankful for a name" (session 34's blind holdout-66)
  /\b(?:think\s+of|know(?:\s+of)?|meet|come\s+across|run\s+into|bump\s+into|hear\s+of)\s+(?:(?:someone|anyone|somebody|anybody)\s+(?:in|at|from|who|that|on)|(?:a|an|any|some)\s+(?:[\w-]+\s+){1,5}?who)\b[^.?!]{0,150}?(?:\b(?:I'?d|I\s+would|[Ww]e'?d|[Ww]e\s+would)\s+be\s+(?:so\s+|very\s+|really\s+|most\s+|truly\s+)?(?:grateful|thankful)|\b(?:I'?d|I\s+would|[Ww]e'?d|[Ww]e\s+would|(?:he|she|they)(?:'d|\s+would))\s+(?:be\s+glad\s+(?:to\s+have|of|for)|love|like|welcome|value|take|appreciate)\s+(?:the|a|their|his|her|any)\s+names?\b|\b(?:I'?d|I\s+would|[Ww]e'?d|[Ww]e\s+would)\s+(?:really\s+|so\s+)?appreciate|\bwould\s+be\s+(?:great|wonderful|amazing|helpful))/i,
  // "do you know anybody at any of the streamers." (phone-typed: the question mark left off,
  // so only at the start of the sentence)
  // "leah do you know anyone whos shot way up north in winter." (session 34's blind holdout-65):
  // someone who has done a thing, not someone who is going somewhere.
  /^(?:[\w-]+(?:\s*[,:-])?\s+)?(?:do|d)\s+(?:you|u|ya)\s+(?:happen\s+to\s+)?know\s+(?:(?:anyone|anybody|someone|somebody)\s+(?:(?:doing|working|running|handling|buying|managing|leading|teaching|hiring|heading)\s+(?:[\w-]+\s+){0,2}?)?(?:at|in|over\s+at|inside)\b|(?:anyone|anybody|someone|somebody)\s+who(?:'s|\s+has|\s+have|\s+had)\s+(?:actually\s+|ever\s+|already\s+)?(?!(?:going|coming|getting|got|free|around|available|interested|here|there|home|back|out|in|on|a|an|the|been\s+(?:to|at|in))\b)\p{L}+|whoever\s+(?:buys|runs|handles|heads|hires|manages|does|is\s+in\s+charge)\b)/iu,
  // "Anyone at Google you could connect me with?" / "Know anyone at Stripe?"
  new RegExp(
    String.raw`^(?:(?:do\s+you\s+)?know\s+)?(?:anyone|anybody|someone|somebody)\s+(?:at|in|from)\s+[^.?!]{1,60}\?`,
    "im",
  ),
  ...OBLIQUE_ASKS,
  ...WHOM_TO_REACH,
  // Real Enron mail, session 22: a meeting asked "with the appropriate person" ("would be
  // grateful for any opportunity to meet with the appropriate person any time Thursday"; "…with you
  // or the appropriate person within your organization", session 25's gq-dq), and a
  // resume's onward routing thanked for ahead ("I really appreciate you taking the time to review
  // and forward my resume on"; not for routing already done: "last week", "already").
  /\b(?:grateful|appreciate|thankful|welcome)\b[^.?!]{0,40}?\b(?:opportunity|chance|time)\s+(?:for\s+(?:me|us)\s+)?to\s+(?:meet|talk|speak|visit|sit\s+down)\s+(?:with\s+|to\s+)?(?:you\s+or\s+)?the\s+(?:appropriate|right|proper|correct|relevant)\s+(?:person|people|individual|contact|party|parties)\b/i,
  /\b(?:appreciate\s+(?:you|your)\s+taking\s+the\s+time|(?:thank(?:s|\s+you)|thx|tx)\s+in\s+advance)\b(?![^.!?]*\b(?:last|yesterday|already|earlier|ago)\b)[^.!?]{0,60}?\b(?:forward|pass|send|circulat|route)\w*\s+(?:it|this|them|my\s+(?:resume|résumé|cv|credentials|application|name))\s+(?:on|along|around|forward|to)\b/i,
];

/**
 * Acts that connect the sender (or their note) with someone else, in everyday words:
 * "hook me up with", "hook up Jim Smith with someone on the weather desk", "loop me in with",
 * "share my details with", "pass my note to",
 * "make me known to", "ping Leo for me", "vouch for me with", "get me on her radar",
 * "get Jaylen in front of someone" (never "in front of me"), "have Dr. Lund drop in and see
 * Grandad" (a person seen: not "the fuse box", not "me", which is an errand in an office),
 * "get me on the phone with Ruth Ames", "ask her to text me", "pass her number along to him";
 * a resume routed onward: "the following resume… thought you might be able to channel it in the
 * right direction", "get my cv into the right hands" (real Enron mail, session 22).
 * "Could you refer Don to someone in your organization?", "have someone email to me the contact
 * information for whomever it would be appropriate for us to approach" (real Enron mail, session 23).
 * "Introducing you to…" is an offer to the reader, never an ask ("I look forward to introducing
 * you to our Steering Committee", real Enron mail, session 23).
 * "Have X call me" skips no "if" or "please" on its way: "…how detailed to get if you need more
 * information please contact me" is a forwarded note's sign-off (session 32's blind gq-hh).
 */
const ROUTED_ONWARD = String.raw`(?:channel|route|funnel|steer|direct|point|send|forward|pass|get|take)\w*\s+(?:it|them|this|(?:my|his|her|their|the)\s+(?:resume|résumé|cv|credentials))\s+(?:in\s+the\s+(?:right|proper|appropriate)\s+direction|(?:in)?to\s+the\s+(?:right|proper|appropriate)\s+hands|where\s+(?:it|they)\s+(?:belongs?|needs?\s+to\s+go|should\s+go))`;
const RESUME_ROUTED_ONWARD = String.raw`\b(?:resume|résumé|cv|credentials)\b[^.?!]{0,160}?\b${ROUTED_ONWARD}|\b${ROUTED_ONWARD.replace("(?:it|them|this|", "(?:")}`;
const CONNECTING = String.raw`(?:${RESUME_ROUTED_ONWARD}|\bintroduc(?:e|ing)\s+(?:me|us)\b${ON_STAGE}|\bintro(?:'?ing)?\s+(?:me|us)\s+(?:to|with)\b|\bintroduc(?:e|ing)\s+(?!you\s)(?:[\w,.'-]+\s+){1,6}?(?:to|with)\b|\b(?:contact\s+(?:information|info|details)|names?(?:\s+and\s+(?:numbers?|e-?mails?))?)\s+(?:for|of)\s+(?:(?:whomever|whoever)\s+(?:it\s+(?:would|might)\s+be\s+)?(?:most\s+)?(?:appropriate|best|right)\b|(?:whomever|whoever)\s+(?:I|we)\s+(?:should|ought\s+to|could)\s+(?:approach|talk|speak|contact|meet)\b|the\s+(?:right|appropriate|best)\s+(?:person|people|contacts?)\s+(?:to\s+(?:approach|talk|speak|contact|meet)|at|in|on)\b)|\brefer(?:ring)?\s+(?:me|us|him|her|(?!it\b|this\b|that\b|these\b|those\b|the\b|them\b|you\b)[\w.'-]+)\s+to\s+(?:someone|somebody|anyone|anybody|the\s+(?:right|appropriate|best)\s+(?:person|people)|whoever|people|a\s+(?:colleague|contact|friend|person))\b|\b(?:an?|the|your|any|some|that|this)\s+(?:[\w-]+\s+){0,2}?(?:intros?|introductions?)\b|\bget\s+(?:this|it|these|that|(?:the|my|our|his|her)\s+(?:[\w-]+\s+){0,2}?[\w\u00C0-\u024F-]+)\s+in\s+front\s+of\b(?!\s+(?:me|us)\b)|\b(?:put(?:ting)?|bring(?:ing)?)\s+(?:us|the\s+two\s+of\s+(?:us|them))\s+together\b|\bget\s+(?:me|us)\s+to\s+(?:someone|somebody|anyone|anybody|the\s+right\s+(?:person|people)|whoever)\b|\bconnect(?:ing)?\s+(?:me|us|the\s+two\s+of\s+us)\b(?!\s+(?:to|with)${A_DEVICE_NEXT})|\bmake\s+(?:the|a)\s+connection\b|\bmak(?:e|ing)\s+a\s+connection\s+with\b|\bput(?:ting)?\s+(?:me|us)\s+in\s+(?:touch|contact)\b|\bhook\s+(?:me|us)\s+up\b|\bhook\s+(?:up\s+)?(?:him|her|them|my\s+[\w-]+|[\w.'-]+\s+[\w.'-]+)\s+(?:up\s+)?with\s+(?:someone|somebody|anyone|anybody|the\s+right|your|a\s+(?:contact|friend|colleague))\b|\byou\s+(?:could\s+|might\s+|would\s+)?have\s+a\s+(?:quiet\s+|quick\s+|private\s+|little\s+|short\s+|friendly\s+)?word\s+with\s+(?!me\b|us\b|you\b)[^.?!]{0,120}?\b(?:my|me|us|our)\b|\b(?:have|get|ask)\s+(?:[\w.'-]+\s+){1,6}?to\s+come\s+(?:and\s+)?(?:watch|see|meet|hear)\b|\b(?:have|get|ask)\s+(?:[\w.'-]+\s+){1,6}?(?:to\s+)?(?:come|stop|drop|swing|pop)\s+(?:by|over|round|around|in)\s+(?:and\s+|to\s+)?(?:see|meet|visit|talk\s+to|sit\s+with)\s+(?!(?:me|us|the|a|an|this|that|these|those|it|what|how|if|whether|where|your|our)\b)|\bloop\s+(?:me|us)\s+in\b(?!\s+on\s+(?:the|this|that|your|our)\s+(?:[\w-]+\s+){0,2}?(?:thread|account|project|e-?mail|conversation|discussion|chain|deal|file|case|ticket|matter)s?\b)|\bloop\s+(?:me|us)\s+into\s+(?:a|the)\s+(?:thread|conversation|email|e-mail|chat)\s+with\b${PAPERWORK_WITHIN(80)}|\bloop\s+in\s+(?:your|a)\s+(?:[\w-]+\s+)?(?:contact|friend|buddy|colleague|pal)\s+(?:at|in|on|from|over\s+at)\b|\b(?:shar(?:e|ing)|pass(?:ing)?|forward(?:ing)?|send(?:ing)?|giv(?:e|ing))\s+(?:on\s+|along\s+)?(?:my|our)\s+(?:details|name|note|email|e-mail|info|contact|number|cv|deck|profile|(?:(?:home|office|work)\s+)?(?:phone|telephone|cell|mobile)\s+(?:number|no\b|#))\b(?!\s+to\s+(?:me|us|my|our|the\s+(?:front\s+desk|reception|help\s*desk|office|directory|list|database|system)|HR|payroll|IT)\b)|\bpass\s+(?:this|my\s+note)\s+(?:on|along)\b(?=\s+(?:to|for\s+(?:me|us))\b|(?<=my\s+note\s+\w+))(?!\s+to\s+(?:others|anyone|anybody|everyone|people|whoever|any\s+of\s+(?:your|the|our)\b|any\s+(?:\w+\s+)?(?:members|parents|people|folks|colleagues|friends|staff|employees|students|neighbou?rs|residents|volunteers|readers|players|families)\b|other\s+\w+|all\s+(?:your|the)\b|(?:your|the)\s+(?:[\w/&'-]+\s+){0,3}?(?:team|staff|colleagues|group|people|department|desk|folks|board|committee|members|parents|list|office|class|studio|students|congregation|parish|volunteers|employees|readers|clients|network|circle|friends))\b)|\bmake\s+(?:me|us)\s+known\b|\bestablish\s+(?:a\s+)?contact\b|\bmention(?:ing)?\s+(?:me|us|him|her|them)\s+to\b|\bmention(?:ing)?\s+(?:(?:my|our)\s+)?(?!it\b|this\b|that\b|the\b|anything\b|something\b|everything\b)[\w'-]+\s+to\s+(?:him|her|them)\b|\b(?:pass|give|send|forward|drop|float|mention)(?:ing)?\s+(?:along\s+|on\s+)?(?:[\w-]+'s|his|her|their)\s+name\s+(?:along\s+|on\s+)?to\b${PAPERWORK_WITHIN(80)}|\bbring(?:ing)?\s+(?:[^\s?!]+\s+){1,6}?to\s+(?:the\s+)?attention\s+of\b|\b(?:get|have|make)\s+(?:him|her|them|[\w.'-]+)\s+(?:to\s+)?(?:pick\s+up\s+the\s+phone|return\s+my\s+calls?|call\s+me\s+back|take\s+my\s+calls?)\b|\b(?:mention|drop|float)(?:ping|ing)?\s+(?:my|our)\s+names?\b|\bask(?:ing)?\s+(?:[\w.'&-]+\s+){1,10}?to\s+(?:give\s+(?:me|us)\s+(?:a\s+(?:ring|call|shout|buzz)|${TIME_GIVEN})|call\s+(?:me|us)|ring\s+(?:me|us)|contact\s+(?:me|us)|(?:text|message|phone|e-?mail)\s+(?:me|us)\b|get\s+in\s+touch\s+with\s+(?:me|us)|reach\s+out\s+to\s+(?:me|us))\b|\b(?:have|get|ask)\s+(?:[\w.'&()-]+\s+){1,6}?(?:to\s+)?(?:give|drop)\s+(?:me|us)\s+a\s+(?:call|ring|line|shout|buzz|note)\b|\b(?:have|get)\s+(?!(?:any|no|more|further|additional|a|questions?|problems?|concerns?|comments?|issues?|time|trouble)\b)(?:(?!(?:if|please|pls|when|whenever|should)\b)[\w.'&()-]+\s+){1,6}?(?:to\s+)?(?:call|phone|ring|contact|e-?mail)\s+(?:me|us)\b${SERVICE_CALL}${PAPERWORK_WITHIN(80)}|\bconnect(?:ing)?\s+(?:them|him|her)\b(?!\s+(?:to|with)\s+(?:the|our|your|a|an)\s)|(?<!\b(?:declin(?:e|es|ed|ing)|cancel\w*|sign(?:s|ed|ing)?|apologi[sz]\w*|accept\w*|vot(?:e|es|ed|ing)|rsvp\w*|RSVP\w*|pa(?:y|ys|id|ying)|order\w*|bid\w*)\s+)(?<!\b(?:attend|represent|cover\s+for\s+me|stand\s+in)\w*\b[^.?!]{0,60})\bon\s+(?:my|our)\s+(?:(?:[\w-]+\s+)?[\w-]+['’]s\s+)?behalf\b|\b(?:giv(?:e|ing)|send(?:ing)?|pass(?:ing)?|forward(?:ing)?|shar(?:e|ing))\s+(?:[\w-]+\s+){1,3}?(?:my|our)\s+(?:details|name|number|email|e-mail|contact|info|cv|deck|telephone|phone|mobile|card)\b(?!\s+to\s+(?:me|us|my|our)\b)|\bgiv(?:e|ing)\s+(?:him|her|them)\s+my\s+(?:mail|e-?mail\s+address)\b|\b(?:get|have)\s+(?:somebody|someone|anyone|anybody)\s+(?:from|at|in)\s+[^.?!]{0,80}?\bto\s+(?:call|phone|ring|contact|e-?mail|get\s+in\s+touch\s+with|reach\s+out\s+to)\s+(?:me|us)\b|\b(?:pass|forward|send|give|show|get|hand)(?:ing)?\s+(?:on\s+|along\s+)?(?:(?:his|her|their|our|my|the|this|these)\s+(?:[\w-]+\s+|\([^()]{1,20}\)\s+){0,3}?(?:resume|résumé|cv|deck|proposal|portfolio|business\s+plan)s?|(?:our|my|his|her|their)\s+(?:[\w-]+\s+|\([^()]{1,20}\)\s+){0,3}?(?:summary|one-pager|write-?up|materials|bio|package|presentation|white\s*paper|paper|letter|info(?:rmation)?|details|particulars|note|plan))\s+(?:\([^()]{1,20}\)\s+)?(?:on\s+|along\s+)?to(?:\s+|\s*(?:\.{2,}|…)\s*$)(?!(?:your|our|my|all|everyone|anyone|others|me|us)\b|the\s+(?:\w+\s+)?(?:team|group|staff|department|desk|committee|list)\b)|\bget(?:ting)?\s+(?:me|us|him|her|them)\s+on\s+(?:the\s+phone|a\s+(?:call|zoom|video\s+call|phone\s+call))\s+with\s+(?!you\b|u\b|yourself\b)|\bpass(?:ing)?\s+(?:his|her|their)\s+(?:number|name|details|contact(?:\s+info)?|card|info|e-?mail)\s+(?:along\s+|on\s+)?to\s+(?:him|her|them)\b|\bmake\s+sure\s+(?:[\w.'-]+\s+){1,3}?(?:sees?|gets?|reads?|looks?\s+at)\s+(?:my|her|his|their|our)\s+(?:application|resume|résumé|cv|proposal|letter|portfolio|file|paper)\b|\b(?:forward|pass|send)(?:ing)?\s+(?:on\s+|along\s+)?(?:my|our|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:\([^()]{1,20}\)\s+)?with\s+a\s+(?:short\s+|quick\s+|brief\s+)?(?:line|note|word)\b|\bplug(?:ging)?\s+(?:me|us)\s+in\b|\bget\s+(?:me|us)\s+into\s+(?:a\s+)?(?:conversation|meeting|the\s+room)\b|\bget\s+(?:me|us|the\s+two\s+of\s+us)\s+talking\b(?!\s+(?:about|to)\s+(?:you|yourself)\b)|\bget\s+(?:me|us)\s+in\s+the\s+(?:room|door)\s+with\b|\bpave\s+the\s+way\s+for\s+(?:me|us)\b|\b(?:grease\s+the\s+(?:skids|wheels)|smooth\s+the\s+way)\s+(?:for\s+(?:me|us)\s+)?with\s+(?:him|her|(?:mr|mrs|ms|dr)\.?\s+\w+|(?!(?:the|our|your|my|a|an|this|that|these|those)\b)\w+\s+\w+(?:\s+(?:in|at|on|over\s+at)\s+(?:your|the|their)\b|\s*\?))|\bhelp\s+(?:me|us)\s+(?:get|be)\s+(?:in\s+front\s+of|in\s+touch\s+with|introduced|connected)\b|\bget(?:ting)?\s+(?:me|us)\s+in\s+(?:touch|contact)\s+with\b|\b(?:help|get|let|allow|enable)\s+(?:me|us)\s+(?:to\s+)?(?:meet|reach|see|contact|talk\s+(?:to|with)|speak\s+(?:to|with)|chat\s+with|sit\s+down\s+with|get\s+(?:in\s+)?(?:to|touch\s+with)|get\s+(?:some\s+)?time\s+with|get\s+a\s+(?:meeting|call|word)\s+with)\s+(?!you\b|u\b|yourself\b|your\s+(?:team|office|staff)\b)|\bgive\s+(?:me|us)\s+(?:a\s+)?(?:contact|name)\s+(?:there|at|in)\b|\bopen\s+(?:a|the|some)\s+doors?\b|\bput\s+in\s+a\s+(?:good\s+)?word\b|\bpass\s+(?:along|on)\s+(?:a|an|our|my)\s+(?:[\w-]+\s+){0,2}?(?:nod|word|expression|signal)\s+of\s+(?:[\w-]+\s+)?(?:interest|support|encouragement)\b(?!\s+to\s+(?:the|your|our|all|everyone)\b)|\bping\s+\w+\s+for\s+me\b|\bvouch(?:ing)?\s+for\s+(?:me|us)\b|\bon\s+\w+(?:'s)?\s+radar\b|\bget\s+(?:me|us|him|her|them|(?:my|our)\s+[\w-]+|(?!(?:the|a|an|this|that|these|those|it|everything|everyone|everybody|all|things|stuff|something|anything|people|cars?|trucks?)\b)[\w'-]+)\s+in\s+front\s+of\b(?!\s+(?:me|us)\b)|\bget(?:ting)?\s+(?:me|us|him|her)\s+(?:in|through)\s+the\s+door\b|\b(?:get|start)\s+a\s+conversation\s+(?:going\s+|started\s+)?with\b|\bask(?:ing)?\s+(?:(?:her|him|them|[\w'-]+)\s+)?(?:[^.?!,]{0,40}?\s)?(?:if|whether)\s+(?:I|we|she|he|they|my\s+\w+|[a-z][\w'-]+)\s+(?:could|might|can|may)\s+(?:shadow|visit|meet|call|see|talk|speak|come\s+(?:by|in|over)|join|sit\s+in|spend)\b|\bask(?:ing)?\s+(?:(?:her|him|them|[\w.'-]+)\s+){0,3}?(?:if|whether)\s+(?:she|he|they)(?:'d|\s+would|\s+might|\s+could|\s+can|\s+will)\s+(?:be\s+up\s+for|be\s+willing|accept|agree|talk|meet|see|hear|listen|do|take|chat|have|hop\s+on|jump\s+on|get\s+on|join|give|consider)|\bgive\s+(?:him|her|[\w.'-]+)\s+a\s+(?:call|ring|buzz)\s+and\s+(?:see|ask|find\s+out)\s+(?:if|whether)\s+(?:he|she|they)\s+(?:could|would|might|can|will)\b[^.?!]{0,60}?\b(?:me|us)\b|${MORE_CONNECTING_ACTS}|${ACTS_BY_GRAMMAR})`;

/**
 * The general form of a request: a sentence that asks the reader to do something and
 * names an act that connects the sender with a third person. Checked after REQUEST_CUES,
 * and never on a sentence that offers or thanks (near-miss-cues.ts' NOT_REQUEST_CUES, THANKS_CUE).
 */
export const ASKED_CONNECTION = {
  asking: new RegExp(ASKING, "i"),
  /** The polite forms only ("could you", "would you be willing"), without a bare "please". */
  askingPolitely: new RegExp(ASKING_POLITELY, "i"),
  connecting: new RegExp(CONNECTING, "i"),
  /**
   * A meeting arranged for the sender with a third person: "set up a lunch with Curtis Lamb",
   * "get me on John Lavorato's calendar", "any way to get 5 minutes with Skilling", "a call for my
   * client with the head of your weather desk",
   * "arrange a short meeting between Dana and me", "a meeting for Dr. Pruett and me with
   * Lorraine Petit", "a meeting for Greta with Mary Jones", "set up a breakfast with him", "tee
   * up a call with Steve Thome" (session 27's gq-ej wrote "tee it up"). Never with the sender or
   * the reader ("a call with us", "with you"): that is scheduling, not an introduction. Asked politely
   * only: "please set up a meeting with Euford Cooper" is a boss to an assistant (real mail).
   * Case-sensitive for the name's capital.
   */
  meeting:
    /\b(?:[Aa]ny\s+(?:way|chance)\s+(?:to|of|I\s+could|we\s+could)|[Cc]an\s+(?:I|we))\s+get(?:ting)?\s+(?:\d+|a\s+few|five|ten|fifteen|twenty|thirty|some)\s*(?:min(?:ute)?s?|time)\s+(?:w\/|with)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?![^.?!]{0,60}\b(?:invoices?|bills?|billing|payments?|expenses?|timesheets?|reports?|budgets?|paperwork|confirm\w*)\b)|\b[Gg]et\s+(?:me|us)\s+(?:on|onto|into)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?['’]s\s+(?:calendar|schedule|diary)\b|\b[Gg]et\s+(?:me|us)\s+(?:\d+\s*min(?:ute)?s?|(?:a\s+few|a\s+couple\s+of|some|five|ten|fifteen|twenty|thirty|forty-five)\s+min(?:ute)?s|half\s+an\s+hour|an\s+hour|a\s+half\s+hour|some\s+time|time|a\s+meeting|an\s+audience|a\s+slot|face\s+time|an?\s+appointment)\s+(?:w\/|with)\s(?!you\b|u\b|yourself\b)|\b(?:[Ss]et(?:ting)?\s+up|[Aa]rrang(?:e|ing)|[Oo]rgani[sz](?:e|ing)|[Ss]chedul(?:e|ing)|[Ll]ine\s+up|[Tt]ee(?:ing)?\s+up)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:lunch|breakfast|dinner|meeting|call|coffee|chat|sit-?down|get-?together|conversation|visit|appointment|audience)\s+(?:of\s+(?:\d+|one|half\s+an|an)\s+(?:min(?:ute)?s?|hours?)\s+)?(?:for\s+(?:[\w.]+\s+){0,4}?(?:me|us|him|her|them|\p{Lu}\p{Ll}+|(?:my|our)\s+(?:client|son|daughter|boss|friend|CEO|partner)s?)\s+)?(?:with\s+(?:him|her|them\b|the\s+(?:Arch)?(?:[Bb]ishop|Governor|Senator|Mayor|Chancellor|President|Prime\s+Minister|Minister|Ambassador|Commissioner|Secretary|Chairman|Provost)\b(?!['’]s)|(?:one|both|either|each|any)\s+(?:or\s+(?:both|all)\s+)?of\s+them\b|the\s+(?:head|director|manager|chief|lead|president)\s+of\s+(?:your|the)\b|(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?\p{Lu}\p{Ll}|your\s+(?:[\w-]+\s+){0,3}?(?:lead|head|director|manager|chief|counsel|colleague|partner|boss|officer|chair|contact|friend)|the\s+(?:right\s+)?(?:person|people|man|woman|one|guy)\s+(?:in|at|from|who|that)\b|whoever\b)|between\s+(?:him|her|\p{Lu}\p{Ll}|the\s+two\s+of\s+(?:them|us)))/u,
};
