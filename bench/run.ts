/**
 * `npm run bench [-- analyze|sync|hostile|fleet|relationships|email|forward] [-- --json] [-- --compiled]`: SafeIntro's speed and cost figures.
 *   analyze  analysis throughput and its ratio to the MIME parser alone (seconds)
 *   sync     quota units, HTTP requests, quota use and worker memory of a Gmail sync
 *            against the local emulator (about two and a half minutes: it runs at Gmail's quota)
 *   hostile  analysis time of crafted messages of 100 KB and 1 MB, and how it grows (a minute)
 *   fleet    two worker processes, 50 small mailboxes and one of 5,000 messages: how long new
 *            mail in the small ones takes from push to intro request while the big one syncs,
 *            and each mailbox's peak quota use (about three minutes)
 *   relationships  contact counters built from 50,000 messages' headers (rate, peak memory, counted
 *            once), the judgement of one request in mailboxes of 500 and 50,000 messages (ms), and
 *            100 new intro requests through the whole product to their analysed page (about two minutes)
 *   email    time to render one email from the compiled templates (p50 of 2,000), against compiling
 *            the MJML for each email (p50 of 50), and the ratio; then sends per second through the outbox
 *            against the emulator, two accounts at once, with every 429 counted (about a minute)
 *   forward  forwarded intro requests over SMTP on loopback: 250 answers per second (300 forwards over
 *            4 connections), the time from the 250 to the request existing (p50, p95, max), refusals
 *            and the process's peak memory (under a minute)
 * With no name, analyze and sync. Tables by default; --json prints one JSON object.
 * --compiled: the sync and fleet benchmarks run the workers as production does (`npm run worker`, building first),
 * not from the TypeScript sources through tsx.
 */
import { formatAnalyzeBench, runAnalyzeBench } from "./analyze-bench.js";
import { formatEmailBench, runEmailBench } from "./email-bench.js";
import { formatFleetBench, runFleetBench } from "./fleet-bench.js";
import { formatForwardBench, runForwardBench } from "./forward-bench.js";
import { formatHostileBench, runHostileBench } from "./hostile-bench.js";
import { formatRelationshipsBench, runRelationshipsBench } from "./relationships-bench.js";
import { formatSyncBench, runSyncBench } from "./sync-bench.js";

const BENCHMARKS = ["analyze", "sync", "hostile", "fleet", "relationships", "email", "forward"];

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
if (wanted.includes("fleet")) {
  const result = await runFleetBench({ worker: compiled ? "compiled" : "sources" });
  results.fleet = result;
  if (!json) process.stdout.write(`Scaling out: one big mailbox among small ones\n${formatFleetBench(result)}\n`);
}
if (wanted.includes("relationships")) {
  const result = await runRelationshipsBench();
  results.relationships = result;
  if (!json) process.stdout.write(`Relationships: counters and judgements\n${formatRelationshipsBench(result)}\n`);
}
if (wanted.includes("email")) {
  const result = await runEmailBench();
  results.email = result;
  if (!json) process.stdout.write(`Emails: rendering from compiled templates\n${formatEmailBench(result)}\n`);
}
if (wanted.includes("forward")) {
  const result = await runForwardBench();
  results.forward = result;
  if (!json) process.stdout.write(`Forwarding\n${formatForwardBench(result)}\n`);
}
if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
