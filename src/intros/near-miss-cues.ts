import { DISOWNED_ASK } from "./request-cues.js";
import { normalizeText } from "./text.js";

/**
 * Near misses said in so many words: an offer to introduce, a self-introduction, an errand, a
 * broadcast, a gift or a reference asked of the reader, greetings or thanks relayed, an ask taken
 * back. A sentence with one of these is never a request, whatever cue it also matches, and is
 * never the learned model's evidence. Pure.
 */

/** What is wanted of a tradesman: "a good plumber", "any reliable movers". */
const TRADE_QUALITY = String.raw`(?:good\s+|decent\s+|reliable\s+|local\s+|cheap\s+)?`;
/** Tradesmen and services: wanted for a job, not a person to meet. */
const TRADES = String.raw`(?:plumbers?|electricians?|roofers?|painters?|mechanics?|cleaners?|handym[ae]n|landscapers?|gardeners?|movers?|babysitters?|nann(?:y|ies)|dog\s*walkers?|carpenters?|locksmiths?|caterers?|tilers?|plasterers?)`;

/**
 * Phrases that look like a request but are not one: the writer offers to make the
 * introduction, or introduces themself. A sentence with one of these is never a request cue.
 */
export const NOT_REQUEST_CUES: readonly RegExp[] = [
  /\b(?:mind|excuse|allow|let)\s+me\s+(?:introduc|reach)/i,
  // The reader to make themself known: "call Della and introduce yourself" hands on a client.
  // (Or a newcomer to a group: "introduce yourselves to the group", session 38's blind check.)
  /\bintroduce\s+yoursel(?:f|ves)\b/i,
  // An introduction to a subject, a tool or a course, not to a person: "point me at a good intro to
  // SQL", "an intro to the new expense tool", "a quick intro to how the commission works", "Intro to
  // Python — week 3 homework" (session 38's blind checks).
  new RegExp(
    String.raw`\b(?:intro|introduction)s?\s+(?:to|on)\s+(?:how|what|why|where|when)\b|\b(?:intro|introduction)s?\s+(?:to|on)\s+(?:the\s+basics|basics|(?:our|the|your|this|that)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:tool|system|software|app|platform|process|policy|policies|procedures?|workflow|program|database|portal|structure|rules|format|style|codebase|handbook|course|class|curriculum|syllabus|thesis|topic|subject|exercise|homework|material|chapter|module|unit|lab|report|document|memo|deck|presentation|paper|proposal|book|article|study|plan|budget|agenda|minutes|survey))\b(?![\s-]+(?:director|manager|head|lead|officer|coordinator|chair|team|staff|people|folks|expert|owner|committee|board|partners?)\b)|(?:^|\b(?:an?|the|good|quick|short|brief|basic|gentle)\s+)(?:intro|introduction)s?\s+(?:to|on)\s+(?:SQL|Python|Excel|Java(?:Script)?|statistics|accounting|finance|economics|programming|coding|machine\s+learning|data\s+science|derivatives|options\s+trading|estate\s+planning|investing|budgeting|spreadsheets)\b|\b(?:intro|introduction)\s+(?:paragraph|section|slide|video|chapter|music|song)s?\b|\b(?:intro|introduction)s?\s+for\s+(?:the|our|my|this|a|an)\s+(?:[\w-]+\s+){0,2}?(?:report|newsletter|book|paper|deck|presentation|website|brochure|proposal|event|session|talk|panel|program|programme|podcast|video|episode|chapter|guide)\b`,
    "iu",
  ),
  // A thing presented, not a person: "introduce the new system to your group".
  /\bintroduc(?:e|ing)\s+(?:the|our|a|an|this|that|these|those)\s+(?:new\s+)?(?:system|product|process|policy|program|programme|tool|software|changes?|idea|concept|service|initiative|rules?|format|procedures?|plan|platform)\b/i,
  // A service desk's call asked for: "please have someone from IT call me about my laptop".
  // (Case-sensitive, so that "IT" is not "it".)
  // (Not a seller connected with them: "connect my friend Dan with someone in IT at your place?",
  // session 31's general check.)
  /(?<!\b[Cc]onnect\s+[^.?!]{1,40}\s+with\s+)\b(?:[Ss]ome|[Aa]ny)(?:one|body)\s+(?:from|in|at)\s+(?:the\s+)?(?:IT|[Hh]elp\s*[Dd]esk|[Tt]ech(?:nical)?\s+[Ss]upport|[Ff]acilities|[Mm]aintenance|[Pp]ayroll|[Bb]illing|[Aa]ccounts\s+[Pp]ayable)\b/,
  // Work to be staffed, not a person to be met: "Got any ideas on who would be the best person in
  // our group to work on this?" (a forward's note handing on a project: session 27's blind set
  // gq-ej). The task is the one at hand ("this", "it"), not "our account" (a seller's contact).
  /\bwho\b[^.?!]{0,80}?\bto\s+(?:work\s+on|handle|staff|take\s+(?:on|over)|cover|pick\s+up)\s+(?:this|it|that|these)\b(?!\s+(?:to|with)\b)/i,
  // The writer's own hire: "We're looking for a controller who knows SAP - know anyone?"
  /\b(?:we(?:'re|\s+are)|I(?:'m|\s+am))\s+(?:\w+\s+)?(?:looking|searching)\s+for\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?:(?:who|that)\s+(?:knows|has|can\s+(?:start|run|handle|do|work))|with\s+(?:experience|\d+\s+years|a\s+background))\b[^.?!]{0,80}\bknow\s+(?:anyone|anybody|someone|somebody)\b/i,
  // A hirer's call for candidates: "If you know of any good Enron talent, who would be willing to
  // relocate here, please pass along my name to them." (session 19, real Enron mail)
  /\bif\s+you\s+know\s+(?:of\s+)?any(?:one|body)?\s+(?:[\w-]+\s+){0,4}?(?:talent|candidates?|traders|engineers|developers|analysts|people\s+looking)\b[^.?!]{0,80}?\b(?:pass|give|forward|send)\s+(?:along\s+|on\s+)?my\s+(?:name|details|number|contact|e-?mail)\b/i,
  // The reader's own details given out by the writer: "Would it be all right if I gave her your work number?"
  /\bif\s+I\s+(?:gave|give|passed|pass|shared|share|sent|send|forwarded|forward)\s+(?:him|her|them|[\w'-]+)\s+(?:along\s+)?your\b/i,
  // Passed round the reader's people: "Please forward this to your staff and to any brewers you know",
  // "Please pass this on to your assistants and paralegals" (session 39's blind check).
  /\b(?:forward(?:ing)?|shar(?:e|ing)|pass(?:ing)?|send(?:ing)?|circulat(?:e|ing)|post(?:ing)?)\s+(?:this|it|the\s+(?:attached\s+|enclosed\s+)?(?:flyer|poster|announcement|notice|newsletter|invitation|invite|link|survey|form|brochure|leaflet))\s+(?:on\s+|along\s+)?(?:to|with)\s+(?:all\s+)?your\s+(?:[\w-]+\s+){0,2}?(?:staff|team|members|list|network|colleagues|friends|contacts|employees|students|parents|congregation|brewers|clients|assistants|paralegals|associates|secretaries|direct\s+reports|department|office)\b/i,
  // A letter of reference: "might be willing to recommend me for the Halloway State Transfer Scholarship".
  /\brecommend(?:ing)?\s+(?:me|us|him|her|them|my\s+\w+)\s+for\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,5}?(?:scholarship|award|prize|fellowship|bursary|grant|honou?r|medal|admission)s?\b/i,
  // A gift asked of the reader: "Would you consider donating again this year?" (Not with people to
  // contact asked for instead: "if you are unable to sponsor me, any help as far as contacting
  // other local members would be appreciated", real Enron mail, session 25's gq-de.)
  /\b(?:would|could|can|will)\s+(?:you|u|[\w&'-]+(?:\s+[\w&'-]+){0,3}?)\s+(?:(?:please\s+)?consider\s+|be\s+willing\s+to\s+|like\s+to\s+)?(?:donat(?:e|ing)|sponsor(?:ing)?|contribut(?:e|ing))\b(?![^.?!]*\bcontacting\s+(?:other|some|a\s+few|any)\b)/i,
  // The writer offers the act: "would you like me to mention you to her?", "shall I pass it on?"
  // (Not whom the reader would have the writer approach: "is there another person at HQ you want me
  // to contact?", session 32's paraphrases.)
  /(?<!\b(?:person|people|someone|somebody|anyone|anybody|who|whom|contact)\b[^.?!]{0,30})\b(?:want|like)\s+me\s+to\s+(?:introduc|intro|connect|put|mention|pass|forward|send|ask|reach|call|contact|talk|speak|set\s+up)/i,
  // (Not "could I mention you when I write to him?", permission to use the reader's name; and not
  // when the reader is then to pass it on: "Can I send you my CV so you can give it to him?"; nor
  // whom the writer should contact, asked: "who should I contact about the tournament?"; nor the
  // reader's colleague asked for instead: "…or should I send it to someone else within your company?")
  /(?<!\b(?:who(?:m)?|how)\s+)\b(?:shall|should|can|could|may)\s+i\s+(?:introduc|intro|connect|put|mention(?!\s+(?:you|your\s+name)\b(?!\s+to\b))|pass|forward|send|reach|contact|set\s+up|write\s+to\s+(?:him|her|them)\s+about\s+you)(?![^.?!]{0,80}\bso\s+(?:that\s+)?you\s+(?:can|could|might)\s+(?:give|pass|forward|hand|show|send)\b)(?![^.?!]{0,80}\bto\s+(?:someone|somebody|anyone)\s+else\s+(?:within|at|in|on)\s+your\s)/i,
  /\bno\s+(?:intro|introduction)\s+(?:needed|necessary|required)\b|\bnever\s+mind\b/i,
  // Another connector's double opt-in, the reader being the one asked: "Ethan Morrow, CEO of Corvid
  // Therapeutics, asked whether I'd connect the two of you" (session 34's blind holdout-66).
  /\b(?:asked|wondered|wants\s+to\s+know|wanted\s+to\s+know)\s+(?:me\s+)?(?:whether|if)\s+I(?:'d|\s+would|\s+could|\s+might|\s+can)\s+(?:be\s+(?:willing|able|happy)\s+to\s+)?(?:connect|introduce|intro|put)\s+(?:the\s+two\s+of\s+you|you\s+two|you\s+both|both\s+of\s+you|you\b(?!\s+to\s+(?:him|her|them)\b))/i,
  // The writer makes the introduction: "happy to introduce you to…", "let me introduce you two".
  /\b(?:happy|glad|delighted|pleased|love|like|want(?:ed)?|let\s+me|allow\s+me\s+to)\s+(?:to\s+)?introduc\w*\s+(?:you|the\s+two\s+of\s+you|you\s+both)\b/i,
  // The connector's own double opt-in, or an offer of an introduction to the reader: "would you be
  // open to an intro to Rahul Mehta?", "would you want to meet the founders of Linear?", "I'm happy
  // to make the intro to the Figma security team, but first…", "Want me to draft the intro?"
  // (session 29's third general check; "would you be open to making an intro" still asks).
  /\b(?:would|are)\s+(?:you|u)\s+(?:be\s+)?(?:open|interested|up\s+for|keen)\s+(?:to|in)\s+(?:an?\s+|the\s+)?(?:quick\s+|brief\s+|short\s+)?(?:intro|introduction)\s+to\b|\bwould\s+(?:you|u)\s+(?:want|like|care)\s+to\s+meet\s+(?!(?:me|us|with\s+(?:me|us))\b)|\b(?:I(?:'m|\s+am|'d\s+be|\s+would\s+be)|[Hh]appy|[Gg]lad)\s+(?:(?:happy|glad|delighted|more\s+than\s+happy)\s+)?to\s+(?:make|do|set\s+up|arrange)\s+(?:the|an|that)\s+(?:intro|introduction)\b|\b(?:want|shall|should)\s+(?:me|I)\s+to\s+(?:draft|write|make|send|do)\s+the\s+(?:intro|introduction)\b/i,
  // The other side of an introduction (session 29's ordinary sentences): the one asked accepting
  // ("Yes please, I'd love to meet Theo", "Happy to connect with Omar, please go ahead and make the
  // introduction", "Delighted to meet Raymond; please pass along my details"), an intro offered
  // ("want an intro to jake?"), a connector's check ("would you be happy to speak with Liam?": the
  // reader is the one met), a newsletter's "Know someone who'd love this newsletter?".
  /\bgo\s+ahead\s+(?:and\s+)?(?:make|send|do|set\s+up)\s+(?:the|an|that)\s+(?:intro|introduction|connection)\b|^\W*(?:(?:do|would)\s+(?:you|u)\s+)?(?:want|like|need)\s+an?\s+(?:intro|introduction)\s+to\b|\bknow\s+(?:someone|anyone|somebody|anybody)\s+who(?:'d|\s+would)\s+(?:love|like|enjoy)\s+(?:this|our)\s+(?:newsletter|list|update|digest|podcast|blog)\b/i,
  // (Case-sensitive: the one met is named with a capital.)
  /^\W*(?:[Yy]es(?:\s+please)?|[Ss]ure|[Aa]bsolutely|[Oo]f\s+course|[Hh]appy|[Gg]lad|[Dd]elighted|[Pp]leased|[Tt]hrilled)\b[^.?!]{0,30}?\b(?:to\s+)?(?:meet|connect\s+with|talk\s+(?:to|with)|speak\s+(?:to|with)|chat\s+with)\s+[A-Z][a-z]+\b|\b[Ww]ould\s+(?:you|u)\s+be\s+(?:happy|willing|open|glad|able)\s+to\s+(?:speak|talk|meet|chat|have\s+(?:a\s+)?(?:coffee|call|chat))\s+with\s+(?!(?:me|us|my|our|him|her|them)\b)[A-Z][a-z]+\b/,
  // A hirer's "If you know anyone strong in Go, send them my way" (candidates, not a person sought).
  /\bif\s+you\s+know\s+(?:anyone|anybody|someone|somebody)\s+(?:strong|good|great|talented|solid|sharp|who\s+(?:knows|is\s+good))\b[^.?!]{0,40}?\bsend\s+(?:them|him|her)\s+(?:my|our)\s+way\b/i,
  // "I would be happy to introduce him to you": the writer offers the introduction.
  /\b(?:happy|glad|delighted|pleased|willing)\s+to\s+introduc\w*\s+(?:him|her|them|\w+)\s+to\s+you\b/i,
  // A recruiter's or seller's ask for referrals: "do you know anyone who might be a fit?",
  // "VP Engineering search - any names come to mind?"
  /\bknow\s+(?:anyone|anybody|someone|somebody|any\s+[\w-]+)\s+(?:who|that)\s+(?:fits\s+(?:and\s+)?)?(?:might|would|could|may)\s+be\s+(?:a\s+)?(?:good\s+|great\s+|strong\s+)?(?:fit|interested|candidate|looking|open\s+to\s+a\s+move)\b/i,
  // Advice on how to approach someone, not an ask to act: "how would you approach him?"
  // (The means to a named person or firm is asked, not advice: "How should I contact Dana Liu?",
  // reaching-them.ts.)
  /\bhow\s+(?:would|should|do|did|might)\s+(?:you|I|we)\s+(?:best\s+)?(?:approach|pitch|handle|go\s+about)\b|\bhow\s+(?:would|should|do|did|might)\s+you\s+(?:best\s+)?(?:contact|reach)\b|\bhow\s+(?:would|should|do|did|might)\s+(?:I|we)\s+(?:best\s+)?(?:contact|reach)\s+(?:him|her|them)\b/i,
  // The writer offers to put the reader in touch: "I'd love to put you in touch with our engineer".
  /\b(?:to|can|could|will|'ll)\s+(?:put|get)\s+you\s+in\s+(?:touch|contact)\s+with\b|\bto\s+connect\s+you\s+(?:with|to)\b/i,
  /\b(?:search|candidates?|hires?|hiring|recruit\w*|role|position|opening|vacancy)\b[^.?!]{0,60}\b(?:come|comes)\s+to\s+mind\b/i,
  // "If anyone comes to mind for the controller role, let me know."
  /\b(?:come|comes)\s+to\s+mind\s+for\s+(?:the|this|that|our|a|an)\s+(?:[\w-]+\s+){0,3}?(?:search|role|position|job|opening|vacancy|seat|post)\b/i,
  // "Anybody at the CFTC we want to send brochures to?": names for a mailing, not an introduction.
  /\b(?:send|mail|distribute|ship)\s+(?:the\s+|our\s+|a\s+|some\s+)?(?:brochures?|materials?|copies|invitations?|newsletters?|flyers?|catalogu?es?|mailings?|samples?)\s+to\b/i,
  // "Please have someone from billing call me": customer service, not an introduction.
  /\b(?:someone|somebody|anyone|anybody)\s+(?:from|in|at)\s+(?:your\s+|the\s+)?(?:billing|customer\s+(?:service|care|support|relations)|support|accounts?\s+(?:payable|receivable)|collections|help\s*desk|service\s+department)\b/i,
  DISOWNED_ASK,
  // The reader left free to make contact for their own ends: "If you would like to speak with Mrs.
  // Lane or me regarding this letter…, please feel free to do so" (a parent's letter quoted on the
  // web, session 39's blind w39a); "feel free to contact my references". (Not the writer's:
  // "feel free to have her call me", "feel free to pass my note on to her".) And one forwarded:
  // "Forwarding in case you want to talk to her -- she's got a good background…" (an offer).
  /\bif\s+you\s+(?:would\s+like|'d\s+like|wish|want|care)\s+to\s+(?:speak|talk|meet|chat|consult|visit)\s+(?:with|to)\b[^.?!]{0,160}?\bfeel\s+free\b|\b(?:if|in\s+case)\s+you\s+(?:would\s+like|'d\s+like|wish|want|care)\s+to\s+(?:speak|talk|meet|chat)\s+(?:with|to)\s+(?:him|her|them)\b(?![^.?!]{0,40}\b(?:me|us|my)\b)|\bfeel\s+free\s+to\s+(?:contact|call|phone|ring|speak\s+(?:with|to)|talk\s+(?:with|to)|reach\s+out\s+to|get\s+in\s+touch\s+with|e-?mail)\s+(?!me\b|us\b|myself\b)/i,
  // A report asked for on the way: "Please send Jeff a note with any update once you have spoken to
  // Franz" (the reader handed a caller to follow up: real Enron mail, session 39's blind r39e).
  /\b(?:send|drop|shoot|give)\s+(?:him|her|them|\p{Lu}\p{Ll}+)\s+a\s+(?:quick\s+|short\s+)?(?:note|line|e-?mail|call)\s+(?:with|on)\s+(?:any|an|the|your)\s+(?:update|news|outcome|results?|progress|status)\b/u,
  // "Please don't call Leonard; I'll ring him myself": the reader asked not to make contact.
  /\b(?:don'?t|do\s+not|please\s+never|no\s+need\s+to)\s+(?:call|contact|ring|phone|e-?mail|write\s+to|reach\s+out\s+to|approach|bother|involve|pass\s+(?:along|on)|give\s+out|share)\b|\b(?:don'?t|do\s+not|never|stop)\s+(?:\w+\s+)?(?:pass|giv|shar|send|forward|hand)(?:e|es|ing)?\s+(?:out\s+|on\s+|along\s+)?(?:my|our)\s+(?:contact\s+|personal\s+|home\s+|mobile\s+|cell\s+)?(?:details|number|e-?mail|address|info|names?)\b/i,
  // A vendor vetted: "Who did your shop sign?", "Would you recommend him?" (to the writer, not to anyone).
  /^who\s+(?:did|does|made|built|fixed|installed|painted|designed|printed|cut|does)\s+your\b/i,
  /\b(?:would|do|did|can)\s+(?:you|u)\s+recommend\s+(?:him|her|them|it)\s*\?/i,
  // A broadcast: "share the attached flyer with the staff at your firm".
  /\b(?:forward(?:ing)?|shar(?:e|ing)|pass(?:ing)?|send(?:ing)?|circulat(?:e|ing)|post(?:ing)?|distribut(?:e|ing))\s+(?:on\s+|along\s+)?(?:the|this|our)\s+(?:attached\s+|enclosed\s+)?(?:flyer|poster|announcement|newsletter|brochure|leaflet|survey)s?\b/i,
  // The reader's own staff on an errand: "could you ask your driver to phone our site foreman".
  /\bask\s+your\s+(?:driver|courier|dispatch(?:er)?|receptionist|front\s+desk|warehouse|yard|crew|delivery\s+\w+)\s+to\s+(?:phone|call|ring|text|contact|e-?mail)\b/i,
  // An invitation's reply ("Please RSVP to my assistant, Pippa Lund"); thanks relayed ("let each of
  // them know how much they meant to us").
  /\bRSVP\b/,
  /\blet\s+(?:him|her|them|each\s+of\s+them|everyone|all\s+of\s+them)\s+know\s+(?:how\s+(?:much|grateful|thankful)|(?:we|I)(?:'re|\s+are|'m|\s+am)\s+(?:so\s+)?(?:grateful|thankful)|(?:our|my)\s+thanks)\b/i,
  // An ask taken back in its own sentence: "…but it turns out he's on the panel, so I'll just catch him there."
  /\b(?:but|so|though|anyway)\b[^.?!]*\bI(?:'ll|\s+will|'m\s+going\s+to)\s+(?:just\s+|simply\s+)?(?:see|catch|call|ring|ask|talk\s+to|speak\s+(?:to|with)|grab|e-?mail|find)\s+(?:him|her|them)\b/i,
  // Asked not to be passed on: "I particularly don't want to be introduced to anybody."
  /\b(?:don'?t|do\s+not|never)\s+(?:\w+\s+)?want\s+(?:to\s+be\s+)?(?:introduced|introductions?|connected|put\s+in\s+touch|passed\s+(?:on|along))\b/i,
  // Candidates sourced: "steer a few names my way"; a reference asked of the reader ("be one?").
  /\b(?:steer|send|point|pass)\s+(?:a\s+few\s+|some\s+|any\s+)?names?\s+(?:my|our)\s+way\b/i,
  /\b(?:be|being|act\s+as|serve\s+as)\s+(?:a\s+|my\s+|one\s+of\s+my\s+)?(?:references?|referees?)\b|\bbe\s+one\s*\?\s*$/i,
  // An offer passed round the reader's members: "if any of your member companies would like to put in a foursome".
  /\bif\s+any\s+of\s+your\s+(?:[\w-]+\s+)?(?:members|companies|clients|staff|colleagues|friends|contacts|customers|readers|employees)\b[^.?!]{0,80}\b(?:would\s+like|want|are\s+interested)\b/i,
  // "Do you know any plumbers who'd do a small job on Sunday?": a tradesman wanted, not a person to meet.
  new RegExp(
    String.raw`\b(?:know|recommend|suggest|use)\s+(?:of\s+)?(?:a|an|any|anyone|a\s+good|some)\s+${TRADE_QUALITY}${TRADES}\b` +
      // and the other way round: "any caterers you know of for 80 people?"
      String.raw`|\b(?:any|a\s+good|a\s+decent|a\s+reliable)\s+${TRADE_QUALITY}${TRADES}\s+(?:that\s+)?(?:you|u)(?:'d|\s+would|\s+could|\s+can)?\s+(?:know|recommend|suggest|use|trust)\b`,
    "i",
  ),
  // "Names and numbers would be great, and whether you'd use them again": a tradesman wanted.
  /\b(?:you'?d|you\s+would|would\s+you)\s+(?:use|hire|book)\s+(?:them|him|her)\s+again\b/i,
  // "could we do the meeting with him on the speaker phone?": a meeting already set, not one asked for.
  /\b(?:the|our|this|that|tomorrow's|\w+day's)\s+(?:meeting|call|session|appointment)\s+with\s+(?:him|her|them)\b/i,
  // "Could you pass along my thanks?", "give her our best": a greeting relayed, an errand.
  /\b(?:pass|send|give|convey|extend|relay|share)\w*\s+(?:on\s+|along\s+)?(?:my|our)\s+(?:heartfelt\s+|sincere\s+|warm(?:est)?\s+|deepest\s+|very\s+)?(?:thanks|gratitude|regards|best|love|congratulations|condolences|sympathies|appreciation|best\s+wishes|good\s+wishes)\b/i,
  // "Would you be open to an intro?": the reader asked to accept one (a double opt-in), not to make one.
  /\b(?:open|up|interested)\s+(?:to|for|in)\s+(?:an?|the|this)\s+(?:quick\s+)?intro(?:duction)?\b(?!\s+to\b)/i,
  // From the connector's side of introductions, as guides quote it (session 18's gq-b set;
  // test/unit/detect-guide-quoted-families.test.ts):
  // "Would you mind if I make a brief introduction so that the two of you can connect?" (the double opt-in check)
  /\bif\s+I\s+(?:make|made|do|did|send|sent)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:intro|introduction)\b|\bif\s+I\s+(?:introduce|introduced|connect|connected)\s+(?:you|the\s+two\s+of\s+you)\b/i,
  // "Can you write up a couple sentences describing yourself…?": the connector asks for the blurb.
  /\b(?:write|send)\s+(?:me\s+)?(?:up\s+)?[^.?!]{0,40}?\b(?:describing|about)\s+(?:yourself|who\s+you\s+are)\b/i,
  // Paper routed for approval or signature, and an out-of-office notice passed round: office
  // routing ("Could you forward the attached memo to Theo for approval?").
  /\b(?:forward|pass|send|give|hand|route|take|bring)\w*\b[^.?!]{0,80}?\bto\s+[^.?!]{1,40}?\bfor\s+(?:(?:his|her|their|your|an?)\s+)?(?:approval|signature|sign-?off|signing|processing|filing|payment)\b|\bout[- ]of[- ]office\s+(?:note|message|reply|notice|e-?mail)\b/i,
  // A fact about the past, not a person sought: "Do you know who at Corbel signed the change order?"
  /\bwho\s+(?:at|in|from|over\s+at)\s+(?:the\s+)?[\w&.'-]+(?:\s+[\w&.'-]+){0,3}?\s+(?:signed|sent|approved|caused|wrote|broke|ordered|cancell?ed|changed|submitted|placed|forgot|missed|lost|issued|booked|paid)\b/i,
  // A notice passed round a group: "Can you pass this on to the drivers?", "…the note below to everyone in accounts"
  /\b(?:[Pp]ass|[Ff]orward|[Ss]end|[Cc]irculate)\s+(?:this|it|the\s+[\w-]+(?:\s+below)?)\s+(?:on\s+|along\s+|round\s+|around\s+)?to\s+(?:everyone|everybody|all\b|the\s+(?:drivers|crew|staff|team|interns|new\s+(?:starters|hires)|volunteers|members|class|students|parents|tenants|residents|teachers|nurses|agents|reps|guys|group))(?!\s+(?:at|of|from|over\s+at)\s+\p{Lu})/u,
  // The writer offers the name: "I can tell you who the right person is at Helios Energy if you're
  // still looking." (session 37's blind check of ordinary mail)
  /\bI(?:\s+can|\s+could|'ll|\s+will|'d\s+be\s+happy\s+to|\s+would\s+be\s+happy\s+to)\s+(?:tell|let)\s+you\s+(?:know\s+)?who\b/i,
  // An offered introduction put off: "Could I email you about connecting us once I've come up for
  // air in two weeks…?" (a reply to an offer, quoted on the web: session 37's blind set w37a).
  /\b(?:could|can|may|might)\s+I\s+(?:e-?mail|write|ping|get\s+back\s+to|come\s+back\s+to|circle\s+back\s+(?:to|with)|follow\s+up\s+with)\s+you\s+(?:about|on|regarding)\s+(?:connecting|introducing|the\s+intro(?:duction)?|an?\s+intro(?:duction)?|that\s+intro(?:duction)?)\b[^.?!]{0,40}?\b(?:once|when|after|in\s+(?:a|two|three|a\s+few|\d+)\s+(?:days?|weeks?|months?)|next\s+(?:week|month))\b/i,
  // "please check with me first before connecting me to anyone": the target turning one down.
  /\bcheck\s+with\s+me\s+(?:first\s+)?before\s+(?:connecting|introducing|passing)\b/i,
  // "Please send him your resume and mention my name": the reader is to write, with the writer's name (real Enron mail);
  // "Please, call him directly and give my name as a reference" (session 26's blind set gq-dz).
  /\b(?:send|e-?mail|call|contact|write\s+to|phone|ring)\s+(?:him|her|them|\w+)\s+(?:your\s+[\w-]+\s+)?(?:(?:directly|yourself|personally|today|soon)\s+)?and\s+(?:mention|use|drop|give)\s+my\s+name\b|\b(?:mention|use|drop)\s+my\s+name\s+when\s+you\b/i,
  // The writer offering to do the asking: "I can ask our Phoenix counsel if he can set up a meeting
  // or give us an idea who can" (session 30's blind set gq-gn). Not "Can I ask you to…", nor "make
  // an introduction so I can ask him for 30 minutes": the offer opens its sentence.
  /^\W*(?:(?:or|also|and|but|alternatively|otherwise|if\s+(?:you\s+like|needed|helpful|it\s+helps))\W+)?I(?:\s+(?:can|could|will|shall)|'ll|'m\s+(?:happy|glad)\s+to|\s+am\s+(?:happy|glad)\s+to|\s+am\s+going\s+to|'m\s+going\s+to)\s+(?:also\s+|certainly\s+|gladly\s+|try\s+and\s+|try\s+to\s+)?ask\s+(?!(?:you|u|if\s+you|whether\s+you)\b)/i,
  // A candidate for the reader's own opening: "Forwarding the resume of the candidate I mentioned
  // for your open analyst role" (a referral to the hirer; session 30's whole-message check).
  /\b(?:resume|résumé|cv|candidate)\b[^.?!]{0,80}?\bfor\s+your\s+(?:open|vacant|new|current|posted)\s+(?:[\w-]+\s+){0,2}?(?:role|position|opening|req|requisition|vacancy|job)\b/i,
  // The reader to see someone themself: "Could you meet with Mr. Ahmed yourself to walk him through
  // the new compliance process?" (session 30's third general check).
  /\b(?:meet|talk|speak|sit\s+down)\s+with\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+yourself\b/,
  // An offer declined with thanks: "I've decided to stay at Koch for now, but thank you for offering
  // to walk my resume over to John's group" (not "Thank you for offering to pass my resume along",
  // which takes the offer up).
  /\b(?:but|still|anyway)\W+thank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+|very\s+much\s+)?for\s+(?:the\s+|your\s+(?:kind\s+)?)?offer(?:ing)?\b/i,
  // Someone already hired, filed: "Attached is the resume of the candidate we hired for the analyst
  // role, for your onboarding file" (session 30's ordinary sentences).
  /\b(?:candidate|person|analyst|associate|new\s+hire)s?\s+(?:we|you|they)(?:'ve|\s+have)?\s+(?:just\s+)?(?:hired|onboarded|brought\s+on)\b|\bfor\s+your\s+(?:onboarding|personnel|HR|hiring)\s+(?:file|records|folder|packet)\b/i,
  // "a few words of recommendation on my behalf": a reference asked of the reader.
  /\b(?:words?|letter|note|lines?)\s+of\s+(?:recommendation|reference)\b|\b(?:recommendation|reference|testimonial|endorsement)s?\s+on\s+my\s+behalf\b/i,
  // Consent asked before the writer's details go anywhere: "Please reach out first for permission to
  // share my contact information" (a complaint quoted on the web, session 35's blind w35a), "ask me
  // before sharing my details".
  // Or before the writer is connected at all: "It'd be great to get a heads up before being
  // connected to anyone." (the one introduced, to the connector; session 36's blind w36b).
  /\b(?:heads[\s-]?up|warning|notice|check-?in|ask)\s+(?:first\s+)?before\s+(?:(?:being|I'?m|I\s+am|getting)\s+(?:connected|introduced|put\s+in\s+touch)|you\s+(?:connect|introduce|put)\s+me)\b/i,
  /\b(?:permission|consent|okay|ok|go-ahead)\s+(?:first\s+)?(?:to|before)\s+(?:shar|pass|giv|send|forward|hand)\w*\s+(?:on\s+|along\s+|out\s+)?(?:my|our)\s+(?:contact|details|name|number|e-?mail|info|address)|\b(?:ask|check\s+with|tell)\s+(?:me|us)\s+(?:first\s+)?before\s+(?:you\s+)?(?:shar|pass|giv|send|forward|hand)\w*\s+(?:on\s+|along\s+|out\s+)?(?:my|our)\s+(?:contact|details|name|number|e-?mail|info|address)/i,
];

/**
 * "Thanks for introducing me to Priya": gratitude for an introduction already made (not "thanks in
 * advance", nor gratitude promised: "I'd be grateful for the name of someone in your group").
 */
export const THANKS_CUE =
  /\b(?:thanks?|thank\s+you|(?<!\b(?:I'd|I\s+would|we'd|we\s+would)\s+(?:be\s+)?(?:very\s+|most\s+|so\s+|really\s+|truly\s+)?)grateful|cheers)\b(?!\s+(?:you\s+)?(?:so\s+much\s+)?(?:in\s+advance|ahead(?:\s+of\s+time)?|beforehand)\b)[^.!?]{0,40}\b(?:for|to\s+you\s+for)\s+(?:the|your|that|introduc|connect|putting|setting\s+(?:that|it|this|us)\s+up|forwarding|passing\s+(?:it|that|this|my|our)|sending\s+(?:it|that|this|my|our)\s+on)/i;

/** An offer to introduce the reader: "Happy to introduce you to…", "I'd be glad to connect you with…". */
const OFFER_TO_INTRODUCE_YOU =
  /\b(?:happy|glad|delighted|pleased)\s+to\s+(?:introduce|intro|connect)\s+you\b|\b(?:I'?d|I\s+would|I\s+can|I\s+could|I'?ll|let\s+me)\s+(?:be\s+(?:happy|glad)\s+to\s+)?(?:introduce|intro|connect)\s+you\s+(?:to|with)\b/i;

/**
 * Whether the text opens by offering to introduce the reader: then its subject ("Intro to Marcus
 * Feld") is the connector's offer, not an ask. At the top only: a requester's draft for the target,
 * further down, may say "Happy to connect you two if you're interested" (holdout-5's h5-053).
 */
export function opensWithAnOffer(fresh: string): boolean {
  return OFFER_TO_INTRODUCE_YOU.test(normalizeText(fresh).slice(0, 300));
}
