import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JudgeCandidate } from "../../../src/intros/index.js";
import { createLlmJudge, JUDGEMENT_JSON_SCHEMA, MAX_CONCURRENT_JUDGEMENTS } from "../../../src/llm-judge/index.js";
import { capturedLog, LEVEL } from "../../support/captured-log.js";
import { completion, startFakeLlmServer } from "../../support/fake-llm-server.js";

const candidate: JudgeCandidate = {
  subject: "County contract",
  text: "Ray Okafor runs procurement at the county. If Ray heard my name from you, it would not hurt.",
  forwardNote: null,
  localIsRequest: false,
};
const JUDGEMENT = {
  isIntroRequest: true,
  requestSentence: "If Ray heard my name from you, it would not hurt.",
  target: { name: "Ray Okafor", organization: null, role: null },
};

/**
 * The LLM judge's client, against a local fake server: these tests check the wiring only
 * (what is sent, how answers and failures are taken). No model runs here, so nothing here
 * says how well any model judges mail.
 */
describe("the LLM judge's client (wiring only: a local fake server, not a model)", () => {
  let server: Awaited<ReturnType<typeof startFakeLlmServer>>;
  beforeAll(async () => {
    server = await startFakeLlmServer(() => ({ body: completion(JSON.stringify(JUDGEMENT)) }));
  });
  afterAll(async () => {
    await server.close();
  });
  const judge = (options: { timeoutMs?: number; apiKey?: string; url?: string } = {}) => {
    const log = capturedLog();
    return {
      log,
      judge: createLlmJudge({
        url: options.url ?? server.url,
        model: "test-model",
        apiKey: options.apiKey,
        timeoutMs: options.timeoutMs ?? 2_000,
        logger: log.logger,
      }),
    };
  };

  it(`asks at most ${MAX_CONCURRENT_JUDGEMENTS} at once, and answers every one in the end`, async () => {
    server.answerWith(() => ({ body: completion(JSON.stringify(JUDGEMENT)), delayMs: 150 }));
    // First: a call an earlier test left waiting would count as one at once.
    server.load.most = 0;
    const { judge: client } = judge({ timeoutMs: 2_000 });
    const opinions = await Promise.all(Array.from({ length: 10 }, () => client.opinion(candidate)));
    expect(opinions.every((opinion) => opinion?.isIntroRequest === true)).toBe(true);
    expect(server.load.most).toBe(MAX_CONCURRENT_JUDGEMENTS);
  });

  it("asks for the judgement's JSON schema at temperature 0, with the message fenced as data, and takes the answer", async () => {
    server.answerWith(() => ({ body: completion(JSON.stringify(JUDGEMENT)) }));
    const { judge: client } = judge({ apiKey: "sk-test" });
    const before = server.calls.length;
    expect(await client.opinion(candidate)).toEqual(JUDGEMENT);
    const call = server.calls[before];
    expect(call?.headers.authorization).toBe("Bearer sk-test");
    expect(call?.body.model).toBe("test-model");
    expect(call?.body.temperature).toBe(0);
    expect(call?.body.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "intro_request_judgement", strict: true, schema: JUDGEMENT_JSON_SCHEMA },
    });
    const user = call?.body.messages?.find((message) => message.role === "user")?.content ?? "";
    expect(user).toContain("Subject: County contract");
    expect(user).toContain(`<<<EMAIL\n${candidate.text}\nEMAIL>>>`);
  });

  it("sends no authorization header when no key is set (a local server)", async () => {
    const before = server.calls.length;
    await judge().judge.opinion(candidate);
    expect(server.calls[before]?.headers.authorization).toBeUndefined();
  });

  it("takes JSON fenced in Markdown, as some servers send it", async () => {
    server.answerWith(() => ({ body: completion("```json\n" + JSON.stringify(JUDGEMENT) + "\n```") }));
    expect(await judge().judge.opinion(candidate)).toEqual(JUDGEMENT);
  });

  it.each([
    ["an error status", () => ({ status: 500, body: '{"error":"overloaded"}' }), "http_error"],
    ["an answer that is not JSON", () => ({ body: completion("Yes, this is an introduction request.") }), "not_json"],
    ["a body that is no chat completion", () => ({ body: "<html>proxy error</html>" }), "not_json"],
    [
      "JSON off the schema",
      () => ({ body: completion(JSON.stringify({ isIntroRequest: "yes", requestSentence: null, target: null })) }),
      "off_schema",
    ],
    [
      "JSON with fields the schema does not have",
      () => ({ body: completion(JSON.stringify({ ...JUDGEMENT, confidence: 0.9 })) }),
      "off_schema",
    ],
    ["an answer too large to be one", () => ({ body: completion("x".repeat(70_000)) }), "too_large"],
    [
      "no answer within the time limit",
      () => ({ body: completion(JSON.stringify(JUDGEMENT)), delayMs: 1_500 }),
      "timeout",
    ],
  ])("gives no opinion on %s, and logs why without the message or the answer", async (_, answer, failure) => {
    server.answerWith(answer);
    const { judge: client, log } = judge({ timeoutMs: 500, apiKey: "sk-test" });
    expect(await client.opinion(candidate)).toBeNull();
    const warning = log.entries.find((entry) => entry.level === LEVEL.warn);
    expect(warning?.llmJudge).toMatchObject({ failure });
    const logged = JSON.stringify(log.entries);
    expect(logged).not.toContain("Okafor");
    expect(logged).not.toContain("sk-test");
  });

  it("gives no opinion when the server cannot be reached", async () => {
    const { judge: client, log } = judge({ url: "http://127.0.0.1:9/v1" });
    expect(await client.opinion(candidate)).toBeNull();
    expect(log.entries.find((entry) => entry.level === LEVEL.warn)?.llmJudge).toMatchObject({ failure: "unreachable" });
  });
});
