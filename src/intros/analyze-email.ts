import { boundEmail, mailboxKey, readMessageText } from "../intake/index.js";
import type { MessageText, ParsedEmail } from "../intake/index.js";
import { forwardedToItsTarget } from "./forwarded-to-target.js";
import { copiedOnAnothersAsk } from "./copied-only.js";
import { detectIntroRequest, type Detection } from "./detect.js";
import { extractRequestParts } from "./extract-request-parts.js";
import { withoutMailAds } from "./mail-ads.js";
import { extractTarget } from "./extract-target.js";
import { handedToTheReader } from "./handed-to-reader.js";
import { noteAnswersTheForwarded } from "./note-answers.js";
import {
  ALREADY_HANDLED,
  FORWARDED_TO_VET,
  NOTE_ASKS,
  NOTHING_ASKED,
  OFFERED_TO_THE_READER,
  PASSING_IT_ON,
} from "./forward-notes.js";
import { scoreSpecificity } from "./score-specificity.js";
import { detectionFromOpinion, type SecondOpinion, targetWithOpinion } from "./second-opinion.js";
import type { Analysis, Person } from "./types.js";

/**
 * Analyses one parsed message: unwraps a forward (the requester is the original
 * sender), judges only the new text of a reply, and for intro requests extracts the
 * target and the parts of the request and scores its specificity. Pure: no I/O.
 * Only the start of a long message is read (src/intake/bound-email.ts).
 */
export interface AnalyzeOptions {
  /** The connector's own addresses: mail they wrote is not a request to them. */
  connectorAddresses?: readonly string[];
  /**
   * The optional LLM judge's opinion (src/llm-judge): where it shows its evidence word for
   * word, it decides whether the message is a request, and fills in the target; else the
   * local analysis stands. Specificity is always scored locally, on the evidence.
   */
  secondOpinion?: SecondOpinion;
}

/** Which text of the message is judged, whose request it would be, and the decision. */
interface Reading {
  text: MessageText;
  requester: Person;
  forwardedBy: Person | null;
  detection: Detection;
}

export function analyzeEmail(parsed: ParsedEmail, options: AnalyzeOptions = {}): Analysis {
  const email = boundEmail(parsed);
  const read = readMessageText(email.subject, email.text);
  const truncated = parsed.truncated ? ({ truncated: true } as const) : {};
  const judged = (text: MessageText, requester: Person, forwarded?: string) =>
    detectIntroRequest({
      fresh: text.fresh,
      subject: text.forward ? text.forward.subject : email.subject,
      modelReading: text.modelReading,
      isBulk: email.isBulk,
      isCalendarInvite: email.isCalendarInvite,
      sentByConnector: isConnector(requester, options.connectorAddresses ?? []),
      ...(forwarded ? { forwarded } : {}),
    });
  const asRead: Omit<Reading, "detection"> = {
    text: read,
    requester: read.forward ? read.forward.original : email.from,
    // (Not the writer "forwarding" their own earlier message under "-----Original Message-----".)
    forwardedBy: read.forward && !sameMailbox(read.forward.original, email.from) ? email.from : null,
  };
  // A forward whose own text asks nothing, under a note that does: "This is the resume of my
  // friend, could you pass it to the hiring manager?" The one forwarding is the requester, and
  // what they forward is the context of their request.
  const asNote: Omit<Reading, "detection"> | null =
    read.forward && read.forward.note.trim()
      ? {
          text: {
            forward: null,
            fresh: read.forward.note,
            modelReading: { subject: email.subject, text: read.forward.note },
            quoted: read.forward.body,
            withInlineQuotes: read.forward.note,
          },
          requester: email.from,
          forwardedBy: null,
        }
      : null;
  const reading = localReading(asRead, asNote, judged, read.forward?.body, email.to);
  // Someone else's ask, the connector only copied: theirs to answer, not the connector's.
  const copiedOnly =
    !read.forward &&
    reading.detection.isIntroRequest &&
    copiedOnAnothersAsk(email, read.fresh, reading.detection.requestSentence, (person) =>
      isConnector(person, options.connectorAddresses ?? []),
    );
  const local: Reading = copiedOnly
    ? {
        ...reading,
        detection: { isIntroRequest: false, why: "addressed to another recipient; the connector is copied" },
      }
    : reading;
  // Mail the connector wrote, machine mail, and another's ask stay out whatever a judge says.
  const neverRequest =
    copiedOnly ||
    email.isBulk ||
    email.isCalendarInvite ||
    isConnector(asRead.requester, options.connectorAddresses ?? []);
  const judgeSaid = neverRequest ? undefined : options.secondOpinion;
  const opinion = judgeSaid ? opinionReading(judgeSaid, asRead, asNote, local) : null;
  const { text, requester, forwardedBy, detection } = opinion ?? local;
  const secondOpinion = opinion
    ? { secondOpinion: secondOpinionOutcome(local.detection.isIntroRequest, detection.isIntroRequest) }
    : {};
  const { fresh, quoted } = text;
  if (!detection.isIntroRequest) {
    return {
      isIntroRequest: false,
      requester,
      forwardedBy,
      target: null,
      reason: null,
      ask: null,
      benefitToTarget: null,
      blurb: null,
      specificity: null,
      ...truncated,
      ...secondOpinion,
    };
  }

  const { requestSentence } = detection;
  // The target and the parts are read without a free-mail service's advertising; detection
  // reads the text as the learned model was trained on it.
  const writersText = withoutMailAds(fresh);
  const localTarget = extractTarget({
    fresh: writersText,
    quoted,
    requestSentence,
    subject: text.forward ? text.forward.subject : email.subject,
    knownPeople: [requester, ...(forwardedBy ? [forwardedBy] : []), ...email.to],
  });
  const target =
    opinion && judgeSaid
      ? targetWithOpinion(localTarget, judgeSaid, `${email.subject}\n${fresh}\n${quoted}`)
      : localTarget;
  const parts = extractRequestParts(
    { ...text, fresh: writersText, withInlineQuotes: withoutMailAds(text.withInlineQuotes) },
    requestSentence,
    target,
  );
  return {
    isIntroRequest: true,
    requester,
    forwardedBy,
    target,
    reason: parts.reason,
    ask: parts.ask,
    benefitToTarget: parts.benefitToTarget,
    blurb: parts.blurb,
    specificity: scoreSpecificity(parts.evidence),
    ...truncated,
    ...secondOpinion,
  };
}

function localReading(
  asRead: Omit<Reading, "detection">,
  asNote: Omit<Reading, "detection"> | null,
  judged: (text: MessageText, requester: Person, forwarded?: string) => Detection,
  forwardedBody: string | undefined,
  recipients: readonly Person[],
): Reading {
  // "Look what turned up… just for a smile, nothing needed": a request forwarded for
  // information asks the reader for nothing, unless the note itself asks.
  const forInformation =
    asNote !== null &&
    (NOTHING_ASKED.test(asNote.text.fresh) ||
      (ALREADY_HANDLED.test(asNote.text.fresh) && !NOTE_ASKS.test(asNote.text.fresh)));
  const toVet = asNote !== null && FORWARDED_TO_VET.test(asNote.text.fresh);
  const passedOn =
    asNote !== null &&
    (PASSING_IT_ON.test(asNote.text.fresh) ||
      OFFERED_TO_THE_READER.test(asNote.text.fresh) ||
      noteAnswersTheForwarded(asNote.text.fresh));
  // "John, can you give Konni a call": the forwarder hands the reader the one who asked.
  const handedOn = asNote !== null && handedToTheReader(asNote.text.fresh, asRead.requester);
  const asked: Detection = forInformation
    ? { isIntroRequest: false, why: "forwarded for information: nothing asked" }
    : toVet
      ? { isIntroRequest: false, why: "forwarded to ask whether it is genuine" }
      : passedOn
        ? { isIntroRequest: false, why: "the forwarder is passing it on: the reader is whom it is passed to" }
        : handedOn
          ? { isIntroRequest: false, why: "the forwarder hands the writer on to the reader to answer" }
          : judged(asRead.text, asRead.requester);
  // A forwarded request sent on to the person it asks to meet: the introduction is being made.
  const sentToItsTarget =
    asked.isIntroRequest &&
    asRead.text.forward !== null &&
    forwardedToItsTarget(recipients, asked.requestSentence, asRead.text.forward.subject);
  const detection: Detection = sentToItsTarget
    ? { isIntroRequest: false, why: "forwarded to the person it asks to meet: the introduction is being made" }
    : asked;
  // (A note that hands the reader the forwarded writer asks nothing else of them: "Would you
  // please set up a meeting with Shanna?" over Shanna's own wish to meet; nor does one over a
  // request sent on to the person it asks to meet: "please follow up and let's meet him".)
  if (detection.isIntroRequest || asNote === null || handedOn || sentToItsTarget) return { ...asRead, detection };
  const noteDetection = judged(asNote.text, asNote.requester, forwardedBody);
  return noteDetection.isIntroRequest ? { ...asNote, detection: noteDetection } : { ...asRead, detection };
}

/**
 * The reading the judge's opinion stands for: a request is the forward's original's or the
 * note's, whichever holds its evidence; "no request" overrules the local analysis. Null when
 * the opinion shows no evidence in the text (the local reading stands).
 */
function opinionReading(
  opinion: SecondOpinion,
  asRead: Omit<Reading, "detection">,
  asNote: Omit<Reading, "detection"> | null,
  local: Reading,
): Reading | null {
  if (!opinion.isIntroRequest)
    return { ...local, detection: { isIntroRequest: false, why: "the LLM judge found no request in it" } };
  for (const reading of [asRead, asNote]) {
    const detection = reading ? detectionFromOpinion(opinion, reading.text.fresh) : null;
    if (reading && detection) return { ...reading, detection };
  }
  return null;
}

function secondOpinionOutcome(localIsRequest: boolean, isRequest: boolean): NonNullable<Analysis["secondOpinion"]> {
  if (isRequest) return localIsRequest ? "confirmed" : "found";
  return localIsRequest ? "overruled" : "confirmed";
}

/**
 * Whether a person is the connector, by any of their addresses; or, when a Lotus Notes forward
 * gives only a name, by a name-shaped address of theirs: "Laird Dyer", the writer of the forwarded
 * "Who are your main contacts at SW Gas?", forwarded back to laird.dyer@enron.com (real Enron
 * mail, session 38's blind set r38e), asked that of someone else.
 */
export function isConnector(person: Person, connectorAddresses: readonly string[]): boolean {
  if (person.email === null) return namedLikeAnAddress(person.name, connectorAddresses);
  const key = mailboxKey(person.email);
  return connectorAddresses.some((address) => mailboxKey(address) === key);
}

/** "Laird Dyer" and laird.dyer@…, "Dyer, Laird" and laird_dyer@…; initials aside, every word the same. */
function namedLikeAnAddress(name: string | null, addresses: readonly string[]): boolean {
  const words = nameWords(name ?? "");
  if (words.length < 2) return false;
  return addresses.some((address) => {
    const local = mailboxKey(address).split("@")[0] ?? "";
    return nameWords(local.replace(/[._-]+/g, " ")).join(" ") === words.join(" ");
  });
}

function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => word.replace(/\.$/, ""))
    .filter((word) => word.length > 1)
    .sort();
}

function sameMailbox(one: Person, other: Person): boolean {
  return one.email !== null && other.email !== null && mailboxKey(one.email) === mailboxKey(other.email);
}
