import { opensWithAnOffer } from "./near-miss-cues.js";
import { ASKED_CONNECTION, DISOWNED_ASK, REQUEST_CUES, STAGE_INTRODUCTION } from "./request-cues.js";
import { READER_MAY_HIRE, RECRUITER, RECRUITING, RESUME_OF_ANOTHER } from "./hiring-cues.js";
import { asksForTheirDetails, CONTACTS_ASKED_FOR } from "./contacts-asked.js";
import { asksToCheckWithTheirContact } from "./follow-up-asks.js";
import {
  FAVOUR_ASKING,
  FAVOUR_CUES_ALONE,
  MEETING_FOR_OTHERS,
  takesUpAnOffer,
  WRITER_LINK_CUES,
} from "./favour-cues.js";
import { SUBJECT_ASK } from "./subject-cues.js";
import { askedOfSomeoneTheReaderKnows, placementAsked } from "./reader-access.js";
import { isForwardSubject, isReplySubject } from "../intake/index.js";
import { normalizeText, sentences, spelledOut } from "./text.js";
import { trainedRequestModel } from "./trained-request-model.js";
import { callerHandedToTheReader, givenBackAsAnErrand, readsAsAnErrand } from "./errands.js";
import {
  DIRECTION_TO_RIGHT_PERSON,
  NAMES_WANTED,
  PERSON_SOUGHT_CUES,
  RIGHT_PERSON_ASKED,
} from "./person-sought-cues.js";
import { askedAcrossTwoSentences, asksAboutSomeone, asksTheReader, sendersOwnWords } from "./model-evidence.js";
import { materialRoutedAsk, routingOfferThanked } from "./routed-material.js";
import { promisedRoutingRecalled } from "./promised-routing.js";
import { soughtContactAsked } from "./sought-contact.js";
import { pleaForTheForwarded } from "./forwarded-plea.js";
import { callForTheWriter } from "./call-for-the-writer.js";
import { jobLeadHopedFor } from "./job-leads.js";
import { askedToBringTogetherSomeoneTheyKnow } from "./known-to-the-reader.js";
import { rightOneAskedAcross } from "./passed-on-asks.js";
import { MEETINGS_ARRANGED_FOR_US } from "./connecting-acts.js";
import { wishForContactMadeToHappen } from "./wish-for-contact.js";
import { whomToApproachAsked } from "./whom-to-approach.js";
import { subjectAsk } from "./subject-ask.js";
import { introducesTheWritersOwn } from "./sellers-introduction.js";

export { askedAcrossTwoSentences, asksAboutSomeone, asksTheReader } from "./model-evidence.js";

export interface DetectionInput {
  /** The sender's new text: quoted history and forward wrappers already removed. */
  fresh: string;
  /** The subject of the message that asks (a forward's original's); some put the ask only there. */
  subject?: string;
  isBulk: boolean;
  isCalendarInvite: boolean;
  /** The connector wrote it (and did not merely forward it): their own asks go to others. */
  sentByConnector: boolean;
  /**
   * What a forward's note forwards, when `fresh` is the note: the learned model reads it with
   * the note ("could you see if someone at FERC might be available?" above a letter about a
   * conference), but the evidence is always a sentence of the note.
   */
  forwarded?: string;
  /**
   * What the learned model reads for its probability, when it is not `subject` and `fresh`:
   * under a Lotus Notes reply header, the text with that history still in it, as the model was
   * trained (intake's `modelReading`). The evidence is always a sentence of `fresh`.
   */
  modelReading?: { subject: string; text: string };
}

export type Detection =
  | { isIntroRequest: true; /** The sentence that asks for the introduction. */ requestSentence: string }
  | { isIntroRequest: false; /** Why it is not a request. */ why: string };

/**
 * Decides whether a message asks its reader for an introduction. Pure.
 *
 * Machine mail (lists, notifications, invitations) is never a request, whatever it says:
 * "Introducing our new…" newsletters and "X wants to connect" notices are the common
 * false alarms. Otherwise one sentence of the fresh text must ask for an introduction, by the
 * hand-written cues or, failing them, by the learned model (`withModel: false` leaves it out,
 * as its own training does).
 */
export function detectIntroRequest(input: DetectionInput, options: { withModel?: boolean } = {}): Detection {
  if (input.isCalendarInvite) return { isIntroRequest: false, why: "a calendar invitation" };
  if (input.isBulk) return { isIntroRequest: false, why: "bulk or automated mail (list headers)" };
  if (input.sentByConnector) return { isIntroRequest: false, why: "sent by the connector" };
  // The hand-written cues first (their evidence is the sentence that matched); then the learned
  // model, for requests worded in ways no cue knows (its evidence: the sentence it scores highest).
  // A text that takes its ask back ("scratch my last note") leaves only its own sentences' asks.
  const disowned = DISOWNED_ASK.test(normalizeText(input.fresh));
  const requestSentence =
    findRequestSentence(input.fresh, `${input.subject ?? ""}\n${input.forwarded ?? ""}`) ??
    (disowned
      ? null
      : (subjectAsk(input.subject ?? "", input.fresh) ??
        // A recruiter's own mail asks for candidates whatever its words (the model's "a name").
        (options.withModel === false || RECRUITER.test(input.fresh) || readsAsAnErrand(input.fresh)
          ? null
          : byTheModel(input)) ??
        subjectOverAShortNote(input, options) ??
        whomToApproachAsked(input.fresh)));
  if (requestSentence === null) {
    return { isIntroRequest: false, why: "no sentence asks for an introduction" };
  }
  return { isIntroRequest: true, requestSentence };
}

/**
 * The model's evidence, when it takes the message for a request: the asking sentence it scores
 * highest, or an ask split over two sentences.
 */
function byTheModel(input: DetectionInput): string | null {
  const { subject, text } = input.modelReading ?? { subject: input.subject ?? "", text: input.fresh };
  const confidence = trainedRequestModel.confidence(subject, text, input.forwarded);
  if (confidence < trainedRequestModel.threshold) return null;
  const forCandidates = recruitersAsk(input);
  const politely = Boolean(input.forwarded);
  const modelSaid =
    trainedRequestModel.bestSentence(input.fresh, modelEvidence(input, forCandidates)) ??
    askedAcrossTwoSentences(input.fresh, { politely }, (pair) => !forCandidates(pair)) ??
    // When the model is sure, an ask about someone else needs no word of contact.
    (confidence >= CONFIDENT
      ? trainedRequestModel.bestSentence(
          input.fresh,
          (sentence) => asksAboutSomeone(sentence, { politely }) && !forCandidates(sentence),
        )
      : null);
  // A thing given back to someone is an errand unless the text names the writer's paper; so is
  // a caller handed to the reader to follow up.
  return modelSaid !== null &&
    (givenBackAsAnErrand(modelSaid, input.fresh) || callerHandedToTheReader(modelSaid, input.fresh))
    ? null
    : modelSaid;
}

/**
 * The model's probability from which its evidence may lack a word of contact. Any value from
 * 0.6 to 0.99 gave the same detections (session 14); 0.5 added a false alarm.
 */
const CONFIDENT = 0.9;

/**
 * Which sentences may be the model's evidence. A forward's note that says "Please forward to
 * Sue and get her ideas" hands work on: it must ask the way one asks a favour. A recruiter's
 * "any names come to mind?" asks for candidates, as it does for the cues.
 */
function modelEvidence(
  input: DetectionInput,
  forCandidates: (sentence: string) => boolean,
): (sentence: string) => boolean {
  return (sentence) => asksTheReader(sentence, { politely: Boolean(input.forwarded) }) && !forCandidates(sentence);
}

function recruitersAsk(input: DetectionInput): (sentence: string) => boolean {
  const recruiting = RECRUITING.test(input.fresh);
  return (sentence) => recruiting && (NAMES_WANTED.test(sentence) || /\bcandidates?\b/i.test(sentence));
}

/** "Intro to Machine Learning webinar": a course, not an introduction. */
const COURSE = /\b(?:course|webinar|class|session|workshop|guide|tutorial|seminar|module|lecture)\b/i;

/** "If anyone comes to mind…": in a message about a search, a recruiter's ask for candidates. */
const COMES_TO_MIND = /\b(?:come|comes|came|spring|springs)\s+to\s+mind\b/i;

/** A list item's bullet: "• Warm intro to anyone at Fernhill Markets". */
const LIST_BULLET = /^[\s\u2022\u00b7*\u2013-]+/;

/**
 * The sentence that asks for an introduction, or null. The explicit phrasings are tried
 * first; then the general form (asking the reader + a connecting act); then a sought
 * contact that the next sentences ask the reader to help with. `around`: the subject, and what a
 * forward's note forwards, where the material a sentence routes onward may be named ("resume -
 * John Smith", a forwarded "attached is my resume").
 */
function findRequestSentence(text: string, around = ""): string | null {
  const normalized = normalizeText(text);
  const all = sentences(normalized);
  const candidates = all.flatMap((sentence) => {
    const own = sendersOwnWords(sentence);
    return own === null ? [] : [{ sentence, own }];
  });
  const recruiting = RECRUITING.test(text);
  const readerMayHire = READER_MAY_HIRE.test(normalized);
  const explicit = candidates.find(
    ({ own }, index) =>
      (REQUEST_CUES.some((cue) => cue.test(own) && !(cue === RESUME_OF_ANOTHER && readerMayHire)) &&
        !reachesThemThemself(candidates, index) &&
        // "If someone comes to mind…, I'd be grateful" in a message about a search: candidates.
        !(recruiting && COMES_TO_MIND.test(own))) ||
      // An "ASKS" list of an update: "1. Intro to Rafael Duarte, VP Operations at Kestrel Freight."
      (SUBJECT_ASK.test(own.replace(LIST_BULLET, "")) && !COURSE.test(own)) ||
      (PERSON_SOUGHT_CUES.some((cue) => cue.test(own)) && !recruiting),
  );
  if (explicit) return explicit.sentence;
  const general = candidates.find(
    ({ own }) =>
      (ASKED_CONNECTION.asking.test(own) && ASKED_CONNECTION.connecting.test(own)) ||
      (ASKED_CONNECTION.askingPolitely.test(own) &&
        (ASKED_CONNECTION.meeting.test(own) || MEETINGS_ARRANGED_FOR_US.test(own))),
  );
  if (general) return general.sentence;
  // The broad stage: a favour that links the writer with a third person, however worded.
  const favour = RECRUITER.test(text)
    ? undefined
    : candidates.find(
        ({ own }, index) =>
          (CONTACTS_ASKED_FOR.some((cue) => cue.test(own)) && !recruiting) ||
          FAVOUR_CUES_ALONE.some((cue) => cue.test(own)) ||
          takesUpAnOffer(own, candidates[index - 1]?.own ?? "") ||
          (asksForTheirDetails(candidates[index - 1]?.own ?? "", own, candidates[index + 1]?.own ?? "") &&
            !recruiting) ||
          asksToCheckWithTheirContact(candidates[index - 1]?.own ?? "", own) ||
          (ASKED_CONNECTION.askingPolitely.test(own) && MEETING_FOR_OTHERS.test(own)) ||
          ((ASKED_CONNECTION.asking.test(own) || FAVOUR_ASKING.test(own)) &&
            (WRITER_LINK_CUES.some((cue) => cue.test(own)) || ASKED_CONNECTION.connecting.test(own))),
      );
  if (favour) return favour.sentence;
  const rightPerson = candidates.find(
    ({ own }) => RIGHT_PERSON_ASKED.test(own) || (DIRECTION_TO_RIGHT_PERSON.test(own) && !recruiting),
  );
  if (rightPerson) return rightPerson.sentence;
  const owns = candidates.map(({ own }) => own);
  const wish = wishForContactMadeToHappen(owns);
  if (wish !== null) {
    const asked = candidates[wish.index]?.sentence ?? "";
    return wish.askedInTheNext ? `${asked} ${candidates[wish.index + 1]?.sentence ?? ""}` : asked;
  }
  const sought = soughtContactAsked(owns);
  if (sought >= 0) return candidates[sought]?.sentence ?? null;
  const routed = materialRoutedAsk(owns, around, recruiting);
  if (routed >= 0) return candidates[routed]?.sentence ?? null;
  const offerThanked = recruiting ? null : routingOfferThanked(all, around);
  if (offerThanked !== null) return offerThanked;
  const promised = recruiting ? -1 : promisedRoutingRecalled(owns);
  if (promised >= 0) return candidates[promised]?.sentence ?? null;
  const plea = recruiting ? -1 : pleaForTheForwarded(owns, around);
  if (plea >= 0) return candidates[plea]?.sentence ?? null;
  const lead = jobLeadHopedFor(owns, around, recruiting);
  if (lead >= 0) return candidates[lead]?.sentence ?? null;
  const rightOne = recruiting ? -1 : rightOneAskedAcross(owns);
  if (rightOne >= 0) return candidates[rightOne]?.sentence ?? null;
  const known = askedOfSomeoneTheReaderKnows(owns);
  if (known !== null) return candidates[known]?.sentence ?? null;
  const together = askedToBringTogetherSomeoneTheyKnow(owns);
  if (together >= 0) return candidates[together]?.sentence ?? null;
  const call = recruiting ? -1 : callForTheWriter(owns);
  if (call >= 0) return candidates[call]?.sentence ?? null;
  return recruiting ? null : placementAsked(candidates.map(({ sentence }) => sentence));
}

/**
 * "I'd like to talk to Ken about making the call. I'll see him at Exec comm today.": a wish to
 * talk to someone the writer then says they will see themself asks the reader for nothing.
 */
const OWN_ACCESS =
  /\bI(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+(?:see|call|ring|phone|talk\s+to|speak\s+(?:to|with)|ask|catch|e-?mail|meet(?:\s+with)?)\s+(?:him|her|them)\b/i;

function reachesThemThemself(candidates: readonly { own: string }[], index: number): boolean {
  return candidates.slice(index + 1, index + 3).some(({ own }) => OWN_ACCESS.test(own));
}

/** A note this short says only who it is from or why: "Room 12. Thank you Gwen." */
const SHORT_NOTE_WORDS = 40;

/**
 * The subject read as the message's first sentence, when the text under it is a short note
 * ("can you get Jaylen in front of someone at a real bakery" over "he's 19, obsessed, won't
 * listen to me."): the cues and the model judge it as they would the text, and the evidence
 * must be the subject itself. Not a reply's or a forward's subject (not the writer's words).
 * Longer texts say what they ask in their own sentences: at 120 words, seven false alarms
 * more over the labelled sets; at 40 or 80, none (session 16).
 */
function subjectOverAShortNote(input: DetectionInput, options: { withModel?: boolean }): string | null {
  const line = spelledOut(normalizeText(input.subject ?? "")).trim();
  if (!line || isReplySubject(line) || isForwardSubject(line) || input.forwarded) return null;
  const fresh = normalizeText(input.fresh);
  const words = fresh.split(/\s+/).filter(Boolean).length;
  // "would you introduce me?" over "…from the podium": on stage, as for subjectAsk.
  if (
    words > SHORT_NOTE_WORDS ||
    STAGE_INTRODUCTION.test(fresh) ||
    opensWithAnOffer(fresh) ||
    introducesTheWritersOwn(line, input.fresh)
  )
    return null;
  const asText = `${line}${/[.?!]$/.test(line) ? "" : "."}\n${input.fresh}`;
  const isTheSubject = (sentence: string | null) => sentence !== null && sentence.startsWith(line.slice(0, 20));
  if (isTheSubject(findRequestSentence(asText))) return line;
  if (options.withModel === false) return null;
  const modelReading = input.modelReading && { subject: "", text: `${asText}\n${input.modelReading.text}` };
  return isTheSubject(byTheModel({ ...input, subject: "", fresh: asText, modelReading })) ? line : null;
}
