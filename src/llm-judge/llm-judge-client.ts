import { createSlots } from "../analysis/index.js";
import type { JudgeCandidate, SecondOpinion } from "../intros/index.js";
import type { Logger } from "../logger.js";
import { JUDGEMENT_JSON_SCHEMA, JudgementSchema, judgeMessages } from "./judgement-schema.js";

export interface LlmJudgeSettings {
  /** The OpenAI-compatible API's base URL, up to /v1 (LLM_JUDGE_URL). */
  url: string;
  model: string;
  /** Sent as a bearer token when set; a local server needs none. Never logged. */
  apiKey?: string | undefined;
  timeoutMs: number;
  logger: Logger;
  /** The fetch to use (tests pass none: they run a local server). */
  fetch?: typeof fetch;
}

export interface LlmJudge {
  /** Its opinion of a message, or null when it gave none that can be used (the local analysis stands). */
  opinion(candidate: JudgeCandidate): Promise<SecondOpinion | null>;
}

/** Why a call gave no opinion: logged (never the message or the answer). */
type Failure = "timeout" | "unreachable" | "http_error" | "too_large" | "not_json" | "off_schema";

/** An answer is a few hundred bytes; a server sending more is not answering the question. */
const MAX_ANSWER_BYTES = 64 * 1024;
/**
 * Calls at once, at most. A sync judges a batch of messages side by side; a model on the same
 * machine answers one or two at a time, and the rest would only wait out their time limit there.
 */
export const MAX_CONCURRENT_JUDGEMENTS = 4;

/**
 * The LLM judge: one chat-completions call per message, at temperature 0, with the answer's
 * JSON schema, within a time limit. Any failure (timeout, refusal, an answer off the schema)
 * gives no opinion, and the message keeps its local analysis.
 */
export function createLlmJudge(settings: LlmJudgeSettings): LlmJudge {
  const endpoint = `${settings.url.replace(/\/+$/, "")}/chat/completions`;
  const doFetch = settings.fetch ?? fetch;
  const failed = (failure: Failure, status?: number): null => {
    settings.logger.warn(
      { llmJudge: { failure, ...(status ? { status } : {}) } },
      "the LLM judge gave no usable opinion; the local analysis stands",
    );
    return null;
  };
  const slots = createSlots(MAX_CONCURRENT_JUDGEMENTS);
  const ask = async (candidate: JudgeCandidate): Promise<SecondOpinion | null> => {
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: settings.model,
          temperature: 0,
          messages: judgeMessages(candidate),
          response_format: {
            type: "json_schema",
            json_schema: { name: "intro_request_judgement", strict: true, schema: JUDGEMENT_JSON_SCHEMA },
          },
        }),
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
    } catch (error) {
      return failed(isTimeout(error) ? "timeout" : "unreachable");
    }
    if (!response.ok) {
      await response.body?.cancel();
      return failed("http_error", response.status);
    }
    let body: string | null;
    try {
      body = await readBounded(response, MAX_ANSWER_BYTES);
    } catch (error) {
      return failed(isTimeout(error) ? "timeout" : "unreachable");
    }
    if (body === null) return failed("too_large");
    const content = answerContent(body);
    if (content === undefined) return failed("not_json");
    const judgement = JudgementSchema.safeParse(content);
    if (!judgement.success) return failed("off_schema");
    return judgement.data;
  };
  return {
    // The time limit runs from the call, not from the wait for a slot.
    async opinion(candidate) {
      const release = await slots.acquire();
      try {
        return await ask(candidate);
      } finally {
        release();
      }
    },
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

/** The message content of a chat completion, parsed as JSON; undefined when there is none. */
function answerContent(body: string): unknown {
  try {
    const completion = JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] };
    const content = completion.choices?.[0]?.message?.content;
    if (typeof content !== "string") return undefined;
    // Some servers fence JSON in Markdown even when asked for JSON alone.
    return JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, "")) as unknown;
  } catch {
    return undefined;
  }
}

/** The body as text, or null past `limit` bytes (the rest is not read). */
async function readBounded(response: Response, limit: number): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
