/**
 * `npm run bench [-- analyze|sync] [-- --json]`: SafeIntro's speed and cost figures.
 *   analyze  analysis throughput and its ratio to the MIME parser alone (seconds)
 *   sync     quota units, HTTP requests, quota use and worker memory of a Gmail sync
 *            against the local emulator (about two and a half minutes: it runs at Gmail's quota)
 * With no name, both. Tables by default; --json prints one JSON object.
 */
import { formatAnalyzeBench, runAnalyzeBench } from "./analyze-bench.js";
import { formatSyncBench, runSyncBench } from "./sync-bench.js";

const names = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const wanted = names.length > 0 ? names : ["analyze", "sync"];
const unknown = wanted.filter((name) => name !== "analyze" && name !== "sync");
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown benchmark ${unknown.join(", ")} (analyze, sync)\n`);
  process.exit(2);
}
const json = process.argv.includes("--json");
const results: Record<string, unknown> = {};
if (wanted.includes("analyze")) {
  const result = await runAnalyzeBench();
  results.analyze = result;
  if (!json) process.stdout.write(`Analysis\n${formatAnalyzeBench(result)}\n`);
}
if (wanted.includes("sync")) {
  const result = await runSyncBench();
  results.sync = result;
  if (!json) process.stdout.write(`Gmail sync\n${formatSyncBench(result)}\n`);
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
