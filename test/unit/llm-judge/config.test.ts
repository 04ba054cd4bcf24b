import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { llmJudgeOf } from "../../../src/llm-judge-config.js";
import { configProblems } from "../../support/config-problems.js";

const problems = configProblems;

describe("the LLM judge's settings", () => {
  it("are off unless a URL and a model are both set", () => {
    expect(llmJudgeOf(loadConfig({}))).toBeNull();
    expect(
      llmJudgeOf(loadConfig({ LLM_JUDGE_URL: "http://127.0.0.1:11434/v1", LLM_JUDGE_MODEL: "qwen2.5:7b" })),
    ).toEqual({ url: "http://127.0.0.1:11434/v1", model: "qwen2.5:7b", apiKey: undefined, timeoutMs: 15_000 });
  });

  it("name the missing half of a judge", () => {
    expect(problems({ LLM_JUDGE_URL: "https://api.example.com/v1" })).toEqual([
      "LLM_JUDGE_URL: needs LLM_JUDGE_MODEL too: the judge is a model at a URL",
    ]);
    expect(problems({ LLM_JUDGE_MODEL: "gpt-4o-mini" })).toEqual([
      'LLM_JUDGE_MODEL: needs LLM_JUDGE_URL too: the judge is a model at a URL (got "gpt-4o-mini")',
    ]);
  });

  it("in production, send mail to a model only over TLS or on this machine", () => {
    const production = {
      NODE_ENV: "production",
      PUBLIC_URL: "https://intros.example.com",
      LLM_JUDGE_MODEL: "m",
    };
    expect(problems({ ...production, LLM_JUDGE_URL: "http://models.example.com/v1" })).toEqual([
      "LLM_JUDGE_URL: must be https:// in production, or a model on this machine (http://127.0.0.1…): it carries mail",
    ]);
    expect(problems({ ...production, LLM_JUDGE_URL: "http://127.0.0.1:8080/v1" })).toEqual([]);
    expect(problems({ ...production, LLM_JUDGE_URL: "https://api.example.com/v1" })).toEqual([]);
  });

  it("never echo the API key in a problem", () => {
    const found = problems({
      LLM_JUDGE_URL: "ftp://x",
      LLM_JUDGE_MODEL: "m",
      LLM_JUDGE_API_KEY: "sk-secret",
      LLM_JUDGE_TIMEOUT_MS: "5",
    });
    expect(found.join("\n")).not.toContain("sk-secret");
    expect(found).toHaveLength(2);
  });
});
