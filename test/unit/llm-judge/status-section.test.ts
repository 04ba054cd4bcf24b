import { describe, expect, it } from "vitest";
import { llmJudgeSection } from "../../../src/http/llm-judge-section.js";

describe("the status page's LLM judge section", () => {
  it("says analysis stays on the server when no judge is configured, and offers no switch", () => {
    const markup = String(llmJudgeSection(null, true, "t"));
    expect(markup).toContain(
      'Analysis: <strong id="llm-judge-state">on this server only</strong>. No mail content leaves it.',
    );
    expect(markup).not.toContain("<form");
  });

  it("names the model and its host, what is sent and what never is, and the switch the other way", () => {
    const off = String(llmJudgeSection({ host: "127.0.0.1:11434", model: "qwen<2.5>" }, false, "token-1"));
    expect(off).toContain('LLM judge: <strong id="llm-judge-state">off</strong>');
    expect(off).toContain("<code>qwen&lt;2.5&gt;</code> at <code>127.0.0.1:11434</code>");
    expect(off).toContain("never quoted history, attachments, or the rest of your mail");
    expect(off).toMatch(
      /<form method="post" action="\/settings\/llm-judge"><input type="hidden" name="_csrf" value="token-1"><input type="hidden" name="llmJudge" value="on">/,
    );
    const on = String(llmJudgeSection({ host: "api.example.com", model: "m" }, true, "token-1"));
    expect(on).toContain('LLM judge: <strong id="llm-judge-state">on</strong>');
    expect(on).toContain('name="llmJudge" value="off"');
    expect(on).toContain("Turn the LLM judge off");
  });
});
