import { InputError, parseEmail } from "../intake/index.js";
import { analyzeEmail } from "../intros/index.js";
import type { Analysis } from "../intros/index.js";

/**
 * Why a message was recorded as seen without an analysis. The intake codes say what is
 * wrong with the message; `time_limit` and `analysis_failed` say the analysis gave up on it;
 * `no_raw` says Gmail gave no raw message to analyse (old chat items). `too_large` comes from
 * intake, or from the fetch, which drops a message over MAX_MESSAGE_BYTES as it streams.
 */
export type SkipReason = InputError["code"] | "time_limit" | "analysis_failed" | "no_raw";

/** The verdict on one raw message: its analysis, or why there is none. Plain data: it crosses threads. */
export type Verdict =
  { kind: "analysed"; analysis: Analysis } | { kind: "skipped"; reason: SkipReason; detail: string };

export interface JudgeRequest {
  raw: Uint8Array;
  maxMessageBytes: number;
  /** The mailbox owner's addresses: their own mail is never a request to them. */
  connectorAddresses: readonly string[];
}

/**
 * Parses and analyses one raw message. A message intake refuses (empty, binary,
 * truncated, too large…) is a verdict, not an error, so a sync can record it and go on.
 */
export async function judgeRawMessage(request: JudgeRequest): Promise<Verdict> {
  try {
    const raw = Buffer.from(request.raw.buffer, request.raw.byteOffset, request.raw.byteLength);
    const email = await parseEmail(raw, { maxBytes: request.maxMessageBytes });
    return { kind: "analysed", analysis: analyzeEmail(email, { connectorAddresses: request.connectorAddresses }) };
  } catch (error) {
    if (error instanceof InputError) return { kind: "skipped", reason: error.code, detail: error.message };
    throw error;
  }
}
