/**
 * The reader asked to check with the person they put the writer in touch with: "I know you have
 * been kind enough for the connection, I was wondering if you could help me find out if Mr. Heffner
 * did receive them." (a job seeker to the friend of a friend who gave him a contact at a brokerage,
 * after three unanswered emails with his resume; real Enron mail, this session's blind set r36f).
 * Only for what a job seeker or a seller sends a person (a resume, an application, a proposal),
 * named in the sentence or the one before; "could you ask John if he received my invoice?" is an
 * errand. Pure.
 */

/** The reader asked to find out whether a named person got something. */
const CHECK_WITH_THEM = new RegExp(
  String.raw`\b(?:(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill)\s+(?:you|u)\s+(?:please\s+|possibly\s+|kindly\s+)?|(?:wonder(?:ing|ed)?|hoping)\s+(?:if|whether)\s+(?:you|u)\s+(?:could|might|would|can)\s+(?:please\s+)?|[Pp]lease\s+)(?:help\s+(?:me\s+)?)?(?:find\s+out|check|ask|see|confirm)\s+(?:with\s+(?:him|her)\s+)?(?:if|whether)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:(?:ever|actually|really)\s+)?(?:did\s+|has\s+|had\s+|ever\s+)?(?:receive[sd]?|get|got|gotten|see|seen|saw|read|look(?:ed)?\s+at|had\s+a\s+chance\s+to\s+(?:read|look\s+at|review))\s+(?:them|it|my|our|the)\b`,
  "u",
);
const WHAT_A_SEEKER_SENDS =
  /\b(?:resume|résumé|cv|cover\s+letter|application|proposal|business\s+plan|pitch\s+deck|portfolio|manuscript|writing\s+samples?)s?\b/i;

export function asksToCheckWithTheirContact(previous: string, own: string): boolean {
  return CHECK_WITH_THEM.test(own) && (WHAT_A_SEEKER_SENDS.test(own) || WHAT_A_SEEKER_SENDS.test(previous));
}
