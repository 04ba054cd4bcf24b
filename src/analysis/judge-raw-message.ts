import {
  boundEmail,
  InputError,
  isPlusAddressSubmission,
  MAX_SUBJECT_CHARS,
  parseEmail,
  readMessageText,
} from "../intake/index.js";
import {
  analyzeEmail,
  analyzeSubmission,
  detectIntroductionMade,
  judgeCandidateOf,
  messageIdentity,
} from "../intros/index.js";
import type { Analysis, IntroductionMade, JudgeCandidate, SecondOpinion, Submission } from "../intros/index.js";
import { readHeaderFacts } from "../relationships/index.js";

/**
 * Why a message was recorded as seen without an analysis. The intake codes say what is
 * wrong with the message; `time_limit` and `analysis_failed` say the analysis gave up on it;
 * `no_raw` says Gmail gave no raw message to analyse (old chat items). `too_large` comes from
 * intake, or from the fetch, which drops a message over MAX_MESSAGE_BYTES as it streams.
 */
export type SkipReason = InputError["code"] | "time_limit" | "analysis_failed" | "no_raw";

/** The verdict on one raw message: its analysis, or why there is none. Plain data: it crosses threads. */
export type Verdict =
  | {
      kind: "analysed";
      analysis: Analysis;
      /** The header lines relationship counting reads (From, To, Cc, Date, automation marks). */
      contactHeaders: { name: string; value: string }[];
      /** The message introduces people to each other ("Dana, meet Leo"): for the karma ledger. */
      introduction: IntroductionMade | null;
      /** Its Message-ID header and subject: a reply to a request answers it in its thread. */
      messageId: string | null;
      subject: string;
      /** How the request in it is known again when it arrives another way (messageIdentity). */
      identity: { originalMessageId: string | null; contentKey: string };
      /**
       * Set when the connector forwarded the message to SafeIntro on purpose (their plus-
       * address, or their inbound address): a request is recorded whatever the analysis says.
       */
      submission: Submission | null;
      /**
       * What the LLM judge may be shown of the message (judgeCandidateOf), only when the
       * connector turned the judge on, and only until the judge has seen it: the caller drops
       * it before the verdict goes further. Null for most mail.
       */
      candidate: JudgeCandidate | null;
    }
  | { kind: "skipped"; reason: SkipReason; detail: string };

export interface JudgeRequest {
  raw: Uint8Array;
  maxMessageBytes: number;
  /** The mailbox owner's addresses: their own mail is never a request to them. */
  connectorAddresses: readonly string[];
  /** The tag of the connector's plus-address (PLUS_ADDRESS_TAG): mail they send to it is a submission. */
  plusAddressTag?: string | null;
  /** The message came in through the connector's inbound address: always a submission. */
  asSubmission?: boolean;
  /** The connector turned the LLM judge on: say what it may be shown (Verdict's `candidate`). */
  llmJudge?: boolean;
  /** The LLM judge's opinion of this message, for the analysis to use (AnalyzeOptions). */
  secondOpinion?: SecondOpinion | null;
}

/**
 * Parses and analyses one raw message. A message intake refuses (empty, binary,
 * truncated, too large…) is a verdict, not an error, so a sync can record it and go on.
 */
export async function judgeRawMessage(request: JudgeRequest): Promise<Verdict> {
  try {
    const raw = Buffer.from(request.raw.buffer, request.raw.byteOffset, request.raw.byteLength);
    const email = await parseEmail(raw, { maxBytes: request.maxMessageBytes });
    const submitted =
      request.asSubmission === true ||
      (request.plusAddressTag
        ? isPlusAddressSubmission(email, request.connectorAddresses, request.plusAddressTag)
        : false);
    const submission = submitted ? analyzeSubmission(email, request.connectorAddresses) : null;
    const analysis =
      submission?.analysis ??
      analyzeEmail(email, {
        connectorAddresses: request.connectorAddresses,
        ...(request.secondOpinion ? { secondOpinion: request.secondOpinion } : {}),
      });
    // Forwarded on purpose (a submission) is recorded whatever any judge says; a second look
    // (an opinion given) needs no candidate.
    const candidate =
      request.llmJudge === true && submission === null && !request.secondOpinion
        ? judgeCandidateOf(email, analysis, request.connectorAddresses)
        : null;
    return {
      kind: "analysed",
      analysis,
      identity: messageIdentity(email, request.connectorAddresses),
      submission,
      candidate,
      contactHeaders: email.contactHeaders,
      introduction: analysis.isIntroRequest || email.isBulk ? null : introductionIn(email),
      messageId: email.messageId,
      subject: email.subject.slice(0, MAX_SUBJECT_CHARS),
    };
  } catch (error) {
    if (error instanceof InputError) return { kind: "skipped", reason: error.code, detail: error.message };
    throw error;
  }
}

/** An introduction needs two people besides the writer: only then is the text read for one. */
function introductionIn(email: Awaited<ReturnType<typeof parseEmail>>): IntroductionMade | null {
  // Only the recipients are read here: the date, and so its fallback, does not matter.
  const facts = readHeaderFacts(email.contactHeaders, email.date ?? new Date());
  const recipients = facts.recipients.map((recipient) => recipient.email);
  if (facts.from === null || recipients.filter((address) => address !== facts.from?.email).length < 2) return null;
  const bounded = boundEmail(email);
  const { fresh } = readMessageText(bounded.subject, bounded.text);
  return detectIntroductionMade({ fresh, from: facts.from.email, recipients });
}
