/**
 * Ways of asking the reader to do something, as pattern sources (read case-insensitively by
 * request-cues.ts' ASKED_CONNECTION): the polite ones, which any act may follow, and the plain
 * "please", which only some acts may (a boss to an assistant). An act of connecting after one of
 * them is the general form of a request.
 */

/**
 * Ways of asking the cues lacked: "I would request that you arrange…", "Colonel Reyes, request you
 * facilitate…", "Pls help arrange meeting with Mr. Kimura's team". Read with the polite ways of asking.
 */
const MORE_WAYS_OF_ASKING = [
  String.raw`(?<!\b(?:your|the|a|his|her|their|my|our|this|that)\s)\brequest\s+(?:that\s+)?(?:you|u)\b(?!\s+(?:sent|made|submitted|received|filed)\b)`,
  String.raw`\b(?:please|pls|plz|kindly)\s+help\s+(?:me\s+|us\s+)?(?:to\s+)?(?=(?:arrange|set\s+up|organi[sz]e|secure|schedule|line\s+up)\b)`,
  String.raw`\b(?:see|find\s+out|check)\s+(?:whether|if)\s+(?:you|u)\s+(?:could|would|might|can)\b`,
  // "my manager wants to know if youd put us in contact with…" (phone-typed, no apostrophe).
  String.raw`\bif\s+(?:youd|ud)\b`,
  // "I understand … that you will have her contact us" (session 32's blind gq-hk): counsel's way of asking.
  String.raw`\bI\s+(?:understand|trust)\s+(?:that\s+)?(?:you|u)(?:'ll|\s+will)\s+(?=(?:have|get|ask|pass|forward|put|arrange|set)\b)`,
  // "I will be thankful if you forward my inquiry to Ms. Kaur" (second-language English's courtesy).
  String.raw`\b(?:I|we)\s+(?:will|shall)\s+be\s+(?:very\s+|most\s+|highly\s+|so\s+|really\s+)?(?:grateful|thankful|obliged)\s+if\s+(?:you|u)\b`,
  // "Do you feel you know my work well enough to feel comfortable referring me?" (a job seeker's
  // template quoted on the web, session 35's blind set w35b), "Would you be comfortable introducing us?"
  String.raw`\b(?:do|would|will)\s+(?:you|u)\s+(?:feel\s+|be\s+)?(?:[^.?!]{0,60}?\bto\s+(?:feel|be)\s+)?comfortable\s+(?=(?:referring|recommending|introducing|mentioning|connecting|passing|putting|forwarding|sharing)\b)`,
].join("|");

/** Asking the reader to do something: "could you", "would you mind", "any chance", "hoping you can". */
export const ASKING_POLITELY = String.raw`(?:\b(?:I'?m|I\s+am|[Ww]e'?re|[Ww]e\s+are)\s+(?:writing\s+to\s+|respectfully\s+)?ask(?:ing)?\s+(?:(?:if|whether)\s+you\b|(?:you|your\s+office|the\s+\S+\s+office)\s+(?:to|if|whether)\b)|\bplease\s+(?:you|u)\s+(?:can|could|would|will)\b|\b(?:welcome|appreciate)\s+(?:any|your)\s+(?:help|assistance)\b|\bif\s+you\s+could\s+(?:be\s+so\s+kind|possibly|perhaps)\b|\bif\s+you\s+(?:ever\s+)?(?:had|have|get|got|found|find)\s+(?:a|the)\s+(?:chance|minute|moment|opportunity)\s+to\b|\b(?:could|can|would|might)\s+(?:someone|somebody|one\s+of\s+you(?:r\s+(?:guys|people|folks|team))?)\b|\b(?:could|can|would|will|wud|cud)\s+(?:you|u)\b|\b(?:perhaps|maybe)\s+(?:you|u)\s+(?:could|can|might)\b|\b(?:it\s+)?(?:will|would)\s+be\s+(?:very\s+|most\s+|so\s+|really\s+)?kind\s+of\s+(?:you|u)\b|\b(?:it\s+)?would\s+be\s+(?:very\s+|most\s+|really\s+)?(?:helpful|great|wonderful|useful)\s+if\s+(?:you|u|someone|somebody|one\s+of\s+you)\b|\b(?:would|do|wud)\s+(?:you|u)\s+mind\b|\b(?:would|'d)\s+(?:really\s+|greatly\s+)?appreciate\s+(?:it\s+)?if\s+(?:you|u)\b|(?<!\b(?:never|don'?t|not|I|we)\s)\bmind\s+\w+ing\b|\bany\s+chance\b|\bany\s+way\s+(?:(?:you|u)\s+(?:could|can|might)|to|of)\b|\b(?:hoping|hope|wondering\s+(?:if|whether)|wonder\s+(?:if|whether))\s+(?:that\s+)?(?:you|u)\b|\bhoping\s+(?:for\s+)?is\s+(?:that\s+)?you(?:'d|\s+would|\s+could|\s+might|\s+can)\b|\bis\s+(?:it|there\s+any\s+way)\s+possible\b|\bis\s+it\s+possible\s+(?:that\s+)?(?:you|for\s+you|to)\b|\b(?:you'd|you\s+would)\s+be\s+doing\s+me\b|\bmight\s+you\b|\bwould\s+\w+\s+consider\b|\bis\s+there\s+(?:any\s+)?(?:way|chance)\b|\b(?:I|we|he|she|they)(?:'d|\s+would|\s+should)\s+(?:be\s+(?:very\s+|most\s+|so\s+)?(?:grateful|glad|obliged|thankful|delighted)|appreciate\s+it)\s+if\s+you\b|\bI(?:'d|\s+would)\s+(?:really\s+|greatly\s+|very\s+much\s+)?appreciate\s+(?:it\s+if\s+)?(?:you|your)\b|\bI(?:'d|\s+would)\s+(?:like|love)\s+(?:it\s+)?(?:very\s+much\s+)?(?:that|if)\s+you\b|\b(?:take|consider)\s+it\s+(?:as\s+)?a\s+(?:personal\s+)?favou?r\s+if\s+you\b|\bI\s+(?:kindly\s+)?request\s+you\b|\b(?:can|could|may|might)\s+I\s+ask\s+(?:you\s+)?to\b|\bwould\s+it\s+be\s+possible\s+for\s+(?:you|u)\s+to\b|\b(?:do|would)\s+you\s+think\s+(?:you|u)\s+(?:could|can|might)\b|\bis\s+there\s+a\s+chance\s+(?:you|u)(?:'d|\s+would|\s+could|\s+can|\s+might)\b|\b(?:cld|wld|wd|cd)\s+(?:you|u)\b|\bif\s+(?:you|u)\s+can\b(?!['’]?t\b|not\b)|\bif\s+(?:you|u)(?:'d|\s+would)\b(?!\s+(?:like|prefer|rather)\b)|\b(?:would|I'?d)\s+love\s+it\s+if\s+(?:you|u)\b|\bI(?:'d|\s+would)\s+like\s+to\s+ask\s+(?:if|whether)\s+you\b|\b(?:be|are\s+you)\s+(?:up\s+for|willing|able|open|comfortable)\b|\b(?:you|u)(?:'d|\s+would|\s+might)\s+feel\s+comfortable\b|\b(?:solicit|enlist|seek|request)(?:ing)?\s+your\s+(?:kind\s+)?(?:help|assistance|support)\b|\b(?:lmk|let\s+me\s+know)\s+if\s+(?:you|u)\s+(?:can|could)\b|\bif\s+(?:you|u)\s+could\b(?!\s+(?:see|hear|believe|imagine)\b)|${MORE_WAYS_OF_ASKING})`;

/**
 * The reader told what they may do, which in mail is often how one asks: "or better yet, you can ask
 * Lisa to call Sylvia Baker", "You can provide me a list… or provide me with an introduction" (real
 * Enron mail, session 39's blind r39c). Only as plainly as "please": an act that connects the writer
 * must follow; and only opening a clause, not inside one of time, condition or purpose ("so you can
 * introduce me", "a short intro you could read"), nor a reproach ("you could have told me"), nor the
 * writer's own offer to be contacted ("You can have your daughter email me with a resume", an
 * editor's reply quoted on the web, session 38's blind w38b). Not "feel free to": in mail it is
 * mostly consent ("Feel free to make the intro", "feel free to share my details with him": the one
 * asked, answering; three false alarms over the labelled sets).
 */
const YOU_MAY = String.raw`(?:^|(?<=[,;:.!?(\u2013\u2014-]\s*)|(?<=\b(?:or|and|but|yet|perhaps|maybe|otherwise|alternatively|also)\s+))(?:you|u)\s+(?:can|could)\s+(?!not\b|have\s+\w+(?:ed|en)\b)(?:(?:just|simply|always|also|even|then|now|easily|perhaps)\s+)?(?=\w)(?![^.?!]{0,60}\b(?:call|ring|phone|e-?mail|contact|write\s+to|reach|text|get\s+in\s+touch\s+with)\s+(?:me|us)\b)`;

/**
 * An imperative "please" also asks; it is how a boss asks an assistant, so some acts need the
 * polite forms. So is "I would like you to put me in contact with someone at Enron" (real mail,
 * session 18's set from public repositories).
 */
export const ASKING = String.raw`(?:${ASKING_POLITELY}|\b(?:please|kindly)\b|\b(?:I|we)(?:'d|\s+would)\s+(?:really\s+|very\s+much\s+|just\s+|simply\s+)?like\s+(?:for\s+)?you\s+to\b|${YOU_MAY})`;
