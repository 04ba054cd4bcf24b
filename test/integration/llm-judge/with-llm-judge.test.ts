import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalysisPool } from "../../../src/analysis/index.js";
import { createLlmJudge, withLlmJudge } from "../../../src/llm-judge/index.js";
import { capturedLog } from "../../support/captured-log.js";
import { completion, startFakeLlmServer } from "../../support/fake-llm-server.js";
import { HINT_JUDGEMENT, hintMessage } from "../../support/hint-request.js";

const CONNECTOR = "sam@rivera.example";
const raw = (id: string, body?: string) => new Uint8Array(Buffer.from(hintMessage(id, undefined, body)));
const MISSED = raw("hint");
const CHAT = raw("chat", "Hi Sam,\r\n\r\nThe invoice for November is attached. See you Sunday.\r\n\r\nLee");
const FOUND = () => ({ body: completion(JSON.stringify(HINT_JUDGEMENT)) });

/**
 * The analyzer with the judge, as a sync uses it: the real analysis threads, and a local fake
 * server in the model's place. Wiring only: no model runs, so nothing here measures judgement.
 */
describe("the analysis with the LLM judge's second opinion (wiring only: a local fake server, not a model)", () => {
  let server: Awaited<ReturnType<typeof startFakeLlmServer>>;
  let analyzer: ReturnType<typeof withLlmJudge>;
  beforeAll(async () => {
    server = await startFakeLlmServer(FOUND);
    const { logger } = capturedLog();
    const pool = createAnalysisPool({ timeLimitMs: 20_000, threads: 1, maxMessageBytes: 1_000_000, logger });
    analyzer = withLlmJudge(pool, createLlmJudge({ url: server.url, model: "m", timeoutMs: 1_000, logger }));
  });
  afterAll(async () => {
    await analyzer.close();
    await server.close();
  });
  const judge = (message: Uint8Array, llmJudge: boolean) =>
    analyzer.judge(message, { connectorAddresses: [CONNECTOR], llmJudge });

  it("finds a request the local analysis missed, for a connector who turned the judge on", async () => {
    server.answerWith(FOUND);
    const before = server.calls.length;
    const verdict = await judge(MISSED, true);
    expect(server.calls.length).toBe(before + 1);
    expect(verdict.kind === "analysed" && verdict.analysis).toMatchObject({
      isIntroRequest: true,
      secondOpinion: "found",
      target: { name: "Ray Okafor" },
    });
    // The text shown to the judge goes no further than the judge.
    expect(verdict.kind === "analysed" && verdict.candidate).toBeNull();
  });

  it("sends nothing for a connector who has not turned it on", async () => {
    const before = server.calls.length;
    const verdict = await judge(MISSED, false);
    expect(server.calls.length).toBe(before);
    expect(verdict.kind === "analysed" && verdict.analysis.isIntroRequest).toBe(false);
  });

  it("sends nothing of mail that sounds like no request", async () => {
    const before = server.calls.length;
    await judge(CHAT, true);
    expect(server.calls.length).toBe(before);
  });

  it("keeps the local analysis when the judge fails", async () => {
    server.answerWith(() => ({ status: 503, body: "{}" }));
    const verdict = await judge(MISSED, true);
    expect(verdict.kind === "analysed" && verdict.analysis.isIntroRequest).toBe(false);
    expect(verdict.kind === "analysed" && verdict.analysis.secondOpinion).toBeUndefined();
  });
});
