import { z } from "zod";
import { emptyAsUnset, optionalText } from "./config-fields.js";

/**
 * The optional LLM judge's settings (README, "An optional LLM judge"), apart from
 * src/config.ts, which spreads them into the one schema. Unset, no mail content ever leaves
 * the server; set, each connector still decides for their own mail (off until they turn it on).
 */
export const llmJudgeSettings = {
  /**
   * An OpenAI-compatible API's base URL, up to /v1: a hosted model's, or a local server's
   * (llama.cpp, Ollama, vLLM: http://127.0.0.1:11434/v1).
   */
  LLM_JUDGE_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .refine((value) => {
        try {
          return ["http:", "https:"].includes(new URL(value).protocol);
        } catch {
          return false;
        }
      }, "must be an http(s) URL like https://api.openai.com/v1 or http://127.0.0.1:11434/v1")
      .optional(),
  ),
  /** The model asked (its name at that API). */
  LLM_JUDGE_MODEL: optionalText(),
  /** Sent as a bearer token; a local server needs none. */
  LLM_JUDGE_API_KEY: optionalText(),
  /** How long one message's judgement may take before the local analysis stands alone. */
  LLM_JUDGE_TIMEOUT_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(500).max(120_000).default(15_000)),
};

type LlmJudgeSettings = z.infer<z.ZodObject<typeof llmJudgeSettings>>;

/** A loopback address: a model on the same machine, reached without leaving it. */
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Half a judge is named, with what is missing; and production sends mail content to a model
 * only over TLS, or to one on the same machine.
 */
export function llmJudgeRules(config: LlmJudgeSettings & { NODE_ENV: string }, context: z.RefinementCtx): void {
  if (Boolean(config.LLM_JUDGE_URL) !== Boolean(config.LLM_JUDGE_MODEL)) {
    const [lonely, missing] = config.LLM_JUDGE_URL
      ? ["LLM_JUDGE_URL", "LLM_JUDGE_MODEL"]
      : ["LLM_JUDGE_MODEL", "LLM_JUDGE_URL"];
    context.addIssue({
      code: "custom",
      path: [lonely],
      message: `needs ${missing} too: the judge is a model at a URL`,
    });
  }
  if (config.NODE_ENV === "production" && config.LLM_JUDGE_URL) {
    const url = new URL(config.LLM_JUDGE_URL);
    if (url.protocol !== "https:" && !LOOPBACK_HOST.test(url.hostname))
      context.addIssue({
        code: "custom",
        path: ["LLM_JUDGE_URL"],
        message: "must be https:// in production, or a model on this machine (http://127.0.0.1…): it carries mail",
      });
  }
}

/** The judge's settings when one is configured, else null. */
export function llmJudgeOf(config: LlmJudgeSettings) {
  if (!config.LLM_JUDGE_URL || !config.LLM_JUDGE_MODEL) return null;
  return {
    url: config.LLM_JUDGE_URL,
    model: config.LLM_JUDGE_MODEL,
    apiKey: config.LLM_JUDGE_API_KEY,
    timeoutMs: config.LLM_JUDGE_TIMEOUT_MS,
  };
}
