/**
 * The right person asked for in the plainest words, which session 27's paraphrases of the blind
 * mail found missing: "Who is the right person to talk to about selling weather derivatives to
 * municipal utilities?", "Could you let me know who I should talk to in Tax about the Brazilian
 * structure?", "Do you have a name at Sempra I could call?", "I'd be grateful for the name of
 * someone in your origination group I could speak with.", "Any suggestions on who at PG&E might be
 * receptive to this?", "Can you ask around and see if anyone on your floor knows someone at
 * Williams?". None for paperwork or a service desk (PAPERWORK_WITHIN). Pure.
 */
import { PAPERWORK_WITHIN } from "./paperwork.js";

const TALK = String.raw`(?:talk\s+(?:to|with)|speak\s+(?:to|with)|contact|call|approach|see|meet(?:\s+with)?)`;

/** "Who is the right person to talk to about X?", asked outright, with its question mark. */
const RIGHT_PERSON_TO_TALK_TO = new RegExp(
  String.raw`\bwho(?:'s|\s+is|\s+would\s+be|\s+might\s+be)\s+the\s+(?:right|best|appropriate|correct|proper)\s+(?:person|people|contact)\s+(?:for\s+(?:me|us)\s+)?to\s+${TALK}\s+(?:about|regarding|re:?|on)\s${PAPERWORK_WITHIN(80)}[^.?!]{0,100}\?`,
  "i",
);

/** "Let me know who I should talk to in Tax about…": whom to see, asked of the reader. */
const WHOM_I_SHOULD_SEE = new RegExp(
  String.raw`\b(?:let\s+me\s+know|tell\s+me|advise(?:\s+me)?)\s+(?:who|whom)\s+(?:I|we|he|she)\s+(?:should|could|ought\s+to|need\s+to)\s+${TALK}\b${PAPERWORK_WITHIN(80)}`,
  "i",
);

/** "Do you have a name at Sempra I could call?", "the name of someone in your group I could speak with". */
const NAME_TO_CALL = new RegExp(
  String.raw`\b(?:have|know|got)\s+(?:a|any)\s+(?:name|contact|person)\s+(?:at|in|over\s+at)\s+\S[^.?!]{0,30}?\b(?:I|we)\s+(?:could|can|should|might)\s+(?:call|contact|reach|ring|e-?mail|approach|${TALK})\b${PAPERWORK_WITHIN(60)}|\bnames?\s+of\s+(?:someone|somebody|a\s+person|anyone|people)\s+(?:at|in|on|over\s+at)\s+[^.?!]{1,40}?\b(?:I|we)\s+(?:could|can|should|might)\s+${TALK}\b${PAPERWORK_WITHIN(60)}`,
  "i",
);

/** "Any suggestions on who at PG&E might be receptive to this?" */
const WHO_THERE_WOULD_LISTEN = new RegExp(
  String.raw`\b(?:suggestions?|ideas?|thoughts)\s+(?:on|about|as\s+to)\s+who\s+(?:at|in|over\s+at)\s+\S[^.?!]{0,30}?\s(?:might|would|could|may)\s+be\s+(?:receptive|open|interested\s+in\s+(?:this|it|meeting|talking|hearing|a\s+call|our|my)|the\s+right\s+(?:person|contact))\b${PAPERWORK_WITHIN(60)}`,
  "i",
);

/** "Can you ask around and see if anyone on your floor knows someone at Williams?" */
const ASKED_AROUND = new RegExp(
  String.raw`\bask\s+around\b[^.?!]{0,60}?\b(?:knows?|has)\s+(?:someone|somebody|anyone|anybody|a\s+contact|contacts)\s+(?:at|in|over\s+at)\s+\S${PAPERWORK_WITHIN(60)}`,
  "i",
);

export const ROUTING_ASKS: readonly RegExp[] = [
  RIGHT_PERSON_TO_TALK_TO,
  WHOM_I_SHOULD_SEE,
  NAME_TO_CALL,
  WHO_THERE_WOULD_LISTEN,
  ASKED_AROUND,
];
