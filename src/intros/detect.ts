import { NOT_REQUEST_CUES, REQUEST_CUES } from "./request-cues.js";
import { normalizeText, sentences } from "./text.js";

export interface DetectionInput {
  /** The sender's new text: quoted history and forward wrappers already removed. */
  fresh: string;
  isBulk: boolean;
  isCalendarInvite: boolean;
  /** The connector wrote it (and did not merely forward it): their own asks go to others. */
  sentByConnector: boolean;
}

export type Detection =
  | { isIntroRequest: true; /** The sentence that asks for the introduction. */ requestSentence: string }
  | { isIntroRequest: false; /** Why it is not a request. */ why: string };

/**
 * Decides whether a message asks its reader for an introduction. Pure.
 *
 * Machine mail (lists, notifications, invitations) is never a request, whatever it says:
 * "Introducing our new…" newsletters and "X wants to connect" notices are the common
 * false alarms. Otherwise one sentence of the fresh text must ask for an introduction.
 */
export function detectIntroRequest(input: DetectionInput): Detection {
  if (input.isCalendarInvite) return { isIntroRequest: false, why: "a calendar invitation" };
  if (input.isBulk) return { isIntroRequest: false, why: "bulk or automated mail (list headers)" };
  if (input.sentByConnector) return { isIntroRequest: false, why: "sent by the connector" };
  const requestSentence = findRequestSentence(input.fresh);
  if (requestSentence === null) {
    return { isIntroRequest: false, why: "no sentence asks for an introduction" };
  }
  return { isIntroRequest: true, requestSentence };
}

/** The first sentence that asks for an introduction, or null. */
function findRequestSentence(text: string): string | null {
  for (const sentence of sentences(normalizeText(text))) {
    if (NOT_REQUEST_CUES.some((cue) => cue.test(sentence))) continue;
    if (REQUEST_CUES.some((cue) => cue.test(sentence))) return sentence;
  }
  return null;
}
