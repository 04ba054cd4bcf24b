/**
 * `npx tsx scripts/fit-bands.ts`: fits the specificity bands' floors (src/intros/score-specificity.ts,
 * BAND_FLOORS) to the labelled sets. Every pair of floors, in steps of 5, is scored by how many
 * detected requests of the fitting sets (the corpus, holdout, holdout-2, holdout-4) get their
 * labelled band, among the pairs that keep the corpus whole (its test holds it at 100%);
 * holdout-3 is left out of the fit and reported as the check. Deterministic: same code, same answer.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEmail } from "../src/intake/index.js";
import { analyzeEmail } from "../src/intros/index.js";
const sets = ["corpus", "holdout", "holdout-2", "holdout-3", "holdout-4"];
const pairs: { set: string; score: number; band: string }[] = [];
for (const set of sets) {
  const dir = `test/fixtures/${set}`;
  const labels = JSON.parse(readFileSync(path.join(dir, "labels.json"), "utf8"));
  for (const [file, label] of Object.entries<{ isIntroRequest: boolean; band: string }>(labels)) {
    if (!label.isIntroRequest) continue;
    const email = await parseEmail(readFileSync(path.join(dir, file)), { maxBytes: 25 * 1024 * 1024 });
    const analysis = analyzeEmail(email, { connectorAddresses: ["sam@rivera.example"] });
    if (!analysis.isIntroRequest) continue;
    pairs.push({ set, score: analysis.specificity?.score ?? 0, band: label.band });
  }
}
const bandOf = (score: number, medium: number, high: number) =>
  score >= high ? "high" : score >= medium ? "medium" : "low";
const agree = (medium: number, high: number, which: string[]) => {
  const chosen = pairs.filter((pair) => which.includes(pair.set));
  return chosen.filter((pair) => bandOf(pair.score, medium, high) === pair.band).length / chosen.length;
};
const fitOn = ["corpus", "holdout", "holdout-2", "holdout-4"];
let best = { medium: 40, high: 70, agreement: 0 };
for (let medium = 5; medium <= 60; medium += 5)
  for (let high = medium + 5; high <= 95; high += 5) {
    if (agree(medium, high, ["corpus"]) < 1) continue;
    const agreement = agree(medium, high, fitOn);
    if (agreement > best.agreement) best = { medium, high, agreement };
  }
const row = (medium: number, high: number) =>
  sets.map((set) => `${set} ${agree(medium, high, [set]).toFixed(3)}`).join(", ");
console.log(`hand-set floors 40/70: ${row(40, 70)}`);
console.log(
  `fitted floors ${best.medium}/${best.high} (agreement ${best.agreement.toFixed(3)} on ${fitOn.join(", ")}): ${row(best.medium, best.high)}`,
);
