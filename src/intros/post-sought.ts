import { cleanOrganization, looksLikeOrganization } from "./describe-person.js";
import { ORGANIZATION } from "./name-patterns.js";

/**
 * A post asked for without its holder's name: "whoever runs value analysis at Northgate
 * Health", "whoever at Public Works owns the storm drain", "Halvern Freight's ops director",
 * "your infection control lead". One person is meant, found by what they do; the writers of the
 * blind sets band such asks as they band a named target ("an identifiable target"), where
 * "anyone who knows the port" seeks a kind of person. Pure.
 */
export interface PostSought {
  /** What the post does or is called: "runs value analysis", "ops director". */
  role: string;
  organization: string | null;
  /** The words that seek it, as written: "whoever at Public Works owns the storm drain". */
  said: string;
}

/** What a post-holder does, in the words people use for a duty. */
const DUTY = String.raw`(?:now\s+|currently\s+)?(?:runs|handles|heads|manages|owns|oversees|plans|decides(?:\s+on)?|buys|books|schedules|approves|coordinates|leads|looks\s+after|(?:is|was)\s+in\s+charge\s+of|posted|(?:signed|signs)\s+off\s+on|sets|assigns|hires\s+for|picks|chooses|reviews|processes|administers|runs\s+point\s+on)`;
/** The duty's object, a few words at most, up to where the sentence goes on. */
const DUTY_OBJECT = String.raw`(?:the\s+|their\s+|its\s+)?[\p{L}\d/&'’-]+(?:\s+(?!(?:at|in|for|over|there|now|before|after|on|about|to|so|and|or|but|if|when|this|next|by|with|from|who|that|please|asap)\b)[\p{L}\d/&'’-]+){0,3}`;
/** Where the post sits: "at Northgate Health", "over at the Tidewater Archive", "for Lakeshore Electric". */
const PLACE = String.raw`(?:\s*,?\s*(?:over\s+)?(?:at|in|for|with|from)\s+(?:the\s+)?(${ORGANIZATION}))?`;

/**
 * "whoever runs value analysis at Northgate Health", "the person who handles lease renewals"; asked
 * as a question of whom the reader knows: "if you knew who was in charge of the electric power
 * dispatching department", "Do you know who posted this job?" (real Enron mail, session 35's r35b);
 * not "who runs it", whose post the connector could not read from the words.
 */
const WHOEVER_DOES = new RegExp(
  String.raw`\b(?:[Ww]hoever|[Ww]homever|[Tt]he\s+(?:person|one|guy|gal|woman|man|lady|fellow|folks|people)\s+(?:who|that)|(?<=\b(?:know|knew|tell\s+me|wondering|wonder|find\s+out|idea|sure)\s+)who(?!\s+\S+(?:\s+(?:in\s+charge\s+of|off\s+on))?\s+(?:it|that|them|this|those)\b(?!\s+[\p{L}\d])))\s+(${DUTY}\s+${DUTY_OBJECT})${PLACE}`,
  "u",
);
/** "whoever at Public Works owns the storm drain", "whoever over at Redline Systems signed off on the app". */
const WHOEVER_AT_PLACE_DOES = new RegExp(
  String.raw`\b(?:[Ww]hoever|[Ww]homever)\s+(?:over\s+)?(?:at|in)\s+(?:the\s+)?(${ORGANIZATION})\s+(${DUTY}\s+${DUTY_OBJECT})`,
  "u",
);
/** The last word of a post's name: "ops director", "infection control lead", "ranch trustee". */
const POST_NOUN = String.raw`(?:director|manager|head|lead|chief|officer|coordinator|supervisor|superintendent|administrator|buyer|trustee|editor|producer|curator|planner|scheduler|dispatcher|controller|treasurer|secretary|counsel|inspector|liaison|rep(?:resentative)?|principal|dean|chair)`;
/** "Halvern Freight's ops director", "Lakeshore Electric's head of procurement". */
const BODYS_POST = new RegExp(
  String.raw`(?<![\p{L}])(${ORGANIZATION})['’]s\s+((?:[\p{Ll}-]+\s+){0,2}${POST_NOUN}(?:\s+of\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)?)\b`,
  "u",
);
/** "your infection control lead", "your real estate director": a post on the reader's side. */
const READERS_POST = new RegExp(String.raw`\byour\s+((?:[\p{Ll}-]+\s+){1,2}${POST_NOUN})\b`, "iu");

/** The post a sentence seeks, with where it sits when the sentence says; null if it names none. */
export function postSought(sentence: string): PostSought | null {
  const atPlace = WHOEVER_AT_PLACE_DOES.exec(sentence);
  if (atPlace?.[1] && atPlace[2]) {
    return { role: tidy(atPlace[2]), organization: cleanOrganization(atPlace[1]), said: tidySaid(atPlace[0]) };
  }
  const does = WHOEVER_DOES.exec(sentence);
  if (does?.[1])
    return { role: tidy(does[1]), organization: cleanOrganization(does[2] ?? null), said: tidySaid(does[0]) };
  const bodys = BODYS_POST.exec(sentence);
  const body = cleanOrganization(bodys?.[1] ?? null);
  // A body, not a person's possessive: "Dana's ops director" is someone else's, and whose is not said.
  if (bodys?.[2] && body && looksLikeOrganization(body)) {
    return { role: tidy(bodys[2]), organization: body, said: tidySaid(bodys[0]) };
  }
  const readers = READERS_POST.exec(sentence);
  return readers?.[1] ? { role: tidy(readers[1]), organization: null, said: tidySaid(readers[0]) } : null;
}

/** "now runs the sim lab" → "runs the sim lab"; "was in charge of dispatch" → "in charge of dispatch". */
function tidy(role: string): string {
  return role
    .replace(/^(?:now|currently)\s+/i, "")
    .replace(/^(?:is|was)\s+(?=in\s+charge\b)/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words as written, without a trailing comma or full stop. */
const tidySaid = (said: string) => said.replace(/[\s,.;:]+$/, "");
