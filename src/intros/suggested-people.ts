/**
 * People the reader is asked to name or suggest for the writer, in the words of session 35's blind
 * sets (real Enron mail and emails quoted on the web, collected by helpers who saw no code), widened
 * to the paraphrases a connector meets:
 * - someone to talk to, suggested: "Can either of you suggest someone I can ask to handle this…?",
 *   "Could you suggest someone I could talk to about carbon trading?";
 * - a speaker or judge found for the writer's event: "I am hoping that you can identify a speaker for
 *   my class at UT on real options" (a professor to an executive);
 * - whom to contact or work with at the reader's firm: "Let us know who we should work with on your
 *   team." (a partner firm's scheme, passed on); not a post in the reader's own group ("…who I should
 *   contact in your company about a possible position in your research group", a student after a
 *   talk: a job asked of the reader, as session 28 decided for the same message);
 * - the reader's colleague instead of the reader: "may I send my manuscript directly to you, or
 *   should I send it to someone else within your company?" (a writer to an editor);
 * - other people on the reader's effort, wished met: "I would like to learn more and if possible meet
 *   other people more directly linked to the effort." (a candidate after an interview).
 * Not a service's errand (PAPERWORK_WITHIN), not a shift covered or a hire made, not the writer's own
 * offer ("I can suggest someone you could talk to"). In a message about a search for candidates the
 * caller leaves them all alone, as it does every person-sought cue. Each beside the same words in
 * ordinary mail (test/unit/detect-session-36.test.ts). Pure.
 */
import { NOT_A_DEPARTMENT, PAPERWORK_WITHIN } from "./paperwork.js";

/** The reader asked: "can you", "I am hoping that you can", "wondering if you could", "please". */
const READER_ASKED = String.raw`(?:(?:can|could|would|will)\s+(?:either\s+of\s+you|any\s+of\s+you|you|u)\s+(?:please\s+|possibly\s+|kindly\s+|perhaps\s+)?|(?:hop(?:e|ing)|wonder(?:ing|ed)?\s+(?:if|whether))\s+(?:that\s+)?(?:either\s+of\s+you|you|u)\s+(?:can|could|might|would|will)\s+(?:be\s+able\s+to\s+)?|\bif\s+(?:you|u)\s+(?:could|can|would)\s+|\bplease\s+)`;
const SUGGEST = String.raw`(?:suggest|recommend|identify|name|think\s+of|find)`;
const TALK = String.raw`(?:ask|contact|call|approach|talk\s+to|speak\s+(?:to|with)|meet(?:\s+with)?|reach\s+out\s+to|get\s+in\s+touch\s+with)`;

/**
 * "Could you suggest someone I could talk to about…?", "suggest a good person at Shell for us to
 * approach" (the place is any one word: case-insensitive, a capital marks nothing here).
 */
const SOMEONE_TO_TALK_TO_SUGGESTED = new RegExp(
  String.raw`\b${READER_ASKED}${SUGGEST}\s+(?:me\s+|us\s+)?(?:someone|somebody|anyone|anybody|a\s+(?:good\s+|suitable\s+)?(?:person|contact|colleague|name))\s+(?:(?:at|in|from|within)\s+(?:your\s+)?[\p{L}&.-]+\s+)?(?:(?:(?:who|whom|that)\s+)?(?:I|we|he|she|they|my\s+\p{Ll}+)\s+(?:can|could|might|should|may)\s+${TALK}|for\s+(?:me|us|him|her|them)\s+to\s+${TALK})\b${PAPERWORK_WITHIN(60)}`,
  "iu",
);

/** "I am hoping that you can identify a speaker for my class", "could you recommend a keynote for our conference?" */
const SPEAKER_SUGGESTED = new RegExp(
  String.raw`\b${READER_ASKED}${SUGGEST}\s+(?:me\s+|us\s+)?(?:a|an|some|one\s+or\s+two|a\s+few|possible|potential)\s+(?:(?:good|keynote|guest|outside|possible|potential)\s+)?(?:speakers?|panel+ists?|keynotes?|presenters?|lecturers?|judges?|mentors?)\s+for\s+(?:my|our|the|a|this|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:class|course|conference|event|panel|seminar|workshop|forum|symposium|lecture\s+series|series|program(?:me)?|competition|summit|luncheon|dinner|breakfast)\b`,
  "i",
);

/**
 * A post in the reader's own group is a job asked of the reader, not an introduction (session 28's
 * gq-ex: "…who I should contact about a possible position in your research group").
 */
const NOT_A_POST_IN_YOUR_GROUP = String.raw`(?![^.?!]{0,80}\b(?:position|opening|role|job|internship|vacanc(?:y|ies))s?\s+(?:in|on|with)\s+your\s+(?:[\w-]+\s+)?(?:team|group|desk|department|unit)\b)`;

/** Whom at the reader's firm, asked: "who I should contact in your company", "let us know who we should work with on your team" */
const WHOM_AT_YOUR_FIRM = new RegExp(
  String.raw`\b(?:tell|let|advise)\s+(?:me|us)\s+(?:know\s+)?(?:who|whom)\s+(?:I|we)\s+(?:should|could|ought\s+to|can|might)\s+(?:contact|call|approach|talk\s+to|speak\s+(?:to|with)|get\s+in\s+touch\s+with|work\s+with|deal\s+with|liaise\s+with|coordinate\s+with|partner\s+with)\s+(?:on|in|at|within)\s+your\s+(?:team|side|end|group|firm|company|organi[sz]ation|department|desk|office)\b${PAPERWORK_WITHIN(60)}${NOT_A_POST_IN_YOUR_GROUP}`,
  "i",
);

/**
 * "Who on your team can I coordinate with to submit the actual filing?" (real Enron mail, session
 * 36's r36e), "Who on your team would have some cycles to speak with me for 3-5 min about a potential
 * fit between our organizations?" (a vendor to an executive; session 37's r37f).
 */
const WHOM_ON_YOUR_TEAM_TO_WORK_WITH = new RegExp(
  String.raw`\b[Ww]ho(?:m)?\s+(?:on|in|at)\s+your\s+(?:team|side|end|group|staff|office|desk|shop)\s+(?:(?:can|could|should|do|would)\s+(?:I|we)\s+(?:coordinate|work|deal|liaise|partner|interface)\s+with|(?:would|might|could|will)\s+have\s+(?:some\s+|a\s+few\s+|any\s+)?(?:time|cycles|bandwidth|minutes|availability)\s+to\s+(?:speak|talk|meet|chat|connect)\s+with\s+(?:me|us))\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/**
 * Someone on the reader's side with time to talk, asked for in any shape (session 37's blind check):
 * "Is there someone on your team who'd have half an hour to talk with me about data engineering
 * careers?", "Would any of your colleagues in the tax group be willing to spend 20 minutes with me?",
 * "any1 on ur team have time for a quick call about the API?", "Who in your lab would be open to
 * chatting with me about the postdoc opening?". The reader's side is said ("your team", "your
 * colleagues"), and a talk with the writer; not a job done ("someone in your crew who can patch the
 * roof leak").
 */
/** Time said: "some time", "half an hour", "20 minutes", "the bandwidth", "free", "willing". */
const AVAILABLE = String.raw`(?:time|bandwidth|free|willing|open|spare|available|happy|half\s+an\s+hour|an\s+hour|\d+\s*min(?:ute)?s?|(?:a\s+)?few\s+minutes|a\s+(?:moment|minute))`;
/** A talk with the writer: "talk", "a coffee chat", "walk me through", "spend 20 minutes with me". */
const A_TALK_WITH_US = String.raw`(?:\b(?:talk|speak|chat|call|meet|conversation|coffee)|\b(?:talking|speaking|chatting|meeting)\s+(?:with|to)\s+(?:me|us)|\bwalk\s+(?:me|us)\s+through|\bspend\s+[^.?!]{0,20}\bwith\s+(?:me|us))`;
/**
 * Who there: "who", "is there someone", "would any of your colleagues", "any1", "(tell me) if
 * someone". The reader's side follows ("on your team", "in your lab") unless it was said already
 * ("any of your colleagues"): a lookahead for "your" anywhere in the sentence, tried at every
 * word, took seconds on a megabyte of unpunctuated text (test/unit/hostile-text.test.ts).
 */
const SOMEONE_OF_YOURS = String.raw`(?:\b[Ww]ho(?:m)?|\b[Ii]s\s+there\s+(?:someone|somebody|anyone|anybody|a\s+person|an?\s+[\p{Ll}-]+)|\b(?:[Dd]oes|[Ww]ould|[Cc]ould|[Mm]ight|[Dd]o)\s+(?:anyone|anybody|someone|somebody|any\s+of\s+your\s+[\p{Ll}-]+|one\s+of\s+your\s+[\p{Ll}-]+)|\b[Aa]ny(?:one|body|1)|\b(?:if|whether)\s+(?:someone|somebody|anyone|anybody))`;
const SOMEONE_THERE_WITH_TIME = new RegExp(
  String.raw`${SOMEONE_OF_YOURS}\s+(?:(?:on|at|in|from|of|among)\s+(?:your|ur)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+|(?<=\bof\s+your\s+[\p{Ll}-]+\s+))(?:[^.?!]{0,60}?\b${AVAILABLE}\b[^.?!]{0,40}?${A_TALK_WITH_US}|[^.?!]{0,40}?\b(?:could|can|would|might)\s+(?:talk|speak|meet|chat)\s+(?:with|to)\s+(?:me|us)\b|[^.?!]{0,40}?\b(?:could|can|would|might)\s+walk\s+(?:me|us)\s+through|(?:would|might|could|will)\s+have\s+(?:the\s+)?time\s*\?)${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "or should I send it to someone else within your company?" */
const SOMEONE_ELSE_THERE_INSTEAD = new RegExp(
  String.raw`\bshould\s+(?:I|we)\s+(?:send|forward|submit|address|direct|pitch)\s+(?:it|this|them|my\s+[\w-]+|our\s+[\w-]+)\s+to\s+(?:someone|somebody|anyone)\s+else\s+(?:within|at|in|on)\s+(?:your\s+(?:company|firm|organi[sz]ation|team|group|agency|house|office|imprint)|${NOT_A_DEPARTMENT}\p{Lu}[\p{L}&.-]*)${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "I would like to learn more and if possible meet other people more directly linked to the effort" (not at an event). */
const OTHERS_ON_THE_EFFORT = new RegExp(
  String.raw`\b(?:I|[Ww]e)(?:'d|\s+would)\s+(?:(?:very\s+)?much\s+|really\s+|also\s+)?(?:like|love|welcome\s+the\s+chance|appreciate\s+the\s+chance)\s+to\s+(?:[^.?!]{0,40}?\band\s+)?(?:if\s+possible\s+|perhaps\s+|also\s+)?meet\s+(?:with\s+)?(?:other|more\s+of\s+the|some\s+of\s+the\s+other|a\s+few\s+(?:more|other))\s+(?:people|folks|members|colleagues|team\s+members)\s+(?:who\s+are\s+|who're\s+)?(?:(?:more\s+)?(?:directly|closely)\s+)?(?:linked|involved|working|engaged|connected)\s+(?:to|in|on|with)\s+(?:the|this|that|your)\s+(?:[\w-]+\s+){0,2}?(?:effort|project|initiative|platform|program(?:me)?|venture|business|desk|work|group|team)\b(?![^.?!]{0,40}\b(?:at|during)\s+(?:the|our|this|next)\s+(?:[\w-]+\s+)?(?:kick-?off|offsite|off-site|conference|meeting|party|event|meetup|summit|retreat|all-hands)\b)`,
  "",
);

/**
 * People at the reader's office the reader thinks worth meeting, wished met or asked for: "In
 * addition, I would like to meet with anyone in the London office that you think would be
 * beneficial." and "Any other suggestions on topics or people to see?" (an executive planning a visit
 * to a colleague's office; real Enron mail, this session's blind set r36a). Not guests invited.
 */
const WHOEVER_YOU_THINK_WORTH_MEETING = new RegExp(
  String.raw`\b(?:I|[Ww]e)(?:'d|\s+would)\s+(?:also\s+|really\s+)?(?:like|love|welcome\s+the\s+chance)\s+to\s+(?:meet|talk|speak|sit\s+down)\s+(?:with\s+|to\s+)?(?:anyone|anybody|whoever|people|those|others)\s+(?:else\s+)?(?:(?:in|at|from|on)\s+(?:the\s+|your\s+)?(?:[\w&.-]+\s+){0,2}?(?:office|team|group|desk|side)\s+)?(?:that|who|whom)\s+you\s+(?:think|feel|believe)\s+(?:would\s+be\s+(?:beneficial|helpful|useful|worthwhile|valuable|good|relevant)|(?:I|we)\s+(?:should|ought\s+to)\s+(?:meet|see|talk\s+to))\b`,
  "",
);
const PEOPLE_TO_SEE_SUGGESTED =
  /\b(?:any|other)\s+(?:other\s+)?(?:suggestions?|ideas?|recommendations?)\s+(?:on|of|for|about)\s+(?:[\w-]+\s+(?:or|and)\s+)?(?:people|persons|folks|contacts|whom?)\s+(?:(?:I|we)\s+should\s+|to\s+)(?:see|meet|visit|talk\s+to|speak\s+(?:to|with)|call\s+on)\b/i;

export const SUGGESTED_PEOPLE_ASKS: readonly RegExp[] = [
  WHOEVER_YOU_THINK_WORTH_MEETING,
  PEOPLE_TO_SEE_SUGGESTED,
  SOMEONE_TO_TALK_TO_SUGGESTED,
  SPEAKER_SUGGESTED,
  WHOM_AT_YOUR_FIRM,
  WHOM_ON_YOUR_TEAM_TO_WORK_WITH,
  SOMEONE_THERE_WITH_TIME,
  SOMEONE_ELSE_THERE_INSTEAD,
  OTHERS_ON_THE_EFFORT,
];
