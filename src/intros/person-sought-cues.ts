/**
 * A person the writer is looking for, asked of the reader without an explicit "introduce me":
 * who the right person is, names that come to mind, whom the reader would recommend, people the
 * writer cannot find. detect.ts tries these beside (and, for RIGHT_PERSON_ASKED, after) the
 * explicit cues of request-cues.ts. Pure.
 */
import { PAPERWORK_WITHIN } from "./paperwork.js";
import { ROUTING_ASKS } from "./routing-asks.js";
import { QUIET_ASKS } from "./quiet-asks.js";
import { READERS_PEOPLE_ASKS } from "./readers-people-asks.js";
import { ACCESS_ASKS } from "./access-asks.js";
import { CALENDAR_ASKS } from "./calendar-asks.js";
import { PASSED_ON_ASKS } from "./passed-on-asks.js";
import { REMINDED_ASK } from "./reminded-asks.js";
import { THIRD_PARTY_CALLS } from "./third-party-calls.js";
import { NETWORK_ASKS } from "./network-asks.js";
import { SUGGESTED_PEOPLE_ASKS } from "./suggested-people.js";
import { STANDING_ASKS } from "./standing-asks.js";
import { REACHING_THEM_ASKS } from "./reaching-them.js";
import { TERSE_ASKS } from "./terse-asks.js";
import { ON_BEHALF_ASKS } from "./on-behalf-asks.js";
import { PLACEMENT_CONTACT_ASKS } from "./contact-to-place-someone.js";
import { SOMEONE_ON_YOUR_SIDE } from "./on-your-side.js";

/**
 * Who the right person is, asked indirectly: "Could you tell me who the right people are at
 * Enron?", "I just wanted to get a sense from you who the right people are" (real Enron mail,
 * session 23; "would appreciate a steer as to who would be the best person to speak to on this",
 * session 23's blind set gq-cq), or who holds the say there ("can you find out who the decision
 * maker is at TXU?"). Asked of the reader (tell, let know, a sense, an idea, wonder, a
 * steer), not mused ("I am not sure who the right person is"); not whom the paperwork goes to.
 * An aside may stand after "who": "advise as to who, in your view, would be the appropriate person
 * to handle this novation" (session 32's blind gq-hk).
 * Weaker than an explicit ask, so tried after every other form: where a message also asks
 * outright, that is the ask.
 */
export const RIGHT_PERSON_ASKED = new RegExp(
  String.raw`\b(?:tell|know|advise|sense|idea|wonder(?:ing|ed)?|suggest|share|identify|find\s+out|figure\s+out|understand|learn|clue|steer|pointer|guidance)\b[^.?!]{0,40}?\bwho(?:,\s+[^,.?!]{1,30},)?\s+(?:the\s+(?:right|best|most\s+appropriate|appropriate|correct|relevant)\s+(?:person|people|contacts?|individuals?|folks)\b(?:\s+(?:to\s+(?:talk|speak|reach|contact|approach|call|meet|see)(?:\s+(?:to|with))?|at|in|within|for|on|over\s+at)\b[^.?!]{0,60}?)?\s+(?:is|are|would\s+be|might\s+be|may\s+be)\b|(?:would|might|will)\s+be\s+the\s+(?:right|best|most\s+appropriate|appropriate|correct|relevant)\s+(?:person|people|contacts?|individuals?|folks)\b|the\s+(?:decision[-\s]makers?|key\s+(?:decision[-\s]makers?|contacts?)|point\s+person|main\s+contact|person\s+in\s+charge)\s+(?:is|are|would\s+be)\s+(?:at|in|over\s+at)\s+(?!the\s+moment\b)\w)${PAPERWORK_WITHIN(40)}`,
  "i",
);

/**
 * "Any names come to mind?", "Anyone come to mind?", "Let me know if anyone comes to mind": a
 * contact asked for, after saying whom for. Not in a message about a search or candidates: a recruiter asks that way for referrals.
 */
export const NAMES_WANTED =
  /\blet\s+me\s+know\s+if\s+(?:anyone|anybody|someone|somebody|any\s+names?|a\s+name)\s+(?:else\s+)?(?:comes|come|springs|spring)\s+to\s+mind\b(?![^.?!]{0,60}\b(?:team|golf|foursome|party|dinner|event|tournament|league|gala|auction|raffle|committee|board|tickets?|seats?|buy|rent|sublet)\b)|\b(?:anyone|anybody|someone|somebody|any\s+names?|a\s+name|names?|any\s+contacts?)\s+(?:(?:that|who)\s+)?(?:come|comes|spring|springs)\s+to\s+mind\b[^.!?]{0,40}\?/i;
/**
 * The reader's recommendation of whom to talk to: "Is there someone who you'd recommend I can
 * talk with on the energy trading side of Enron?" (real Enron mail, session 23), "Could you
 * recommend someone at Sempra I should call?", at an
 * organisation: not "…I speak with about my taxes?", an adviser asked for, nor "someone in Accounting
 * I could talk to about my expense report" (the paperwork). A search firm asks the
 * same for candidates (RECRUITING), so not in a message about a search.
 */
const RECOMMENDED_CONTACT = new RegExp(
  String.raw`\b(?:recommend|suggest)\s+(?:someone|somebody|a\s+person|a\s+contact|a\s+name|anyone)\s+(?:at|in|over\s+at|from|within)\s+(?:the\s+)?[A-Z][\w&.-]*[^.?!]{0,40}?\b(?:I|we|he|she|they)\s+(?:should|could|might|can)\s+(?:call|contact|talk\s+to|speak\s+(?:to|with)|approach|meet|see|reach\s+out\s+to)\b${PAPERWORK_WITHIN(60)}|\b(?:is\s+there|do\s+you\s+know\s+of|can\s+you\s+think\s+of|could\s+you\s+think\s+of)\s+(?:someone|somebody|anyone|anybody|a\s+person|a\s+contact)\s+(?:(?:who|whom|that)\s+)?you(?:'d|\s+would|\s+could|\s+can|\s+might)?\s+(?:recommend|suggest)\s+(?:that\s+)?(?:I|we|my\s+\w+)\s+(?:can\s+|could\s+|should\s+|might\s+)?(?:talk|speak|meet|reach\s+out|contact|approach|call|see)\b[^.?!]{0,60}?\b(?:(?:on|at|in)\s+the\s+[\w\s-]{1,30}?\s+(?:side|team|group|desk|division|office|end)\s+(?:of|at)\s+\w|at\s+(?!all\b|least\b|the\s+moment\b|some\s+point\b|length\b)\w+|(?:in|within|inside)\s+your\s+(?:company|firm|organi[sz]ation|group|team|shop|office)\b)`,
  "i",
);
/**
 * People the writer cannot find, and the reader's ideas asked for in the same breath: "I am
 * having great difficulty locating relevant people to speak on the operational risk seminar, and
 * was wondering if you had any ideas" (real Enron mail, session 23). A search firm's hunt for
 * candidates is not (RECRUITING).
 */
const PEOPLE_SOUGHT =
  /\b(?:locating|finding|identifying|tracking\s+down|lining\s+up)\s+(?:[\w-]+\s+){0,2}?(?:people|persons?|someone|somebody|speakers?|panell?ists?|contacts?|experts?)\s+(?:to|who|that|for)\b[^.?!]{0,100}?\b(?:(?:wonder(?:ing|ed)?|hop(?:ing|ed))\s+(?:if|whether)\s+you\s+(?:had|have|might\s+have|know)\s+(?:of\s+)?(?:any\s+)?(?:ideas?|suggestions?|names?|thoughts|anyone|anybody|someone)|any\s+(?:ideas?|suggestions?|names?|thoughts)\b)/i;
/**
 * Whom the writer should send something to, asked of the reader: "if there are any other people
 * in North America I should send this to, please tell me" (real Enron mail, session 24's blind set
 * gq-cu), "let me know if there is anyone else I should forward her resume to". Asked (tell me,
 * let me know, a question), not told ("the people I should send this to are…"); not whom the
 * paperwork goes to ("anyone else I should send the invoice to?"; that check comes after the
 * people words, since a lookahead at every character of every sentence cost 0.7% of the analysis).
 */
const RECIPIENTS = String.raw`(?:\b(?:any|other|some)\s+(?:other\s+)?(?:people|persons?|one|body|contacts?|names?|individuals?|groups?)\b|\b(?:anyone|anybody|someone|somebody)(?:\s+else)?\b)${PAPERWORK_WITHIN(90)}[^.?!]{0,40}?\b(?:I|we)\s+should\s+(?:also\s+)?(?:send|forward|pass|give|route|direct)\s+(?:this|it|that|these|them|(?:my|her|his|their|the)\s+[\w-]+)(?:\s+(?!to\b|on\b|along\b)[\w-]+)?(?:\s+(?:on|along))?\s+to\b`;
const RECIPIENTS_WANTED = new RegExp(
  String.raw`\b(?:please\s+)?(?:tell|let)\s+me\b(?:\s+know)?[^.?!]{0,30}?${RECIPIENTS}|${RECIPIENTS}(?=[^.!]*?(?:\?|\b(?:please\s+)?(?:tell|let)\s+me\b))`,
  "i",
);
/**
 * "Anyone I should contact?" (real Enron mail, session 24's blind set gq-cv, under a forwarded
 * thread about an agreement with another business unit): whom to approach, asked of the reader
 * as a bare question of its own, or with only the place ("…at Corvane?", "…there?"). Not with a
 * purpose a desk serves ("…to get on the mailing list?"), nor whom the paperwork goes to.
 */
const CONTACT_ASKED = new RegExp(
  // Case-sensitive, so that the place's capital means a name ("at Corvane?", not "at the moment?").
  String.raw`^(?:(?:[Ii]s|[Aa]re)\s+there\s+|[Dd]o\s+you\s+know\s+(?:of\s+)?)?(?:[Aa]nyone|[Aa]nybody|[Ss]omeone|[Ss]omebody)\s+(?:else\s+)?(?:(?:that|who|whom)\s+)?(?:I|[Ww]e)\s+(?:should|could|ought\s+to)\s+(?:contact|talk\s+to|speak\s+(?:to|with)|call|approach|reach\s+out\s+to|get\s+in\s+touch\s+with)(?:\s+(?:at|in|within|over\s+at)\s+(?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}|\s+there|\s+about\s+(?:this|it|that))?\s*\?`,
  "u",
);
/**
 * The person the writer means to approach, checked with the reader: "I will approach Jeff
 * Skilling unless you would recommend elsewhere within Enron" (real Enron mail, session 24's blind
 * set gq-cx). The reader's recommendation is asked for, with a default.
 */
const APPROACH_UNLESS_TOLD =
  /\bI(?:'ll|\s+will|\s+plan\s+to|\s+intend\s+to|'d\s+like\s+to|\s+would\s+like\s+to|\s+am\s+going\s+to)\s+(?:approach|contact|call|talk\s+to|speak\s+(?:to|with)|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}\p{Ll}+)?[^.?!]{0,40}?\bunless\s+you\s+(?:would\s+|'d\s+)?(?:recommend|suggest|prefer|think|advise)\b/u;
/**
 * The reader's direction to the right people asked for: "would appreciate your direction to the
 * appropriate individuals at Enron" (real Enron mail, session 24's blind set gq-cz, a supplier
 * following up a meeting), "any pointer to the right person in your treasury team". Not whom the
 * paperwork goes to, nor direction already given ("thanks for your direction to…").
 */
export const DIRECTION_TO_RIGHT_PERSON = new RegExp(
  String.raw`(?<!\b(?:thanks?|thank\s+you|grateful)\s+(?:(?:so|very)\s+much\s+)?for\s+(?:your\s+|the\s+)?)\b(?:direction|directions|guidance|steer|pointers?|point\s+(?:me|us)|direct\s+(?:me|us)|refer\s+(?:me|us))\s+(?:to(?:wards)?|in\s+the\s+direction\s+of)\s+the\s+(?:right|appropriate|best|relevant|correct|proper)\s+(?:person|people|individuals?|contacts?|folks|parties)\b${PAPERWORK_WITHIN(60)}`,
  "i",
);

/**
 * Whom the writer should contact, asked of the reader outright: "If so, who should I contact with
 * regards to setting up the tournament?" (real Enron mail, session 25's blind set gq-dh, a charity
 * event proposed to community relations), "Who do you think I would need to call about a
 * concession stand in the county building?" (gq-dg), "Who would be a good contact regarding
 * contract settlement between EEMC and PGE&T?" (gq-dp); or "please let me know who I should talk
 * to about opportunities in your group" (an opening or a partnership sought), "my friend is looking
 * for a job in trading - any ideas who he should contact?", "I told him I would ask you who he
 * should see". A question of its own, not whom the
 * paperwork or the help desk serves ("who should I contact about my password?").
 */
const WHOM_TO_CONTACT = new RegExp(
  String.raw`\bask\s+(?:you|u)\s+(?:who|whom)\s+(?:he|she|they|I|we|my\s+\p{Ll}+)\s+(?:should|could|might|ought\s+to)\s+(?:see|talk\s+to|speak\s+(?:to|with)|contact|call|meet|approach)\b${PAPERWORK_WITHIN(60)}|\b(?:[Aa]ny\s+(?:ideas?|suggestions?|thoughts)|[Aa]ny\s+idea)\s+(?:on\s+|as\s+to\s+|about\s+)?(?:who|whom)\s+(?:he|she|they|I|we|my\s+\p{Ll}+)\s+(?:should|could|might|ought\s+to)\s+(?:contact|call|talk\s+to|speak\s+(?:to|with)|approach|get\s+in\s+touch\s+with|reach\s+out\s+to|see)\b${PAPERWORK_WITHIN(60)}|\b[Ww]ho\s+(?:would|might|could)\s+be\s+(?:a|the)\s+(?:good|right|best)\s+(?:contact|person)\s+(?:to\s+(?:talk|speak)\s+to\s+)?(?:with\s+regards?\s+to|regarding|about|re:?|for|at|in|on)\b${PAPERWORK_WITHIN(60)}[^.?!]{0,100}\?|\b[Ww]ho(?:m)?\s+(?:(?:do\s+you\s+think|would\s+you\s+(?:suggest|recommend))\s+(?:I|we)\s+(?:(?:would|should|will|might)\s+)?(?:(?:need|have)\s+to\s+)?|(?:should|would|could|can|do)\s+(?:I|we)\s+(?:(?:need|have)\s+to\s+|best\s+)?)(?:contact|call|talk\s+to|speak\s+(?:to|with)|approach|get\s+in\s+touch\s+with|reach\s+out\s+to|see)\s+(?:with\s+regards?\s+to|in\s+regards?\s+to|regarding|about|re:?|for|at|in|to)\b${PAPERWORK_WITHIN(60)}[^.?!]{0,100}\?|\b(?:[Ll]et\s+me\s+know|[Tt]ell\s+me|[Aa]dvise(?:\s+me)?)\s+(?:who|whom)\s+(?:I|we)\s+(?:should|could|ought\s+to)\s+(?:contact|call|talk\s+to|speak\s+(?:to|with)|approach|get\s+in\s+touch\s+with|reach\s+out\s+to)\s+(?:with\s+regards?\s+to|in\s+regards?\s+to|regarding|about|re:?)\s+(?:job\s+|career\s+|employment\s+|business\s+)?(?:opportunities|openings|positions?|a\s+position|a\s+job|jobs|careers?|employment|partnerships?|a\s+partnership)\b`,
);
/**
 * Whom to send someone's ask on to, asked of the reader: "Any ideas on who to refer this to?"
 * (real Enron mail, session 25's blind set gq-dh, above a counterparty's "let me know who I can
 * deal with at Enron"). Not where the paperwork goes.
 */
const WHOM_TO_REFER_TO = new RegExp(
  String.raw`\b(?:ideas?|suggestions?|thoughts|know|tell\s+me|advise|let\s+me\s+know|sense)\b[^.?!]{0,30}?\bwho(?:m)?\s+(?:to|I\s+should|we\s+should)\s+(?:refer|direct|route|steer|send|forward|pass)\s+(?:this|it|him|her|them|(?:this|the)\s+(?:request|inquiry|enquiry|question|person|gentleman|lady))\s+(?:on\s+|along\s+)?to\b${PAPERWORK_WITHIN(40)}`,
  "i",
);

/**
 * Whose counsel a named party has, asked: "Do you know who is representing Ben Glisan, Kristina
 * Mordaunt…?" (an outside lawyer to an executive: real Enron mail, session 39's blind r39i), "who
 * represents Acme Power in the rate case?". The other side's lawyer is the person to reach.
 */
const COUNSEL_ASKED =
  /\bwho(?:'s|\s+is|\s+are)?\s+(?:representing|represents|counsel\s+(?:for|to))\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[^?]{0,160}\?/u;

/**
 * Someone on the reader's own team for a third person to talk to: "Is there someone on your team
 * Julie could speak with about trading?", or to send a resume to: "Is there anyone in your
 * organization he could send his resume to?" (the writer's own wish to meet the reader's side is a
 * seller's, model-evidence.ts' READERS_OWN_SIDE; for someone else it is an introduction asked).
 */
const SOMEONE_ON_YOUR_TEAM =
  /\b(?:[Ii]s\s+there|[Dd]o\s+you\s+know\s+(?:of\s+)?)\s+(?:anyone|anybody|someone|somebody)\s+(?:in|at|on)\s+(?:your\s+[\p{Ll}-]+|\p{Lu}[\p{L}&.-]*)\s+(?:(?:who|whom|that)\s+)?(?:he|she|they|I|we|my\s+\p{Ll}+)\s+(?:could|might|can|should)\s+(?:send|forward|give|pass)\s+(?:his|her|their|my|our)\s+(?:resume|résumé|cv|application|proposal)\s+to\b|\b(?:[Ii]s\s+there|[Dd]o\s+you\s+have)\s+(?:someone|somebody|anyone|anybody)\s+(?:on|in|at)\s+your\s+(?:team|group|desk|department|office|firm|company|shop)\s+(?:(?:who|that|whom)\s+)?(?:\p{Lu}\p{Ll}+|my\s+\p{Ll}+|he|she|they)\s+(?:could|might|can|would)\s+(?:speak|talk|meet|chat|sit\s+down)\s+(?:with|to)\b/u;

/**
 * A meeting wished for with the right people at a place, not yet named: "it would be most
 * helpful to meet with the relevant individuals in Gas Trading who would be interested in…",
 * "would it be helpful at this point to meet with anyone else at Enron, to at least make the
 * personal connection?" (real Enron mail, session 26's blind sets gq-dy and gq-dx), "would it make
 * sense to meet with anyone else at El Paso". The place is named (a capital), and is no back
 * office ("the right people in Accounting to close the books"); not a meeting over paperwork.
 */
const MEETING_THERE_WISHED = new RegExp(
  String.raw`\b(?:(?:[Ii]t\s+would\s+be|[Ww]ould\s+it\s+be|[Ii]t'?d\s+be)\s+(?:most\s+|very\s+|really\s+|extremely\s+|especially\s+)?(?:helpful|useful|beneficial|valuable|worthwhile|great)|(?:[Ww]ould|[Dd]oes|[Ww]ill)\s+it\s+make\s+sense)\s+(?:(?:at\s+this\s+point|now|also)\s+)?(?:for\s+(?:me|us)\s+)?to\s+(?:meet|talk|speak|visit)\s+(?:with\s+|to\s+)?(?:the\s+(?:relevant|right|appropriate|key)\s+(?:individuals?|people|persons?|folks|contacts?|decision[-\s]makers?)|(?:anyone|anybody|someone|somebody)(?:\s+else)?)\s+(?:at|in|on|within|from|over\s+at)\s+(?:the\s+)?(?!(?:Accounting|Accounts|Payroll|Billing|IT|Facilities|Settlements|Treasury|Tax|Credit)\b)\p{Lu}${PAPERWORK_WITHIN(80)}`,
  "u",
);

/**
 * Whom to contact, wished to be known: "i would like to follow up on knowing whom i should
 * contact, with your advance permission, for securing legal representation from enron corp."
 * (real Enron mail, session 26's blind set gq-dx); "Who would I talk to about the residential
 * customers." (gq-dw), a question without its question mark; "who in your group should I talk to
 * about the Houston pipeline deal?"; "my brother in law… wants out of Halliburton. who should he
 * talk to over there?" (session 27's paraphrases). Not whom the paperwork goes to.
 */
const WHOM_WISHED_KNOWN = new RegExp(
  String.raw`\b(?:like|want|wish|appreciate|grateful|hoping|hope|glad)\b[^.?!]{0,40}?\b(?:know(?:ing)?|learn(?:ing)?|find(?:ing)?\s+out|understand(?:ing)?)\s+(?:who|whom)\s+(?:I|we)\s+(?:should|ought\s+to|need\s+to|could|might)\s+(?:contact|call|approach|talk\s+to|speak\s+(?:to|with)|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to)\b${PAPERWORK_WITHIN(80)}|^\W*(?:\p{L}+,\s*)?who(?:m)?\s+(?:would|should|could|do|can)\s+(?:I|we)\s+(?:talk|speak)\s+(?:to|with)\s+(?:about|regarding|re:?)\s${PAPERWORK_WITHIN(60)}|\bwho(?:m)?\s+(?:in|at|on|within)\s+(?:your|the)\s+(?:[\w&-]+\s+){0,2}?(?:should|would|could|do|can)\s+(?:I|we)\s+(?:talk\s+to|speak\s+(?:to|with)|contact|call|approach|reach\s+out\s+to|get\s+in\s+touch\s+with)\b${PAPERWORK_WITHIN(60)}|\bwho(?:m)?\s+(?:should|could|would|might)\s+(?:I|we|he|she|they)\s+(?:talk|speak)\s+(?:to|with)\s+(?:over\s+there|(?:over\s+)?at\s+your\s+(?:place|shop|company|firm|end|office))${PAPERWORK_WITHIN(60)}[^.?!]{0,60}\?`,
  "iu",
);

/**
 * Who holds a matter in a group, asked of the reader: "Could you tell me who in legal is assigned
 * to this?" (real Enron mail, session 26's blind set gq-dv: both of its readers called it a
 * request); or a contact at a firm asked in passing: "Also a contact at South Jersey?" (gq-du,
 * likewise). Not whom the paperwork goes to ("who in accounting is handling this invoice?").
 */
const WHO_HOLDS_IT = new RegExp(
  String.raw`\b(?:[Tt]ell\s+me|[Ll]et\s+me\s+know|[Aa]dvise\s+me|(?:[Dd]o|[Ww]ould|[Mm]ight)\s+(?:you|u)\s+(?:happen\s+to\s+)?know|[Aa]ny\s+idea)\b[^.?!]{0,30}?\bwho\s+(?:in|at|on|within|over\s+at)\s+(?!(?:the|our|my)\s)(?:[\w&.-]+\s+){1,3}?(?:is|would\s+be)\s+(?:assigned\s+to|handling|responsible\s+for|working\s+on|in\s+charge\s+of|the\s+(?:contact|person|lead)\s+(?:for|on))\b${PAPERWORK_WITHIN(60)}[^.?!]{0,100}\?|^\W*(?:(?:[Aa]lso|[Aa]nd|[Pp]lus)\b,?\s*)?(?:[Aa]|[Aa]ny)\s+(?:good\s+)?contacts?\s+(?:at|in|over\s+at)\s+\p{Lu}${PAPERWORK_WITHIN(40)}[^.?!]{0,40}\?\s*$`,
  "u",
);

/**
 * Each of these asks for a person by itself; detect.ts tries them beside the explicit cues,
 * never in a message about a search (where they ask for candidates).
 */
/**
 * People the writer cannot find, the reader's ideas asked, in new words (session 28's third
 * round, of session 23's "having great difficulty locating relevant people to speak on the
 * operational risk seminar, and was wondering if you had any ideas"): "I'm struggling to find good
 * speakers for the climate finance panel -- any suggestions?", "Finding qualified reviewers for
 * the grant has been tough; do you have any names you could suggest?". People for a role at an
 * event or a board, not a plumber or a babysitter.
 */
const PEOPLE_HARD_TO_FIND =
  /\b(?:struggling\s+to\s+find|(?:can't|cannot|can\s+not)\s+(?:seem\s+to\s+)?(?:find|locate)|(?:haven't|have\s+not)\s+been\s+able\s+to\s+(?:find|locate|track\s+down)|finding|locating)\s+(?:good\s+|qualified\s+|the\s+right\s+|suitable\s+)?(?:speakers?|panell?ists?|experts?|reviewers?|moderators?|judges?|advisers?|advisors?|anyone\s+who\s+knows)\b[^.?!]{0,120}?(?:\bany\s+(?:suggestions?|ideas?|names?)\b|\bcame\s+to\s+mind\b|\bnames?\s+you\s+could\s+suggest\b|\bwelcome\s+your\s+(?:ideas|suggestions|thoughts)\b)/i;

/**
 * People the reader knows who would help the writer by a talk: "People you know that have moved
 * onto the small company world and might be helpful for me to chat with" (a networking list to
 * classmates, session 29's blind set gq-gd), "Is there anyone you know who might be helpful for me
 * to talk to?", "Folks from your old team who went into venture capital and who might be open to a
 * quick call with me" (its paraphrases). The reader's acquaintance, met for the writer's sake.
 */
const HELPFUL_TO_TALK_TO =
  /\b(?:anyone|anybody|someone|somebody|people|folks|friends|contacts)\s+(?:else\s+)?(?:you\s+(?:might\s+|may\s+)?know|of\s+yours|from\s+your\s+(?:[\w-]+\s+){0,2}?(?:team|group|class|days|firm)|in\s+your\s+(?:network|circle))\b[^.?!]{0,100}?(?:\b(?:might|could|would|may)\s+be\s+(?:helpful|useful|good|worth\s+(?:my|our)\s+while)\s+(?:for\s+(?:me|us|him|her)\s+)?to\s+(?:talk|speak|chat|meet|visit|network)\b|(?:\b(?:might|could|would|may)|'d)\s+be\s+(?:good|helpful|useful)\s+for\s+(?:me|us)\s+to\s+(?:talk|speak|chat|meet)\b|\b(?:might|could|would|may)\s+be\s+worth\s+(?:my|our)\s+(?:talking|speaking|chatting)\s+(?:to|with)\b|\b(?:might|could|would|may)\s+be\s+(?:willing|open|happy|glad)\s+to\s+(?:have\s+(?:a\s+)?(?:quick\s+)?)?(?:coffee|call|chat|talk|speak|meet|lunch)\b[^.?!]{0,20}?\bwith\s+(?:me|us)\b|\b(?:might|could|would|may)\s+be\s+open\s+to\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:call|chat|coffee|conversation|meeting)\s+with\s+(?:me|us)\b)/i;

/**
 * "If anyone in your network has relationships with BD teams at the mid-size Japanese pharmas,
 * I'd welcome a pointer." (an investor update's P.S., session 34's blind holdout-66): someone in
 * the reader's circle who knows a kind of person, a pointer asked. Not a hello ("…is coming to the
 * gala, I'd welcome a word").
 */
const POINTER_FROM_THE_NETWORK =
  /\bif\s+(?:anyone|anybody|someone|somebody)\s+(?:in\s+your\s+(?:network|circle|world|orbit|rolodex|address\s+book)|you\s+know)\s+(?:has|have|knows|works|deals)\b[^.?!]{0,150}?\b(?:I'?d|I\s+would|[Ww]e'?d|[Ww]e\s+would)\s+(?:really\s+|so\s+|gladly\s+)?(?:welcome|appreciate|love|value|be\s+(?:so\s+|very\s+)?grateful\s+for)\s+(?:a|an|any|the)\s+(?:pointer|steer|name|lead|nudge|intro|introduction|connection)s?\b/i;

export const PERSON_SOUGHT_CUES: readonly RegExp[] = [
  POINTER_FROM_THE_NETWORK,
  NAMES_WANTED,
  PEOPLE_SOUGHT,
  RECOMMENDED_CONTACT,
  RECIPIENTS_WANTED,
  CONTACT_ASKED,
  APPROACH_UNLESS_TOLD,
  WHOM_TO_CONTACT,
  WHOM_TO_REFER_TO,
  SOMEONE_ON_YOUR_TEAM,
  ...SOMEONE_ON_YOUR_SIDE,
  COUNSEL_ASKED,
  MEETING_THERE_WISHED,
  WHOM_WISHED_KNOWN,
  WHO_HOLDS_IT,
  ...ROUTING_ASKS,
  ...PLACEMENT_CONTACT_ASKS,
  PEOPLE_HARD_TO_FIND,
  HELPFUL_TO_TALK_TO,
  ...QUIET_ASKS,
  ...READERS_PEOPLE_ASKS,
  ...ACCESS_ASKS,
  ...CALENDAR_ASKS,
  ...PASSED_ON_ASKS,
  REMINDED_ASK,
  ...THIRD_PARTY_CALLS,
  ...NETWORK_ASKS,
  ...SUGGESTED_PEOPLE_ASKS,
  ...STANDING_ASKS,
  ...REACHING_THEM_ASKS,
  ...TERSE_ASKS,
  ...ON_BEHALF_ASKS,
];
