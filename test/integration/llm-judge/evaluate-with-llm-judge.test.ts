import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateLabelledFolder } from "../../../src/dev/evaluate-labelled.js";
import { analyzeWithLlmJudge, createLlmJudge } from "../../../src/llm-judge/index.js";
import { capturedLog } from "../../support/captured-log.js";
import { completion, startFakeLlmServer } from "../../support/fake-llm-server.js";
import { HINT_JUDGEMENT, hintMessage } from "../../support/hint-request.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
/**
 * `npm run evaluate -- --llm-judge`: the labelled sets measured with a judge's second opinion,
 * so that a deployment can measure its model before relying on it. A local fake server stands in
 * for the model: this checks the wiring (the judge is asked, its opinion counted), never a
 * model's judgement.
 */
describe("measuring with the LLM judge (wiring only: a local fake server, not a model)", () => {
  let server: Awaited<ReturnType<typeof startFakeLlmServer>>;
  let folder: string;
  beforeAll(async () => {
    server = await startFakeLlmServer(() => ({ body: completion(JSON.stringify(HINT_JUDGEMENT)) }));
    folder = mkdtempSync(path.join(tmpdir(), "safeintro-judged-"));
    writeFileSync(path.join(folder, "hint.eml"), hintMessage("hint"));
    writeFileSync(
      path.join(folder, "chat.eml"),
      hintMessage("chat", undefined, "Hi Sam,\r\n\r\nSee you at the game on Sunday.\r\n\r\nLee"),
    );
    const target = { name: "Ray Okafor", organization: null };
    writeFileSync(
      path.join(folder, "labels.json"),
      JSON.stringify({
        "hint.eml": { isIntroRequest: true, band: "low", target },
        "chat.eml": { isIntroRequest: false, band: null, target: null },
      }),
    );
  });
  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("counts the judge's opinion where the local analysis alone misses the request", async () => {
    expect((await evaluateLabelledFolder(folder)).recall).toBe(0);
    const judge = createLlmJudge({ url: server.url, model: "m", timeoutMs: 2_000, logger: capturedLog().logger });
    const judged = await evaluateLabelledFolder(folder, (email, own) => analyzeWithLlmJudge(email, own, judge));
    expect(judged).toMatchObject({ precision: 1, recall: 1, targetAgreement: 1 });
  });

  it("runs from the command line with the judge the environment names", async () => {
    const before = server.calls.length;
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/evaluate-analysis.ts", "--llm-judge", folder], {
      cwd: root,
      env: { ...process.env, LLM_JUDGE_URL: server.url, LLM_JUDGE_MODEL: "judge-model" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code, output).toBe(0);
    expect(output).toContain(`measuring with the LLM judge judge-model at ${new URL(server.url).host}`);
    expect(output).toContain("detection precision 1, recall 1");
    expect(server.calls.length).toBe(before + 1);
  }, 30_000);
});
