import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { InputError, parseEmail } from "../intake/index.js";
import { analyzeEmail } from "../intros/index.js";
import { csvFields } from "./csv-fields.js";
import type { Analyse } from "./evaluate-labelled.js";

/** Where the real mail sits beside a checkout (never in the repository: see its README). */
export const REAL_MAIL_DIR = path.join("..", "shared", "real-mail", "enron-berkeley");
/** The hand labels of that mail, in the repository (test/fixtures/real-mail-labels/README.md). */
export const REAL_MAIL_LABELS = "test/fixtures/real-mail-labels/intro-requests.csv";

interface RealLabel {
  label: "request" | "near_miss";
  band: "low" | "medium" | "high" | null;
}

/** The label file's rows: file,label,band,target,note (fields with commas are quoted). */
export function readRealMailLabels(csv: string): Map<string, RealLabel> {
  const labels = new Map<string, RealLabel>();
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== "");
  for (const line of lines.slice(1)) {
    const [file, label, band] = csvFields(line);
    if (!file || (label !== "request" && label !== "near_miss")) throw new Error(`bad label row: ${line}`);
    labels.set(file, {
      label,
      band: band === "low" || band === "medium" || band === "high" ? band : null,
    });
  }
  return labels;
}

/**
 * How the analysis does on real mail nobody wrote for it: every message of the folder is
 * analysed, as its recipient's (no connector address is given: a message one person sent is
 * judged as a request to its recipient). A message labelled "request" is a positive; every
 * other message, labelled near miss or not labelled at all, a negative. Only file names are
 * reported, never the mail's text.
 */
export async function evaluateRealMail(
  mailDir = REAL_MAIL_DIR,
  labelFile = REAL_MAIL_LABELS,
  analyse: Analyse = (email) => analyzeEmail(email),
) {
  if (!existsSync(mailDir)) return null;
  const labels = readRealMailLabels(readFileSync(labelFile, "utf8"));
  const tally = { messages: 0, unreadable: 0, truePositive: 0, falsePositive: 0, falseNegative: 0, bandAgree: 0 };
  const nearMissesFlagged: string[] = [];
  const confusion: Record<string, number> = {};
  const misses: string[] = [];
  for (const file of readdirSync(mailDir)
    .filter((name) => name.endsWith(".eml"))
    .sort()) {
    tally.messages++;
    const label = labels.get(file);
    let analysis;
    try {
      analysis = await analyse(
        await parseEmail(readFileSync(path.join(mailDir, file)), { maxBytes: 25 * 1024 * 1024 }),
        [],
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      tally.unreadable++;
      misses.push(`${file}: refused (${error.code})`);
      continue;
    }
    const labelledRequest = label?.label === "request";
    if (analysis.isIntroRequest && !labelledRequest) {
      tally.falsePositive++;
      if (label?.label === "near_miss") nearMissesFlagged.push(file);
      misses.push(`${file}: detected, but ${label ? "a labelled near miss" : "not labelled a request"}`);
    }
    if (!analysis.isIntroRequest && labelledRequest) {
      tally.falseNegative++;
      misses.push(`${file}: missed request (${label?.band ?? "?"})`);
    }
    if (!(analysis.isIntroRequest && labelledRequest)) continue;
    tally.truePositive++;
    const band = analysis.specificity?.band ?? "low";
    confusion[`${label?.band}→${band}`] = (confusion[`${label?.band}→${band}`] ?? 0) + 1;
    if (band === label?.band) tally.bandAgree++;
    else misses.push(`${file}: band ${band} (${analysis.specificity?.score}), labelled ${label?.band}`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  return {
    folder: mailDir,
    messages: tally.messages,
    labelledRequests: [...labels.values()].filter((label) => label.label === "request").length,
    labelledNearMisses: [...labels.values()].filter((label) => label.label === "near_miss").length,
    unreadable: tally.unreadable,
    precision: ratio(tally.truePositive, tally.truePositive + tally.falsePositive),
    recall: ratio(tally.truePositive, tally.truePositive + tally.falseNegative),
    bandAgreement: ratio(tally.bandAgree, tally.truePositive),
    nearMissesFlagged: nearMissesFlagged.length,
    confusion,
    misses,
  };
}
