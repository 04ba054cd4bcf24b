/**
 * A call from the reader to a senior person at another firm, asked to help the writer's deal or
 * cause: the word put in by telephone. Real mail to chief executives asks it this way, with the
 * other side's chairman or chief executive named in the message: "I would really appreciate you
 * giving Moffet a call" (Chairman of Freeport McMoRan), "I'm sure a call from you would help…
 * give him the further confidence" (President & C.E.O. of Cominco), "Would you please call Mr.
 * Cotros and attempt to assuage his concerns" (Sysco's chief executive), "The 1-on-1 call from
 * you would really help" (Park Place's CEO): session 28's blind sets gq-ff, gq-fg, gq-fl, gq-fn.
 * detect.ts tries it after every other form. Pure.
 */
import { THANKS_CUE } from "./near-miss-cues.js";

/** The call asked: wanted from the reader, not made ("thanks for the call from you"). */
const CALL_FROM_YOU_WOULD_HELP =
  /\b(?:a|the|one|your|1-on-1|one-on-one|personal|quick|short)\s+(?:[\w-]+\s+)?(?:call|word)\s+from\s+you\b[^.?!]{0,120}?\b(?:is\s+what\s+)?(?:would|could|will|should|might|may)\s+(?:really\s+|certainly\s+|greatly\s+|definitely\s+|surely\s+|probably\s+)?(?:help|make\s+(?:a|the|all\s+the)\s+difference|go\s+a\s+long\s+way|tip\s+(?:the\s+(?:balance|scales)|(?:him|her|them)\s+over)|seal\s+(?:it|the\s+deal)|be\s+(?:very\s+|most\s+|extremely\s+)?(?:helpful|valuable|useful|decisive))\b|\bhearing\s+(?:directly\s+)?from\s+you\s+(?:would|could|will|might)\s+(?:really\s+|certainly\s+)?(?:give|help|reassure|make|go|tip|settle)\b/i;
const CALL_APPRECIATED =
  /\b(?:appreciate|grateful\s+for)\s+(?:you|your)\s+(?:giving|placing|making)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}a\s+(?:call|ring|phone\s+call)\b/u;
const CALL_TO_EASE_THEM =
  /\b(?:[Ww]ould|[Cc]ould|[Ww]ill|[Cc]an)\s+(?:you|u)\s+(?:please\s+)?(?:call|phone|ring|contact)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:and|to)\s+(?:attempt\s+to\s+|try\s+to\s+|help\s+)?(?:assuage|allay|ease|address|reassure|calm|encourage|persuade|convince)\b/u;

/**
 * Or a good word by telephone, said outright: "I think it would be great to have you call Sam and
 * say how great it is that we were able to begin doing business together" (gq-fi). Praise,
 * thanks or a word for the writer, not news ("…call Sam and tell him the room moved").
 */
const GOOD_WORD_BY_PHONE =
  /\b(?:it\s+would\s+be\s+(?:great|helpful|good|terrific|wonderful|very\s+helpful)|I(?:'d|\s+would)\s+(?:love|like))\s+(?:to\s+have\s+you|if\s+you\s+(?:could|would))\s+(?:call|phone|ring|write\s+to|e-?mail)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:and\s+)?(?:say\s+how|thank|congratulate|put\s+in\s+a\s+(?:good\s+)?word|praise|vouch|let\s+(?:him|her|them)\s+know\s+(?:how|that\s+we|that\s+you\s+support))/u;

/**
 * A call to a named person, the good it would do said: "If you could phone Jim Barrett at Dynegy,
 * I think it would reassure him enough to close with us" (session 28's paraphrases).
 */
const CALL_WOULD_SWAY =
  /\b[Ii]f\s+you\s+(?:could|would|can)\s+(?:phone|call|ring|contact)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\b[^.?!]{0,60}?\b(?:it|that)\s+(?:would|might|could|will)\s+(?:really\s+|certainly\s+)?(?:reassure\s+(?:him|her|them)\s+(?:enough\s+to\s+(?:close|sign|proceed|go\s+ahead)|about\s+(?:us|our))|persuade|convince|help\s+(?:us\s+)?(?:close|win|land|sign))\b/u;

/**
 * A call to a named person at another firm, with the reader's help pleaded for: "Please ring
 * Draper at AEP… the credit guy (Frank Hilton) is hurting us in the market and anything you can do
 * to help is appreciated." (to Ken Lay, session 29's blind set gq-gh). Without the plea, "please
 * call Mary at Aetna" may be any errand.
 */
const CALL_SOMEONE_THERE =
  /\b(?:[Pp]lease|[Cc]ould\s+you|[Cc]an\s+you|[Ww]ould\s+you|[Ii]f\s+you\s+(?:would|could))\s+(?:please\s+)?(?:(?:ring|call|phone|reach\s+out\s+to|contact)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:at|of|over\s+at)\s+\p{Lu}|give\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:at|of)\s+\p{Lu}[\p{L}&.-]*\s+a\s+(?:call|ring)\b)/u;
const HELP_PLEADED =
  /\b(?:anything\s+(?:that\s+)?you\s+(?:can|could)\s+do\s+(?:to\s+help\s+)?(?:is|would\s+be|will\s+be)\s+(?:much\s+|greatly\s+)?(?:appreciated|a\s+(?:big|great|huge)\s+help)|any\s+help\s+(?:you\s+(?:can|could)\s+(?:give|offer|provide)\s+)?(?:is|would\s+be|will\s+be)\s+(?:much\s+|greatly\s+)?appreciated|appreciate\s+(?:whatever|anything)\s+(?:that\s+)?you\s+(?:can|could)\s+do|your\s+intervention\s+would\s+(?:mean|help))\b/i;

/**
 * The weight the reader's word carries, said outright, for anyone: "a call from you vouching for
 * us would go a long way", "A nudge from you would carry more weight than my application alone"
 * (session 29's general check). Persuasion in so many words, not a pep talk ("a word from you
 * would help morale").
 */
const YOUR_WORD_CARRIES_WEIGHT =
  /\b(?:a|one|your)\s+(?:quick\s+|short\s+|personal\s+)?(?:call|word|note|line|nudge|push|e-?mail)\s+from\s+you\s+(?:vouching\s+for\s+(?:me|us|him|her)\b[^.?!]{0,40}?\b(?:would|could|will|might)\b|(?:would|could|will|might)\s+(?:carry\s+(?:more\s+|real\s+|a\s+lot\s+of\s+|some\s+)?weight|go\s+a\s+long\s+way))/i;

/** The other side's senior person, named somewhere in the writer's words. */
const SENIOR_POST =
  /\b(?:CEO|C\.E\.O\.|Chairman|Chairwoman|Chief\s+Executive|President|Managing\s+Director|Founder)\b|\b(?:their|his|her)\s+(?:chief\s+executive|chairman|president)\b/;

/**
 * Mail about the reader's own business with a service desk, not a deal: "about the invoice".
 * Case-sensitive for "bill", which is also a name ("Bill Reid").
 */
const BILLING_MATTER =
  /\b(?:[Ii]nvoices?|[Bb]illing|bills?|[Pp]ayments?|[Rr]efunds?|[Oo]utages?|[Pp]asswords?|[Aa]ccounts?\s+payable)\b/;

/** The index of the sentence of `owns` that asks the reader for such a call, or -1. */
export function callForTheWriter(owns: readonly string[]): number {
  const goodWord = owns.findIndex(
    (own) =>
      GOOD_WORD_BY_PHONE.test(own) ||
      CALL_WOULD_SWAY.test(own) ||
      (YOUR_WORD_CARRIES_WEIGHT.test(own) && !BILLING_MATTER.test(own)),
  );
  if (goodWord >= 0) return goodWord;
  if (owns.some((own) => HELP_PLEADED.test(own)) && !owns.some((own) => BILLING_MATTER.test(own))) {
    const pleaded = owns.findIndex((own) => CALL_SOMEONE_THERE.test(own));
    if (pleaded >= 0) return pleaded;
  }
  if (!owns.some((own) => SENIOR_POST.test(own))) return -1;
  return owns.findIndex(
    (own) =>
      (CALL_FROM_YOU_WOULD_HELP.test(own) || CALL_APPRECIATED.test(own) || CALL_TO_EASE_THEM.test(own)) &&
      !BILLING_MATTER.test(own) &&
      !THANKS_CUE.test(own),
  );
}
