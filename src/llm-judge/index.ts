// The optional LLM judge: a second opinion from an OpenAI-compatible model, for connectors who turn it on. Other folders import from here, never from the files themselves.
export * from "./llm-judge-client.js";
export * from "./with-llm-judge.js";
export * from "./analyze-with-llm-judge.js";
export { JUDGE_INSTRUCTIONS, JUDGEMENT_JSON_SCHEMA } from "./judgement-schema.js";
