/**
 * A résumé sent to the reader for them to place with someone, asked by a hope rather than an
 * order: "Overqualified for our group. Maybe you know of something." over a forwarded résumé
 * (session 31's blind Enron set gq-ha; both blind readers call it a request), and session 31's
 * general check: "my wife's resume is attached; … maybe you know of something at Reliant",
 * "Forwarding my resume below, in case you hear of anything in Portland", "if you hear of anything
 * or know someone in your shop who's hiring, she'd love to send her resume". The starting code
 * found none. And a résumé the reader was said to route: "Eric Boyt mentioned that you would assist
 * in making sure my resume was forwarded to the right people" (gq-gz).
 *
 * The résumé must be named in the sentence, one beside it, the subject or what a forward forwards:
 * "If you hear of any openings, please let me know" alone asks for news, not a connection, and "in
 * case you hear of anything in Portland" without one is a flat hunt. Not the reader's own hiring
 * ("if you have anything for her"): only what they may know or hear of elsewhere. Pure.
 */

/**
 * "maybe you know of something", "in case you hear of anything in Portland", "know someone in your
 * shop who's hiring", and the blind paraphrases: "thought you might know someone who's hiring",
 * "perhaps you are aware of a suitable position elsewhere", "Anything on your side, or among your
 * contacts?", "Anyone on your side who might be hiring?", "Pass along if you hear of a spot",
 * "perhaps your division or someone you know has a need".
 */
const LEAD_HOPED_FOR =
  /\b(?:maybe|perhaps|in\s+case|if|should)\s+(?:you|u)\s+(?:might\s+|happen\s+to\s+|ever\s+)?(?:know|hear|come\s+across|learn)\s+of\s+(?:something|anything|an?\s+(?:[\w-]+\s+)?(?:opening|position|job|role|spot|opportunity|need)|any\s+(?:[\w-]+\s+)?(?:openings?|positions?|jobs?|roles?|spots?|opportunities|needs))\b|\b(?:know|knows)\s+(?:of\s+)?(?:someone|anyone|somebody|anybody)\s+(?:(?:in|at|on)\s+(?:your\s+[\w-]+|\p{Lu}\S*)\s+)?(?:who|that)(?:'s|\s+is|\s+are|\s+might\s+be|\s+may\s+be)\s+hiring\b|\b(?:aware|know)\s+of\s+(?:a|an|any)\s+(?:suitable\s+|open\s+|good\s+|possible\s+)?(?:position|opening|role|job|spot|vacancy|vacancies|openings|positions)\b|^\W*(?:anything|anyone|anybody|someone)\s+(?:open\s+|available\s+)?(?:(?:on|in|at)\s+your\s+(?:side|end|group|team|division|shop|floor)|among\s+your\s+contacts|you\s+know\s+of)\b[^.?!]*\?|\b(?:your\s+(?:division|group|team|side|department)|someone\s+you\s+know|anyone\s+you\s+know)\s+(?:has|have|might\s+have|may\s+have)\s+(?:a\s+)?(?:need|use|opening|spot|place)\b(?!\s+(?:to|of)\b)|\bif\s+(?:anyone|anybody|someone|somebody)\s+(?:in|at|on)\s+[^,.?!]{1,40}?\s+(?:is|are)\s+hiring\b|\bcirculate\s+(?:it|this|them|(?:her|his|the)\s+(?:resume|résumé|cv))\s+(?:among|to|around)\b|\bkeep\s+(?:your\s+)?(?:ears?|eyes)\s+open\s+for\s+(?:her|him|them|me)\b|\b(?:maybe|perhaps)\s+(?:in\s+your\s+[\w-]+\s+)?there\s+(?:is|might\s+be|may\s+be)\s+(?:something|a\s+(?:place|spot|role|position|job))\s+for\s+(?:her|him|them|me)\b/iu;

/**
 * The reader's help pleaded for with a résumé sent, left to the reader how: "I'm enclosing my
 * resume, see what you can do." (a friend to an Enron employee), "I really appreciate whatever
 * help you can give me in the job search." (a former analyst to his old boss; both real Enron
 * mail, session 38's blind sets r38c and r38b), and a blind writer's: "anything you can do would
 * mean a lot", "Whatever you can do for him, I'd appreciate it", "Any help getting it seen by the
 * right people", "would welcome any assistance you could lend in that search", "If it makes sense
 * to share it around your network", "send it wherever it might land well", and the second blind
 * writer's: "whatever help you can give her getting a foot in the door", "if there's any way you
 * could get it seen", "make sure it gets to the right desk", "if you can help me in any way", "I'd
 * love for you to pass it on". Not the résumé's own
 * wording ("see what you can do with the formatting", "any help with my cover letter").
 */
const JOB_SEARCH_PLEA =
  /\bsee\s+what\s+(?:you|u)\s+can\s+do\b(?!\s+(?:with|about)\s+(?:the|my|its|this)\s+(?:format\w*|layout|font|wording|spelling|typos?|length)\b)|\b(?:any|whatever)\s+(?:help|assistance)\s+(?:you\s+(?:can|could|might|are\s+able\s+to)\s+(?:give|offer|provide|lend)\s+(?:me\s+|him\s+|her\s+|them\s+)?)?(?:in|with)\s+(?:my|his|her|their|the|that|this)\s+(?:job\s+)?(?:search|hunt)\b|\b(?:anything|whatever)\s+(?:(?:else\s+)?(?:you|u)\s+(?:can|could|might)\s+do)\b(?!\s+to\s+(?!help\b))(?![^.?!]{0,30}\b(?:format\w*|layout|font|wording|spelling|typos?|cover\s+letter)\b)|\bdo\s+what(?:ever)?\s+(?:you|u)\s+can\s+(?:to\s+help|for\s+(?:me|him|her|them))\b|\bany\s+help\s+(?:in\s+)?getting\s+(?:it|this|them|my\s+\w+|her\s+\w+|his\s+\w+)\s+(?:seen|read|in\s+front\s+of|to)\b|\b(?:you|please|pls|free\s+to)\s+(?:\w+\s+){0,2}?(?:share|pass|send|circulate|forward)\s+(?:it|them|this)\s+(?:around|wherever|among|through|within|to\s+anyone)\b|\b(?:around|among|through|with)\s+(?:your|ur)\s+(?:network|contacts|circles?|friends|colleagues)\b|\b(?:any|whatever)\s+help\s+you\s+(?:can|could)\s+give\s+(?:me|him|her|them)\b(?!\s+with\s+(?:it|this|the\s+(?:format\w*|wording|layout|cover\s+letter)))|\bget(?:ting)?\s+(?:it|them|this)\s+seen\b|\b(?:gets?|get\s+it)\s+to\s+the\s+right\s+(?:desk|people|person|hands|folks)\b|\bhelp\s+(?:me|him|her|them)\s+in\s+(?:any|whatever)\s+way\b|\bany\s+help\s+(?:is\s+|would\s+be\s+)?(?:much\s+|greatly\s+|really\s+)?appreciated\b|\b(?:any|whatever)\s+(?:help|assistance)\s+you\s+(?:can|could)\s+(?:give|offer|provide|lend)\s+(?:me\s+|him\s+|her\s+)?in\s+finding\b|\b(?:share|pass|send|circulate|forward)\s+(?:it|them|this)\s+wherever\s+(?:you\s+(?:think|see|feel)|it\s+(?:might|may|could|would))\b|\b(?:you|u)\s+(?:to\s+|could\s+|can\s+|would\s+)?pass\s+(?:it|them)\s+on\b/i;

/** "would you be able to get it to the facilities director at your hospital?", the résumé beside it. */
const RESUME_HANDED_ON =
  /\b(?:could|can|would|will|might)\s+(?:you|u)\s+(?:please\s+)?(?:be\s+able\s+to\s+)?(?:get|pass|send|forward|hand|give)\s+(?:it|this|them|her\s+(?:resume|cv)|his\s+(?:resume|cv))\s+(?:on\s+|along\s+|over\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:director|manager|head|chief|partner|recruiter|dean|chair|editor|principal|superintendent|foreman)\b/i;

/** A résumé or CV named. */
const RESUME = /\b(?:resume|résumé|cv|curriculum\s+vitae)s?(?![\p{L}])/iu;

/** A candidate the writer cannot place: "not a fit for trading", "no openings", "too senior for us". */
const CANDIDATE_NOT_PLACED =
  /\b(?:candidate|background)\b[^]{0,300}?\b(?:no\s+openings?|nothing\s+open|not\s+a\s+fit|too\s+(?:senior|junior|experienced)|overqualified)\b|\b(?:not\s+a\s+fit|overqualified|too\s+senior)\b[^]{0,300}?\b(?:candidate|background|resume|cv)\b/i;

/** "making sure my resume was forwarded to the right people". */
export const RESUME_ROUTED_RIGHT =
  /\b(?:make|making|made)\s+sure\s+(?:that\s+)?(?:my|his|her|our|their)\s+(?:[\w-]+\s+)?(?:resume|résumé|cv|application|portfolio|writing\s+samples?)\s+(?:was|is|gets?|got|goes|went)\s+(?:forwarded|passed|sent|routed|given)\s+(?:on\s+|along\s+)?to\s+(?:the\s+(?:right|appropriate|proper|hiring)\s+(?:people|person|managers?)|whoever)\b/i;

/** Whom a resume is to reach: the right people for an opening, its hiring manager, whoever handles it. */
const HIRING_SIDE = String.raw`(?:the\s+(?:people|person|folks|team|manager|committee|partners?)\s+(?:who\s+(?:is|are)\s+)?(?:reviewing|handling|hiring|doing|running|screening|in\s+charge\s+of|responsible\s+for)|the\s+(?:right|appropriate|correct|proper|relevant)\s+(?:[\w-]+\s+)?(?:people|person|folks|manager|managers|recruiters?|team|party|parties|contacts?)|whoever(?:\s+is)?\s+(?:handl|hir|runn|manag|in\s+charge|doing|look)|the\s+hiring\s+(?:manager|team|committee|partner|people|folks)|the\s+(?:[\w-]+\s+)?recruiters?)`;

/**
 * The reader, said by someone to be the one who routes the writer's resume, asked or thanked in
 * advance: "Dana Whitfield told me you'd be kind enough to get my CV in front of the hiring
 * manager", "mike said you could route my resume to the right folks", "Thanks ahead of time for
 * passing my resume along to whoever is handling the Tax Associate opening", "you may be able to
 * ensure my application reaches the appropriate recruiters" (session 31's blind paraphrases). Not
 * thanks for it done ("Thank you for forwarding my resume to the right people - I got the call").
 */
export const RESUME_ROUTING_ASKED = new RegExp(
  String.raw`\b(?:(?:you|u|ur)(?:'d|'re|\s+would|\s+could|\s+can|\s+might|\s+may(?:\s+be\s+able\s+to)?|\s+are\s+the\s+one\s+who\s+could|\s+the\s+one\s+who\s+could|'re\s+the\s+one\s+who\s+could)?|your\s+the\s+one\s+who\s+could)\b[^.?!]{0,40}?\b(?:get|pass|route|send|forward|give|hand|walk|put|see\s+that|ensure|make\s+sure)\s+(?:that\s+)?(?:my|his|her|our)\s+(?:[\w-]+\s+)?(?:resume|résumé|cv|application|portfolio|writing\s+samples?)\s+(?:(?:along|on|over)\s+)?(?:to|in\s+front\s+of|reaches|gets\s+to)\s+${HIRING_SIDE}` +
    String.raw`|\bthank(?:s|\s+you)\s+(?:(?:so\s+)?much\s+)?(?:ahead(?:\s+of\s+time)?|in\s+advance|beforehand)\s+for\s+(?:passing|getting|routing|sending|forwarding|giving|handing|putting)\s+(?:my|his|her|our)\s+(?:[\w-]+\s+)?(?:resume|résumé|cv|application|portfolio|writing\s+samples?)\s+(?:(?:along|on|over)\s+)?(?:to|in\s+front\s+of)\s+${HIRING_SIDE}` +
    String.raw`|\b(?:mak(?:e|ing)\s+sure|ensur(?:e|ing)|see(?:ing)?\s+(?:to\s+it\s+)?that)\s+(?:that\s+)?(?:my|his|her|our)\s+(?:[\w-]+\s+)?(?:resume|résumé|cv|application|portfolio|writing\s+samples?)\s+(?:reaches|gets\s+to|goes\s+to|lands\s+with|is\s+(?:forwarded|passed|sent|routed|given)\s+(?:on\s+|along\s+)?to|gets\s+(?:forwarded|passed|sent)\s+to)\s+${HIRING_SIDE}`,
  "i",
);

/**
 * The index of the sentence that hopes for a lead for a résumé sent, or -1. `around`: the
 * subject and what a forward forwards; `recruiting`: whether the text is about a search.
 */
export function jobLeadHopedFor(owns: readonly string[], around: string, recruiting: boolean): number {
  // Mail about a search asks for candidates ("if you know of anyone, send their resume"), unless
  // the writer is the one who cannot place theirs ("Good candidate but we have no openings").
  if (recruiting && !CANDIDATE_NOT_PLACED.test(owns.join(" "))) return -1;
  return owns.findIndex(
    (own, index) =>
      (LEAD_HOPED_FOR.test(own) || RESUME_HANDED_ON.test(own) || JOB_SEARCH_PLEA.test(own)) &&
      [
        own,
        owns[index - 1] ?? "",
        owns[index + 1] ?? "",
        around,
        ...(JOB_SEARCH_PLEA.test(own) ? [owns[index - 2] ?? ""] : []),
      ].some((text) => RESUME.test(text) || CANDIDATE_NOT_PLACED.test(text)),
  );
}
