import { NOT_REQUEST_CUES, THANKS_CUE, opensWithAnOffer } from "./near-miss-cues.js";
import { ASKED_CONNECTION, REQUEST_CUES, STAGE_INTRODUCTION } from "./request-cues.js";
import { RECRUITING } from "./hiring-cues.js";
import { WOULD_THEY_SEE_US, WRITER_LINK_CUES } from "./favour-cues.js";
import { SUBJECT_ASK, SUBJECT_CONTACT_ASK, SUBJECT_ORDER, subjectParts } from "./subject-cues.js";
import { placedInSubject, READER_KNOWS_THEM } from "./reader-access.js";
import { NAMES_WANTED } from "./person-sought-cues.js";
import { isReplySubject } from "../intake/index.js";
import { normalizeText, spelledOut } from "./text.js";
import { introducesTheWritersOwn } from "./sellers-introduction.js";

/**
 * The subject as the ask, when the text asks nothing: "would you introduce me to Helen
 * Strand?", "anyone at Veridian Bank?", "Intro to Noor Haddad at Lanternfish?". Not a
 * reply's subject, which belongs to the thread's first message.
 */
export function subjectAsk(subject: string, fresh: string): string | null {
  const line = spelledOut(normalizeText(subject)).trim();
  if (!line || isReplySubject(line)) return null;
  if (NOT_REQUEST_CUES.some((cue) => cue.test(line)) || THANKS_CUE.test(line)) return null;
  const asks =
    SUBJECT_ASK.test(line) ||
    // "Get me 10 min with Carla Ostby" over "You're on the co-op board with her.": time with
    // someone the reader is said to know (a bare order to arrange a meeting is an assistant's).
    (ASKED_CONNECTION.meeting.test(line) && READER_KNOWS_THEM.test(normalizeText(fresh))) ||
    subjectParts(line).some((part) => SUBJECT_CONTACT_ASK.test(part) || SUBJECT_ORDER.test(part)) ||
    // "Anyone … looking for a second shooter? Asking for my roommate Bree!" (for whom: here or below)
    (placedInSubject(line, fresh) && !RECRUITING.test(`${line}\n${fresh}`)) ||
    WOULD_THEY_SEE_US.test(line) ||
    (NAMES_WANTED.test(line) && !RECRUITING.test(`${line}\n${fresh}`)) ||
    REQUEST_CUES.some((cue) => cue.test(line)) ||
    (ASKED_CONNECTION.asking.test(line) && ASKED_CONNECTION.connecting.test(line)) ||
    (ASKED_CONNECTION.askingPolitely.test(line) &&
      (ASKED_CONNECTION.meeting.test(line) || WRITER_LINK_CUES.some((cue) => cue.test(line))));
  // (Read last, as the text is long: "would you introduce me?" over "…introducing me at the start".)
  // Nor a subject over a text that offers the introduction: "Intro to Marcus Feld" over "Happy to
  // introduce you to Marcus at Feld Capital" (session 38's blind check) is the connector's offer.
  // Nor a seller's own introduction: "Introduction to FlowDesk" over "I'm Kyle from FlowDesk".
  return asks &&
    !STAGE_INTRODUCTION.test(normalizeText(fresh)) &&
    !opensWithAnOffer(fresh) &&
    !introducesTheWritersOwn(line, fresh)
    ? line
    : null;
}
