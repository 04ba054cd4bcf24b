/**
 * An ask the reader already took on, recalled: "Just a reminder to put in a word with Dave. I have
 * already sent him a short note, asking him for a meeting" (session 31's blind Enron set gq-hd; both
 * blind readers call it a request), and its blind paraphrases: "just nudging you on the good word you
 * offered to put in for me with Mark Collins", "don't forget you said you'd talk me up to rick before
 * the offsite", "dont forget to say something nice about me to Karen", "remember to pass my CV along
 * to Li". Only the acts that connect the writer (or whom they speak for) with someone else: not "a
 * reminder to introduce yourself to the new hires", "to put in your timesheets with Dave" nor "to
 * mention the parking changes to your team"; and not thanks for it done ("Thanks so much for putting
 * in a word with Dave"). Pure.
 */

/** How the ask is recalled: a reminder, a nudge, "don't forget", "remember to". */
const RECALLED = String.raw`(?:\b(?:a\s+)?(?:quick\s+|friendly\s+|gentle\s+|little\s+|short\s+)?(?:reminder|nudge)\s+(?:to|about|abt|on|re:?)|\b(?:just\s+)?(?:nudging|reminding)\s+you\s+(?:to|about|on|re)|\b(?:don'?t|dont|do\s+not|please\s+don'?t)\s+forget\s+(?:to|about)|\b(?:don'?t|dont|do\s+not)\s+forget\s+(?:that\s+)?you\s+(?:said\s+you(?:'d|\s+would)|offered\s+to|promised\s+to|were\s+going\s+to|agreed\s+to)|^\W*(?:and\s+|also\s+|please\s+)?remember\s+to)\s+`;

/** What the writer was promised, in the words of the act or of the promise. */
const CONNECTING_ACT = String.raw`(?:(?:put(?:ting)?\s+in\s+a\s+(?:good\s+|kind\s+)?word\s+(?:for\s+(?:me|us|him|her|them)\s+)?with|mention(?:ing)?\s+(?:me|us|him|her|them|my\s+name|our\s+name)\s+to|introduc(?:e|ing)\s+(?:me|us|him|her|them)\s+to|connect(?:ing)?\s+(?:me|us|him|her|them)\s+with|put(?:ting)?\s+(?:me|us|him|her|them)\s+in\s+touch\s+with|pass(?:ing)?\s+(?:on\s+|along\s+)?(?:my|our|his|her|their)\s+(?:resume|résumé|cv|name|note|details|number)\s+(?:on\s+|along\s+)?to|talk(?:ing)?\s+(?:me|us|him|her|them)\s+up\s+(?:to|with)|say(?:ing)?\s+(?:something|a\s+few\s+words|a\s+word)\s+(?:nice|good|kind)?\s*(?:about|for)\s+(?:me|us|him|her|them)\s+to|(?:the|that|your)\s+(?:good\s+|kind\s+)?word\s+(?:you\s+(?:offered\s+to|said\s+you(?:'d|\s+would)|promised\s+to|were\s+going\s+to|agreed\s+to)\s+put\s+in\s+)?(?:for\s+(?:me|us|him|her|them|my\s+[\w-]+)\s+)?with|the\s+(?:intro|introduction)\s+to)\s+(?!you\b|yourself\b)|say(?:ing)?\s+(?:something|a\s+(?:few\s+words|word))\s+(?:nice\s+|good\s+|kind\s+)?to\s+(?:your|ur)\s+[\w-]+(?:\s+(?:at|in|on)\s+(?:the\s+)?[\w-]+)?\s+(?:about|abt)\s+(?:me|us|him|her|them)\b)`;

export const REMINDED_ASK = new RegExp(`${RECALLED}${CONNECTING_ACT}`, "i");
