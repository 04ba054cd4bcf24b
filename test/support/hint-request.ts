/**
 * A request the local analysis misses (test/unit/llm-judge/second-opinion.test.ts checks that
 * it does): a hint, with no word of asking. The LLM judge's tests use it as the request only a
 * judge would find, and the judgement a judge would give of it.
 */
export const HINT = "If Ray heard my name from you before my bid goes in, it would not hurt.";
export const HINT_TEXT = `Hi Sam,\r\n\r\nRay Okafor runs procurement at the county now and you two go way back. ${HINT}\r\n\r\nLee`;
export const HINT_JUDGEMENT = {
  isIntroRequest: true,
  requestSentence: HINT,
  target: { name: "Ray Okafor", organization: null, role: null },
};

/** A raw message from Lee to `to` with this body (the hint, unless another is given). */
export const hintMessage = (id: string, to = "Sam Rivera <sam@rivera.example>", body = HINT_TEXT): string =>
  [
    "From: Lee Marsh <lee@marsh.example>",
    `To: ${to}`,
    "Subject: County contract",
    "Date: Tue, 1 Dec 2026 10:00:00 +0000",
    `Message-ID: <${id}@marsh.example>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
  ].join("\r\n");
