import type { Detection } from "./detect.js";
import { normalizeText } from "./text.js";
import type { Target } from "./types.js";

/**
 * A second opinion on a message, from the optional LLM judge (src/llm-judge), as the analysis
 * takes it: plain data, so it crosses into the analysis thread. Pure helpers only; nothing
 * here talks to a model.
 */
export interface SecondOpinion {
  isIntroRequest: boolean;
  /** Its evidence: a sentence of the message, word for word. */
  requestSentence: string | null;
  target: { name: string | null; organization: string | null; role: string | null } | null;
}

/**
 * What the judge is shown of a message: its subject and the sender's new text (a forward's
 * original, and the forwarder's note apart). Never quoted history or attachments.
 */
export interface JudgeCandidate {
  subject: string;
  text: string;
  forwardNote: string | null;
  /** What the local analysis decided, for the record (the judge is not told). */
  localIsRequest: boolean;
}

/**
 * Whether a judge's opinion calls for a second look at the message: not when it gave none (the
 * local analysis stands), nor when it agrees there is no request (nothing would change).
 */
export function opinionMatters(opinion: SecondOpinion | null, localIsRequest: boolean): opinion is SecondOpinion {
  return opinion !== null && (opinion.isIntroRequest || localIsRequest);
}

/** How much of a message's new text the judge is shown: a long letter's ask is near its start. */
export const MAX_JUDGED_TEXT_CHARS = 6_000;

/** Words as the checks compare them: straight quotes, single spaces, any case. */
const comparable = (text: string) => normalizeText(text).replace(/\s+/g, " ").trim().toLowerCase();

/** Whether words occur in a text, give or take spacing, case and curly quotes. */
export function occursIn(words: string, text: string): boolean {
  const needle = comparable(words);
  return needle.length > 0 && comparable(text).includes(needle);
}

/**
 * The detection a judge's "request" stands for in a text, or null when its evidence is not
 * there: the evidence must be quoted word for word. A judge that paraphrases or invents has no
 * evidence to show, and every part of an analysis shows its evidence.
 */
export function detectionFromOpinion(
  opinion: SecondOpinion,
  text: string,
): Extract<Detection, { isIntroRequest: true }> | null {
  const sentence = opinion.requestSentence?.trim() ?? "";
  if (!opinion.isIntroRequest || sentence.length < 8 || !occursIn(sentence, text)) return null;
  return { isIntroRequest: true, requestSentence: sentence };
}

/**
 * The target with what the judge read of it, where the message says it: each of the judge's
 * fields replaces the local one only when its words are in the message (a name it made up is
 * dropped). The address stays only with the name it belongs to.
 */
export function targetWithOpinion(local: Target | null, opinion: SecondOpinion, messageText: string): Target | null {
  const judged = opinion.target;
  if (!judged) return local;
  const verified = (value: string | null) => (value && occursIn(value, messageText) ? value.trim() : null);
  const name = verified(judged.name);
  const organization = verified(judged.organization);
  const role = verified(judged.role);
  if (!name && !organization && !role) return local;
  const sameName = name !== null && local?.name != null && comparable(name) === comparable(local.name);
  return {
    name: name ?? local?.name ?? null,
    email: name === null || sameName ? (local?.email ?? null) : null,
    organization: organization ?? local?.organization ?? null,
    role: role ?? local?.role ?? null,
  };
}
