/**
 * "I'm genuinely not asking you to reach out on my behalf", "I'd rather this came from me
 * directly and not through you", "scratch what I asked on Friday": the writer disowns the ask (unless a
 * "but" follows: "I'm not asking you to do anything awkward, but if my name came up…"). Such a
 * message asks for advice at most: the sentence is no request, and the model is not asked.
 * (Not "don't feel you have to do anything": that is a way out, and "she is not asking for
 * special treatment" is someone else.)
 */
export const DISOWNED_ASK =
  /\b(?:I'?m|I\s+am|we'?re|we\s+are)\s+(?:\w+\s+)?not\s+asking\s+you\s+to\b(?![^.?!]*\bbut\b)(?![^.?!]*,\s*(?:only|just)\s+(?:that|to|for|tell|say|pass|mention|hand|give|send|forward|let|ask)\b)|\b(?:rather|prefer)\s+(?:that\s+)?(?:this|it)\s+(?:came|come|comes)\s+from\s+me\b[^.?!]{0,40}\bnot\s+(?:through|via|from)\s+you\b|\b(?:scratch|forget|ignore|disregard|never\s+mind)\s+(?:what\s+I\s+(?:asked|said|wrote)|my\s+(?:earlier\s+|last\s+|previous\s+)?(?:request|ask|question|e-?mail|note))\b/i;
