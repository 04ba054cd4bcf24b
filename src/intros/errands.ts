/**
 * A principal's errand to their own staff: "Pls have Margaret contact her to gauge interest",
 * "Pls contact Judith Barnett who has lots of ideas… Do you know her?", or their yes to what
 * the staff offered, "Ok to set up call" (released State Department mail, session 22). A short order with no word of courtesy anywhere: one asks a
 * favour of a connector, one gives an errand to an aide. Read only where the learned model is
 * the sole evidence; the explicit cues keep terse requests ("pls intro me to jake") whole. Pure.
 */
import { normalizeText, sentences } from "./text.js";

/** An order to the reader, opening a sentence: "Pls have…", "Set up…", "Contact…". ("Pis" is how OCR reads "Pls".) */
const ORDER =
  /^(?:(?:pls|pis|plz|please)\s+)?(?:have|get|set\s+up|put|add|call|contact|ask|tell|send|find|make|schedule|arrange|invite|follow\s+up)\b/i;

/** A yes to what the mail below offered: "Ok to set up call. What's his first name?" */
const CONSENT = /^(?:ok(?:ay)?|yes|sure|fine|agreed?|go\s+ahead|sounds\s+good)\b\s*(?:[,.!:-]|to\b|$)/i;

/** Any word that asks rather than orders, greets or thanks. */
const COURTESY =
  /\b(?:thanks?|thank\s+you|thx|tks|appreciate\w*|grateful|favou?r|kind|mind|hope|hoping|wonder\w*|possible|if\s+you|would\s+you|could\s+you|hi|hello|dear|hey)\b/i;

/** Longer than this, a note says more than an errand does. */
const ERRAND_CHARS = 400;

export function readsAsAnErrand(fresh: string): boolean {
  const text = normalizeText(fresh).trim();
  if (text.length > ERRAND_CHARS || COURTESY.test(text)) return false;
  // The order opens the note: an errand starts with it ("Harriet, … Find me that person and get
  // them to call me and I'll buy dinner" asks a friend, after a greeting and a story).
  const first = sentences(text)[0] ?? "";
  return ORDER.test(first) || CONSENT.test(first);
}

/**
 * "You know Dot from bridge. Could you take it back to her Thursday?", "Would you mind returning it
 * to her next time?" (session 38's blind check of ties stated: all eleven of its false alarms were
 * the learned model's, most a thing to return to the person the reader knows). Only a thing given
 * back: a thing passed on ("pass it to him with a word") is as often the writer's paper (holdout-62).
 */
const THING_GIVEN_BACK =
  /\b(?:take|bring|give|hand|drop|get)(?:ing)?\s+(?:it|them|this|these|that|those)\s+back\s+to\s+(?:him|her|them)\b|\breturn(?:ing)?\s+(?:it|them|this|these|that|those)\s+to\s+(?:him|her|them)\b|\b(?:give|hand|take|bring|return)\s+(?:him|her|them)\s+back\s+(?:his|her|their)\b/i;
/** The writer's paper named, which is handed on to someone for the writer's sake, not as an errand. */
const PAPER_NAMED =
  /\b(?:my|our|his|her|their|a|an|the|this|attached|enclosed)\s+(?:[\w-]+\s+)?(?:resume|résumé|cv|curriculum\s+vitae|letter|proposal|deck|pitch|note|portfolio|application|bio|business\s+plan|manuscript|paper|script|demo|reel|card)s?\b/i;

/** Whether the model's evidence gives a thing back to someone, in a text that names no paper of the writer's. */
export function givenBackAsAnErrand(sentence: string, fresh: string): boolean {
  return THING_GIVEN_BACK.test(sentence) && !PAPER_NAMED.test(fresh);
}

/**
 * A caller handed to the reader to deal with: "Mr. Kowalski from the lumber yard left a message…
 * Please follow up with him at 555-0108", "Jeff has asked that you follow up with this gentleman. His
 * phone number is…" (real Enron mail, session 39's blind r39e, and that session's blind check). The
 * reader is to answer someone who reached out, which is their own work, not an introduction.
 */
const FOLLOW_UP_WITH_THEM =
  /\b(?:please|kindly|can\s+you|could\s+you|would\s+you|you\s+(?:should|need\s+to|must)|(?:asked|requested)\s+that\s+you)\s+(?:\w+\s+)?(?:follow\s+up|get\s+back\s+to|touch\s+base|call\s+(?:him|her|them)\s+back)\b/i;
const REACHED_OUT =
  /\b(?:left\s+(?:a|you\s+a|me\s+a)\s+(?:message|voicemail|vm)|called|rang|phoned|(?:asked|has\s+asked)\s+that\s+you|(?:his|her|their)\s+(?:phone\s+)?number\s+is|wants?\s+to\s+(?:talk|speak)\s+(?:to|with)\s+(?:someone|somebody|anyone))\b/i;

/** Whether the model's evidence hands the reader someone who reached out, to follow up themselves. */
export function callerHandedToTheReader(sentence: string, fresh: string): boolean {
  return (
    FOLLOW_UP_WITH_THEM.test(fresh) &&
    REACHED_OUT.test(fresh) &&
    !/\b(?:me|us|my)\b/i.test(sentence.replace(/^[^,]{0,20},\s*/, ""))
  );
}
