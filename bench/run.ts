/**
 * `npm run bench [-- analyze|sync|hostile] [-- --json] [-- --compiled]`: SafeIntro's speed and cost figures.
 *   analyze  analysis throughput and its ratio to the MIME parser alone (seconds)
 *   sync     quota units, HTTP requests, quota use and worker memory of a Gmail sync
 *            against the local emulator (about two and a half minutes: it runs at Gmail's quota)
 *   hostile  analysis time of crafted messages of 100 KB and 1 MB, and how it grows (a minute)
 * With no name, analyze and sync. Tables by default; --json prints one JSON object.
 * --compiled: the sync runs the worker as production does (`npm run worker`, building first),
 * not from the TypeScript sources through tsx.
 */
import { formatAnalyzeBench, runAnalyzeBench } from "./analyze-bench.js";
import { formatHostileBench, runHostileBench } from "./hostile-bench.js";
import { formatSyncBench, runSyncBench } from "./sync-bench.js";

const BENCHMARKS = ["analyze", "sync", "hostile"];

const names = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const wanted = names.length > 0 ? names : ["analyze", "sync"];
const unknown = wanted.filter((name) => !BENCHMARKS.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown benchmark ${unknown.join(", ")} (${BENCHMARKS.join(", ")})\n`);
  process.exit(2);
}
const json = process.argv.includes("--json");
const compiled = process.argv.includes("--compiled");
const results: Record<string, unknown> = {};
if (wanted.includes("analyze")) {
  const result = await runAnalyzeBench();
  results.analyze = result;
  if (!json) process.stdout.write(`Analysis\n${formatAnalyzeBench(result)}\n`);
}
if (wanted.includes("sync")) {
  const result = await runSyncBench({ worker: compiled ? "compiled" : "sources" });
  results.sync = result;
  if (!json) process.stdout.write(`Gmail sync\n${formatSyncBench(result)}\n`);
}
if (wanted.includes("hostile")) {
  const result = await runHostileBench();
  results.hostile = result;
  if (!json) process.stdout.write(`Crafted messages\n${formatHostileBench(result)}\n`);
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
