/**
 * A word for the writer asked of the reader, to someone the reader can reach: their support
 * passed on, a letter in support of an application, a good word relayed to a friend. The cues of
 * favour-cues.ts know "put in a good word"; these are the ways real mail says it without those
 * words (session 26's blind Enron sets gq-dx and gq-dt). Pure.
 */
import { PAPERWORK_WITHIN } from "./paperwork.js";
import { RELATION } from "./relations.js";

/**
 * The reader's support passed on to named people: "Jim, if you are inclined to support retention
 * payments…, will you please communicate that fact to Jim Fallon, Jeff McMahon and Ray Bowen
 * tomorrow". Case-sensitive, for the names' capitals.
 */
const SUPPORT_PASSED_ON =
  /\bsupport\b[^.?!]{0,150}?\b(?:[Pp]lease|you)\s+(?:please\s+)?(?:communicate|convey|express|relay|voice)\s+(?:that(?:\s+fact)?|this|it|your\s+(?:support|view|endorsement))\s+(?:\w+\s+){0,3}?to\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\b(?:[Pp]lease|you)\s+(?:please\s+)?(?:communicate|convey|express|relay|voice)\s+your\s+support\b[^.?!]{0,60}?\bto\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/**
 * A letter or an e-mail to someone, for the writer: "if your still able to send an e-mail to her
 * in support of my application I would appreciate it", "If you could send an e-mail or a letter
 * to the person you know at Texas that would be greatly appreciated".
 */
const LETTER_FOR_THE_WRITER =
  /\b(?:send|write|drop)\s+(?:an?\s+)?(?:e-?mail|letter|note|line|word)(?:\s+or\s+(?:an?\s+)?(?:e-?mail|letter|note|call))?\s+(?:to\s+)?(?:(?:her|him|them|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b[^.?!]{0,60}?\bin\s+support\s+of\s+(?:my|our|his|her)\b|the\s+(?:person|people|woman|man|guy|lady|friend|contact|folks)\s+(?:you\s+know|you\s+mentioned)\s+(?:at|in|over\s+at)\s+\p{Lu})/iu;

/**
 * A good word relayed to the reader's friend: "Just relay to your friend that I'm a quick study,
 * I'll will work hard…". About the writer (I'm, I will), not news ("tell your friend we moved").
 */
const GOOD_WORD_RELAYED =
  /\b(?:relay|mention|pass\s+(?:on|along))\s+to\s+your\s+(?:friend|contact|buddy|colleague|boss|brother|sister|cousin|dad|father|uncle|\p{L}+-in-law)\s+that\s+(?:I'?m|I\s+am|I'?ll|I\s+will|I'?ve|I\s+have|we'?re|we\s+are)\b/iu;

/**
 * The writer's wish to meet carried to someone the reader will see: "If you talk to Whalley this
 * week, tell him I'd welcome a chance to discuss the Portland job." (session 27's paraphrases).
 * Asked on a condition of meeting them, not news ("tell him I'd welcome the report by Friday").
 */
const WISH_CARRIED =
  /\b[Ii]f\s+(?:you|u)\s+(?:happen\s+to\s+)?(?:talk\s+to|speak\s+(?:to|with)|see|run\s+into|catch|are\s+(?:talking|meeting)\s+with)\s+(?:him|her|\p{Lu}\p{Ll}+)\b[^.?!]{0,40}?,\s*(?:please\s+)?(?:tell|let)\s+(?:him|her)\s+(?:know\s+)?(?:that\s+)?(?:I|we)(?:'d|\s+would)\s+(?:welcome|love|like|appreciate|value)\s+(?:(?:a|the|an)\s+(?:chance|opportunity)\s+to\s+(?:discuss|talk|meet|speak|chat|visit|explore|present|walk\s+(?:him|her|them)\s+through|sit\s+down)|(?:a|the|an)\s+(?:call|meeting|word|conversation)\s+with\s+(?:him|her|them))\b/u;

/**
 * The reader's help asked in carrying the writer's case to a named person: "I might need your help
 * in conveying this to him" (real Enron mail, session 28's blind set gq-ez, of Mark Lay named
 * above), "could use your help relaying this to Ms. Ortiz". A message carried, not a parcel
 * ("help getting this to FedEx by five"), to a person (him, her, Ms. Ortiz, Mark Lay) and not a
 * department ("presenting this to Finance").
 */
const HELP_CARRYING_IT =
  /\b(?:need|want|use|appreciate|like|ask\s+for|enlist)\s+(?:of\s+)?your\s+(?:help|assistance|support)\s+(?:in\s+|with\s+)?(?:conveying|relaying|communicating|presenting|explaining|pitching|putting)\s+(?:this|it|that|these|my\s+[\w-]+|our\s+[\w-]+)\s+(?:across\s+)?to\s+(?:him|her|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+)\b/u;

/**
 * The reader's sway asked with a named person, for the writer's cause: "Anything that you could do
 * to encourage Archer to consider this will be of great help" (a congressman asked to record a
 * spot), "I appreciate anything you could do that would encourage her to come" (a first lady asked
 * to speak): real mail to Ken Lay, session 28's blind sets gq-fk and gq-fh. A person named or
 * "him"/"her", not a team ("…to encourage the team to finish"), to a part in the cause (consider,
 * come, speak, join), not a chore ("…to encourage him to eat") or an office party.
 */
const SWAY_ASKED = new RegExp(
  String.raw`\b(?:[Aa]nything|[Ww]hatever)\s+(?:that\s+)?(?:you|u)\s+(?:could|can|might)\s+do\s+(?:to|that\s+(?:would|might|could))\s+(?:help\s+)?(?:encourage|persuade|convince|urge|influence)\s+(?:him|her|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s+to\s+(?:consider|come|speak|join|attend|support|sign|participate|meet|invest|back|endorse|accept|serve|take\s+part|do\s+(?:this|it|the))\b${PAPERWORK_WITHIN(80)}`,
  "u",
);

/**
 * …or said as persuasion of a named person to look at the writer's case again: "Would you be
 * willing to persuade Mr. Delgado to give our proposal a second hearing?", "Any influence you can
 * bring to bear on the committee chair, Dr. Ames, would help our cause" (session 28's paraphrases).
 * The writer's proposal, bid or application, not a budget or a team's work.
 */
const CASE_PRESSED = new RegExp(
  String.raw`\b(?:persuade|convince|encourage|urge|lean\s+on|nudge)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:a\s+bit\s+)?(?:to\s+)?(?:give|consider|reconsider|take\s+(?:another|a\s+second|a\s+fresh)\s+look\s+at|look\s+(?:again\s+)?at)\s+(?:(?:our|my|his|her)\s+(?:proposal|bid|application|candidacy|case|pitch|nomination)|(?:it|us)\s+a\s+(?:second|fair|fresh)\s+(?:hearing|look))\b|\binfluence\s+you\s+(?:can|could|might)\s+bring\s+to\s+bear\s+on\b[^.?!]{0,60}?\b(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+`,
  "u",
);

/**
 * …or in other words, the writer's good qualities to be passed to someone the reader knows:
 * "Please tell your cousin I'm reliable and pick things up fast", "If you'd pass along to Marty
 * that I'm a hard worker", "Do mention to your old boss that I'm detail-oriented" (session 28's
 * paraphrases of gq-dx's "relay to your friend that I'm a quick study"); "ring Alan and tell him I'm
 * worth a look", "tell him I'm good for it". Praise of the writer only, not news ("tell your cousin
 * I'm running late"; "tell him I'm all right", which is as often news of the writer's health).
 */
const PRAISE_PASSED_ON = new RegExp(
  String.raw`\b(?:tell|let|relay\s+to|mention\s+to|pass\s+(?:on|along)\s+to)\s+(?:your\s+(?:[\p{Ll}-]+\s+)?(?:${RELATION}|cousin|boss|neighbou?r|uncle|aunt|dad|father|mother|mom|friend|contact|buddy)|him|her|\p{Lu}\p{Ll}+)\s+(?:know\s+)?(?:that\s+)?(?:I'?m|I\s+am|I'?ll\s+be|I\s+will\s+be)\s+(?:very\s+|really\s+|extremely\s+|a\s+)?(?:legit|good\s+for\s+it|worth\s+a\s+(?:look|call|meeting)|reliable|dependable|trustworthy|hard[-\s]?work(?:ing|er)|quick\s+(?:study|learner)|fast\s+learner|detail-oriented|punctual|eager\s+to\s+learn|(?:great|good)\s+with\s+(?:customers|clients|people|children|kids|numbers))(?!\s+(?:about|at|when|with\s+the)\b)`,
  "iu",
);

/**
 * The writer's work mentioned to people the reader will meet, in new words (session 28's third
 * round, of session 24's "I would welcome your mentioning the Clinic's work to them"): "mention
 * our foundation's programs to them when you meet", "say a word about our lab's research to the
 * folks at the ministry", "bring up our firm's restructuring practice with their general counsel".
 * The writer's organisation's work, not its holiday plans.
 */
const OUR_WORK_MENTIONED =
  /\b(?:mention(?:ing)?|say\s+a\s+(?:good\s+)?word\s+about|bring(?:ing)?\s+up|tell\s+(?:them|him|her)\s+about)\s+(?:the\s+work\s+)?(?:our|my)\s+(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?(?:work|programs?|research|practice|services|products|proposal|project|initiative|has\s+been\s+doing)\b[^.?!]{0,60}?\b(?:to|with)\s+(?:them|him|her|their\s+[\p{L}\s-]{2,30}|the\s+folks\s+at)\b|\btell\s+them\s+about\s+the\s+work\s+(?:our|my)\b/iu;

/**
 * A named person to be phoned on the writer's behalf by someone of the reader's side (of session
 * 23's "We would like Ken to phone Charlie Reed"): "It would help a great deal if Jim would phone
 * Dr. Nakamura on our behalf". Only "on our behalf": the same call about an invoice is work.
 */
const CALL_ON_OUR_BEHALF = new RegExp(
  String.raw`\b(?:phone|call|ring|contact|reach)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:\s+(?:at|of)\s+\p{Lu}[\p{L}&.-]*)?\s+on\s+(?:our|my)\s+behalf\b`,
  "u",
);

/**
 * The reader's help asked with a named person who holds a seat elsewhere: "I'm writing to ask your
 * help with Jack Trotter, a trustee of the Vivian L. Smith Foundation." (a university's campaign
 * to Ken Lay, with a letter to him drafted for Lay to sign: session 29's blind set gq-gh). A seat
 * at another body (trustee, director, chairman), named with it; not a colleague's chore.
 */
const HELP_WITH_THEIR_TRUSTEE = new RegExp(
  String.raw`\b(?:ask|request|seek|need|enlist)\s+(?:for\s+)?your\s+(?:help|assistance|support)\s+with\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+,\s+(?:(?:a|the|one\s+of\s+the)\s+(?:trustees?|directors?|board\s+members?|members?\s+of\s+the\s+board|chairman|chairwoman|chair|president|CEO|regents?|governors?)\s+(?:of|at|for)|(?:who|that)\s+(?:sits|serves)\s+on\s+the\s+(?:board|council|committee)\s+(?:of|at|for))\s+(?:the\s+)?\p{Lu}${PAPERWORK_WITHIN(80)}`,
  "u",
);

/**
 * The reader's pull with a named person, offered as the way: "If you have any stroke with
 * Goodpasture or can strong arm him better than I have been able to do then I would appreciate
 * your help." (session 29's gq-gj). A person, not a department ("any pull with Facilities").
 */
const PULL_WITH_THEM = new RegExp(
  String.raw`\b(?:[Ii]f\s+you\s+have|[Ss]hould\s+you\s+have|you(?:'ve|\s+have)\s+got|you\s+have)\s+(?:any|some)?\s*(?:stroke|pull|clout|influence|sway|leverage|juice)\s+with\s+(?!(?:Facilities|IT|HR|Payroll|Accounting|Legal|Security|Purchasing)\b)(?:(?:(?:Mr|Mrs|Ms|Dr|Commissioner|Senator|Governor|Mayor|Judge)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\b|the\s+(?:CEO|CFO|COO|chairman|president|head|chief\s+\w+)\s+(?:at|of)\s+\p{Lu})${PAPERWORK_WITHIN(80)}`,
  "u",
);

/**
 * A good word if the person asks the reader: "I am approaching Sidney Taurel about joining the AEI
 * Board of Trustees… If he should ask your opinion about this, I hope you will be brutally
 * candid, and therefore enthusiastic and encouraging." (session 29's gq-gh).
 */
const GOOD_WORD_IF_ASKED = new RegExp(
  String.raw`\b(?:[Ii]f|[Ss]hould|[Ii]n\s+the\s+event|[Ww]hen)\s+(?:he|she|they|\p{Lu}\p{Ll}+)\s+(?:should\s+)?(?:(?:asks?|calls?|contacts?|checks?\s+with|reaches\s+out\s+to|seeks?)\s+(?:you\s+)?(?:your\s+(?:opinion|views?|thoughts|advice)|(?:you\s+)?(?:about|for\s+(?:a\s+)?(?:reference|opinion|view)\s+(?:on|of|about))\s+(?:me|us|my|our))\b[^.?!]{0,80}?\b(?:I\s+hope|please|I\s+trust|I(?:'d|\s+would)\s+(?:appreciate|be\s+grateful\s+if))\b[^.?!]{0,60}?\b(?:encouraging|enthusiastic|supportive|kind\s+words?|good\s+word|vouch|speak\s+well|put\s+in\s+a\s+word)\b|(?:calls?|contacts?|reaches\s+out\s+to)\s+you\b[^.?!]{0,20}?,\s*(?:a|your)\s+(?:warm\s+|strong\s+|good\s+)?(?:endorsement|good\s+word|recommendation|word\s+of\s+support)\s+(?:would|will|could)\s+(?:go\s+a\s+long\s+way|help|mean\s+a\s+lot|carry\s+weight))`,
  "u",
);

/**
 * A word with someone to get the writer seen: "Could he have a word with the branch manager and see
 * if he'll see me?", "have a quick word with Dr. Osei and see whether she would meet us" (session 39's
 * blind check). The writer (or those they speak for) is who is to be seen, not a delivery ("see if
 * he'll sign it").
 */
const WORD_TO_BE_SEEN =
  /\b(?:have|put\s+in)\s+a\s+(?:quick\s+|little\s+|short\s+)?word\s+with\s+[^.?!]{1,60}?\band\s+(?:see|find\s+out|ask)\s+(?:if|whether)\s+(?:he|she|they)(?:'ll|'d|\s+will|\s+would|\s+might|\s+could)\s+(?:see|meet(?:\s+with)?|talk\s+to|speak\s+(?:to|with)|take\s+a\s+call\s+from|have\s+a\s+look\s+at)\s+(?:me|us|my\s+\w+|our\s+\w+)\b/i;

export const WORD_FOR_THE_WRITER: readonly RegExp[] = [
  HELP_WITH_THEIR_TRUSTEE,
  PULL_WITH_THEM,
  GOOD_WORD_IF_ASKED,
  SUPPORT_PASSED_ON,
  LETTER_FOR_THE_WRITER,
  GOOD_WORD_RELAYED,
  WISH_CARRIED,
  HELP_CARRYING_IT,
  SWAY_ASKED,
  CASE_PRESSED,
  PRAISE_PASSED_ON,
  OUR_WORK_MENTIONED,
  CALL_ON_OUR_BEHALF,
  WORD_TO_BE_SEEN,
];
