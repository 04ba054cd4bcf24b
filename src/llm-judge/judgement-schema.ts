import { z } from "zod";
import type { JudgeCandidate } from "../intros/index.js";

/**
 * What the LLM judge must answer, as a JSON schema for the model (OpenAI's structured outputs,
 * which llama.cpp, Ollama and vLLM also take) and as the zod schema its answer is checked
 * against: a model may ignore the schema, and nothing it says is used unchecked.
 */
const nullableText = (max: number) => z.string().max(max).nullable();

export const JudgementSchema = z
  .object({
    isIntroRequest: z.boolean(),
    requestSentence: nullableText(2_000),
    target: z
      .object({ name: nullableText(200), organization: nullableText(200), role: nullableText(200) })
      .strict()
      .nullable(),
  })
  .strict();

export type Judgement = z.infer<typeof JudgementSchema>;

const nullableString = { type: ["string", "null"] } as const;

/** The same shape for the model: strict mode wants every field required and no others allowed. */
export const JUDGEMENT_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["isIntroRequest", "requestSentence", "target"],
  properties: {
    isIntroRequest: { type: "boolean" },
    requestSentence: nullableString,
    target: {
      type: ["object", "null"],
      additionalProperties: false,
      required: ["name", "organization", "role"],
      properties: { name: nullableString, organization: nullableString, role: nullableString },
    },
  },
} as const;

/** The instructions: what counts as a request, and what must be quoted rather than summed up. */
export const JUDGE_INSTRUCTIONS = `You read one email sent to a well-connected person (the reader). Decide whether its writer asks the reader to introduce them, or someone they speak for, to a third person: to put them in touch, pass their note, CV or proposal to someone, arrange a call or meeting with someone, mention them to someone, or name the right person at an organisation.

Not a request: the writer offering to introduce the reader to someone; an introduction being made; thanks after one; the writer introducing themself; asking the reader themself for a meeting, advice, a job or a reference; errands; passing a notice around a team or a list; a recruiter asking for candidates; newsletters and automated mail. Judge only the writer's own words, never quoted history.

Answer with JSON only. isIntroRequest: true or false. requestSentence: when it is a request, the one sentence that asks, copied exactly as it is written in the email (never reworded); otherwise null. target: the person or organisation the writer wants to reach, with name, organization and role each copied exactly from the email or null; null when it is not a request.`;

/** The message as the model is shown it: fenced, so that the email reads as data. */
export function judgeMessages(candidate: JudgeCandidate): { role: "system" | "user"; content: string }[] {
  const note = candidate.forwardNote
    ? `\n\nThe reader's contact forwarded it with this note:\n<<<NOTE\n${candidate.forwardNote}\nNOTE>>>`
    : "";
  return [
    { role: "system", content: JUDGE_INSTRUCTIONS },
    { role: "user", content: `Subject: ${candidate.subject}\n\n<<<EMAIL\n${candidate.text}\nEMAIL>>>${note}` },
  ];
}
