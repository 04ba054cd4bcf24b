/**
 * A subject that introduces the writer's own firm or product, not a person to be met: "Introduction
 * to FlowDesk" over "I'm Kyle from FlowDesk. We help finance teams…", "Introduction to Enron Net
 * Works' DealBench B2B platform" over "DealBench is an ASP addressing…" (real Enron mail, session
 * 39's blind r39g; a dozen such cold emails in that session's blind check). The seller's own
 * introduction, asking at most for the reader's own time. "Intro to Noor Haddad at Lanternfish?"
 * over "Noor runs ops there" still asks: a person's name is not what the text says it is from or
 * what it sells. Pure.
 */

/** What the subject introduces: "Introduction to <rest>" (no question: "Intro to anyone at X?" asks). */
const INTRODUCED = /^(?:an?\s+)?(?:intro|introduction|introducing)\s*(?:to|:|-|–)\s*([^?]+)$/i;

/** The object itself a thing on offer: "our Q3 pricing", "the DealBench B2B platform". */
const OFFERING =
  /\b(?:platform|product|products|services?|solutions?|software|app|tool|system|offering|programme|pricing|portfolio|capabilit(?:y|ies)|catalogu?e|menu|rates)\b/i;

/** Capitalised words of the object, as the text may name the firm by any of them. */
const NAME_WORD = /\b\p{Lu}[\p{L}'’-]{2,}/gu;
const COMMON = new Set(["The", "Our", "Your", "New", "And", "For", "With", "From", "Intro", "Introduction"]);

/** "<Firm> provides…", "<Firm> is a drone-based survey company", "I'm Kyle from <Firm>", "introduce <Firm>". */
function namesItAsTheirs(word: string, text: string): boolean {
  const w = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const firm = String.raw`${w}(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}`;
  return new RegExp(
    String.raw`\b(?:I'?m|I\s+am|this\s+is|we'?re|we\s+are|my\s+name\s+is)\b[^.?!\n]{0,60}?\b(?:from|at|with|of|founded|run)\s+(?:\S+\s+){0,2}?${w}\b` +
      String.raw`|\bintroduc(?:e|ing)\s+(?:you\s+to\s+)?(?:our\s+)?(?:\S+\s+){0,2}?${w}\b` +
      String.raw`|\b${firm}\s+(?:now\s+|just\s+|also\s+|already\s+)?(?:gives|provides|helps|creates|makes|builds|specializes|specialises|offers|manufactures|delivers|supports|serves|has\s+served|automates|lets|enables|uses|works\s+with|is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|provider|platform|ASP|service|start-?up|agency|supplier|manufacturer|business|solution|tool|app|software|consultancy|practice|shop|studio|maker))\b`,
    "u",
  ).test(text);
}

/** Whether a subject introducing something is the writer's own firm or product. */
export function introducesTheWritersOwn(subject: string, fresh: string): boolean {
  const introduced = INTRODUCED.exec(subject.trim());
  if (!introduced) return false;
  const object = introduced[1] ?? "";
  if (OFFERING.test(object) && !/\b(?:someone|anyone|somebody|anybody|person|people|contact)\b/i.test(object))
    return true;
  const words = (object.match(NAME_WORD) ?? []).filter((word) => !COMMON.has(word));
  return words.some((word) => namesItAsTheirs(word, fresh));
}
