import { analyzeEmail } from "../intros/index.js";
import { InputError, parseEmail } from "../intake/index.js";
import { type AnalyzeOutcome, toHumanText, toJsonLine } from "./format-analysis.js";
import { readInput } from "./read-input.js";

export interface AnalyzeCommandOptions {
  json: boolean;
  /** The connector's own addresses: mail they wrote is never a request to them. */
  me?: string[];
  maxBytes: number;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

/**
 * `safeintro analyze FILE…`: analyses each input in turn, prints each result as soon
 * as it is known, and reports a failed input in one line without stopping the others.
 * Returns the process exit code: 0 when every input was analysed, 1 otherwise.
 */
export async function runAnalyzeCommand(inputs: string[], options: AnalyzeCommandOptions): Promise<number> {
  let failures = 0;
  for (const file of inputs) {
    const outcome = await analyzeInput(file, options);
    if (options.json) {
      options.stdout.write(`${toJsonLine(outcome)}\n`);
    } else if (outcome.ok) {
      options.stdout.write(toHumanText(outcome));
    }
    if (!outcome.ok) {
      failures++;
      options.stderr.write(`safeintro: ${displayName(file)}: ${outcome.error}\n`);
    }
  }
  return failures === 0 ? 0 : 1;
}

async function analyzeInput(file: string, options: AnalyzeCommandOptions): Promise<AnalyzeOutcome> {
  try {
    const raw = await readInput(file, options.maxBytes, options.stdin);
    const email = await parseEmail(raw, { maxBytes: options.maxBytes });
    return { file, ok: true, analysis: analyzeEmail(email, { connectorAddresses: options.me ?? [] }) };
  } catch (error) {
    if (error instanceof InputError) return { file, ok: false, error: error.message };
    // An unexpected failure is still one input's failure: say what it was, in one line.
    return { file, ok: false, error: `internal error: ${(error as Error).message}` };
  }
}

function displayName(file: string): string {
  return file === "-" ? "(standard input)" : file;
}
