/**
 * What a forward's note says of what it forwards, when it asks the reader nothing of its own:
 * nothing needed, is it genuine, I am passing it on, could your side use them. Read by
 * analyze-email.ts before the forwarded message's own ask is taken as an ask of the reader. Pure.
 */
import { WHETHER_HIRING } from "./hiring-cues.js";

/**
 * A forward's note that asks for nothing: "nothing needed", "FYI only", "no action required", "just
 * for a laugh", "For your reading enjoyment." (over a job seeker's plea to the forwarder: real Enron
 * mail, session 39's blind r39g).
 */
export const NOTHING_ASKED =
  /\b(?:nothing|no\s+action|no\s+reply|no\s+response)\s+(?:needed|required|necessary|expected)\b|\bno\s+need\s+to\s+do\s+anything\b|\bjust\s+keeping\s+you\s+in\s+the\s+loop\b|\bFYI\s+only\b|\bfor\s+your\s+(?:reading\s+)?(?:enjoyment|amusement|entertainment|edification|pleasure)\b|\bjust\s+(?:for\s+(?:a\s+)?(?:smile|laugh|giggle|fun|your\s+amusement|the\s+record|your\s+files)|so\s+you\s+(?:know|have\s+it))\b/i;

/**
 * A forward's note that asks whether what it forwards is genuine: "is this real or one of those?
 * He's asking me to set up a call with our CFO" passes on a suspected pretext to be vetted, not
 * the forwarded writer's ask.
 */
export const FORWARDED_TO_VET =
  /\b(?:is\s+(?:this|it|he|she)|does\s+(?:this|it)\s+look|(?:this|it)\s+looks?)\s+(?:\w+\s+)?(?:real|legit(?:imate)?|genuine|kosher|a\s+scam|phishing|spam|suspicious|fake|like\s+a\s+scam)\b|\b(?:scam|phishing|pretext(?:ing)?)\s*\?/i;

/**
 * A forward's note in which the forwarder says they are passing it on: "I am forwarding a resume
 * from an Enron Argentina legal candidate who is perhaps interested in ENA" (real Enron mail,
 * session 22). What the original asked of the forwarder ("could you forward Esteban's cv to the
 * appropriate people") is being done: the reader is whom it is passed to, not a connector asked.
 * Only the note's own ask, if it makes one, is a request to the reader.
 */
export const PASSING_IT_ON =
  /^(?:[\w-]+[,:]?\s+)?(?:I\s+am|I'm|am|we\s+are|we're)\s+(?:\w+\s+)?(?:forwarding|passing\s+(?:along|on)|sending)\s+(?:you\s+)?(?:a|an|the|this|his|her|their)\b|\bforward(?:ed|ing)\s+(?:it\s+|this\s+)?as\s+(?:requested|promised|discussed|asked)\b/im;

/**
 * …or asks whether the reader's side could use whom it forwards: "This is a guy that I used to
 * work with. Do we need anyone?" over his "Thank you for offering to get the attached resume
 * into the right hands" (real Enron mail, session 22); "Attached is two resumes for your
 * consideration… If interested please contact these folks directly", "here is the resume of a
 * litigator… I don't know if we are looking right now, but just in case" (session 25's gq-dn);
 * "One of the more interesting of the inevitable stream of resumes is the enclosed. Perhaps an EBS
 * hire?" (real Enron mail, session 35's blind r35b); "Follow up if you want to talk with him… wanted to
 * give you first crack", "She was a student… Has this position been posted by your group?" (real
 * Enron mail, session 39's blind r39g and r39d).
 * The forwarder is the one connecting.
 */
export const OFFERED_TO_THE_READER = new RegExp(
  String.raw`${WHETHER_HIRING}|` +
    /\bfor\s+your\s+consideration\b|\bif\s+(?:you\s+are\s+|you're\s+)?interested,?\s+(?:please\s+)?(?:contact|call|reach\s+out\s+to|get\s+in\s+touch\s+with)\s+(?:him|her|them|these|those)\b|\b(?:do|would|will)\s+(?:we|you)\s+(?:need|want|have\s+(?:a\s+)?(?:need|use|place|room|spot|opening)s?\s+for)\s+(?:anyone|anybody|someone|somebody|him|her|them)\b|\bany\s+interest\s+in\s+(?:him|her|them)\b|\b(?:are|would)\s+you\s+(?:be\s+)?interested\s+in\s+(?:him|her|them)\b|\bcould\s+(?:you|we)\s+use\s+(?:him|her|them|someone\s+like)\b|\b(?:perhaps|maybe|possibly)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:hire|candidate|fit\s+for\s+(?:you|your|the)\b)|\b(?:might|could|would)\s+be\s+a\s+(?:good\s+|great\s+|nice\s+)?(?:hire|fit)\s+for\s+(?:you|your|the\s+(?:team|group|desk))\b|\b(?:if|in\s+case)\s+you\s+(?:want|wish|would\s+like|'d\s+like)\s+to\s+(?:talk|speak|meet|chat)\s+(?:with|to)\s+(?:him|her|them)\b|\b(?:give|giving|gave)\s+you\s+(?:the\s+)?first\s+(?:crack|look|shot|dibs|refusal)\b|\b(?:is|has)\s+(?:this|the|that)\s+(?:position|job|role|opening|post)\s+(?:been\s+)?(?:posted|advertised|filled|still\s+open)\b/i
      .source,
  "i",
);

/**
 * A forward's note saying what it forwards is dealt with, or forwarded for a laugh: "I've put Kevin
 * in touch with Mark Tawney myself", "I already emailed the food hall owners myself, so nothing for
 * you to do", "FYI. I'll take care of it.", "He's not inclined to act on it", "Ha! Thought you'd get
 * a kick out of this one" (session 39's blind check of forwards; "For your reading enjoyment" over a
 * job seeker's plea was real Enron mail). The forwarded ask is not the reader's; a note that asks
 * something of its own is still read (NOTE_ASKS: "He has already written to Dana twice. Can you help?"
 * hands the forwarded ask on).
 */
export const ALREADY_HANDLED = new RegExp(
  [
    String.raw`\b(?:I|we|he|she|they|\p{Lu}\p{Ll}+)(?:'ve|'s|\s+have|\s+has)?\s+already\s+(?:\w+\s+){0,2}?(?:put|sent|given|gave|e-?mailed|called|rang|phoned|connected|introduced|told|replied|responded|answered|handled|dealt|taken\s+care|made|passed|forwarded|spoken|talked|written|wrote)\b`,
    String.raw`\bI(?:'ve|\s+have)\s+(?:put|connected|introduced|sent|given|referred|pointed)\b[^.?!]{0,80}\bmyself\b`,
    String.raw`\bI(?:'ll|\s+will)\s+(?:take\s+care\s+of|handle|deal\s+with|look\s+after)\s+(?:it|this|that)\b`,
    String.raw`\b(?:nothing|no\s+need)\s+(?:for\s+you\s+)?to\s+do\b|\bno\s+need\s+to\s+(?:act|respond|reply|follow\s+up)\b`,
    String.raw`\b(?:do\s+not|don'?t)\s+worry\s+about\s+(?:it|this|that)\b|\bclosing\s+the\s+loop\b|\bnot\s+a\s+priority\b`,
    String.raw`\b(?:so\s+)?(?:we'?re|he'?s|she'?s|they'?re|we\s+are|he\s+is|she\s+is|they\s+are)\s+(?:all\s+)?(?:done|set|sorted)\s+(?:here|now|with\s+(?:it|this|that))?\s*[.!,;-]`,
    String.raw`\bnot\s+(?:inclined|going|planning)\s+to\s+(?:act|respond|reply|do\s+anything)\b|\bI\s+(?:didn'?t|did\s+not|won'?t|will\s+not)\s+(?:respond|reply|answer)\b`,
    String.raw`\bso\s+you(?:'re|\s+are)\s+in\s+the\s+loop\b|\bjust\s+so\s+you\s+(?:know|have\s+(?:it|context|the\s+background))\b`,
    String.raw`\b(?:get|got)\s+a\s+kick\s+out\s+of\b|\b(?:lol|lmao|rofl)\b|^\W*ha(?:ha)*!|\bfor\s+what\s+it'?s\s+worth\b[^.?!]{0,30}\banother\s+one\b|\banother\s+one\s+of\s+these\b`,
  ].join("|"),
  "imu",
);

/** A note that asks the reader something: then what it says was done does not close the forwarded ask. */
export const NOTE_ASKS = /\?|\b(?:can|could|would|will)\s+(?:you|u)\b|\bplease\b|\bany\s+chance\b|\bhelp\b/i;
