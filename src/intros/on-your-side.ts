/**
 * Someone on the reader's side asked for, to work with or to talk to: "Is there someone I should be
 * working with to determine what to do at these sites?" (to a general counsel), "our credit
 * department will need to speak to someone in your office for credit information" (to a
 * counterparty; both real Enron mail, session 39's blind r39a and r39e), "Is there a person in your
 * legal team I ought to be working with on this directly?", "Our auditors would also like to talk
 * to somebody in your IT department about user access controls" (that session's blind check). The
 * reader is asked to say who, or to steer the writer there: an introduction within the reader's
 * reach. Never for a service desk's matter or paperwork (NO_ERRAND: "someone in your accounts
 * payable team about the invoice"). Pure.
 */
import { NO_ERRAND } from "./paperwork.js";

/** The reader's side: "your legal team", "your office", "your end" (not "the office", which may be the writer's). */
const YOUR_SIDE = String.raw`your\s+(?:[\w&'’-]+\s+){0,3}?(?:team|department|dept|office|group|side|firm|company|practice|shop|organi[sz]ation|end|ward|crew|desk|people|folks|staff)\b`;

/**
 * Working together: "be working with", "deal with", "coordinate with". (Whom to contact or talk to is
 * person-sought-cues.ts' narrower cue: "Is there someone I should contact to get on the mailing
 * list?" is a desk's matter, holdout 58-60's families.)
 */
const WORK_WITH = String.raw`(?:be\s+)?(?:work(?:ing)?|deal(?:ing)?|coordinat(?:e|ing)|liais(?:e|ing))\s+with\b`;

const ONE_TO_WORK_WITH = new RegExp(
  String.raw`^\W*(?:[Ii]s|[Aa]re)\s+there\s+(?:someone|somebody|anyone|anybody|(?:a|one)\s+(?:particular\s+|specific\s+|go-to\s+)?(?:person|contact))\s+(?:else\s+)?(?:(?:in|at|on|from|within)\s+${YOUR_SIDE}\s+)?(?:(?:that|who|whom)\s+)?(?:I|we)\s+(?:should|ought\s+to|need\s+to|must|could)\s+${WORK_WITH}${NO_ERRAND}` +
    String.raw`|^\W*(?:[Ww]ho|[Ww]hom)\s+(?:should|do|would|shall)\s+(?:I|we)\s+${WORK_WITH}${NO_ERRAND}`,
  "u",
);

/** Whoever the writer speaks for: "I", "we", "our credit department", "my team", "counsel for our client". */
const WE = String.raw`(?:I|[Ww]e|(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[Cc]ounsel(?:\s+for\s+(?:[\w-]+\s+){1,3}?)?)`;

const NEED_TO_TALK_TO_YOUR_SIDE = new RegExp(
  String.raw`\b${WE}(?:'ll|'d|\s+will|\s+would|\s+shall)?\s+(?:also\s+|probably\s+|really\s+)?(?:need|needs|like|want|wants|welcome|have\s+to|has\s+to)\s+(?:to\s+)?(?:speak|talk|confer|meet|have\s+a\s+(?:word|chat|conversation|call)|get\s+on\s+a\s+call|a\s+(?:word|conversation|call))\s+(?:to|with)\s+(?:someone|somebody|a\s+member|one|whoever|the\s+(?:right\s+)?person|a\s+person|the\s+people)\s+(?:(?:of|in|from|at|on)\s+${YOUR_SIDE}|[^.?!]{0,40}?\b(?:of|in|from|at|on)\s+${YOUR_SIDE})${NO_ERRAND}`,
  "u",
);

/** The cues of this file: someone on the reader's side to work with, or to talk to. */
export const SOMEONE_ON_YOUR_SIDE: readonly RegExp[] = [ONE_TO_WORK_WITH, NEED_TO_TALK_TO_YOUR_SIDE];
