/**
 * Asks for the reader's network in the words of session 35's blind sets (emails quoted on the web
 * by guides, Q&A threads and columns, collected by helpers who saw no code): what an introduction
 * would do for the writer ("an introduction to your hiring manager would give my career a great
 * boost"), whom the reader thinks the writer should meet ("I'm in Melbourne next week and was
 * wondering who you think I should meet?"), the reader's own contact called on the writer's behalf
 * ("Can you call your contact and…"), people in the reader's network to refer ("you might have
 * relevant people in your network you can refer"), connections asked for in a job search ("if you or
 * someone you know is hiring, has any connections…"), and a connection created for the writer
 * ("if you can create a connection for us with your congregation"), and the seller's "who is the right
 * person to talk to about your…". Each beside the same words in
 * ordinary mail (test/unit/detect-session-35.test.ts). Case-sensitive where a capital marks a name.
 * Pure.
 */
import { TITLED_FULL_NAME } from "./name-patterns.js";
import { NO_ERRAND } from "./paperwork.js";

/** Someone the reader knows by their place: "your hiring manager", "your editor", "your contact at Pfizer". */
const YOUR_PEOPLE = String.raw`[Yy]our\s+(?:[\w-]+\s+){0,2}?(?:manager|boss|director|head|ceo|CEO|founder|partner|colleague|friend|contact|recruiter|editor|agent|lead|vp|VP|chair|pastor|principal|coach|doctor|publisher|producer|investors?|board)`;

/** "an introduction to your hiring manager would give my career a great boost", "a quick intro to Dana Liu could change everything" */
const INTRODUCTION_WORTH = new RegExp(
  String.raw`\b(?:[Aa]n?|[Yy]our)\s+(?:(?:brief|quick|short|warm|personal|e-?mail)\s+)?(?:intro|introduction)\s+to\s+(?:${YOUR_PEOPLE}|${TITLED_FULL_NAME}|(?:him|her|them)\b|(?:someone|somebody|anyone)\s+(?:at|in|on|from)\s)[^.?!]{0,60}?\b(?:would|could|might)\s+(?:\w+\s+)?(?:be|mean|help|give|go|make|open|change|boost|transform|save)\b`,
  "u",
);

/** "who you think I should meet?", "who do you think we should talk to while we're there?" (not "who should I invite") */
const WHOM_TO_MEET =
  /\bwho(?:m)?\s+(?:(?:do|would)\s+)?you\s+think\s+(?:I|we)\s+(?:should|ought\s+to|could|might)\s+(?:meet|talk\s+to|speak\s+(?:to|with)|reach\s+out\s+to|get\s+to\s+know|contact|connect\s+with)\b(?!\s+(?:first|next)\s+(?:about|on|for)\s+(?:my|the|our)\s+(?:bill|invoice|claim|refund|account|order|form|paperwork)\b)/i;

/** "Can you call your contact and…", "could you ring your friend at the council for me" (the reader's contact, for the writer) */
const YOUR_CONTACT_CALLED = new RegExp(
  String.raw`\b(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)\s+(?:you|u)\s+(?:please\s+)?(?:call|ring|phone|e-?mail|text|message|ping)\s+your\s+(?:old\s+|good\s+)?(?:contact|friend|buddy|pal|guy|person)(?:\s+(?:at|in|on|from)\s+(?:the\s+)?[\w&.'-]+(?:\s+[\w&.'-]+){0,2}?)?\s+(?:and\b|for\s+(?:me|us)\b|on\s+(?:my|our)\s+behalf\b|to\s+(?:see|ask|find\s+out)\s+(?:if|whether)\b)`,
  "u",
);

/** "you might have relevant people in your network you can refer", "anyone in your network who could introduce us" */
const PEOPLE_IN_YOUR_NETWORK =
  /\b(?:people|someone|somebody|anyone|anybody|contacts|folks)\s+in\s+your\s+(?:network|circle|rolodex|contacts)\s+(?:(?:who|that)\s+)?(?:you\s+)?(?:can|could|might|would)\s+(?:refer|introduce|connect|recommend|point|pass)\b/i;

/** "if you or someone you know is hiring, has any connections or suggestions to help me…" */
const CONNECTIONS_ASKED =
  /\b(?:you|someone\s+you\s+know|anyone\s+you\s+know)\s+(?:[\w,]+\s+){0,6}?(?:has|have)\s+any\s+(?:connections|contacts)\s+(?:or\s+\w+\s+)?(?:that|who|to|at|in|which|or)\s+(?:could\s+|might\s+|can\s+)?(?:help|hire|open|point|[\p{Lu}])/u;

/** "if you can create a connection for us with your congregation", "build a connection for me with…" */
const CONNECTION_CREATED = /\b(?:create|build|forge|make)\s+(?:a|the|some)\s+connections?\s+for\s+(?:me|us)\s+with\b/i;

/**
 * "do you know a technical co-founder?", "Do you know any angel investors?": someone to build or fund
 * the writer's venture with, asked of the reader's circle. Not a hire ("know a good CTO?", which this
 * product counts as the writer's own search) and not a service ("know a good accountant?").
 */
const PARTNER_KNOWN =
  /\b(?:do|would|might)\s+(?:you|u)\s+(?:happen\s+to\s+)?know\s+(?:of\s+)?(?:a|an|any)\s+(?:(?:good|great|technical|potential|possible|angel|seed|early-stage|impact|literary|independent)\s+)*(?:investors?|angels?|vcs?|venture\s+capitalists?|co-?founders?|buyers?|distributors?|publishers?|literary\s+agents?)\b/i;

/**
 * "Who is the right person to talk to about your data infrastructure?", "who's the best person to
 * speak with about sponsorship at your company?": a seller's classic ask of someone inside a firm,
 * for the person to approach there. Only about the reader's side ("your…", "at your company",
 * "there", "at Halden"), never an errand ("about your invoice", "about my expense report": NO_ERRAND,
 * with the office's broken things, wifi and keys, which its paperwork words lack).
 */
const RIGHT_PERSON_ON_YOUR_SIDE = new RegExp(
  String.raw`\b[Ww]ho(?:'s|\s+is|\s+would\s+be|\s+might\s+be)\s+the\s+(?:right|best|appropriate|correct)\s+person\s+(?:(?:for\s+(?:me|us)\s+)?to\s+(?:talk\s+(?:to|with)|speak\s+(?:to|with)|contact|reach\s+out\s+to|connect\s+with|approach)\s+)?${NO_ERRAND}(?![^.?!]{0,50}\b(?:broken|wifi|keys?)\b)(?:about|regarding|for)\s+(?:your\s+(?!(?:invoice|bill|account|order|payment|refund|claim|password|statement|contract)s?\b)|(?:[\w-]+\s+){1,4}?(?:at\s+your\s+(?:company|firm|organi[sz]ation|end|place|shop)|on\s+your\s+(?:side|end|team)|there\b|at\s+\p{Lu}))`,
  "u",
);

export const NETWORK_ASKS: readonly RegExp[] = [
  INTRODUCTION_WORTH,
  WHOM_TO_MEET,
  YOUR_CONTACT_CALLED,
  PEOPLE_IN_YOUR_NETWORK,
  CONNECTIONS_ASKED,
  CONNECTION_CREATED,
  PARTNER_KNOWN,
  RIGHT_PERSON_ON_YOUR_SIDE,
];
