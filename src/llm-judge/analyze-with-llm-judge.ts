import type { ParsedEmail } from "../intake/index.js";
import { type Analysis, analyzeEmail, judgeCandidateOf, opinionMatters } from "../intros/index.js";
import type { LlmJudge } from "./llm-judge-client.js";

/**
 * One message's analysis with the LLM judge's second opinion, in-process: what the sync does in
 * its threads (withLlmJudge), for `npm run evaluate -- --llm-judge`, which measures a model on
 * the labelled sets before a deployment relies on it.
 */
export async function analyzeWithLlmJudge(
  email: ParsedEmail,
  connectorAddresses: readonly string[],
  judge: LlmJudge,
): Promise<Analysis> {
  const local = analyzeEmail(email, { connectorAddresses });
  const candidate = judgeCandidateOf(email, local, connectorAddresses);
  if (candidate === null) return local;
  const opinion = await judge.opinion(candidate);
  if (!opinionMatters(opinion, local.isIntroRequest)) return local;
  return analyzeEmail(email, { connectorAddresses, secondOpinion: opinion });
}
