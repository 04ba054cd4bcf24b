/**
 * Sentences that sound like asks about someone else but seek no one for the writer: a fact asked
 * of whoever knows it, news routed, the reader as the one the writer was sent to, discretion asked,
 * a question routed only if it is not the reader's. The learned model may take the messages they
 * are in for requests; model-evidence.ts lets none of them stand as its evidence. Pure.
 */

/**
 * "Can you please forward this to the appropriate people in Houston." under a settlements update
 * (real Enron mail, session 25's blind set gq-dl, a near miss): the writer's own news routed, which
 * the model may take for a request. A resume or a pitch routed so is a request, but only the cues
 * may say so (they read what "this" is).
 */
export const ROUTED_FOR_INFORMATION =
  // (Or to those the writer's list missed: "Please pass this on to people who I may have
  // inadvertently missed", over news of a move; session 26's blind set gq-dy.)
  /\b(?:forward|pass|send)\w*\s+(?:this|it)\s+(?:on\s+|along\s+)?to\s+(?:people|anyone|anybody|others|friends|those)\s+(?:who|whom|that)\s+(?:I|we)\s+(?:may\s+|might\s+)?(?:have\s+)?(?:inadvertently\s+|accidentally\s+)?(?:missed|forgot(?:ten)?|left\s+off|don'?t|do\s+not|did\s+not|didn'?t)\b|\b(?:forward|pass|send|route|direct|give)\w*\s+(?:this|it|these)\s+(?:on\s+|along\s+)?to\s+the\s+(?:appropriate|right|proper|relevant|correct)\s+(?:person|people|party|parties|group|individuals?|folks)\b/i;

/**
 * "Would you know, or do you know who would know, whether ENA serves any end use customers off of
 * Southwest Gas's system?" (real Enron mail, session 24's blind set gq-cy): someone sought only to
 * answer a question of fact, not to be met.
 */
const WHO_WOULD_KNOW_A_FACT =
  /\bwho\s+(?:would|might|will|could|may)\s+know,?\s+(?:whether|if|what|how|when|where|which|why)\b/i;

/**
 * "Look her up after she gets settled in. I told her you were there too. Did you know her?" (real
 * Enron mail, session 24's blind set gq-da): whether the reader knew someone in the past is news
 * exchanged, not an ask ("Do you know Dana Reyes?" still leads into one).
 */
// (Case-sensitive, so that only a capital starts a name: "Did you know anyone at…" may still ask.)
const KNEW_THEM_BEFORE = /^(?:\p{L}+,\s*)?[Dd]id\s+(?:you|u)\s+(?:ever\s+)?know\s+(?:him|her|them|\p{Lu}\p{Ll}+)\b/u;

/**
 * "Phillip Allen thought that maybe you could help me" (session 26's blind set gq-du, over a
 * request for website access): the writer sent to the reader by someone else, so the reader is
 * the one asked, not a go-between.
 */
const REFERRED_TO_READER =
  /\b(?:thought|said|suggested|mentioned|told\s+me|recommended|felt|believed?)\s+(?:that\s+)?(?:maybe\s+|perhaps\s+)?(?:you|u)\s+(?:could|might|would|can|may)\s+(?:be\s+able\s+to\s+)?(?:help|assist)\s+(?:me|us)\b/i;

/**
 * "I would also appreciate that we keep this correspondence between us and the appropriate people
 * within ET&S" (session 26's blind set gq-ea, a job seeker writing to the hirer): discretion
 * asked, not anyone to be met.
 */
const KEPT_CONFIDENTIAL =
  /\bkeep\s+(?:this|it|that|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}?(?:between\s+(?:us|ourselves|you\s+and\s+me)|confidential|private|quiet|to\s+(?:yourself|ourselves))\b/i;

/**
 * "Can you tell me if EPMI is licensed to provide retail service in Maine? If you aren't the right
 * person, who should I ask?" (session 26's gq-dz): a question of the reader's, routed only if it
 * is not theirs to answer.
 */
const QUESTION_ROUTED_IF_NOT_YOURS =
  /^\W*if\s+(?:you|u)\s+(?:are\s+not|aren'?t|'re\s+not|re\s+not)\s+the\s+(?:right|correct|appropriate|best|proper)\s+(?:person|one|contact)\b[^.?!]{0,20}?,?\s*(?:who|whom)\s+(?:should|could|do|would|can)\s+(?:I|we)\s+(?:ask|contact|call|talk\s+to|speak\s+(?:to|with))\b/i;

/**
 * "Perhaps you could mention it to Greg at the staff meeting", "if you'd be willing to mention the
 * fund to colleagues who knew her": a matter raised with someone, not the writer made known to them
 * ("mention me to Greg", "mention my name" still ask).
 */
const MATTER_RAISED =
  /\bmention\s+(?:it|this|that|the\s+[\w-]+)\s+to\s+(?:him|her|them|\p{Lu}\p{Ll}+|(?:your\s+)?(?:colleagues|friends|others|people|anyone|everyone|contacts))\b(?![^.?!]{0,60}\b(?:me|my|us|our|I)\b)/u;

/**
 * "Do we have anything else that I can email to her to wet her whistle for the meeting?" (session
 * 27's blind set gq-ef: the writer, who has just talked to her, sets up the meeting himself):
 * material asked for the writer's own contact with someone, not a way to them.
 */
const MATERIAL_FOR_OWN_CONTACT =
  /\b(?:anything|something|material|materials|articles?|info(?:rmation)?|documents?)\b[^.?!]{0,30}?\b(?:I|we)\s+(?:can|could|might|should)\s+(?:e-?mail|send|forward|give|show|pass\s+(?:on|along))\s+(?:to\s+)?(?:him|her|them)\b/i;

/**
 * "Can you set up a phone interview, and if that goes well bring him down for rounds." (session
 * 27's blind set gq-eq: a hiring manager to a recruiter): the writer's own interview of a
 * candidate. An interview asked for someone else ("an interview for my son with your hiring
 * manager") is still an introduction.
 */
const WRITERS_OWN_INTERVIEW =
  /\b(?:set\s+up|schedule|arrange|line\s+up)\s+(?:a|an)\s+(?:phone\s+|telephone\s+|first\s+|initial\s+|second\s+)?interview\b(?![^.?!]{0,40}\bfor\s+(?:me|us|my|our|his|her|their)\b)(?![^.?!]{0,40}\bwith\s+(?:your|the|a|an|someone|somebody|anyone|\p{Lu}[\p{L}&.-]*\s+(?:at|in|from))\b)|\bbring\s+(?:him|her|them)\s+(?:down|in|over|up)\s+for\s+(?:rounds|interviews?|a\s+round)\b/iu;

/**
 * "Who should I speak with about adding my name?" (session 27's gq-eg, to a P&L's keeper): a record
 * of the writer's to change, which a service desk does (person-sought-cues.ts' PAPERWORK_WITHIN
 * says the same for the cues).
 */
const RECORD_CHANGED =
  /\b(?:add(?:ing)?|remov(?:e|ing)|chang(?:e|ing)|updat(?:e|ing))\s+(?:my|our)\s+(?:name|address|phone\s+number|details)\b/i;

/** Whether a sentence, in the sender's own words, seeks no one for the writer, whatever it asks. */
export function asksNoOneForTheWriter(own: string): boolean {
  return [
    WHO_WOULD_KNOW_A_FACT,
    KNEW_THEM_BEFORE,
    ROUTED_FOR_INFORMATION,
    REFERRED_TO_READER,
    KEPT_CONFIDENTIAL,
    QUESTION_ROUTED_IF_NOT_YOURS,
    MATTER_RAISED,
    MATERIAL_FOR_OWN_CONTACT,
    WRITERS_OWN_INTERVIEW,
    RECORD_CHANGED,
  ].some((pattern) => pattern.test(own));
}
