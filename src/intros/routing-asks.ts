/**
 * The right person at a named place, asked for in the plainest words, which session 27's
 * paraphrases of the blind mail found missing: "Who is the right person at Calpine to talk to
 * about storage?", "Could you let me know who I should talk to in Tax about the Brazilian
 * structure?", "Do you have a name at Sempra I could call?", "I'd be grateful for the name of
 * someone in your origination group I could speak with.", "Any suggestions on who at PG&E might be
 * receptive to this?", "Can you ask around and see if anyone on your floor knows someone at
 * Williams?". A place must be named (a capitalised one, or the reader's group): "who is the right
 * person to talk to about the holiday party?" and "a name at the caterer I could call" are office
 * errands, and the same words said them in ordinary mail. None for paperwork (PAPERWORK_WITHIN).
 * Case-sensitive, for the place's capital. Pure.
 */
import { NOT_A_DEPARTMENT, PAPERWORK_WITHIN } from "./paperwork.js";
import { RELATION } from "./relations.js";

const TALK = String.raw`(?:talk\s+(?:to|with)|speak\s+(?:to|with)|contact|call|approach|see|meet(?:\s+with)?)`;
/** A named place: "at Calpine", "in Tax", "in your origination group", "over at PG&E". */
const PLACE = String.raw`(?:at|in|within|over\s+at)\s+(?:\p{Lu}|your\s+\p{Ll}+)`;

/** "Who is the right person at Calpine to talk to about X?", asked outright, with its question mark. */
const RIGHT_PERSON_TO_TALK_TO = new RegExp(
  String.raw`\b[Ww]ho(?:'s|\s+is|\s+would\s+be|\s+might\s+be)\s+the\s+(?:right|best|appropriate|correct|proper)\s+(?:person|people|contact)\s+${PLACE}[^.?!]{0,40}?\bto\s+${TALK}\b${PAPERWORK_WITHIN(80)}[^.?!]{0,100}\?`,
  "u",
);

/**
 * "Let me know who I should talk to in Tax about…", "kindly advise whom at El Paso I should
 * approach" (session 29's paraphrases): whom to see at a place, asked of the reader.
 */
const WHOM_I_SHOULD_SEE = new RegExp(
  String.raw`\b(?:[Ll]et\s+(?:me|us)\s+know|[Tt]ell\s+(?:me|us)|[Aa]dvise(?:\s+(?:me|us))?)\s+(?:who|whom)\s+(?:(?:I|we|he|she|they)\s+(?:should|could|ought\s+to|need\s+to)\s+${TALK}\s+${PLACE}|${PLACE}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)?\s+(?:I|we|he|she|they)\s+(?:should|could|ought\s+to|need\s+to)\s+${TALK}\b)${PAPERWORK_WITHIN(80)}`,
  "u",
);

/** "Do you have a name at Sempra I could call?", "the name of someone in your group I could speak with". */
const NAME_TO_CALL = new RegExp(
  String.raw`\b(?:have|know|got)\s+(?:a|any)\s+(?:name|contact|person)\s+${PLACE}[^.?!]{0,30}?\b(?:I|we)\s+(?:could|can|should|might)\s+(?:ring|e-?mail|reach|${TALK})\b${PAPERWORK_WITHIN(60)}|\bnames?\s+of\s+(?:someone|somebody|a\s+person|anyone|people)\s+${PLACE}[^.?!]{0,40}?\b(?:I|we)\s+(?:could|can|should|might)\s+${TALK}\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "Any suggestions on who at PG&E might be receptive to this?" */
const WHO_THERE_WOULD_LISTEN = new RegExp(
  String.raw`\b(?:suggestions?|ideas?|thoughts)\s+(?:on|about|as\s+to)\s+who\s+(?:at|in|over\s+at)\s+\p{Lu}[^.?!]{0,30}?\s(?:might|would|could|may)\s+be\s+(?:receptive|open|interested\s+in\s+(?:this|it|meeting|talking|hearing|a\s+call|our|my)|the\s+right\s+(?:person|contact))\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * "Can you ask around and see if anyone on your floor knows someone at Williams?" (Not the writer's
 * own asking around: "I told Helen I'd ask around but I don't know anyone at NHS Digital", session
 * 39's blind check.)
 */
const ASKED_AROUND = new RegExp(
  String.raw`(?<!\b(?:I|we)(?:'d|'ll|\s+would|\s+will|\s+could|\s+can|\s+might)\s+)\bask\s+around\b[^.?!]{0,60}?\b(?:knows?|has)\s+(?:someone|somebody|anyone|anybody|a\s+contact|contacts)\s+(?:at|in|over\s+at)\s+\p{Lu}${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * Someone else in the reader's organisation, asked for by a writer the reader may not help
 * himself: "Is there anyone else within your organization that should be contacted?" (a seller to
 * Jeff Skilling, session 28's gq-fp). To be contacted, not copied on a memo or paid.
 */
const ANYONE_ELSE_THERE = new RegExp(
  String.raw`\b[Ii]s\s+there\s+(?:anyone|anybody|someone|somebody)\s+else\s+(?:within|in|at|inside)\s+your\s+(?:organi[sz]ation|company|firm|group|team|shop|department|division)\s+(?:(?:that|who|whom)\s+)?(?:(?:I|we)\s+should\s+(?:contact|call|talk\s+to|speak\s+(?:to|with)|approach|meet)|(?:should|ought\s+to)\s+be\s+(?:contacted|approached|called|included))\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * A writer asking to be redirected to someone else: "please re-direct me if there is someone else
 * I need to speak with" (a recruiter writing to Skilling, gq-fn). To a person, not a web page.
 */
const REDIRECT_ME =
  /\b(?:please\s+)?re-?direct\s+(?:me|us)\s+(?:if\s+there\s+is|to)\s+(?:someone|somebody|anyone|anybody|the\s+(?:right|appropriate|correct)\s+(?:person|people|contact))\b/i;

/**
 * The right people at a named firm, wished to be met: "I'd appreciate the opportunity to meet with
 * any appropriate Enron team members" (a translation firm to Ken Lay, gq-fl). The writer's wish,
 * not an order to the reader ("Please meet with the appropriate HR staff").
 */
const APPROPRIATE_PEOPLE_THERE = new RegExp(
  String.raw`\b(?:I|[Ww]e)(?:'d|\s+would)\s+(?:greatly\s+|really\s+)?(?:appreciate|like|welcome|love|value)\s+(?:the\s+|an\s+|any\s+)?(?:opportunity|chance)?\s*to\s+(?:meet|talk|speak)\s+(?:with\s+)?(?:any|the)\s+(?:appropriate|relevant|right)\s+(?:\p{Lu}[\p{L}&.-]*\s+)?(?:team\s+members|people|staff|individuals|persons|folks|executives|managers)\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * Whom at the reader's firm to see instead, asked in the other order: "could you let me know who
 * at your firm I should be talking to?", "Is there a colleague in your procurement group I ought to
 * reach out to instead?" (session 28's paraphrases of its blind routing asks), "whom else should I
 * speak with that would be responsible for our Global relationship within Enron?" (a broker to
 * Shankman, session 29's gq-gg), "Besides you, who would be responsible for the credit
 * relationship with our firm at Enron?", "who else should i talk to over there who owns the overall
 * vendor relationship?" (its paraphrases). Another person than the reader, for a relationship.
 */
const WHOM_THERE_INSTEAD = new RegExp(
  String.raw`\b[Ww]hom?\s+${PAPERWORK_WITHIN(140)}(?:else\s+)?(?:should|could|ought)\s+(?:I|we)\s+(?:to\s+)?(?:speak|talk|be\s+speaking|be\s+talking)\s+(?:with|to)\s+(?:that|who)\s+(?:would\s+be|is|are)\s+(?:responsible|in\s+charge)\s+for\s+[^.?!]{0,60}?\b(?:within|at|in)\s+(?:your\s+(?:organi[sz]ation|company|firm)|\p{Lu}[\p{L}&.-]*)|\b(?:[Ww]ho|[Ww]hom)\s+(?:else\s+)?(?:at|in|within)\s+(?:your\s+[\p{Ll}-]+|\p{Lu}[\p{L}&.-]*)\s+(?:(?:I|we)\s+)?(?:should|ought\s+to|need\s+to)\s+(?:(?:I|we)\s+)?(?:be\s+)?(?:talking|speaking|talk|speak|dealing|deal|working|work)\s+(?:to|with)\b${PAPERWORK_WITHIN(60)}|(?:\b[Bb]esides\s+you,?\s+who|\b[Ww]ho\s+else)\s+(?:(?:would\s+be|is|might\s+be)\s+responsible\s+for|(?:owns|handles|manages|runs))\s+(?:(?:our|your)\s+(?:[\w-]+\s+){0,3}?|the\s+(?:[\w-]+\s+){1,3}?)relationship\b|\b[Ww]ho\s+else\s+(?:should|could|ought\s+to)\s+(?:I|i|we)\s+(?:talk|speak|meet)\s+(?:to|with)\s+(?:over\s+there|there|at\s+(?:your\s+[\p{Ll}-]+|\p{Lu}[\p{L}&.-]*))\b${PAPERWORK_WITHIN(60)}|\b(?:[Ii]s\s+there|[Dd]o\s+you\s+have)\s+(?:a\s+colleague|someone|somebody|anyone|anybody|a\s+person)\s+(?:else\s+)?(?:in|at|on|within)\s+(?:your\s+(?:[\p{Ll}-]+\s+){0,2}?(?:group|team|department|office|division|desk|firm|company|side)|\p{Lu}[\p{L}&.-]*)\s+(?:(?:who|whom|that)\s+)?(?:I|we)\s+(?:ought\s+to|should|could|might|need\s+to)\s+(?:reach\s+out\s+to|contact|talk\s+to|speak\s+(?:to|with)|approach|call|get\s+in\s+touch\s+with)\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * Whom the reader would suggest on a side of the business, in other words than session 23's "Is
 * there someone who you'd recommend I can talk with on the energy trading side of Enron?": "Is
 * there anyone on the trading floor you'd suggest I reach out to?", "Who would you point me to on
 * the retail side of the business?" (session 28's paraphrases).
 */
const SUGGESTED_ON_A_SIDE = new RegExp(
  String.raw`\b(?:anyone|anybody|someone|somebody)\s+(?:on|in|at)\s+(?:the|your)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:floor|side|desk|team|group)\s+(?:(?:that|who|whom)\s+)?you(?:'d|\s+would)\s+(?:suggest|recommend)\s+(?:that\s+)?(?:I|we)\s+(?:reach\s+out\s+to|contact|talk\s+to|speak\s+(?:to|with)|call|approach)\b${PAPERWORK_WITHIN(60)}|\b[Ww]ho\s+would\s+you\s+(?:point|direct|send|refer)\s+(?:me|us)\s+to\s+(?:on|in|at)\s+the\s+[\p{L}-]+\s+(?:side|desk|team|group)\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * Others at the reader's firm to be met for the connection's sake, in other words than session
 * 26's "meet with anyone else at Enron, to at least make the personal connection": "Is there anyone
 * else at the bank I should meet, just to put a face to the name?", "meet one or two others on
 * your team so we're connected" (session 28's paraphrases). Colleagues at a firm, not family.
 */
const MET_FOR_THE_CONNECTION = new RegExp(
  String.raw`\b(?:meet|sit\s+down)\s+(?:with\s+)?(?:a\s+few\s+of\s+|some\s+of\s+|one\s+or\s+two\s+)?(?:your\s+colleagues|(?:some\s+)?other\s+(?:folks|people)|others|anyone\s+else)\s+(?:at|on|in)\s+(?:your|the)\s+(?:firm|team|bank|company|group|desk|office|shop|\p{Lu}[\p{L}&.-]*)\b[^.?!]{0,60}?\b(?:put\s+a\s+face\s+to\s+the\s+name|we(?:'re|\s+are)\s+connected|get\s+acquainted|make\s+the\s+(?:personal\s+)?connection)|\banyone\s+else\s+(?:at|on|in)\s+(?:the|your)\s+(?:firm|team|bank|company|group|desk|office|shop)\s+(?:I|we)\s+should\s+meet\b[^.?!]{0,40}?\b(?:put\s+a\s+face\s+to\s+the\s+name|connected|acquainted|connection)`,
  "u",
);

/**
 * Whom someone the writer speaks for should approach at a firm, asked in new words (session 28's
 * third paraphrase round, of session 22's "Whom in Enron should I tell her to contact?" and
 * session 23's "Could you refer Don to someone in your organization?"): "Who at your firm should I
 * point him toward?", "Which person at Shell would be the right contact for my colleague?", "Is
 * there anyone in your organization you could direct Maria to?", "Please steer Peter toward a
 * contact in your firm's restructuring practice". For him, her, a relation or a named person.
 */
const WHOM_FOR_ANOTHER = new RegExp(
  String.raw`\b(?:[Ww]ho(?:m)?|[Ww]hich\s+person)\s+(?:at|in|within)\s+(?:your\s+[\p{Ll}-]+|\p{Lu}[\p{L}&.-]*)\s+(?:should|could|would|ought\s+to|might)\s+(?:I\s+)?(?:(?:point|direct|send|steer|refer)\s+(?:him|her|them)\s+(?:to(?:ward)?|at)|be\s+the\s+right\s+(?:contact|person)\s+for\s+(?:my\s+${RELATION}|him|her)|(?:my\s+${RELATION}|he|she|they)\s+(?:reach\s+out\s+to|contact|talk\s+to|speak\s+with|approach|call))\b${PAPERWORK_WITHIN(60)}|\b[Ww]hom\s+(?:at|in)\s+\p{Lu}[\p{L}&.-]*\s+my\s+${RELATION}\s+(?:ought\s+to|should|could)\s+(?:reach\s+out\s+to|contact|talk\s+to|approach|call)\b|\b(?:anyone|anybody|someone|somebody)\s+in\s+your\s+(?:organi[sz]ation|company|firm|group|team|shop)\s+you\s+could\s+(?:direct|point|send|refer|steer)\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+to\b|\b(?:steer|point|direct)\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+(?:toward|towards|to)\s+(?:a|the\s+right)\s+(?:contact|person)\s+(?:in|at)\s+(?:your|\p{Lu})`,
  "u",
);

/**
 * Who at a named place might want to see the writer's piece, in new words (of session 23's "Any
 * thoughts on who at the Tribune might want to look at it?"): "Any idea who at the Journal might
 * be interested in seeing this?", "Who at the Times do you think would be the right person to
 * review this piece?", "Can you think of someone at Fidelity who'd want to have a look at our
 * proposal?". Not for paperwork or the office's tickets.
 */
const WHO_THERE_WOULD_READ_IT = new RegExp(
  String.raw`\b[Aa]ny\s+idea\s+who\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}&.-]*\s+(?:might|would|could)\s+(?:be\s+interested\s+in\s+(?:seeing|reading|looking\s+at)|want\s+to\s+(?:see|read|look\s+at))\b${PAPERWORK_WITHIN(60)}|\b[Ww]ho\s+at\s+(?:the\s+)?\p{Lu}[\p{L}&.-]*\s+do\s+you\s+think\s+would\s+be\s+the\s+(?:right|best)\s+(?:person|one)\s+to\s+(?:review|read|look\s+at|see|consider)\b${PAPERWORK_WITHIN(60)}|\b(?:think\s+of|know\s+of)\s+(?:someone|somebody|anyone)\s+at\s+\p{Lu}[\p{L}&.-]*\s+who(?:'d|\s+would|\s+might)\s+(?:want\s+to|like\s+to|be\s+interested\s+in)\s+(?:have\s+a\s+look\s+at|look\s+at|see|read|seeing|reading|reviewing)\s+(?:our|my|this)\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * The right person's details, asked for through the reader's side, in new words (of session 23's
 * "have someone email me the contact information for whomever it would be appropriate for us to
 * approach"): "send me the name and number of the right person to pitch this to", "forward me the
 * details of the appropriate person to talk to about the license", "get me the email address of
 * whoever at your shop handles partnership inquiries". Not for paperwork or the phone list.
 */
const RIGHT_PERSONS_DETAILS = new RegExp(
  String.raw`\b(?:name|number|details|e-?mail\s+address|contact\s+(?:info|information|details))\s+(?:(?:and|&)\s+(?:number|e-?mail|phone)\s+)?of\s+(?:the\s+(?:right|appropriate|best|correct)\s+(?:person|people|contact)\s+to\s+(?:pitch|talk|speak|approach|contact|send)|whoever\s+(?:at|in)\s+your\s+[\p{Ll}-]+\s+(?:handles|runs|manages|looks\s+after|is\s+in\s+charge\s+of))\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * Someone else at the reader's firm, in a stranger's conditional: "If you think that I need to
 * speak with another person at Enron Corp., please let me know how I should contact them." (an
 * outsourcing firm to Ken Lay, session 29's gq-gc), "Should there be someone else at Dynegy better
 * suited to discuss our proposal, I would appreciate your letting me know" (its paraphrases). At a
 * named place or the reader's firm: "if I need to speak with someone else about my bill" is the
 * writer's own errand.
 */
const OTHER_THERE = String.raw`(?:another\s+(?:person|contact|individual)|someone\s+else|somebody\s+else|a\s+better\s+(?:person|contact))\s+(?:at|in|on|within)\s+(?:your\s+(?:organi[sz]ation|company|firm|team|group|side|staff)|\p{Lu}[\p{L}&.-]*)`;
const WRITER_SHOULD_TALK = String.raw`(?:I|we)\s+(?:need\s+to|should|ought\s+to)\s+(?:be\s+)?(?:speak|talk|contact|approach|reach\s+out\s+to)(?:ing)?\b`;
const BETTER_SUITED = String.raw`(?:(?:would|might|could)\s+be\s+)?(?:a\s+)?(?:better\s+(?:suited|placed|fit|person|contact)|more\s+appropriate|the\s+right\s+(?:person|contact))\b`;
const SOMEONE_ELSE_THERE = new RegExp(
  String.raw`\b(?:[Ii]f|[Ss]hould)\s+${PAPERWORK_WITHIN(140)}(?:(?:you\s+(?:think|feel|believe)\s+(?:that\s+)?)?${WRITER_SHOULD_TALK}\s+(?:with\s+|to\s+)?${OTHER_THERE}|(?:there\s+is|there\s+be)\s+${OTHER_THERE}\s+(?:(?:that|who|whom)\s+)?(?:${WRITER_SHOULD_TALK}|${BETTER_SUITED})|(?:you\s+(?:think|feel|believe)\s+(?:that\s+)?)?${OTHER_THERE}\s+${BETTER_SUITED})[^.?!]{0,60}?\b(?:let(?:ting)?\s+me\s+know|tell\s+me|advise\s+me|point\s+me|share\s+(?:their|his|her)\s+(?:name|contact))\b`,
  "u",
);

/**
 * Leave to contact the reader or the right person at the firm: "Please let me know if I can
 * contact you or the appropriate individual at [Enron] who is in charge of similar initiatives" (a
 * seller to Ken Lay, session 29's gq-gh). Not the writer's own paperwork ("…the appropriate person in HR about my benefits").
 */
const LEAVE_TO_CONTACT_THE_RIGHT_ONE = new RegExp(
  String.raw`\b(?:[Ll]et\s+me\s+know|[Aa]dvise(?:\s+me)?|[Ww]ould\s+it\s+be\s+(?:all\s+right|alright|ok(?:ay)?|acceptable))\s+(?:if|whether)\s+(?:I|we)\s+(?:(?:can|may|should|might|could)\s+)?(?:contact|call|reach\s+out\s+to|reach|get\s+in\s+touch\s+with|got\s+in\s+touch\s+with|speak\s+with|talk\s+to|approach)\s+(?:you(?:\s+directly)?\s*,?\s*or\s+(?:with\s+|to\s+)?)?(?:the\s+(?:(?:appropriate|right|correct|relevant|proper)\s+)?(?:individual|person|people|contact|manager|director)\s+(?:(?:at|in|within)\s+(?:\p{Lu}|your\s+(?:organi[sz]ation|company|firm))|[^.?!]{0,40}?\bwho\s+(?:is\s+in\s+charge\s+of|handles|is\s+responsible\s+for|oversees)\b)|whoever\s+(?:at|in)\s+(?:your\s+(?:organi[sz]ation|company|firm)|\p{Lu}[\p{L}&.-]*)\s+(?:handles|oversees|runs|is\s+responsible\s+for))${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * Who on the reader's side holds it, asked by the other side: "Who on your side can actually
 * approve the indemnity language? I'd rather talk to that person directly", "Not sure who on your
 * side owns vendor onboarding." (session 29's general checks). Not the writer's own paperwork
 * ("who on your team can approve my expense report?").
 */
const WHO_ON_YOUR_SIDE = new RegExp(
  String.raw`\b[Ww]ho\s+(?:on|at|in)\s+your\s+(?:side|end|team|firm|company|shop)\s+(?:can|could|would|is\s+able\s+to)\s+(?:actually\s+|really\s+)?(?:approve|sign\s+off\s+on|decide|make\s+(?:the|that)\s+(?:call|decision))\b${PAPERWORK_WITHIN(60)}|\b(?:[Nn]ot\s+sure|[Dd]on'?t\s+know|[Ww]ondering)\s+who\s+(?:on|at|in)\s+your\s+(?:side|end|team|firm|company)\s+(?:owns|handles|runs|manages|looks\s+after|is\s+responsible\s+for)\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * Whom to talk with at a named firm, asked plainly: "Mark who do we talk with in Dynegy to inform
 * them that we are selling…?" (session 29's gq-gi; both readers call it a request).
 */
const WHOM_DO_WE_TALK_WITH = new RegExp(
  String.raw`\b[Ww]ho(?:m)?\s+(?:do|should|would|can)\s+(?:I|we)\s+(?:talk|speak)\s+(?:with|to)\s+(?:in|at|over\s+at|inside)\s+\p{Lu}[\p{L}&.-]*${PAPERWORK_WITHIN(80)}`,
  "u",
);

/** "Please let me know who at your firm would be best placed to review a potential co-investment." */
const WHO_THERE_BEST_PLACED = new RegExp(
  String.raw`\b(?:who|whom)\s+(?:at|in|within)\s+(?:your\s+(?:firm|company|organi[sz]ation|shop|bank|fund)|\p{Lu}[\p{L}&.-]*)\s+(?:would|might|could)\s+be\s+(?:best\s+placed|the\s+(?:best|right)\s+(?:person|one|contact))\s+(?:to\s+(?:review|consider|look\s+at|discuss|evaluate|talk\s+(?:to|with))|for\s+(?:a|an|the)\s+(?:partnership|deal|venture|investment|conversation|discussion|project))\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "Who do you recommend I speak with at the Fed about the survey data?" */
const WHOM_YOU_RECOMMEND_THERE = new RegExp(
  String.raw`\b[Ww]ho(?:m)?\s+(?:do|would)\s+you\s+(?:recommend|suggest)\s+(?:that\s+)?(?:I|we)\s+(?:speak|talk|meet)\s+(?:with|to)\s+(?:at|in)\s+(?:the\s+)?\p{Lu}${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "who should I be talking to at Sundance about shorts programming?" (session 31's third general check, blind) */
const WHOM_TO_TALK_TO_THERE = new RegExp(
  String.raw`\b[Ww]ho(?:m)?\s+(?:should|could|ought\s+to|do)\s+(?:I|we)\s+(?:be\s+)?(?:talking|speaking|talk|speak)\s+(?:to|with)\s+(?:at|in|over\s+at)\s+${NOT_A_DEPARTMENT}\p{Lu}${PAPERWORK_WITHIN(80)}`,
  "u",
);

export const ROUTING_ASKS: readonly RegExp[] = [
  WHOM_TO_TALK_TO_THERE,
  LEAVE_TO_CONTACT_THE_RIGHT_ONE,
  WHOM_DO_WE_TALK_WITH,
  WHO_ON_YOUR_SIDE,
  WHO_THERE_BEST_PLACED,
  WHOM_YOU_RECOMMEND_THERE,
  RIGHT_PERSON_TO_TALK_TO,
  WHOM_I_SHOULD_SEE,
  NAME_TO_CALL,
  WHO_THERE_WOULD_LISTEN,
  ASKED_AROUND,
  ANYONE_ELSE_THERE,
  REDIRECT_ME,
  SOMEONE_ELSE_THERE,
  APPROPRIATE_PEOPLE_THERE,
  WHOM_THERE_INSTEAD,
  SUGGESTED_ON_A_SIDE,
  MET_FOR_THE_CONNECTION,
  WHOM_FOR_ANOTHER,
  WHO_THERE_WOULD_READ_IT,
  RIGHT_PERSONS_DETAILS,
];
