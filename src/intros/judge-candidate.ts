import { boundEmail, readMessageText } from "../intake/index.js";
import { isConnector } from "./analyze-email.js";
import type { ParsedEmail } from "../intake/index.js";
import { asksTheReader } from "./detect.js";
import { type JudgeCandidate, MAX_JUDGED_TEXT_CHARS } from "./second-opinion.js";
import { normalizeText, sentences } from "./text.js";
import { trainedRequestModel } from "./trained-request-model.js";
import type { Analysis } from "./types.js";

/**
 * The learned model's probability from which a message the local analysis turned down is still
 * shown to the LLM judge. Low on purpose: the judge is there for the requests the local
 * analysis misses. Measured: of the 1,691 real Enron messages, 224 (13%) are shown; of the 17
 * labelled requests the local analysis misses across all sets, 15. Not lower: a short note
 * about anything ("The invoice is attached.") scores about 0.02, near the model's bias.
 */
export const CANDIDATE_PROBABILITY = 0.05;

/**
 * What the optional LLM judge is shown of a message, or null when it is not shown it at all:
 * machine mail, mail the connector wrote, and mail nothing about which sounds like a request
 * (neither the local analysis, nor the learned model above CANDIDATE_PROBABILITY, nor a sentence
 * that asks the reader about someone else). So most mail never leaves the server. Pure.
 */
export function judgeCandidateOf(
  parsed: ParsedEmail,
  analysis: Analysis,
  connectorAddresses: readonly string[],
): JudgeCandidate | null {
  const email = boundEmail(parsed);
  if (email.isBulk || email.isCalendarInvite) return null;
  const read = readMessageText(email.subject, email.text);
  const writer = read.forward ? read.forward.original : email.from;
  if ([writer, email.from].some((person) => isConnector(person, connectorAddresses))) return null;
  const subject = read.forward ? read.forward.subject : email.subject;
  const note = read.forward?.note.trim() ? read.forward.note : null;
  const requestLike =
    analysis.isIntroRequest ||
    trainedRequestModel.probability(read.modelReading.subject, read.modelReading.text) >= CANDIDATE_PROBABILITY ||
    (note !== null && trainedRequestModel.probability(subject, `${note}\n\n${read.fresh}`) >= CANDIDATE_PROBABILITY) ||
    [read.fresh, note ?? ""].some((text) => sentences(normalizeText(text)).some((sentence) => asksTheReader(sentence)));
  if (!requestLike) return null;
  return {
    subject: subject.slice(0, 300),
    text: read.fresh.slice(0, MAX_JUDGED_TEXT_CHARS),
    forwardNote: note?.slice(0, MAX_JUDGED_TEXT_CHARS) ?? null,
    localIsRequest: analysis.isIntroRequest,
  };
}
