/**
 * The sender leaves the decision to the connector, or the target free to decline: one of the
 * specificity signals (score-specificity.ts' respects_judgement), matched like the others of
 * signal-cues.ts against single sentences of the sender's new text. Pure.
 */

/** The sender leaves the decision to the connector. */
export const JUDGEMENT_CUES: readonly RegExp[] = [
  /\bif\s+you\s+think\s+(?:it|this)\s+(?:makes\s+sense|is\s+a\s+(?:good\s+)?fit|would\s+work|(?:is\s+)?appropriate|fits)\b/i,
  /\bif\s+(?:it|this)\s+(?:makes\s+sense|feels\s+right|seems\s+(?:like\s+)?a\s+(?:good\s+)?fit)\b/i,
  /\bno\s+(?:worries|pressure|problem|offense|offence)\s+(?:at\s+all\s+)?if\b/i,
  /\b(?:totally|completely|fully)\s+understand\s+if\b/i,
  /\bonly\s+if\s+you(?:'re|\s+are|\s+feel)?\s+(?:comfortable|think|know)\b/i,
  /\b(?:your\s+call|up\s+to\s+you|your\s+judgou?ment|trust\s+your\s+judgou?ment)\b/i,
  /\bif\s+you\s+don't\s+know\s+(?:her|him|them)\s+well\b/i,
  /\bfeel\s+free\s+to\s+(?:say\s+no|decline|pass)\b/i,
  /\bif\s+(?:you'd\s+rather\s+not|you\s+prefer\s+not|it's\s+not\s+(?:a\s+)?(?:good\s+)?fit|you're\s+not\s+comfortable)\b/i,
  /\bif\s+(?:this|it)\s+(?:isn't|is\s+not)\s+(?:a\s+)?(?:good\s+|great\s+|right\s+)?fit\b/i,
  /\b(?:won't|will\s+not)\s+be\s+offended\b/i,
  /\bno\s+hard\s+feelings\b/i,
  /\bno\s+problem\s+at\s+all\b/i,
  /\bif\s+(?:she|he|they)(?:'s|\s+is|'re|\s+are)\s+not\s+(?:someone|somebody|the\s+kind)\b/i,
  /\b(?:completely|totally|fully|absolutely)\s+(?:understand|get\s+it)\b/i,
  /\bunderstand\s+(?:completely|totally|fully)\b/i,
  /\bawkward\s+(?:spot|position)\b/i,
  /\bonly\s+(?:do\s+this\s+)?if\s+(?:you|she|he|they|\w+\s+thinks?)\b/i,
  /\b(?:your|his|her)\s+(?:own\s+)?(?:call|read)\b/i,
  /\btrust\s+your\b/i,
  /\bif\s+[^.]{0,40}\bappropriate\b/i,
  // "…to Kelly or anyone else that you feel appropriate" (real Enron mail): whom, left to the reader.
  /\b(?:(?:whoever|anyone|anybody|someone|somebody)(?:\s+else)?|others?)\s+(?:that\s+|whom?\s+)?you\s+(?:feel|think|deem|consider|judge)\s+(?:is\s+|are\s+|would\s+be\s+|to\s+be\s+)?(?:appropriate|best|right|suitable|fit)\b/i,
  /\b(?:don't|do\s+not)\s+feel\s+(?:any\s+)?(?:obligat|pressure)/i,
  /\b(?:zero|no|absolutely\s+no)\s+(?:pressure|obligation)\b/i,
  // "If timing is bad for a meeting like this, we can find a different alternative."
  /\bif\s+(?:the\s+)?timing\s+(?:is|isn't|is\s+not)\s+(?:bad|wrong|not\s+right|awkward)\b/i,
  /\b(?:we|I)\s+(?:can|could|will)\s+(?:find|look\s+for|try)\s+(?:a\s+|an\s+)?(?:different|another|other)\s+(?:alternative|way|route|channel)\b/i,
  // "if it's not the kind of thing you do, or you'd rather not, that's completely fine",
  // "If you think is not good idea, or is not your job, is okay, I understand"
  /\bif\s+[^.?!]{0,100}?,\s*(?:that's|that\s+is|it's|it\s+is|is)\s+(?:completely\s+|totally\s+|perfectly\s+|absolutely\s+|also\s+)?(?:fine|okay|ok|alright|all\s+right|no\s+problem)\b/i,
  /\bif\s+(?:it's|it\s+is|this\s+is)\s+not\s+(?:the\s+kind\s+of\s+thing|something)\s+you\b/i,
  // J1 An "if" that names a reason to say no: "If it's awkward or you'd rather not vouch for us",
  // "If he's too busy or it's an imposition", "if it is not the right moment".
  /\bif\s+[^.?!]{0,80}?\b(?:awkward|an?\s+imposition|a\s+nuisance|a\s+bother|uncomfortable|too\s+busy|not\s+the\s+right\s+(?:moment|time)|not\s+(?:correct|appropriate|right)\s+for\s+you|(?:rather|prefer)\s+not)\b/i,
  // J2 The ask dropped at a word: "tell me and I'll drop it", "no harm done", "don't twist his arm".
  /\b(?:I(?:'ll|\s+will)\s+(?:drop|leave)\s+it|no\s+harm\s+done|(?:don't|do\s+not)\s+twist\s+(?:his|her|their|anyone's)\s+arm|understand\s+perfectly|perfectly\s+understand)\b/i,
  // J3 Deferring to the reader: "I'll follow your lead", "if you don't think it's the right time",
  // "if you'd rather this went through some other channel".
  /\b(?:I(?:'ll|\s+will)\s+follow\s+your\s+lead|if\s+you\s+(?:don't|do\s+not)\s+think\s+(?:it's|it\s+is|this\s+is|that's|now\s+is)\s+(?:the\s+right|a\s+good|wise|appropriate)|(?:you'd|you\s+would)\s+rather\s+(?:this|it|I)\s+(?:go|went|come|came)\b)/i,
  // J4 The reader free to say no, in real mail's words (session 28's blind sets): "If this is in any
  // way 'not ok' please just say so", "let me know if you will not be able to take the action
  // requested and I will initiate an alternative plan", "let me know if this will be ok".
  /\bif\s+(?:this|it|that)\s+is\s+(?:in\s+any\s+way\s+)?["'“]?not\s+(?:ok|okay|alright|appropriate)\b|\blet\s+me\s+know\s+if\s+you\s+(?:will|would|are)\s+not\s+(?:be\s+)?able\b|\blet\s+me\s+know\s+if\s+(?:this|that|it)\s+(?:will|would)\s+be\s+(?:ok|okay|alright|all\s+right|acceptable)\b/i,
  // "If you think this is an option, I would appreciate if you would mention the role to him"
  // (session 28's gq-ft): the reader's judgement on whether to ask at all.
  /\bif\s+you\s+think\s+(?:this|it|that)\s+(?:is\s+(?:an?\s+)?(?:option|possibility|good\s+idea|worth\s+(?:it|a\s+try|pursuing|a\s+shot))|(?:might|could|would)\s+work)\b/i,
  // J5 Real mail's way of leaving the reader free (session 35's blind r35b, an old friend's resume):
  // "And if you can't that is fine too". (Not "don't go to any trouble", which a nephew writes of
  // Thanksgiving's side dishes two paragraphs before his ask, holdout-13.)
  /\bif\s+(?:you\s+)?(?:can't|cannot|can\s+not|couldn't|are\s+unable)\b[^.?!]{0,30}?\b(?:that's|that\s+is|it's|it\s+is)\s+(?:\w+\s+)?(?:fine|okay|ok|alright|all\s+right|no\s+problem|understandable)\b/i,
];
