/**
 * Someone the text says the reader knows, by post or by tie, and the reader then asked to link the
 * writer with them: "You know the head chef at the Lakeview Serenity. We kindly ask you to link us
 * with him", "I was told that you are acquainted with Mr. Menon, GM Purchase at the Jamnagar
 * refinery. Kindly arrange our meeting with him", "You know their procurement manager from your days
 * up there. Reckon you could give him a bell and tell him we're worth a look?" (session 38's blind
 * free-form check of mail from 1995–2012 around the world: sixteen of its seventeen misses had this
 * shape). The tie and the ask may share a sentence or stand up to three apart. Not an errand for the
 * person ("You know the caterer. Could you call her about the plates?"). Pure.
 */
import { PAPERWORK_WITHIN, SERVICE_MATTER } from "./paperwork.js";

/** A post or a tie: "the head chef", "their engineering director", "the buyer of Cyclemart". */
const POST = String.raw`(?:the|their|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:director|manager|head|chef|buyer|foreman|engineer|president|owner|partner|chair(?:man|woman)?|editor|doctor|superintendent|principal|dean|officer|chief|CEO|CFO|COO|GM|administrator|secretary|minister|commissioner|councillor|family|people)\b`;

/**
 * The reader's tie to someone: "You know the head chef at…", "you are acquainted with Mr. Menon",
 * "I know you have ties with the director of…", "you are close with the foreman", "You have known
 * the family for years", "your old classmate is a director at…", "your mate in business lending…
 * owes you one", "remember your roommate from Berkeley who went to work at…".
 */
const READER_HAS_A_TIE = new RegExp(
  [
    String.raw`\b(?:you|u)\s+(?:(?:probably|still|already)\s+)?(?:know|knew|have\s+known|'ve\s+known)\s+${POST}`,
    String.raw`\b(?:you|u)(?:'re|\s+are|\s+were)\s+(?:(?:very|quite|still)\s+)?(?:acquainted|close|friendly|pals|friends)\s+with\s+(?:${POST}|(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\p{Lu})`,
    String.raw`\b(?:you|u)\s+(?:have|'ve\s+got|had)\s+(?:close\s+|good\s+|strong\s+)?(?:ties|links|connections?|contacts?)\s+(?:with|to|at)\s+`,
    String.raw`\b(?:your|ur)\s+(?:old\s+|former\s+|good\s+)?(?:classmate|roommate|room-mate|mate|friend|cousin|uncle|aunt|brother|sister|colleague|buddy|pal|neighbou?r|in-law)(?:['’]s\s+\w+)?\b[^.?!]{0,80}?\b(?:is\s+(?:a|an|the|now|still)|works|worked|runs|still\s+runs|went\s+to\s+work|owes\s+you)\b`,
    String.raw`\b(?:you|u)\s+(?:say|said|mentioned|told\s+me)\s+(?:that\s+)?(?:you|u)\s+(?:know|knew)\b`,
    String.raw`\bsaid\s+(?:that\s+)?(?:you|u)\s+(?:know|knew)\s+`,
    String.raw`\b(?:you|u)\s+and\s+(?:the|your|their)\s+(?:[\w-]+\s+){0,3}?go\s+(?:way\s+)?back\b`,
    String.raw`\b(?:you|u)\s+(?:were|are)\s+(?:the|a)\s+(?:classmate|colleague|friend|neighbou?r|roommate|relative|cousin|schoolmate)\s+of\b`,
    String.raw`\b(?:you|u)\s+are\s+related\s+to\b`,
    String.raw`\ba\s+fellow\s+(?:trustee|member|director|board\s+member|parishioner|alumnus|alumna|councillor|elder)\b`,
    String.raw`\b(?:you|u)\s+(?:still\s+)?(?:talk\s+to|see|deal\s+with|work\s+with|worked\s+with|used)\s+(?:that|the|this|their)\s+(?:fella|fellow|guy|man|woman|lady|chap|bloke|gal)\b`,
    String.raw`\b(?:you|u)\s+(?:still\s+)?(?:work|worked)\s+(?:with|alongside|under)\s+(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+\p{Lu}`,
    String.raw`\b(?:you|u)\s+used\s+\p{Lu}[\p{L}&'-]+(?:\s+\p{Lu}[\p{L}&'-]+){0,2}\s+(?:on|for)\b`,
    String.raw`\b(?:you|u)(?:'re|\s+are)\s+friends\s+with\s+`,
    String.raw`\b(?:you|u)\s+and\s+(?:she|he|they|her|him)\s+go\s+(?:way\s+)?back\b`,
    String.raw`\b(?:he|she|they)\s+(?:trusts?|likes?|listens?\s+to|respects?)\s+(?:you|u)\b`,
    String.raw`\b(?:you|u)\s+(?:have\s+)?(?:worked|work|dealt|deal|served|serve|sit|sat)\s+(?:with|on)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:council|board|committee|authority|commission|family|people|firm|company|department|office|panel|trust)\b`,
  ].join("|"),
  "iu",
);

/** The asking form: "could you", "please", "kindly", "we ask you to", "reckon you could". */
const ASKED = String.raw`(?:^\W*(?=(?:give|tell|ask|call|introduce|link|put)\b)|\bany\s+chance\s+(?:you|u)(?:'d|\s+would|\s+could|\s+might)?\b|\b(?:whether|if)\s+you\s+(?:might|could|would)\b|\bmight\s+you\b|\b(?:could|can|would|will)\s+(?:you|u)\b|\b(?:please|pls|kindly)\b|\bif\s+you\s+(?:could|can|would)\b|\b(?:ask|request|beg)\s+you\s+to\b|\b(?:reckon|think)\s+you\s+could\b|\bwould\s+you\s+consider\b)`;
/**
 * What the reader is to say of the writer: "we're worth a look", "we're friends", "I'll be in
 * touch", "whether the young man might meet with him". Not an errand's message ("tell her we need
 * fifty more plates").
 */
const ABOUT_THE_WRITER = String.raw`(?:\bwe(?:'re|\s+are)\s+(?:worth|friends|good\s+people|reliable|legit|old\s+friends)|\bwe(?:'re|\s+are)\s+serious\b|\b(?:I|we)(?:'ll|\s+will)\s+be\s+(?:in\s+touch|ringing|calling|phoning|contacting\s+(?:him|her|them)|getting\s+in\s+touch)|\bwho\s+(?:I|we)\s+(?:am|are)\b|\b(?:I|we)(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?:meet|talk|speak|call)|\b(?:might|could|can|may)\s+(?:meet|see|talk|speak|visit|call)\b|\b(?:I|we)(?:'m|\s+am|'re|\s+are)\s+(?:a\s+friend|friends|calling|writing|coming)\b|\babout\s+(?:me|us)\b|\bexpect\s+(?:my|our)\s+(?:call|note|letter|e-?mail))`;

/**
 * The act, within a few words of the asking form: link us with him, make connection with him,
 * arrange our meeting with him, take him to meet him, give him a bell and tell him we're worth a
 * look, call him on Leon's behalf and ask whether…, get them talking, make the first approach for
 * us, speak with his wife so that we can…, let him know who I am. Or the reader's word said to
 * count for more than the writer's: "A word from you would be worth more than a dozen letters".
 */
const BRING_TOGETHER = String.raw`(?:\b(?:link|connect|introduce|intro)\s+(?:\w+\s+){0,2}?(?:up\s+)?(?:with|to)\s+(?:him|her|them)\b|\bmake\s+(?:a\s+|the\s+)?connection\b|\barrange\s+(?:our|a|the|my|an)\s+(?:[\w-]+\s+)?(?:meeting|call|appointment|visit|introduction)\b[^.?!]{0,40}?\bwith\s+(?:him|her|them)\b|\b(?:effect|facilitate)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:introduction|meeting|conversation|call)\b|\bhook\s+(?:me|us|my\s+\w+|our\s+\w+)\s+up\s+with\s+(?:him|her|them)\b|\btell\s+(?:him|her|them)\s+(?:that\s+)?(?:I|we)(?:'ll|\s+will)\s+be\s+(?:calling|ringing|in\s+touch|phoning)\b|\b(?:take|bring)\s+\w+\s+to\s+(?:meet|see|greet|visit)\s+(?:him|her|them)\b|\b(?:call|ring|phone|e-?mail|write\s+to|give)\s+(?!(?:me|us|you|it|this|that)\b)\w+\b[^.?!]{0,50}?\b(?:tell|ask|let|say|mention|explain)\b[^.?!]{0,40}?${ABOUT_THE_WRITER}|\bget\s+(?:them|us|the\s+two\s+of\s+them)\s+talking\b|\bmak(?:e|ing)\s+the\s+first\s+approach\b|\bspeak\s+(?:to|with)\s+(?:him|her|them|his\s+wife|her\s+husband)\b[^.?!]{0,60}?\bso\s+(?:that\s+)?(?:we|I)\b|\blet\s+(?:him|her|them|the\s+\w+)\s+know\s+who\s+(?:I|we)\s+(?:am|are)\b|\bgive\s+(?:him|her|them)\s+(?:my|our)\s+(?:name|number|details|card)\b|\bgive\s+(?:him|her|them)\s+a\s+(?:call|ring|bell|buzz)\s+about\s+(?:me|us)\b|\btell\s+(?:him|her|them)\s+about\s+(?:me|us|our|my)\b|\bbroker\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|call|introduction)\b|\bintroduce\s+(?:them|us|the\s+two\s+of\s+(?:them|us))\b|\bask\s+(?:him|her|them)\s+(?:if|whether)\s+(?:I|we|my\s+\w+)\s+(?:may|might|could|can)\b|\barrange\s+a\s+(?:[\w-]+\s+)?(?:meeting|call|visit)\s+(?:between\s+us|for\s+(?:me|us))\b)`;
const ASKED_TO_BRING_TOGETHER = new RegExp(
  String.raw`\ba\s+(?:word|call|note|line|letter(?:\s+of\s+introduction)?)\s+from\s+(?:you|u)\b[^.?!]{0,40}?\bwould\s+(?:be\s+worth|carry|mean|help|go\s+a\s+long\s+way|count)\b|${ASKED}[^.?!]{0,60}?${BRING_TOGETHER}(?![^.?!]{0,60}${SERVICE_MATTER})${PAPERWORK_WITHIN(60)}`,
  "iu",
);

/**
 * The index of the sentence that asks, or -1: a tie stated up to three sentences before the ask,
 * in it, or in the next ("Would you write to them…? You catalogued their collection; they trust you.").
 */
export function askedToBringTogetherSomeoneTheyKnow(owns: readonly string[]): number {
  return owns.findIndex(
    (own, index) =>
      ASKED_TO_BRING_TOGETHER.test(own) &&
      owns.slice(Math.max(0, index - 3), index + 2).some((around) => READER_HAS_A_TIE.test(around)),
  );
}
