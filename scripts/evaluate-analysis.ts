/**
 * `npm run evaluate [-- DIR…] [-- --json]`: how well the analysis agrees with a labelled
 * folder of messages (a labels.json beside the .eml files, as in test/fixtures/corpus).
 * Prints detection precision and recall, band agreement (with the confusion of bands),
 * and target agreement (name, and organisation where labelled). Default folders: the
 * corpus the rules were written against (test/fixtures/corpus), a held-out set they were
 * then improved on (holdout, holdout-2), one measured blind and left alone (holdout-3), and three
 * written blind in real mail's styles, measured, then improved on (holdout-4 to 8).
 * Then, when ../shared/real-mail is beside the checkout, the 1,691 real Enron messages against
 * the hand labels in test/fixtures/real-mail-labels (src/dev/evaluate-real-mail.ts).
 * `-- --llm-judge`: the same, with the optional LLM judge's second opinion (judgedAnalysis).
 */
import { existsSync } from "node:fs";
import { pino } from "pino";
import { loadConfig } from "../src/config.js";
import { type Analyse, evaluateLabelledFolder } from "../src/dev/evaluate-labelled.js";
import { evaluateRealMail, REAL_MAIL_DIR, REAL_MAIL_LABELS } from "../src/dev/evaluate-real-mail.js";
import { llmJudgeOf } from "../src/llm-judge-config.js";
import { analyzeWithLlmJudge, createLlmJudge } from "../src/llm-judge/index.js";

/**
 * `--llm-judge`: the same measurement with the LLM judge's second opinion, from LLM_JUDGE_URL
 * and LLM_JUDGE_MODEL (README, "An optional LLM judge"): how a model does on the labelled sets,
 * before a deployment relies on it. Its failures are counted on standard error.
 */
function judgedAnalysis(): { analyse: Analyse; label: string } | null {
  if (!process.argv.includes("--llm-judge")) return null;
  const settings = llmJudgeOf(loadConfig());
  if (settings === null) {
    process.stderr.write("--llm-judge needs LLM_JUDGE_URL and LLM_JUDGE_MODEL in the environment\n");
    process.exit(2);
  }
  const judge = createLlmJudge({ ...settings, logger: pino({ level: "warn" }, process.stderr) });
  return {
    analyse: (email, connectorAddresses) => analyzeWithLlmJudge(email, connectorAddresses, judge),
    label: `with the LLM judge ${settings.model} at ${new URL(settings.url).host}`,
  };
}

const folders = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const targets =
  folders.length > 0
    ? folders
    : [
        "test/fixtures/corpus",
        "test/fixtures/holdout",
        "test/fixtures/holdout-2",
        "test/fixtures/holdout-3",
        "test/fixtures/holdout-4",
        "test/fixtures/holdout-5",
        "test/fixtures/holdout-6",
        "test/fixtures/holdout-7",
        "test/fixtures/holdout-8",
        "test/fixtures/holdout-9",
        "test/fixtures/holdout-10",
        "test/fixtures/holdout-11",
        "test/fixtures/holdout-12",
        "test/fixtures/holdout-13",
        "test/fixtures/holdout-14",
        "test/fixtures/holdout-15",
        "test/fixtures/holdout-16",
        "test/fixtures/holdout-17",
        "test/fixtures/holdout-18",
        "test/fixtures/holdout-19",
        "test/fixtures/holdout-20",
        "test/fixtures/holdout-21",
        "test/fixtures/holdout-22",
        "test/fixtures/holdout-23",
        "test/fixtures/holdout-24",
        "test/fixtures/holdout-25",
        "test/fixtures/holdout-26",
        "test/fixtures/holdout-27",
        "test/fixtures/holdout-28",
        "test/fixtures/holdout-29",
        "test/fixtures/holdout-30",
        "test/fixtures/holdout-31",
        "test/fixtures/holdout-32",
        "test/fixtures/holdout-33",
        "test/fixtures/holdout-34",
        "test/fixtures/holdout-35",
        "test/fixtures/holdout-36",
        "test/fixtures/holdout-37",
        "test/fixtures/holdout-38",
        "test/fixtures/holdout-39",
        "test/fixtures/holdout-40",
        "test/fixtures/holdout-41",
        "test/fixtures/holdout-42",
        "test/fixtures/holdout-43",
        "test/fixtures/holdout-44",
        "test/fixtures/holdout-45",
        "test/fixtures/holdout-46",
        "test/fixtures/holdout-47",
        "test/fixtures/holdout-48",
        "test/fixtures/holdout-49",
        "test/fixtures/holdout-50",
        "test/fixtures/holdout-51",
        "test/fixtures/holdout-52",
        "test/fixtures/holdout-53",
        "test/fixtures/holdout-54",
        "test/fixtures/holdout-55",
        "test/fixtures/holdout-56",
        "test/fixtures/holdout-57",
        "test/fixtures/holdout-58",
        "test/fixtures/holdout-59",
        "test/fixtures/holdout-60",
        "test/fixtures/holdout-61",
        "test/fixtures/holdout-62",
        "test/fixtures/holdout-63",
        "test/fixtures/holdout-64",
        "test/fixtures/holdout-65",
        "test/fixtures/holdout-66",
        "test/fixtures/holdout-67",
        "test/fixtures/holdout-68",
        "test/fixtures/holdout-69",
        "test/fixtures/holdout-70",
      ].filter((folder) => existsSync(folder));
const judged = judgedAnalysis();
if (judged) process.stderr.write(`measuring ${judged.label}\n`);
const results = [];
for (const folder of targets) results.push(await evaluateLabelledFolder(folder, judged?.analyse));
const real = folders.length > 0 ? null : await evaluateRealMail(REAL_MAIL_DIR, REAL_MAIL_LABELS, judged?.analyse);
if (process.argv.includes("--json")) {
  process.stdout.write(`${JSON.stringify({ labelled: results, realMail: real })}\n`);
} else {
  for (const result of results) {
    process.stdout.write(
      `${result.folder} (${result.messages} messages)\n` +
        `  detection precision ${result.precision}, recall ${result.recall}\n` +
        `  band agreement ${result.bandAgreement}   (labelled→analysed: ${Object.entries(result.confusion)
          .map(([pair, count]) => `${pair} ${count}`)
          .join(", ")})\n` +
        `  target agreement ${result.targetAgreement}\n` +
        result.misses.map((miss) => `    ${miss}\n`).join("") +
        "\n",
    );
  }
}
if (!process.argv.includes("--json") && folders.length === 0) {
  if (real === null)
    process.stdout.write(`real mail: ${REAL_MAIL_DIR} is not here (a fresh clone has none); not measured\n`);
  else
    process.stdout.write(
      `${real.folder} (${real.messages} real messages; ${real.labelledRequests} labelled requests, ${real.labelledNearMisses} near misses)\n` +
        `  detection precision ${real.precision}, recall ${real.recall}; near misses flagged ${real.nearMissesFlagged}; refused ${real.unreadable}\n` +
        `  band agreement ${real.bandAgreement}   (labelled→analysed: ${Object.entries(real.confusion)
          .map(([pair, count]) => `${pair} ${count}`)
          .join(", ")})\n` +
        real.misses.map((miss) => `    ${miss}\n`).join(""),
    );
}
