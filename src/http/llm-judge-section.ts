import { html, type TrustedHtml } from "./html.js";
import { CSRF_FIELD } from "./csrf.js";

/** The judge a deployment configured, as the status page names it (never its key). */
export interface LlmJudgeShown {
  /** The API's host, as LLM_JUDGE_URL gives it. */
  host: string;
  model: string;
}

/**
 * What the status page says of the LLM judge. Without one configured: that analysis runs only
 * on this server. With one: where the mail would go, what is sent and what never is, the
 * connector's choice (off until they turn it on), and the button that turns it the other way.
 */
export function llmJudgeSection(judge: LlmJudgeShown | null, on: boolean, csrfToken: string): TrustedHtml {
  if (judge === null)
    return html`<div id="llm-judge">
<p>Analysis: <strong id="llm-judge-state">on this server only</strong>. No mail content leaves it.</p>
</div>`;
  return html`<div id="llm-judge">
<p>LLM judge: <strong id="llm-judge-state">${on ? "on" : "off"}</strong>. This SafeIntro can ask a language model (<code>${judge.model}</code> at <code>${judge.host}</code>) for a second opinion: to confirm the requests it finds, and to find ones it misses. ${on ? "It sends" : "When on, it sends"} the model the subject and new text of request-like messages only (about one in eight, in real business mail): never quoted history, attachments, or the rest of your mail. The model's answer is used only where it quotes the message word for word; otherwise SafeIntro's own analysis stands.</p>
<form method="post" action="/settings/llm-judge"><input type="hidden" name="${CSRF_FIELD}" value="${csrfToken}"><input type="hidden" name="llmJudge" value="${on ? "off" : "on"}"><button class="secondary" type="submit">${on ? "Turn the LLM judge off" : "Let the LLM judge read request-like mail"}</button></form>
</div>`;
}
