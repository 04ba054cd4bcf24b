/**
 * `npx tsx scripts/generate-demo-mailbox.ts OUT_DIR [--seed N]`: writes the demo's sample mailbox
 * (src/dev/demo-mailbox/), dated back from now, to OUT_DIR/sam@rivera.example/, for a look at
 * what `npm run demo` serves. Serve it with `npx safeintro emulator --mailbox OUT_DIR`.
 */
import { parseArgs } from "node:util";
import { DEMO_REQUESTS, DEMO_SEED, writeDemoMailbox } from "../src/dev/demo-mailbox/index.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "string" }, help: { type: "boolean", short: "h" } },
});
const [outDir] = positionals;
const seed = values.seed === undefined ? DEMO_SEED : Number(values.seed);
if (values.help || outDir === undefined || positionals.length > 1 || !Number.isSafeInteger(seed)) {
  process.stderr.write("usage: npx tsx scripts/generate-demo-mailbox.ts OUT_DIR [--seed N]\n");
  process.exit(values.help ? 0 : 2);
}

const { mailboxDir, messages } = await writeDemoMailbox(outDir, { seed, now: new Date() });
process.stdout.write(`Wrote ${messages} messages to ${mailboxDir} (seed ${seed}). The intro requests:\n`);
for (const request of DEMO_REQUESTS) {
  process.stdout.write(
    `  ${request.fileName}: ${request.requester.name} → ${request.target.name}: ${request.recommendation} (${request.rule})\n`,
  );
}
