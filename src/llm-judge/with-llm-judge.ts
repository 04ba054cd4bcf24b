import type { MessageAnalyzer, Verdict } from "../analysis/index.js";
import { opinionMatters } from "../intros/index.js";
import type { LlmJudge } from "./llm-judge-client.js";

/**
 * The analyzer with the LLM judge's second opinion: a message whose verdict says what the judge
 * may see (only for a connector who turned the judge on, and only request-like mail) is shown
 * to the judge, and judged again with its opinion where it gave one. The text shown never goes
 * further than this: every verdict leaves here without it.
 */
export function withLlmJudge(analyzer: MessageAnalyzer, judge: LlmJudge): MessageAnalyzer {
  return {
    async judge(raw, context) {
      const verdict = await analyzer.judge(raw, context);
      if (verdict.kind !== "analysed" || verdict.candidate === null) return verdict;
      const { candidate } = verdict;
      const plain: Verdict = { ...verdict, candidate: null };
      const opinion = await judge.opinion(candidate);
      // No opinion: the local analysis stands. Agreement that it is no request changes nothing.
      if (!opinionMatters(opinion, candidate.localIsRequest)) return plain;
      const second = await analyzer.judge(raw, { ...context, llmJudge: false, secondOpinion: opinion });
      return second.kind === "analysed" ? { ...second, candidate: null } : plain;
    },
    close: () => analyzer.close(),
  };
}
