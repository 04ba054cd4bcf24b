/**
 * The right person at a place, asked for in the words of session 31's blind Enron mail and its
 * general check (helpers who saw no code), then widened to the blind paraphrases of those forms
 * (the first drafts, written to the Enron words, found none of them):
 * - an inquiry passed to whoever handles it at another firm: "could one of you pass this request on
 *   the appropriate person at NUI-City Gas" (gq-gx, "to" left out), "can you send this over to
 *   whoever handles that at AmeriGas?", "Would you kindly refer it to the responsible representative
 *   at Florida Public Utilities?", a professor's "kindly pass this request for a 45 minute phone
 *   interview to a person in your firm whom most closely deals with…" (gq-hd);
 * - the reader, or failing them whoever handles it: "Are you involved in this deal, if not do you have
 *   a contact?" (gq-gx), "you on the dynegy pipeline sale? if not who should I talk to";
 * - someone else at the reader's firm, after the reader declined to speak: "would know of anybody else
 *   at Enron who would possibly be interested in presenting at our conference?" (gq-hd), "Could you
 *   suggest a colleague at Siemens who might take the slot?";
 * - "Do you have a name up there I could reach out to?", "any luck finding me someone at Calpine I
 *   could talk to?" (session 31's general check).
 * Not for paperwork or a service desk, nor documents routed: "pass the TECO invoice on to accounts
 * payable", "send the draft to the right person at Williams". Each was tried beside the same words in
 * ordinary mail (test/unit/detect-session-31-*.test.ts). Case-sensitive where a capital marks a firm.
 * Pure.
 */
import { NOT_A_DEPARTMENT, PAPERWORK_WITHIN } from "./paperwork.js";

/** A firm named, not one of the writer's own departments. */
const FIRM = String.raw`${NOT_A_DEPARTMENT}\p{Lu}`;

/** The reader's own firm, or a public body: "your firm", "your strategy team", "the city utility". */
const THEIR_SIDE = String.raw`(?:your\s+(?:firm|company|organi[sz]ation|shop|end|side|[\w-]+\s+(?:team|group|desk))|the\s+(?:city|county|state|local)\s+[\w-]+)`;

/** Whom an inquiry goes to: whoever handles it at a firm, the right one there, a person there who handles it. */
const PLACE = String.raw`(?:${THEIR_SIDE}|(?:the\s+[\w-]+,?\s+)?${FIRM})`;
const HANDLES = String.raw`(?:handles|oversees|deals\s+with|is\s+(?:responsible|in\s+charge)|runs|manages|looks\s+after|covers|owns|leads)`;
const RIGHT_ONE_THERE = String.raw`(?:whoever\s+${HANDLES}\b[^.?!]{0,40}?\s(?:at|in|for|on)\s+${PLACE}|whoever\s+(?:in|at)\s+(?:your\s+[\w-]+|${FIRM}[\p{L}&.-]*)\s+${HANDLES}\b|the\s+(?:right|appropriate|responsible|correct|proper|relevant)\s+(?:[\w-]+\s+)?(?:person|people|party|parties|representative|rep|contact|individual|folks)\s+(?:(?:at|in|with|on|within)\s+${PLACE}|there\b)|(?:a|the)\s+(?:person|executive|manager|officer|colleague)\s+(?:at|in|within)\s+(?:your\s+(?:firm|company|organi[sz]ation)|\p{Lu}[\p{L}&.-]*)\s+(?:who|whom|that|most|best))`;
/** The bare "the right person", when the sentence before says whom at the reader's firm is wanted. */
const BARE_RIGHT_ONE =
  /\b(?:pass|send|forward|route|direct|relay|get)\s+(?:this|it|that|them)\s+(?:on\s+|along\s+)?to\s+the\s+(?:right|appropriate|correct|relevant)\s+(?:person|people|contact)\s*\??\s*$/i;
const SOMEONE_THERE_WANTED =
  /\b(?:speak|talk|meet|chat|interview)\b[^.?!]{0,60}\bwith\s+(?:someone|somebody|a\s+person|the\s+person|an?\s+executive|a\s+manager)\s+(?:at|in|from)\s+your\s+(?:company|firm|organi[sz]ation)\b/i;

/** What is passed on: an inquiry, a request, a question (or "it", "this", when the text says what). */
const THE_INQUIRY = String.raw`(?:(?:this|the|my|our|his|her|their|the\s+enclosed|the\s+attached)\s+(?:[\w-]+\s+){0,3}?(?:request|inquiry|enquiry|question|query|queries|complaint|concern|note|message|voicemail)(?:\s+for\s+[^.?!]{1,40}?)?|it|this|that|them|him|her)`;

/** "pass this request on the appropriate person at…", "send this over to whoever handles that at…" */
const PASSED_ON = new RegExp(
  String.raw`\b(?:pass|send|route|refer|direct|forward|get|hand|give|relay|share)\s+(?:${THE_INQUIRY}\s+)?(?:(?:on|over|along)\s+)?(?:to\s+|with\s+)?${RIGHT_ONE_THERE}${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** Asked of the reader, not told of the writer: "He asked that I … route it to the appropriate person within Enron" (shared real mail 175846). */
const ASKED =
  /\?\s*$|\b(?:could|would|can|will|might)\s+(?:you|u|someone|somebody|one\s+of\s+you)\b|\b(?:please|pls|plz|kindly)\b|\basks?\s+that\s+you\b|\bmind\s+\w+ing\b|\bif\s+you\s+could\b/i;

/** Only an inquiry is passed on this way; "it" or "this" must be one the text speaks of. */
const NAMES_THE_INQUIRY =
  /\b(?:request|inquiry|enquiry|question|query|queries|complaint|concern|note|message|voicemail)\b/i;
const SPEAKS_OF_AN_INQUIRY =
  /\b(?:call(?:ed|s)?|phoned|voicemail|inquiry|enquiry|question|request|asking|wants?\s+to\s+know|wanting\s+to\s+know|interested\s+in|looking\s+for|surveying|study|research(?:ers)?)\b/i;

/** "Do you have a name up there I could reach out to?" (a place said only as "there"). */
const NAME_UP_THERE = new RegExp(
  String.raw`\b(?:have|know|got)\s+(?:a|any)\s+(?:name|contact|person)\s+(?:up|over|down|out)\s+there\s+(?:(?:that|who|whom)\s+)?(?:I|we)\s+(?:could|can|should|might)\s+(?:reach\s+out\s+to|call|contact|ring|e-?mail|talk\s+to|speak\s+(?:to|with)|approach)\b${PAPERWORK_WITHIN(60)}`,
  "u",
);

/** "would know of anybody else at Enron who would possibly be interested in presenting?" */
const ANYONE_THERE_TO_PRESENT = new RegExp(
  String.raw`\b(?:would|do|might)\s+(?:you\s+)?know\s+of\s+(?:anybody|anyone|someone|somebody)\s+(?:else\s+)?(?:at|in)\s+\p{Lu}[\p{L}&.-]*\s+(?:who|that)\s+(?:would|might|could|may)\s+(?:possibly\s+|perhaps\s+)?be\s+(?:interested|willing|available)\s+(?:in|to)\s+(?:present|presenting|speak|speaking|talk|talking|meet|meeting|join|joining|sit|sitting)\b`,
  "u",
);

/** "any luck finding me someone at Calpine I could talk to about the Sutter plant?" */
const STILL_LOOKING_FOR_THEM = new RegExp(
  String.raw`\bany\s+luck\s+(?:finding|tracking\s+down|getting)\s+(?:me\s+|us\s+)?(?:someone|somebody|a\s+(?:contact|name|person)|the\s+right\s+(?:person|contact)|a\s+way\s+in)\s+(?:at|in|over\s+at|with)\s+\p{Lu}${PAPERWORK_WITHIN(60)}`,
  "u",
);

export const PASSED_ON_ASKS: readonly RegExp[] = [NAME_UP_THERE, ANYONE_THERE_TO_PRESENT, STILL_LOOKING_FOR_THEM];

/** "If not", "otherwise", "should that not be the case", "if it isn't": the reader may not be the one. */
const IF_NOT = String.raw`(?:\bif\s+(?:not|no)|\botherwise|\bshould\s+that\s+not\s+be\s+the\s+case|\bif\s+(?:it|that)\s+is(?:n'?t|\s+not)(?:\s+the\s+case)?|\bif\s+you(?:'re|\s+are)\s+not|\bor)\b,?\s*`;

/** …then who is: "do you know who is?", "who should I talk to", "the name of a colleague who is", "point me to someone". */
const WHO_INSTEAD = new RegExp(
  String.raw`${IF_NOT}(?:who\s+(?:on\s+your\s+(?:side|team|end)|at\s+your\s+(?:firm|shop|company)|else)\s+(?:is|would\s+be|might\s+be|handles\s+it)\b|(?:do|would|could|can)\s+you\s+(?:know|tell\s+me|suggest|recommend)\s+(?:who|whom|someone|somebody|a\s+colleague|the\s+(?:right\s+)?person)|who\s+(?:should|could|do|would|might)\s+(?:I|we)\s+(?:talk|speak|go|turn|reach\s+out|contact|call|approach)|(?:I|we)(?:'d|\s+would)\s+(?:appreciate|welcome|be\s+grateful\s+for)\s+(?:the\s+|a\s+)?name\s+of|(?:could|can|would)\s+you\s+(?:point|direct|refer|steer)\s+(?:me|us)\s+to\s+(?:someone|somebody|a\s+colleague|the\s+(?:right\s+)?person)|(?:do|would)\s+you\s+have\s+(?:a|any)\s+(?:contact|name)\b(?!\s+(?:number|details|info|e-?mail|address|form)))`,
  "i",
);

/** Whether the reader handles the matter, asked: "Are you working on…", "you on the…", "one of yours?" */
const READER_ON_IT =
  /\b(?:are\s+you|you(?:'re)?|whether\s+you(?:'re|\s+are)|if\s+you(?:'re|\s+are))\s+(?:still\s+|currently\s+)?(?:involved|working|on|handling|covering|running|leading|doing|the\s+(?:right\s+)?(?:person|one|contact))\b|\bone\s+of\s+yours\b/i;

/** The reader declined to speak or come: "can't make the panel", "unable to participate", "booked that week". */
const DECLINED =
  /\b(?:can'?t|cannot|can\s+not|couldn'?t|unable\s+to|won'?t\s+be\s+able\s+to|not\s+be\s+able\s+to|won'?t\s+allow|not\s+available|booked|busy|regret|unavailable|not\s+(?:permit|allow)|no\s+worries|instead)\b/i;

/** Someone else at the reader's firm, asked for: "a colleague at Siemens who might…", "anyone else at your shop who'd…". */
const SOMEONE_ELSE_THERE = new RegExp(
  String.raw`(?:\b(?:suggest|recommend|propose|nominate|name)\s+|\b(?:is\s+there|do\s+you\s+(?:know|have))\s+|^\W*)(?:a\s+colleague|another\s+(?:[\w-]+\s+)?(?:member|person|colleague|speaker|representative|executive)|(?:someone|somebody|anyone|anybody)(?:\s+else)?)\s+(?:(?:on|in|at|from|of)\s+(?:your|the|\p{Lu})[^.?!]{0,40}?)?(?:(?:who|that)(?:'d|\s+(?:might|would|could|may|can|is|are))?|to|you\s+(?:think|know)\s+(?:would|might|could))\b`,
  "iu",
);

/** Asked of the reader: a question, or "could you suggest…" (not the writer's "I'll recommend someone else"). */
const ASKS_FOR_A_NAME =
  /\?\s*$|\b(?:you|u)\s+(?:\w+\s+){0,3}?(?:suggest|recommend|propose|nominate|name)\b|^\W*(?:\w+,\s*)?(?:please\s+)?(?:suggest|recommend)\b/i;

/** A speaker's part: to speak, present, keynote, take the slot, stand in. */
const SPEAKING =
  /\b(?:speak|speaking|speaker|present|presenting|talk|address|addressing|keynote|panel|roundtable|slot|lecture|seminar|presentation|webinar|in\s+your\s+(?:place|stead)|instead\s+of\s+you|fill\s+in|stand\s+in|step\s+in)\b/i;

/**
 * The index of a sentence that asks for the right person across its neighbour: an inquiry passed on,
 * the reader or failing them whoever handles it, a stand-in for a speaker who declined. Else -1.
 */
export function rightOneAskedAcross(owns: readonly string[]): number {
  return owns.findIndex((own, index) => {
    const before = owns[index - 1] ?? "";
    const passed = PASSED_ON.exec(own);
    if (
      passed &&
      ASKED.test(own) &&
      (NAMES_THE_INQUIRY.test(passed[0]) || SPEAKS_OF_AN_INQUIRY.test(`${before} ${own}`))
    )
      return true;
    if (BARE_RIGHT_ONE.test(own) && SOMEONE_THERE_WANTED.test(`${before} ${own}`)) return true;
    if (WHO_INSTEAD.test(own) && READER_ON_IT.test(`${before} ${own}`)) return true;
    return (
      SOMEONE_ELSE_THERE.test(own) &&
      ASKS_FOR_A_NAME.test(own) &&
      DECLINED.test(`${before} ${own}`) &&
      SPEAKING.test(`${before} ${own}`)
    );
  });
}
