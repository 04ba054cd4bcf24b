/**
 * Referrals asked of the reader in the words of real mail that no other cue knows: one person
 * referred to another by name, a referral left to the reader's comfort, a colleague's wish to
 * reach someone with the way to reach them asked. From session 28's blind Enron sets (gq-ey,
 * Vince Kaminski's resume and university folders). favour-cues.ts tries them alone. Pure.
 */
import { RELATION } from "./relations.js";

/** A department, not a person: "refer him to Human Resources", "…to Investor Relations". */
const DEPARTMENT_WORD = String.raw`(?:Resources|Relations|Services?|Affairs|Support|Department|Desk|Management|Accounting|Center|Centre|Office|Team|Group|Committee)`;

/**
 * One person referred to another, by name: "Please, refer John directly to Jinbaek Kim and his
 * academic advisor." (Vince Kaminski to a colleague, gq-ey-021). Asked (please, could you), a
 * person to a person (not "to Human Resources"), not told ("I referred him to Dr. Lee").
 */
const REFER_NAMED_TO_NAMED = new RegExp(
  String.raw`(?:\b[Pp]lease,?\s+|\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)\s+(?:you|u)\s+(?:please\s+)?)refer\s+(?:him|her|them|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:directly\s+|on\s+)?to\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+(?!${DEPARTMENT_WORD}\b)\p{Lu}[\p{Ll}'’-]+)`,
  "u",
);

/**
 * A referral left to the reader's comfort, as the alternative to the reader: "further discussion
 * with you, or if that is not appropriate, someone to whom you would be comfortable referring me"
 * (gq-ey-013). The writer (me, us) referred, not a case or a patient handed over.
 */
const REFERRAL_AT_YOUR_COMFORT =
  /\b(?:someone|somebody|anyone|anybody|a\s+(?:person|colleague|contact))\s+(?:to\s+whom|whom|who|that)\s+you\s+(?:would|'d|might|could)\s+(?:feel\s+|be\s+)?(?:comfortable|happy|willing|glad)\s+(?:in\s+)?referring\s+(?:me|us)\b/i;

/**
 * A colleague's wish to reach a named person, and the way asked for: "He would like to contact
 * Ken Lay about being one of his interviews. Do you think this is possible? If so, could you give
 * me an address/phone numbers that Bob might use to contact Ken's secretary…" (a Baylor
 * professor for a colleague writing a book, gq-ey-024). The details for someone else to reach a
 * named person or their office, not the writer's own errand ("…that I might use to order parts").
 */
const WAY_TO_REACH_FOR_ANOTHER = new RegExp(
  String.raw`\b(?:give|send|pass|get)\s+(?:me|us)\s+(?:an?\s+|the\s+)?(?:address(?:es)?|(?:phone\s+)?numbers?|e-?mail(?:\s+address)?|contact\s+(?:information|info|details))(?:\s*(?:\/|or|and)\s*(?:phone\s+)?(?:numbers?|address(?:es)?|e-?mails?))*\s+(?:that|which)\s+(?:\p{Lu}\p{Ll}+|he|she|they|my\s+(?:friend|colleague|client))\s+(?:might|could|can|may)\s+use\s+to\s+(?:contact|reach|call|write\s+to|get\s+in\s+touch\s+with)\s+(?:\p{Lu}\p{Ll}+|him|her|them)\b`,
  "u",
);

/**
 * Someone's ask carried for them: "He asked me whether you can contact a person at ENRON
 * broadband services, who's related to the initiative" (a student for his advisor, gq-ey-015).
 * A person at a named place, not the reader's own contact ("…whether you can contact him").
 */
const CONTACT_ASKED_FOR_ANOTHER =
  /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Mm]y\s+(?:advisor|adviser|professor|boss|friend|colleague|client))\s+(?:asked|wanted)\s+me\s+(?:to\s+ask\s+(?:you\s+)?)?(?:whether|if)\s+you\s+(?:can|could|would|might)\s+(?:contact|call|reach|approach|find)\s+(?:a\s+person|someone|somebody|anyone|anybody|the\s+(?:right\s+)?(?:person|people))\s+(?:at|in|from|with)\s+\p{Lu}/u;

/**
 * Someone else at a place, asked to stand in: "Would you be able to recommend someone else from
 * Enron who might be able to?" (a conference organiser after the reader declined to speak,
 * gq-fj-008). A person to speak, present or help, not a tradesman ("…at Sears who could fix the
 * dryer").
 */
const STAND_IN_RECOMMENDED =
  /\b(?:recommend|suggest|name|nominate|point\s+(?:us|me)\s+to)\s+(?:someone|somebody|anyone|anybody|a\s+colleague|another\s+(?:person|colleague|speaker))\s+(?:else\s+)?(?:at|in|from|within|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}|your\s+(?:team|group|department|firm|company|office))\s+(?:who|that)\s+(?:might|could|would|can)\s+(?:be\s+able\s+to\b|(?:speak|present|talk|help|attend|participate|fill\s+in|stand\s+in|sit\s+on|serve|give\s+(?:the|a|our)\s+(?:keynote|talk|address|presentation)|take\s+(?:my|your|his|her)\s+place))(?![^.?!]*\b(?:fix|repair|clean|install|deliver)\b)|\b(?:[Ii]s\s+there|[Ii]f\s+there\s+is)\s+(?:someone|somebody|anyone|anybody)\s+else\s+(?:on|in|at)\s+your\s+(?:team|group|department|firm|company|office)\s+(?:who|that)\s+(?:could|might|would|can)\s+(?:speak|present|talk|give\s+(?:the|a)\s+(?:keynote|talk)|sit\s+on|serve)\b(?=[^.?!]{0,60}?\b(?:conference|panel|forum|summit|seminar|workshop|symposium|gala|luncheon|keynote|roundtable|lecture|advisory\s+board)\b)[^.?!]{0,60}?\b(?:in\s+your\s+place|instead)\b|\b(?:nominate|recommend|suggest)\s+(?:somebody|someone)\s+else\s+(?:from|in|at|on)\s+your\s+(?:team|group|department|firm|company|office)\s+to\s+(?:sit\s+on|serve\s+on|speak\s+at|present\s+at|join)\s+(?:the|our|an?)\s+(?:[\w-]+\s+)?(?:board|panel|jury|conference|forum|summit)\b/u;

/**
 * The reader's own contacts put to work for someone: "I hope you can use your personal contacts to
 * intervene on Krishna's behalf" (Vince Kaminski to a colleague in India, gq-fj-010). Contacts,
 * connections, a network of people, not a contacts list or a server's connections.
 */
const CONTACTS_PUT_TO_WORK =
  /\buse\s+(?:your|any\s+of\s+your|some\s+of\s+your)\s+(?:personal\s+|own\s+|many\s+|good\s+|high-level\s+)?(?:contacts|connections|relationships|influence|personal\s+network)\s+(?!(?:list|folder|page|app|file|database)\b)(?:to|at|in|with|on\s+(?:my|his|her|their|our)\s+behalf)\b/i;

/**
 * Someone pointed the right way within an organisation: "David, can you point D'Arcy in the right
 * direction in ENA or ESA." (a chief executive for a job seeker, session 28's gq-fs). Within a
 * firm or a unit (an acronym, "your company", "at Shell"), not a chore ("…point Jim in the right
 * direction? The printer is jammed.") or a program ("…in Excel").
 */
const POINTED_WITHIN =
  /\b(?:(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill)\s+(?:you|u)\s+(?:please\s+)?|[Pp]lease\s+)(?:point|steer|direct|send)\s+(?:me|us|him|her|them|\p{Lu}[\p{L}'’-]+)\s+in\s+the\s+right\s+direction\s+(?:(?:in|at|within|inside)\s+(?:\p{Lu}{2,}\b|your\s+(?:company|firm|organi[sz]ation|group|shop|bank|office|business))|(?:at|within)\s+\p{Lu}[\p{L}&.-]+)/u;

/**
 * A referral the reader would feel easy making, of the writer, as the alternative to the reader
 * (not a haircut's: "someone you'd feel comfortable sending me to for a haircut"): "a colleague you'd feel fine
 * sending me to", "someone you'd feel comfortable pointing me toward", "any consultant you'd be at
 * ease passing my details along to", "whether you would feel at ease recommending me to Governor
 * Perry" (session 28's paraphrases of gq-ey-013 and gq-ff-017).
 */
const REFERRAL_AT_YOUR_EASE =
  /\b(?:[Ii]f\s+(?:that\s+is\s+|that's\s+|you(?:'re|\s+are)\s+|it's\s+|it\s+is\s+)?not|[Ii]f\s+you\s+can(?:'t|not)|[Ff]ailing\s+that|[Oo]therwise|[Aa]lternatively|[Oo]r\s+else|[Ii]nstead|[Ss]hould\s+(?:this|it)\s+fall\s+outside)\b[^.?!]{0,100}?\b(?:someone|somebody|anyone|anybody|a\s+(?:colleague|person|contact|consultant)|any\s+(?:colleague|consultant|contact|one))\s+(?:(?:that|who|whom)\s+)?you(?:'d|\s+would|\s+might|\s+could)\s+(?:feel\s+|be\s+)?(?:fine|comfortable|at\s+ease|happy|glad|ok(?:ay)?)\s+(?:sending|pointing|passing|referring|introducing|forwarding)\s+(?:me|us|my\s+(?:details|name|resume|cv))\b|\byou\s+(?:would|might|could|'d)\s+(?:feel\s+|be\s+)(?:at\s+ease|comfortable|happy|willing)\s+(?:recommending|referring|mentioning|introducing)\s+(?:me|us|him|her)\s+to\s+(?:(?:Governor|Senator|Mayor|Mr|Mrs|Ms|Dr|Judge|President)\.?\s+)?\p{Lu}/u;

/**
 * The reader's network tapped for someone: "tap your network to help get Priya's visa case looked
 * at", "call in a favor with your people at City Hall", "If any of your friends at the bank could
 * intervene on Li's behalf" (paraphrases of gq-fj-010). For a person or the writer's cause, not a
 * phone's network or a favour owed for lunch.
 */
const NETWORK_TAPPED =
  /\btap\s+(?:into\s+)?your\s+(?:network|contacts|connections|rolodex)\s+(?:to|for)\b|\bcall\s+in\s+a\s+favou?r\s+with\s+(?:your\s+)?(?:people|friends|contacts|someone)\s+(?:at|in)\s+\p{Lu}|\b(?:any|one)\s+of\s+your\s+(?:friends|contacts|connections|people)\s+(?:at|in)\s+(?:the\s+)?[\p{L}&.-]+\s+(?:could|can|might|would)\s+(?:intervene|help|step\s+in|put\s+in\s+a\s+(?:good\s+)?word)\s+(?:on\s+[\p{L}'’]+\s+behalf|for\s+(?:me|us|him|her))/iu;

/**
 * …or in other words: "Could you send me a number where Alice could reach Mr. Tanaka's assistant
 * to schedule a meeting?", "Please pass along contact details Robert can use to get through to
 * Senator Lee's scheduler" (session 28's paraphrases of gq-ey-024). A named person or their office
 * reached, not a plumber or a help desk.
 */
const DETAILS_FOR_ANOTHER_TO_REACH =
  /\b(?:number|address|e-?mail|contact\s+(?:details|information|info))\s+(?:where|that|which)?\s*(?:\p{Lu}\p{Ll}+|he|she|they|our\s+[\p{Ll}-]+|my\s+[\p{Ll}-]+)\s+(?:could|can|might|may)\s+(?:use\s+to\s+)?(?:reach|contact|get\s+hold\s+of|get\s+through\s+to|call|write\s+to)\s+(?:(?:Mr|Mrs|Ms|Dr|Senator|Governor|Judge)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:['’]s\s+(?:assistant|secretary|office|scheduler))?/u;

/**
 * Someone else who might want the writer's candidate, in other words than session 27's "know of
 * anyone else that might be interested in him": "If anyone in your network is hiring analysts,
 * I'd appreciate you thinking of her", "Do you know any other desks that could use someone with
 * his background?", "let me know if anyone else at your shop might be interested in talking to
 * her" (session 28's paraphrases). The candidate is "him" or "her": "if anyone in your network is
 * hiring a nanny" is the writer's own need.
 */
const CANDIDATE_PLACED_AROUND =
  /\b(?:anyone|anybody|any\s+other\s+(?:desks?|groups?|teams?|people|folks|units?))\s+(?:else\s+)?(?:(?:in|at|on|within)\s+your\s+(?:network|shop|firm|company|group|circle|organi[sz]ation)\s+)?(?:(?:that|who)\s+)?(?:is\s+hiring\b[^.?!]{0,60}?\bthinking\s+of\s+(?:him|her)|(?:might|may|would)\s+be\s+interested\s+in\s+(?:talking\s+to|speaking\s+with|meeting)\s+(?:him|her)|could\s+use\s+(?:him|her|someone\s+with\s+(?:his|her)\s+(?:background|skills|experience)))\b/i;

/**
 * A referral to whoever fits, welcomed: "failing that, a referral to whoever manages procurement
 * would be much appreciated" (a paraphrase of gq-ed's "or perhaps you could provide a further
 * referral"). To a person the reader picks, not a specialist the writer's doctor named.
 */
const REFERRAL_WELCOMED =
  /\b(?:a|any)\s+referral\s+to\s+(?:whoever|whomever|someone|somebody|the\s+(?:right|appropriate)\s+(?:person|people))\b(?![^.?!]*\b(?:fix(?:es)?|repairs?|clean(?:s)?|install(?:s)?|copier|printer|plumb\w*)\b)[^.?!]{0,80}?\b(?:appreciated|welcome|grateful|helpful|great)\b/i;

/**
 * Another's resume sent on to whoever fits, in new words (session 28's third round, of session
 * 22's "could you forward Esteban's cv to the appropriate people"): "pass Miriam's resume along to
 * whoever handles hiring in your department", "send Tomas's CV on to the right people at the lab",
 * "circulating my nephew's resume among the partners", "get Jun's CV in front of the appropriate
 * folks in recruiting"; and a name dropped: "If you'd drop Luis's name with the procurement group".
 */
const ANOTHERS_RESUME_ROUTED = new RegExp(
  String.raw`\b(?:pass|send|forward|get|give|circulat(?:e|ing))\s+(?:\p{Lu}\p{Ll}+['’]s|my\s+${RELATION}['’]s|his|her)\s+(?:resume|résumé|[Cc][Vv]|[Cc]\.[Vv]\.)\s+(?:on\s+|along\s+)?(?:to\s+(?:whoever|whomever|the\s+(?:right|appropriate|relevant)\s+(?:people|person|folks))|in\s+front\s+of\s+(?:the\s+(?:right|appropriate|relevant)\s+(?:people|person|folks)|whoever)|among\s+(?:the\s+)?(?:partners|people|managers|folks|colleagues))\b|\bdrop\s+\p{Lu}\p{Ll}+['’]s\s+name\s+(?:with|to)\s+(?:the\s+|your\s+)?[\p{Ll}-]+\s+(?:group|team|department|people|folks)\b`,
  "u",
);

/**
 * Someone on the reader's side to give a relation or student some time, asked in new words (of
 * session 23's "Is there someone in your group who could spend 15 minutes with my son on the
 * phone?"): "Would anyone on your team have half an hour to chat with my daughter about careers",
 * "Might one of your analysts be able to spare a few minutes on a call with a former student of
 * mine?", "Could someone from your group hop on the phone with my son".
 */
const TIME_FOR_MY_RELATION = new RegExp(
  String.raw`\b(?:[Ww]ould|[Cc]ould|[Mm]ight|[Ww]ill)\s+(?:anyone|anybody|someone|somebody|one\s+of\s+your\s+[\p{Ll}-]+)\s+(?:(?:on|in|from)\s+your\s+[\p{Ll}-]+\s+)?(?:have|spare|find|be\s+able\s+to\s+spare|hop\s+on\s+the\s+phone|get\s+on\s+the\s+phone)\b[^.?!]{0,60}?\bwith\s+(?:my\s+${RELATION}|a\s+(?:former\s+)?(?:student|colleague|client|friend)\s+of\s+mine)\b`,
  "u",
);

/**
 * An introduction or a referral wished for outright, with no asking verb (session 28's general
 * check, a helper's invented requests): "Would love a referral if you're comfortable", "would love
 * warm intros to a few of the funds in your network", "An intro would save us weeks", "a short
 * introductory email from you would open doors". Not a course ("an intro to Excel") nor a fee.
 */
const INTRO_WISHED =
  /(?:\b(?:would|'d|I'd|we'd)\s+(?:really\s+)?love\s+(?:a|an|some|a\s+few)?\s*(?:warm\s+|quick\s+|short\s+)?(?:intros?|introductions?|referrals?)\b|\b(?:an?|the|your)\s+(?:short\s+|quick\s+|brief\s+|warm\s+)?(?:intro|introduction|introductory\s+(?:e-?mail|note|call|word))\s+(?:from\s+you\s+)?(?:would|could)\s+(?:really\s+)?(?:save|help|open|mean|make|go)\b)(?!\s+(?:fee|bonus|program|letter)s?\b)(?![^.?!]{0,30}\b(?:to|on)\s+(?:the\s+)?(?:new\s+)?(?:system|software|tool|course|class|program|excel|python|sql|java|platform|product|app|database|crm|training)\b)/i;

export const REFERRAL_ASKS: readonly RegExp[] = [
  REFER_NAMED_TO_NAMED,
  REFERRAL_AT_YOUR_COMFORT,
  WAY_TO_REACH_FOR_ANOTHER,
  CONTACT_ASKED_FOR_ANOTHER,
  STAND_IN_RECOMMENDED,
  CONTACTS_PUT_TO_WORK,
  POINTED_WITHIN,
  REFERRAL_AT_YOUR_EASE,
  NETWORK_TAPPED,
  DETAILS_FOR_ANOTHER_TO_REACH,
  CANDIDATE_PLACED_AROUND,
  REFERRAL_WELCOMED,
  ANOTHERS_RESUME_ROUTED,
  TIME_FOR_MY_RELATION,
  INTRO_WISHED,
];
