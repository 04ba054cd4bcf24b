/**
 * The broad stage of detection: a favour asked of the reader that links the writer (or whom
 * they speak for) with a third person, in the many words people use for it. Written after
 * holdout-7, whose writer was told never to repeat a stock phrasing and whose requests the
 * narrower cues of request-cues.ts mostly missed (recall 0.29). Each cue needs both sides:
 * the writer ("me", "us", "my resume") and the third person ("him", "her", a name).
 * Matched against single sentences of normalised text, after offers and thanks are left out.
 */
import { CUES_ALONE_BY_GRAMMAR } from "./connecting-grammar.js";
import { RELATION } from "./relations.js";
import { PAPERWORK_WITHIN } from "./paperwork.js";
import { ASKED_CONNECTION } from "./request-cues.js";
import { WORD_FOR_THE_WRITER } from "./word-for-the-writer.js";
import { TIME_FOR_ANOTHER } from "./time-for-another.js";
import { REACHING_ACTS } from "./reaching-them.js";
import { STANDING_ACTS } from "./standing-asks.js";
import { REFERRAL_ASKS } from "./referral-asks.js";
import { QUIET_FAVOURS } from "./quiet-asks.js";

/** Ways of asking besides "could you" (ASKED_CONNECTION.asking): the more roundabout ones. */
export const FAVOUR_ASKING =
  // "Anything you can do for me in terms of getting my resume into the right hands would be much
  // appreciated" (real Enron mail, session 23's blind set gq-cr): the favour, the act inside it;
  // "put in a word for my son if you can": an order softened by a condition at its end.
  /^(?:[a-z]+,\s*)?(?:put|pass|send|mention|give|introduce|connect|forward|ask|tell|get|call|ring)\b[^.?!]*\bif\s+(?:you|u)\s+(?:can|could|get\s+a\s+chance|have\s+a\s+(?:minute|moment|chance))\s*[.!?]?\s*$|\banything\s+(?:(?:that\s+)?you\s+(?:can|could|might\s+be\s+able\s+to)\s+do)\b[^.!?]{0,100}?\b(?:would\s+be|is|will\s+be)\s+(?:much\s+|greatly\s+|very\s+much\s+|really\s+|most\s+)?(?:appreciated|welcome|helpful)\b|\bI(?:'d|\s+would)\s+be\s+(?:forever|eternally|so|very|most|hugely|ever\s+so)\s+grateful\s+for\b|^(?:and\s+)?(?:tell|give|ask|send|pass|forward|mention|put|get|let|have)\s[^.!?]*\?+\s*$|(?<!\b(?:you|u|I|we|they|he|she)\s)\bdo\s+(?:please\s+)?(?:send|point|steer|pass|mention|put|let\s+(?:him|her|them))\b|\bif\s+you\s+(?:ever\s+)?(?:happen\s+to\s+)?(?:know|come\s+across|run\s+(?:across|into)|bump\s+into|meet|hear\s+of)\b[^.?!]{0,150}?,\s*(?:please\s+|do\s+)?(?:send|point|steer|direct|pass|put|throw|tell|think\s+of|keep\s+(?:me|us)\s+in\s+mind|mention|remember)\b|\bwould\s+it\s+be\s+(?:weird|odd|strange|an?\s+imposition|too\s+much|possible|ok(?:ay)?|presumptuous|cheeky)\s+(?:to|if|that)\b|\b(?:what\s+I'?m\s+(?:asking|hoping)(?:\s+for)?|the\s+(?:ask|request)|my\s+(?:ask|request))\s*[:\u2014-]|\b(?:could|might|may)\s+I\s+(?:trouble|ask|impose\s+on|prevail\s+on)\s+you\b|\bI'?d\s+owe\s+you\b|\b(?:I|[Ww]e)(?:'d|\s+would)\s+take\s+it\s+as\s+a\s+(?:kindness|favou?r)\b|\bwants?\s+you\s+to\b|\bif\s+you\s+can\s+(?:swing|manage|arrange)\s+it\b|\bI(?:'d|\s+would)\s+be\s+(?:[\w-]+ly\s+|very\s+|most\s+|much\s+|so\s+)?(?:grateful|obliged|indebted)\b|\bwould\s+mean\s+(?:a\s+lot|the\s+world|so\s+much|a\s+great\s+deal)\b|\bif\s+you(?:'d|\s+would)\s+be\s+(?:good|kind)\s+enough\b|\bI(?:'d|\s+would)\s+(?:really\s+|greatly\s+|so\s+)?appreciate\b|\b(?:wondered|wondering)\s+(?:if|whether)\b|\byou\s+could\b[^.!?]*\?|^(?:[\w-]+,\s*)?if\s+you\s+could\b|\b(?:do|would)\s+you\s+know\s+(?:him|her|them|[\w.]+(?:\s+[\w.]+)?)\s+well\s+enough\s+to\b|\b(?:are|were)\s+you\s+close\s+enough\s+(?:to|with)\s+(?:him|her|them|[\w.]+(?:\s+[\w.]+)?)\s+to\b|\b(?:came|come|comes|coming|went|go|goes|were\s+to\s+come)\s+(?:\w+\s+)?(?:through|via)\s+you\b|\bdo\s+you\s+have\s+(?:anybody|anyone|someone|somebody|a\s+contact|any\s+contacts?)\b|^(?:p\.?\s?s\.?\s*[-:]?\s*)?if\s+you\s+(?:run\s+(?:across|into)|come\s+across|get\s+a\s+(?:minute|chance|moment)|see|bump\s+into|hear\s+of|know)\b[^,]{0,120},\s*(?:send|put|see|let|tell|give|drop|mention|flag|pass|hand|ask|keep)\b|^(?:p\.?\s?s\.?\s*[-:]?\s*)?if\s+there(?:'s|\s+is|\s+are)\s+(?:any(?:body|one)|some(?:body|one)|an?\s+\w+|any\s+\w+)\b[^,]{0,160},\s*(?:I|we)(?:'d|\s+would)\s+(?:really\s+|so\s+)?(?:love|appreciate|welcome|be\s+(?:\w+\s+)?(?:grateful|thankful|obliged|glad))\b|^(?:p\.?\s?s\.?\s*[-:]?\s*)?if\s+(?:any(?:body|one)|some(?:body|one))\s+(?:[\w-]+\s+){0,5}?(?:has|have|knows?)\b[^,]{0,120},\s*(?:point|send|put|let|tell|give|steer|direct)\b/i;

/** The act that links the writer with the third person. */
export const WRITER_LINK_CUES: readonly RegExp[] = [
  // "pass her the attached flyer"
  /\b(?:hand|give|send|pass|forward|show|get)\s+(?:him|her|them)\s+(?:the|this|our|my)\s+attached\s+[\w-]+/i,
  // "hand him my resume", "send Carla his resume", "get her our deck"
  /\b(?:hand|give|send|pass|forward|show|get)\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+(?:my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:resume|résumé|cv|application|name|number|details|deck|proposal|plan|letter|profile|portfolio)\b/u,
  // "flag my application to him", "pass along a referral",
  // "circulate this note and my CV to the appropriate parties" (session 28's gq-fh)
  /\b(?:flag|pass|forward|hand|put|circulate)\s+(?:along\s+|forward\s+)?(?:(?:this|the|my)\s+(?:note|letter|e-?mail|message)\s+and\s+)?(?:my|our|his|her)\s+(?:[\w-]+\s+){0,2}?(?:application|resume|résumé|cv|name)\s+(?:to|with|in\s+front\s+of)\b/i,
  // "perhaps you could provide a further referral" (a chief executive asked to refer a seller on:
  // real Enron mail, session 27's blind set gq-ed); not a referral letter, fee or bonus
  /\b(?:pass\s+along|make|put\s+in|give|provide|offer)\s+(?:(?:me|us)\s+)?(?:a|the|another|any)\s+(?:further\s+|additional\s+|other\s+)?referral\b(?!\s+(?:letter|fee|bonus|program|number|code|form|id|link))/i,
  // "would you let Rick know I'm interested in the opening?", "let the folks at TXU know we are
  // interested", "let Rick know I'd like to be considered": the writer's interest carried to
  // someone (as "let Ken know I'd like to meet him");
  // not the writer's diary ("let Rick know I'm available for the 2pm meeting")
  /\blet\s+(?:him|her|them|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|the\s+(?:folks|people|guys|team)\s+(?:at|in|over\s+at)\s+\p{Lu}[\p{L}&.-]*)\s+know\s+(?:that\s+)?(?:I|we|my\s+[\p{Ll}-]+)(?:(?:'m|'re|\s+am|\s+are|\s+is|\s+was|\s+would\s+be|'d\s+be)\s+(?:very\s+|really\s+|still\s+)?(?:interested|keen|looking)|(?:'d|\s+would)\s+(?:like|love)\s+to\s+be\s+considered|\s+(?:want|wants|hope|hopes)\s+to\s+be\s+considered)\b/u,
  // "Can you check with Mark to see if his group is hiring?": someone sounded out for the writer
  /\bcheck\s+with\s+(?:him|her|them|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:to\s+see\s+|and\s+see\s+)?(?:if|whether)\s+(?:he|she|they|his|her|their)\b[^.?!]{0,40}?\b(?:hiring|looking\s+for|openings?|room\s+for|need\s+(?:someone|anyone|help)|interested\s+in\s+(?:me|us|him|her|meeting|talking))/u,
  // "It would be great if someone from your shop could reach out to my nephew", "Could one of your
  // guys call my brother-in-law about the job?": someone on the reader's side asked to reach the
  // writer's side. (Not "Can one of you call him": work handed to the reader's team, session 25's
  // gq-dn, a near miss.)
  /\b(?:someone|somebody|one\s+of\s+(?:your|you)(?:\s+(?:guys|people|folks|team))?)\s+(?:(?:from|at|in|on)\s+(?:your\s+|the\s+)?[\w&-]+\s+)?(?:(?:could|might|would|can)\s+|to\s+)?(?:reach\s+out\s+to|call(?:\s+on)?|contact|get\s+in\s+touch\s+with)\s+(?:(?:my|our)\s+[\p{Ll}-]+(?:-in-law)?|(?:my|our)\s+(?:CEO|CFO|COO|chairman|president|boss))\b/u,
  // "Could you introduce her around?": a newcomer shown to the reader's circle
  /\bintroduc(?:e|ing)\s+(?:me|us|him|her|them|\p{Lu}\p{Ll}+)\s+around\b/u,
  // "Maybe you can ask Jeff if he has time to see me."
  /\bask\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+(?:if|whether)\s+(?:he|she|they)\s+(?:has|have|had|would\s+have|might\s+have)\s+(?:the\s+)?(?:time|a\s+(?:minute|moment|few\s+minutes)|room\s+in\s+(?:his|her|their)\s+(?:schedule|calendar))\s+(?:to\s+)?(?:see|meet(?:\s+with)?|talk\s+(?:to|with)|speak\s+(?:to|with)|for)\s+(?:me|us|my\s+[\p{Ll}-]+)\b/u,
  // "can you help my daughter get an interview with your group"
  /\bhelp\s+(?:me|us|him|her|them|my\s+[\p{Ll}-]+|\p{Lu}\p{Ll}+)\s+(?:to\s+)?(?:get|land|secure|line\s+up)\s+(?:an?\s+)?(?:interview|meeting|foot\s+in\s+the\s+door|introduction|audience)\b(?!\s+(?:rooms?|slots?|schedules?|times?|space))/u,
  // "would you mind forwarding my resume to your HR folks?": a resume routed within the reader's
  // own firm (as "passing Shaundra's name on to your IT dept", session 24), though a pitch sent
  // to the reader's own side is not a request (model-evidence.ts' READERS_OWN_SIDE)
  /\b(?:pass|forward|send|give|get|hand)(?:ing)?\s+(?:on\s+|along\s+)?(?:my|his|her|their|\p{Lu}\p{Ll}+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:resume|résumé|cv)s?\s+(?:on\s+|along\s+)?to\s+your\s+(?:[\w-]+\s+){0,2}?(?:HR|human\s+resources|recruit\w*|hiring|people|folks|department|dept|group|team|managers?|boss|colleagues)\b/u,
  // "send him my way", "point them my way"; not a thing ("if y'all hear of anything, please send
  // it my way": job leads, a near miss in real Enron mail, session 25's blind set gq-df)
  /\b(?:send|point|steer|direct)\s+(?:him|her|them|(?!(?:it|this|that|these|those|anything|something|everything|info|information|details)\b)\w+)\s+(?:my|our)\s+way\b/i,
  // "tell them about us", "tell her about my nephew": the writer (or whom they speak for) made known
  new RegExp(
    String.raw`\btell\s+(?:him|her|them)\s+about\s+(?:me|us|my\s+(?:${RELATION}|company|business|firm|shop|restaurant|studio|band|book|work))\b`,
    "i",
  ),
  // "throw my name in the ring", "put her name forward": the writer (or whom they speak for) put up
  /\b(?:throw(?:ing)?|toss(?:ing)?|put(?:ting)?)\s+(?:my|our|his|her)\s+names?\s+(?:in(?:to)?\s+(?:the\s+)?(?:ring|hat|mix|frame)|forward)\b(?![^.?!]{0,60}\b(?:sign-?up\s+sheet|potluck|party|raffle|draw|lottery|rota|roster)\b)/i,
  // "could you mention him?", "recommend me to her", "put a word in for us"
  /\b(?:mention|recommend|refer|suggest)(?:r?ing)?\s+(?:me|us|him|her|them|my\s+\w+)\b(?!\s+(?:the|that|this|it|a|an|some|any)\b)/i,
  /\bput\s+(?:in\s+)?a\s+(?:good\s+)?word\s+(?:in\s+)?(?:for|with)\b/i,
  // "lean on him a little to return my call", "get him to return my calls"
  /\breturns?\s+my\s+(?:calls?|messages?|e-?mails?)\b/i,
  // "get me a phone call with them", "set up a sit-down so Tom and I can walk him through it"
  /\b(?:get|set\s+up|arrange|line\s+up|find)\s+(?:me|us)\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|sit-?down|chat|conversation|hearing|appointment|time)\s+with\b/i,
  /\b(?:set\s+up|arrange|organi[sz]e|line\s+up)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:sit-?down|meeting|call|lunch|breakfast|dinner|coffee)\s+so\s+(?:that\s+)?(?:\w+\s+and\s+)?(?:I|we)\b/i,
  // "could you drop a line to Dean Harriet Moss for him?": a word written to someone, for the
  // writer or whom they speak for (a note about an invoice is an errand)
  /\b(?:drop|send|shoot|write)\s+a\s+(?:quick\s+|short\s+|brief\s+)?(?:line|note|word)\s+to\s+(?:him|her|them|\p{Lu}[\p{Ll}.]+)[^.?!]{0,60}?\b(?:for|about|on\s+behalf\s+of)\s+(?:me|us|him|her|them|my\s+\w+|\p{Lu}\p{Ll}+)\b/u,
  // "drop her a line and ask whether she'd be open to a call with me"; not "…a note saying the meeting moved"
  /\b(?:drop|send|shoot|write)\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+a\s+(?:quick\s+|short\s+)?(?:line|note|email|e-mail|message)\b(?!\s+(?:saying|to\s+say|telling\s+(?:him|her|them))\s+(?:that\s+)?(?:the|our|my|this|that|your)\s+(?:[\w-]+\s+)?(?:meeting|call|lunch|dinner|deadline|schedule|report|file|budget|numbers|plan|date|time|venue|room|flight|order|shipment)\b)/u,
  // "if your friend could pass it to whoever runs their analyst program"
  // (Not "pass this along to whoever manages consumables": a pitch routed inside the reader's firm.)
  /\b(?:pass|forward|give|hand|send|show|get)\s+(?:it|them|my\s+\w+)\s+(?:on\s+|along\s+)?to\s+(?:whoever\s+(?:is\s+hiring|hires|does\s+(?:the\s+)?hiring|(?:runs|heads|manages|leads)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:hiring|recruiting|graduate\s+program|analyst\s+program|internships?|intern\s+program))|the\s+hiring\s+(?:manager|partner|committee))\b/i,
  // "see whether she'd see Amy and me", "if he'd take a call from me"
  /\b(?:she|he|they)(?:'d|\s+would|\s+might)\s+(?:be\s+(?:open|willing|up)\s+(?:to|for)|take|see|meet|talk|speak|chat|have|give\s+(?:me|us))\b[^.?!]{0,50}\b(?:me|us|minutes|time|call)\b/i,
  // "would he take a call from me if it came through you?" (the same, as a question)
  /\b(?:would|might|could|will)\s+(?:she|he|they)\s+(?:(?:agree|accept|consent)\s+to\s+)?(?:be\s+(?:open|willing|up)\s+(?:to|for)|take|see|meet|talk|speak|chat|have|give\s+(?:me|us))\b[^.?!]{0,50}\b(?:me|us|minutes|time|call)\b/i,
  // "if he heard about us from you first", "if one of them heard about the Almanac from you"
  /\b(?:heard|hears|hear)\s+(?:about|of)\s+(?:us|me|(?:my|our|the)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+from\s+you\b/i,
  // "if you'd let him know I'm looking for a spot on the copy desk"
  /\blet\s+(?:him|her|them)\s+know\s+(?:that\s+)?(?:I|we)(?:'m|\s+am|'re|\s+are)\s+(?:looking|interested|available|keen|hoping|after)\b/i,
  // "let her know I'll be ringing her in the new year"
  /\blet\s+(?:him|her|them)\s+know\s+(?:that\s+)?(?:I|we)(?:'ll|\s+will|'d|\s+would|\s+am|'m)\s+(?:be\s+)?(?:ringing|calling|contacting|writing|getting\s+in\s+touch|reaching\s+out|in\s+touch)\b/i,
  // "tell her I'm the one carrying our proposal, and that I'd welcome a call": the writer made known, and contact invited
  /\b(?:tell|let)\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+(?:know\s+)?(?:that\s+)?(?:I|we)(?:'m|\s+am|'re|\s+are|'d|\s+would|'ll|\s+will)\b[^.?!]{0,80}?\b(?:welcome|love|like|glad|happy)\s+(?:a|to|the)\s+(?:\w+\s+)?(?:call|chat|meeting|conversation|word|hear|talk|meet|coffee)/u,
  // "any help getting to know people", "a way in"
  /\b(?:getting|get)\s+to\s+know\s+(?:people|folks|someone|anyone|the\s+\w+\s+people)\b/i,
  /\ba\s+way\s+in(?:to)?\b/i,
  // "need a line into Tessaly Pension", "a door into the county"
  /\b(?:line|door|path|route)\s+into\s+(?:the\s+)?\p{Lu}/u,
  // "whether he'd mind me picking his brain"
  /\bmind\s+(?:me|us)\s+(?:picking|calling|contacting|ringing|reaching\s+out)\b/i,
  // "Would it be weird to ask you to put Leah on his radar?"
  /\bon\s+(?:his|her|their|\p{Lu}\p{Ll}+(?:'s)?)\s+radar\b/u,
  // "could you pass the attached two-page summary to Ned", "passing the attached capability sheet to her"
  new RegExp(
    String.raw`\b(?:pass|forward|send|give|hand|get)(?:ing)?\s+(?:on\s+|along\s+)?the\s+(?:attached|enclosed)\s+${PAPERWORK_WITHIN(60)}(?:[\w-]+\s+){1,3}?(?:along\s+)?to\s+(?:him|her|them|\p{Lu}\p{Ll})${PAPERWORK_WITHIN(60)}`,
    "u",
  ),
  // "would you consider sending her the abstract", "show him my portfolio"
  /\b(?:send|show|give|hand|pass|forward)(?:ing)?\s+(?:him|her|them)\s+(?:the|my|our|this)\s+(?:[\w-]+\s+){0,2}?(?:abstract|paper|portfolio|writing\s+sample|sample|resume|résumé|cv|profile|proposal|deck|bio|one-pager|summary|reel|thesis|poster)\b/i,
  // "would you keep him in mind?", "would you think of me?" (for a place or a job someone else has)
  /\b(?:keep(?:ing)?\s+(?:him|her|them|my\s+(?:son|daughter|nephew|niece|brother|sister|friend|cousin))\s+in\s+mind|think\s+of\s+(?:me|him|her))\b/i,
  // The forwardable note passed on: "forward him the paragraph below", "wave Kofi's note (below)
  // under her nose", "please forward the note below to Celeste", "hand him the short note below"
  new RegExp(
    String.raw`\b(?:forward(?:ing)?|send(?:ing)?|hand(?:ing)?|pass(?:ing)?|giv(?:e|ing)|show(?:ing)?|wav(?:e|ing))\s+(?:(?:him|her|them|\p{Lu}\p{Ll}+)\s+)?(?:the|this|my|our|\p{Lu}\p{Ll}+'s)\s+(?:short\s+|brief\s+|quick\s+)?(?:note|paragraph|blurb|description|summary|write-?up)\s+(?:\(?below\)?|at\s+the\s+bottom|attached)${PAPERWORK_WITHIN(80)}`,
    "u",
  ),
  // "a call from you to him", "a note from you to Ellen saying I'm worth thirty minutes"
  /\ba\s+(?:call|note|word|line|e-?mail|letter|message)\s+from\s+you\s+to\s+(?:him|her|them|\p{Lu}\p{Ll})/u,
  // "would you mention to him that I'll be phoning", "arrange for me one hour with her",
  // "arrange for Daniel to sit down with Mrs. Pruitt"
  /\bmention\s+to\s+(?:him|her|them)\s+that\s+(?:I|we)\b/i,
  /\barrange\s+for\s+(?:me|us|him|her|them|\p{Lu}\p{Ll}+)\s+(?:[\w-]+\s+){0,4}?with\s+(?:him|her|them|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}|\p{Lu}\p{Ll})/u,
  // "mention the bindery to Gwen Talbot": the writer's business, named (not "our holiday plans")
  /\b[Mm]ention(?:ing)?\s+(?:my|our|the)\s+(?!(?:[\w-]+\s+){0,2}?(?:plans?|news|schedule|trip|vacation|wedding|party|move)\b)(?:[\w-]+\s+){0,2}?[\w-]+\s+to\s+(?:him|her|them|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u,
  // "loop Kofi Danquah from Stackline into this thread": someone at another firm brought in
  /\bloop\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?\s+(?:from|at|of)\s+\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}\s+in(?:to)?\b/u,
  // "when you next write to Wen Li at Parcelgrid, could you cc me?"
  /\b(?:write|writing|e-?mail(?:ing)?|message|messaging)\s+(?:to\s+)?(?:him|her|them|\p{Lu}\p{Ll}+)\b[^.?!]{0,80}\b(?:cc|copy|bcc)\s+(?:me|us)\b/u,
  /\b(?:cc|copy|bcc)\s+(?:me|us)\s+(?:on|in)\s+(?:[\w-]+\s+){0,3}?(?:to|with)\s+(?:him|her|them|\p{Lu}\p{Ll}+)\b/u,
  // "mentioning Ruaridh to Dr Kettleby": someone for whom the writer asks, named to someone
  /\bmention(?:ing)?\s+\p{Lu}\p{Ll}+\s+to\s+(?:him|her|them|(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}|\p{Lu}\p{Ll}+)/u,
  // "steer one or two of them toward me", "send them towards us"
  /\b(?:send|point|steer|direct)\s+(?:[\w-]+\s+){1,5}?(?:toward|towards)\s+(?:me|us)\b/i,
  // "could you see if Theo Banerjee would take a look at our playground layout"
  /\bsee\s+(?:if|whether)\s+[^?!]{0,60}?\b(?:would|might|could|'d)\s+(?:be\s+willing\s+to\s+)?(?:take\s+a\s+(?:quick\s+)?look\s+at|look\s+(?:at|over)|read|review|listen\s+to|watch)\s+(?:my|our)\b/i,
  // "Call w/ Dr. Ingrid Halvorsen – can you set one up for Tom & me?"
  /\b(?:[Cc]all|[Mm]eeting|[Ll]unch|[Cc]offee|[Cc]hat|[Ss]it-?down)\s+(?:w\/|with)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}\p{Ll}+[^.?!]{0,80}\bset\s+(?:one|it|that|this)\s+up\b/u,
  // "get Lyle Danforth at Keel & Barrel to call Ruth": someone named, at a firm, asked to call
  /\b(?:have|get)\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'-]+\s+(?:(?:at|from|of)\s+(?:[\p{Lu}&][\p{L}&'.-]*\s+){1,4})?to\s+(?:call|phone|ring|contact|e-?mail)\s+(?:me|us|\p{Lu}\p{Ll}+)\b/u,
  // "a nudge in her direction", "a word in his direction"
  /\b(?:nudge|push|word|shove|mention)\s+in\s+(?:his|her|their)\s+direction\b/i,
  // "starting an email to Sunniva with me copied"
  /\b(?:e-?mail|note|message|line)\s+to\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+with\s+(?:me|us)\s+(?:copied|cc'?d|on\s+copy)\b/u,
  // "would you float the idea of her dropping in on one of our meetings"
  /\bfloat\s+(?:the\s+idea|it)\s+(?:of\s+(?:him|her|them)\s+\w+ing\b|(?:past|by|to)\s+(?:him|her|them)\b)/i,
  // "that you'd set up a 20-minute call between the two of us"
  /\b(?:set\s+up|arrange)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|chat|lunch|coffee)\s+between\s+(?:the\s+two\s+of\s+us|(?:him|her|them)\s+and\s+(?:me|us)|(?:me|us)\s+and\s+(?:him|her|them))\b/i,
  // "reach out to Glenn and see whether he would meet with Dana", "call him and find out whether
  // his office would take the matter": the reader sounding someone out for the writer's side
  /\b(?:see|find\s+out|ask)\s+(?:if|whether)\s+(?:he|she|they|(?:his|her|their)\s+(?:office|firm|team|practice)|\p{Lu}\p{Ll}+)\s+(?:would|might|could)\s+(?:be\s+(?:willing|open)\s+to\s+)?(?:meet(?:\s+with)?|talk\s+(?:to|with)|speak\s+(?:to|with)|sit\s+down\s+with)\s+(?:me|us|him|her|them|(?:my|our)\s+\p{Ll}+|\p{Lu}\p{Ll}+)\b/u,
  /\b(?:call|ring|phone|e-?mail|write\s+to)\s+(?:him|her|them)\s+and\s+(?:find\s+out|see|ask)\s+(?:if|whether)\s+(?:he|she|they|(?:his|her|their)\s+(?:office|firm|team|practice))\s+(?:would|might|could)\s+(?:take|handle|consider|see|meet)\b/i,
  // "set him up with whoever runs the LNG desk" (a message taken for someone)
  // (Not what the reader set the writer up with before: "the system that you set me up with", real
  // Enron mail, session 25's gq-dm, a desk tool.)
  // (Not an account: "Could you set her up with access to the accounts system?", session 38.)
  /(?<!\b(?:that|which)\s+(?:you|u)\s+)\bset\s+(?:me|us|him|her|them)\s+up\s+with\b(?!\s+(?:access|an?\s+(?:account|login|password|desk|laptop|phone|badge|parking)|e-?mail|the\s+(?:system|network|software|accounts?)|a\s+new\s+\w+))/i,
  // "I'd be obliged if he knew I was trying to reach him"
  /\b(?:he|she|they)\s+knew\s+(?:I|we)\s+(?:was|were|am|are)\s+trying\s+to\s+(?:reach|contact|get\s+hold\s+of)\b/i,
  // "I'd like to meet him if you can swing it", "I'd love a name"
  /\bI'?d\s+(?:love|like)\s+(?:a\s+name|to\s+meet\s+(?:him|her|them))\b/i,
  // "who do you know at Parcelnook? need a warm path in"
  /\bwarm\s+(?:path|intro|introduction|way)\b/i,
  // "do you have anybody over at the ISO you could hook me up with?"
  /\bhook\s+(?:me|us)\s+up\b/i,
  ...TIME_FOR_ANOTHER,
  ...REACHING_ACTS,
  ...STANDING_ACTS,
  // "If you run into anybody from the Humanities Council who might help…, keep us in mind."
  /\bif\s+you\s+(?:run\s+into|meet|come\s+across|hear\s+of|bump\s+into)\s+(?:anybody|anyone|someone|somebody)\b[^?!]{0,120}\bkeep\s+(?:me|us)\s+in\s+mind\b/i,
  // "a nudge in their direction", "point me in her direction", "a push towards them"
  /\b(?:nudge|push|point|steer|send|shove)(?:ing)?\s+(?:(?:me|us)\s+)?(?:in\s+(?:their|his|her)\s+direction|towards?\s+(?:them|him|her))\b/i,
  // "hand him my card", "give her our number" (the writer's contact passed on)
  /\b(?:hand|give|pass|slip)(?:ing)?\s+(?:him|her|them|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:my|our)\s+(?:business\s+)?(?:card|number|phone\s+number|contact\s+details|e-?mail(?:\s+address)?)\b/u,
  // "make the bridge between us", "be a bridge to her" (a connection, in a metaphor)
  /\b(?:make|build|be|form)\s+(?:the|a)\s+bridge\s+(?:between\s+(?:us|me|him|her|them|\p{Lu})|to\s+(?:him|her|them|\p{Lu}))/u,
  // "tell him about me", "tell her a little about us" (and then "ask if he can meet")
  /\btell\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+(?:a\s+(?:bit|little)\s+|something\s+)?about\s+(?:me|us)\b/u,
  // "point me at them", "steer us toward the right person"
  /\b(?:point|steer|direct)\s+(?:me|us)\s+(?:at|to|toward|towards)\s+(?:them|him|her|someone|somebody|the\s+right)\b/i,
];

/**
 * "Would you try to set up a lunch for the two of them?": a meeting arranged between the
 * writer's principal and a third person, asked politely (a bare "please set up a meeting" is
 * how a boss asks an assistant).
 */
export const MEETING_FOR_OTHERS =
  /\b(?:set\s+up|arrange|organi[sz]e|line\s+up)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:meeting|call|lunch|breakfast|dinner|coffee|drinks?|sit-?down)\s+(?:for\s+the\s+two\s+of\s+them|between\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+and\s+(?:him|her|\p{Lu}\p{Ll}+))/u;

/**
 * "We'd love a 30-minute call with her or whoever she delegates to", "I'd be glad of a word
 * with whoever runs business development there", "what I'm hoping for is 20
 * minutes on the phone with Sandra Kwiatkowski": the writer's wish to meet
 * a third person, an ask by itself (in an update's list of asks, for instance).
 */
const MEETING_WANTED =
  /\b(?:I|[Ww]e)(?:'d|\s+would)\s+(?:be\s+(?:\w+\s+)?(?:glad|grateful|thankful)\s+(?:of|for)|(?:really\s+)?(?:love|like|value|welcome|appreciate))\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?:word|call|chat|conversation|meeting|minutes|hour|half\s+hour|afternoon)\s+with\s+(?:whoever|the\s+right\s+(?:person|people)|him|her|them\b|\p{Lu}\p{Ll})(?![^.?!]{0,40}\byour\b)|\b(?:I|[Ww]e)(?:'d|\s+would)\s+(?:really\s+)?(?:love|like|value|welcome|appreciate)\s+(?:a|an|some|the\s+chance\s+(?:for|of)\s+a)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|chat|conversation|coffee|lunch|intro|introduction)\s+with\s+(?:him|her|them\b|\p{Lu}\p{Ll})|\b(?:[Ww]hat\s+(?:I'?m|we'?re)\s+hoping\s+for\s+is|(?:I'?m|[Ww]e'?re)\s+hoping\s+for)\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|chat|conversation|coffee|lunch)\s+with\s+(?:him|her|them\b|\p{Lu}\p{Ll})|\b(?:[Ww]hat\s+I'?m\s+hoping\s+for\s+is|I'?m\s+hoping\s+for|I'?d\s+(?:love|like|value))\s+(?:\d+|a\s+few|ten|fifteen|twenty|thirty)\s+min(?:ute)?s\s+(?:on\s+the\s+phone\s+|of\s+(?:her|his|their)\s+time\s+)?with\s+(?:him|her|them\b|\p{Lu}\p{Ll})/u;

/**
 * A question whether a named person would see the writer: "Would Tamsin Achebe at Brightwater
 * Capital take a call with us?", "Might Dr. Osei be open to meeting me?". The reader is asked
 * without a "you": they are the way to the person.
 */
export const WOULD_THEY_SEE_US =
  /^(?:[\p{L},\s]{0,40}\s)?(?:[Ww]ould|[Mm]ight|[Cc]ould)\s+(?:(?:(?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?|your\s+(?!(?:office|team|staff|store|shop|company|firm|department|support|billing|people|guys)\b)\p{Ll}[\p{Ll}-]+)(?:\s+(?:at|from|of)(?:\s+[\p{Lu}&][\p{L}&'.-]*){1,4})?\s+(?:(?:take|have)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:call|meeting|coffee|chat)\s+(?:with|from)\s+(?:me|us)|(?:see|meet(?:\s+with)?|talk\s+(?:to|with)|speak\s+(?:to|with)|chat\s+with|hear\s+from)\s+(?:me|us)|be\s+(?:open|willing|up)\s+(?:to|for)\s+(?:[\w-]+\s+){0,3}?(?:me|us)|give\s+(?:me|us)\s+(?:a\s+)?(?:call|ring|few\s+minutes|minutes|half\s+an\s+hour|an\s+hour))\b[^.?!]{0,60}\?/u;

/**
 * A call (or a word) from the reader to a named person, on someone's behalf: "We believe that a
 * call from you to Cheney may be required", "He would appreciate a call on his behalf to Cheney"
 * (real Enron mail, session 24's blind set gq-cx). Wanted (appreciated, needed, would help), not
 * a call already made ("thanks for the call from you to Dana").
 */
const CALL_FROM_THE_READER =
  /\b(?:appreciate|need|want|hope\s+for|ask\s+for|request)\s+(?:a|one)\s+(?:call|word|note|letter)\s+(?:from\s+you\s+)?(?:on\s+(?:his|her|their|my|our)\s+behalf\s+)?to\s+\p{Lu}\p{Ll}+|\b(?:[Aa]|[Oo]ne)\s+(?:call|word|note|letter)\s+(?:from\s+you\s+(?:on\s+(?:his|her|their|my|our)\s+behalf\s+)?|on\s+(?:his|her|their|my|our)\s+behalf\s+)to\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:may|might|would|could|will)\s+be\s+(?:required|needed|necessary|helpful|useful|appreciated|great|important)\b/u;

/**
 * A meeting the writer wants with someone the reader knows, said in one breath: "I'd like to meet
 * this guy, though, since you do know him" (real Enron mail, session 24's blind set gq-da, a
 * friend's set-up accepted). Not a wish to meet someone the reader does not know.
 */
const MEET_SOMEONE_YOU_KNOW =
  /\bI(?:'d|\s+would)\s+(?:really\s+|still\s+|certainly\s+)?(?:like|love)\s+to\s+meet\s+(?:(?:this|that)\s+(?:guy|man|woman|gal|fellow|person|lady|chap)|him|her)\b[^.?!]{0,30}?\b(?:since|as|because|now\s+that)\s+you\s+(?:do\s+|already\s+|actually\s+)?know\s+(?:him|her)\b/i;

/**
 * An offer the reader made, taken up: "You said last week that you might make a call [to] Wharton
 * on my behalf… I was hoping to take you up on your offer" (real Enron mail, session 24's blind
 * set gq-cy). The act on the writer's behalf (a connecting act, ASKED_CONNECTION's) is in the same
 * sentence or the one before.
 */
const OFFER_TAKEN_UP = /\btake\s+you\s+up\s+on\s+(?:your|that|the)\s+(?:kind\s+|generous\s+)?offer\b/i;

/**
 * The reader's help asked in reaching people: "any help you could offer as far as contacting other
 * local members would be equally appreciated" (real Enron mail, session 25's blind set gq-de, a
 * newcomer's ask of a society's member), "I'll probably need the help of one of you in contacting
 * Jeff McMahon" (gq-dl). Named people or people in general, not an errand's firm ("help in
 * contacting the vendor"); thanks for help given are not asks (sendersOwnWords).
 */
const HELP_REACHING =
  /\bhelp\b[^.?!]{0,50}?\b(?:as\s+far\s+as|in|with)\s+(?:contacting|reaching|getting\s+(?:in\s+touch|hold)\s+(?:with|of)|getting\s+to|approaching)\s+(?:(?:other|some|a\s+few|any|the\s+other)\s+)?(?:[\p{Ll}-]+\s+)?(?:members|people|contacts|folks|individuals)\b|\bhelp\b[^.?!]{0,50}?\b(?:as\s+far\s+as|in|with)\s+(?:contacting|reaching|getting\s+(?:in\s+touch|hold)\s+(?:with|of)|getting\s+to|approaching)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'-]+/u;

/**
 * People put in touch with a third person at the writer's bidding: "If you guys know anyone
 * looking for a lease of that size, might want to call mertz for more info and put them in touch"
 * (real Enron mail, session 25's blind set gq-dg, for a landowner). Asked, not told ("I put them
 * in touch last week"); not handed to the writer's own side ("put them in touch with our legal
 * group").
 */
const PUT_THEM_IN_TOUCH =
  /\b(?:might\s+want\s+to|could\s+you|can\s+you|would\s+you|please|feel\s+free\s+to|be\s+sure\s+to)\b[^.?!]{0,60}?(?<!\b(?:I|we|already|had|have)\s+)\bput\s+(?:them|him|her|the\s+two\s+of\s+them)\s+in\s+(?:touch|contact)\b(?!\s+with\s+(?:our|my)\b)/i;

/**
 * The reader's help asked in arranging a meeting with a third person: "Would you please assist in
 * setting up a meeting for the project team with the Ambassador in the near future" (real Enron
 * mail, session 25's blind set gq-dq). Help asked (assist, help), not an assistant's errand ("set
 * up a meeting with Jo"); not a meeting with the reader, nor with people at work ("the auditors").
 */
const HELP_ARRANGING_A_MEETING =
  /\b(?:assist|help)\w*\s+(?:(?:me|us)\s+)?(?:in\s+|with\s+)?(?:setting\s+up|arranging|organi[sz]ing|lining\s+up|getting|securing)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|call|appointment|audience|visit)\s+(?:for\s+(?:[\w-]+\s+){1,3}?)?with\s+(?!you\b|your\b|yourself\b)(?:the\s+\p{Lu}[\p{L}-]+|\p{Lu}\p{Ll}+)/u;

/**
 * Time with a named person asked about, for the writer or whom they speak for: "Any chance of
 * getting 15 minutes with Skilling for our CEO?"
 */
const TIME_WITH_SOMEONE =
  /\b[Aa]ny\s+chance\s+(?:of|that\s+(?:I|we)\s+(?:could|might)|for\s+(?:me|us)\s+to)\s+(?:getting|get|grabbing|grab|having|have)\s+(?:\d+|a\s+few|some|ten|fifteen|twenty|thirty)?\s*(?:min(?:ute)?s|time|an\s+hour|a\s+meeting|a\s+call|a\s+word)\s+with\s+(?!you\b|your\b)(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+/u;

/**
 * Whether a named person would see the writer, asked of the reader's judgement: "Do you think Greg
 * would be open to a call from me?" (WOULD_THEY_SEE_US asks it without the "do you think").
 */
const THINK_THEY_WOULD_SEE_US =
  /\b(?:[Dd]o|[Ww]ould)\s+(?:you|u)\s+(?:think|suppose|reckon)\s+(?:that\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+)?\s+(?:would|might|could)\s+(?:be\s+(?:open|willing|up)\s+(?:to|for)\s+(?:a\s+(?:call|meeting|coffee|chat|word|lunch)\s+(?:from|with)\s+(?:me|us)|(?:meeting|talking\s+(?:to|with)|speaking\s+(?:to|with)|hearing\s+from)\s+(?:me|us))|(?:see|meet(?:\s+with)?|talk\s+(?:to|with)|speak\s+(?:to|with)|take\s+a\s+call\s+from)\s+(?:me|us))\b/u;

/** Favours that link the writer with a third person by themselves, whoever's mail they are in. */
export const FAVOUR_CUES_ALONE: readonly RegExp[] = [
  MEET_SOMEONE_YOU_KNOW,
  CALL_FROM_THE_READER,
  MEETING_WANTED,
  WOULD_THEY_SEE_US,
  HELP_REACHING,
  PUT_THEM_IN_TOUCH,
  HELP_ARRANGING_A_MEETING,
  TIME_WITH_SOMEONE,
  ...CUES_ALONE_BY_GRAMMAR,
  THINK_THEY_WOULD_SEE_US,
  ...WORD_FOR_THE_WRITER,
  ...REFERRAL_ASKS,
  ...QUIET_FAVOURS,
];

/** An offer taken up, its act on the writer's behalf said in this sentence or the one before. */
export function takesUpAnOffer(own: string, previous: string): boolean {
  return OFFER_TAKEN_UP.test(own) && [own, previous].some((words) => ASKED_CONNECTION.connecting.test(words));
}
