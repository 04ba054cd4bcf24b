// A worker thread starts with none of the main thread's module hooks, so when SafeIntro runs
// from its TypeScript sources (tsx), the worker registers tsx itself before loading them.
import { register } from "tsx/esm/api";

register();
const { default: judgeRawMessage } = await import("./analysis-worker.ts");

export default judgeRawMessage;
