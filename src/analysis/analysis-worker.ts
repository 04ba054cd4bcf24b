// Runs in a worker thread of the analysis pool (analysis-pool.ts): Piscina calls the default export.
import { judgeRawMessage } from "./judge-raw-message.js";

export default judgeRawMessage;
