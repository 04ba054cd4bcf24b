/**
 * Material of the writer's (a resume, a proposal, a plan) routed onward: asked, or thanked for
 * with the material enclosed to route again. Read over a message's sentences, since the material
 * is often named in one sentence and routed in another. detect.ts tries these after the
 * sentence-by-sentence cues. Pure.
 */
import { ASKED_CONNECTION } from "./request-cues.js";
import { FAVOUR_ASKING } from "./favour-cues.js";

/**
 * The sentence of `owns` (a message's sentences in the sender's own words) that routes material
 * onward, or -1: routing thanked for with the material enclosed, or asked of the reader, unless
 * the message is about a search (`recruiting`: a search firm routes candidates). `around`: the
 * subject, and what a forward's note forwards, where the material may be named.
 */
export function materialRoutedAsk(owns: readonly string[], around: string, recruiting: boolean): number {
  const thanked = routingThankedWithMaterial(owns);
  if (thanked >= 0 || recruiting) return thanked;
  return materialRoutedOnward(owns, (own) => ASKED_CONNECTION.asking.test(own) || FAVOUR_ASKING.test(own), around);
}

/**
 * Routing thanked for, with the material to route again enclosed: "Thanks for taking the time to
 * forward my credentials within Enron to their Wind operation. I have a resume and a general
 * cover letter zipped to this email." (real Enron mail: a request to the blind readers of
 * sessions 18 and 25, a near miss to session 23's). Thanks alone ("Thank you for taking the time
 * to forward my resume to Ohio", session 25's gq-dl) is a near miss: the routing is done. Gives
 * the index of the thanking sentence, or -1.
 */
function routingThankedWithMaterial(sentences: readonly string[]): number {
  const thanked = sentences.findIndex((sentence) => ROUTING_THANKED.test(sentence));
  return thanked >= 0 && sentences.some((sentence) => MATERIAL_ENCLOSED.test(sentence)) ? thanked : -1;
}

const ROUTING_THANKED =
  /\b(?:thank(?:s|\s+you)|appreciate|grateful)\b[^.?!]{0,40}?\btaking\s+the\s+time\s+to\s+(?:forward|pass|send|circulate|share|get)\b[^.?!]{0,100}?(?:\bresume|\brésumé|\bcv\b|\bcredentials)/i;

const MATERIAL_ENCLOSED =
  /\b(?:attached|enclosed|zipped|included)\b[^.?!]{0,40}?\b(?:resume|résumé|cv|cover\s+letter)\b|\b(?:resume|résumé|cv|cover\s+letter)\b[^.?!]{0,60}?\b(?:attached|enclosed|zipped|included)\b/i;

/**
 * Material of the writer's routed onward to whoever fits, the material said in another sentence:
 * "Attached is my resume. Could you please forward it to the appropriate person in your trading
 * group?", "I have attached my cv… can you pass it on to anyone who might be hiring?", "could you
 * take a look and pass it on if appropriate?", "Can you pass this on to your HR folks?" under
 * "Fw: resume", "please share the attached business plan with anyone at Enron who might be
 * interested" (the material may be named only `around` the sentences: in the subject, or in what
 * a forward's note forwards; the form of
 * real Enron requests since session 18; the cues knew it only with the resume in the same
 * sentence). Not news routed ("please forward this to the appropriate people in Houston" under a
 * settlements update, session 25's gq-dl): a resume, a proposal or a plan must be what is sent.
 * Gives the index of the asking sentence, or -1.
 */
function materialRoutedOnward(sentences: readonly string[], asks: (sentence: string) => boolean, around = ""): number {
  if (!ROUTED_MATERIAL.test(around) && !sentences.some((sentence) => ROUTED_MATERIAL.test(sentence))) return -1;
  return sentences.findIndex((sentence) => ROUTED_TO_WHOEVER.test(sentence) && asks(sentence));
}

const ROUTED_MATERIAL = /\b(?:resume|résumé|cv|c\.v\.|curriculum\s+vitae|credentials|proposal|business\s+plan)s?\b/i;

const ROUTED_TO_WHOEVER =
  /\bshar(?:e|ing)\s+(?:it|this|them|the\s+(?:attached|enclosed)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+with\s+(?:anyone|anybody|someone|somebody|whoever|the\s+(?:right|appropriate)\s+(?:person|people))\b|\b(?:forward|pass|send|route|direct|get|give|hand|circulate)\w*\s+(?:it|this|them|these)\s+(?:on\s+|along\s+|around\s+)?to\s+(?:the\s+(?:appropriate|right|proper|relevant|correct|best)\s+(?:person|people|party|parties|individuals?|folks|contacts?|managers?|hands)|(?:someone|somebody|anyone|anybody|whoever|whomever)\b)|\b(?:forward|pass|send|circulate)\w*\s+(?:(?:it|this|them)\s+)?(?:on|along|around)\s+(?:if|as|where|when)\s+(?:appropriate|you\s+(?:see\s+(?:a\s+)?fit|think\s+best|can)|it\s+makes\s+sense)\b|\b(?:forward|pass|send|give|hand)\w*\s+(?:it|this|them)\s+(?:on\s+|along\s+)?to\s+your\s+(?:HR|human\s+resources|recruit\w*|hiring)\s*(?:folks|people|department|dept|team|group|manager)?\b/i;
