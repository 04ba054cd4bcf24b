/**
 * `npx tsx scripts/fit-bands.ts`: fits the specificity bands' floors (src/intros/score-specificity.ts,
 * BAND_FLOORS) to the labelled sets, and says whether fitting them again would help on mail the
 * fit did not see. Every pair of floors, in steps of 5, is scored by the mean, over sets, of the
 * share of detected requests that get their labelled band, among the pairs that keep the corpus
 * whole (its test holds it at 100%). Each set is then left out in turn: the floors fitted on the
 * others are scored on it, beside today's floors. The real mail in ../shared/real-mail counts as
 * one more set when it is there. Prints the confusion of bands for today's floors. Deterministic.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { REAL_MAIL_DIR, REAL_MAIL_LABELS, readRealMailLabels } from "../src/dev/evaluate-real-mail.js";
import { parseEmail } from "../src/intake/index.js";
import { analyzeEmail, type Analysis } from "../src/intros/index.js";
import { BAND_FLOORS } from "../src/intros/score-specificity.js";

const SETS = [
  "corpus",
  ...[
    "",
    "-2",
    "-3",
    "-4",
    "-5",
    "-6",
    "-7",
    "-8",
    "-9",
    "-10",
    "-11",
    "-12",
    "-13",
    "-14",
    "-15",
    "-16",
    "-17",
    "-18",
    "-19",
    "-20",
    "-21",
    "-22",
    "-23",
    "-24",
    "-25",
    "-26",
    "-27",
    "-28",
    "-29",
    "-30",
    "-31",
    "-32",
    "-33",
    "-34",
    "-35",
    "-36",
    "-37",
    "-38",
    "-39",
    "-40",
    "-41",
    "-42",
    "-43",
    "-44",
    "-45",
    "-46",
    "-47",
    "-48",
    "-49",
    "-50",
    "-51",
    "-52",
    "-53",
    "-54",
    "-55",
    "-56",
    "-57",
    "-58",
    "-59",
    "-60",
    "-61",
    "-62",
    "-63",
    "-64",
  ].map((n) => `holdout${n}`),
];
const CONNECTOR = "sam@rivera.example";

interface Scored {
  set: string;
  score: number;
  band: string;
}
const scored: Scored[] = [];
const keep = (set: string, analysis: Analysis, band: string) => {
  if (analysis.isIntroRequest) scored.push({ set, score: analysis.specificity?.score ?? 0, band });
};
const read = async (file: string) => parseEmail(readFileSync(file), { maxBytes: 25 * 1024 * 1024 });

for (const set of SETS) {
  const dir = `test/fixtures/${set}`;
  if (!existsSync(dir)) continue;
  const labels = JSON.parse(readFileSync(path.join(dir, "labels.json"), "utf8"));
  for (const [file, label] of Object.entries<{ isIntroRequest: boolean; band: string }>(labels)) {
    if (label.isIntroRequest)
      keep(set, analyzeEmail(await read(path.join(dir, file)), { connectorAddresses: [CONNECTOR] }), label.band);
  }
}
if (existsSync(REAL_MAIL_DIR)) {
  for (const [file, label] of readRealMailLabels(readFileSync(REAL_MAIL_LABELS, "utf8"))) {
    if (label.label === "request" && label.band)
      keep("real", analyzeEmail(await read(path.join(REAL_MAIL_DIR, file))), label.band);
  }
}

const sets = [...new Set(scored.map((entry) => entry.set))];
const bandOf = (score: number, medium: number, high: number) =>
  score >= high ? "high" : score >= medium ? "medium" : "low";
const agreement = (medium: number, high: number, set: string) => {
  const chosen = scored.filter((entry) => entry.set === set);
  return chosen.filter((entry) => bandOf(entry.score, medium, high) === entry.band).length / chosen.length;
};
const meanAgreement = (medium: number, high: number, which: readonly string[]) =>
  which.reduce((sum, set) => sum + agreement(medium, high, set), 0) / which.length;
function fit(which: readonly string[]) {
  let best: { medium: number; high: number; agreement: number } = { ...BAND_FLOORS, agreement: -1 };
  for (let medium = 5; medium <= 60; medium += 5)
    for (let high = medium + 5; high <= 95; high += 5) {
      if (agreement(medium, high, "corpus") < 1) continue;
      const mean = meanAgreement(medium, high, which);
      if (mean > best.agreement) best = { medium, high, agreement: mean };
    }
  return best;
}

const today = BAND_FLOORS;
const all = fit(sets);
console.log(
  `today's floors ${today.medium}/${today.high}: mean agreement ${meanAgreement(today.medium, today.high, sets).toFixed(3)}`,
);
console.log(`fitted on every set ${all.medium}/${all.high}: mean agreement ${all.agreement.toFixed(3)}`);
let heldOutFitted = 0;
let heldOutToday = 0;
for (const set of sets) {
  const others = fit(sets.filter((other) => other !== set && other !== "corpus"));
  const fitted = agreement(others.medium, others.high, set);
  const current = agreement(today.medium, today.high, set);
  heldOutFitted += fitted;
  heldOutToday += current;
  console.log(
    `  ${set} left out: floors ${others.medium}/${others.high} agree ${fitted.toFixed(3)}; today's ${current.toFixed(3)}`,
  );
}
console.log(
  `on the set left out, mean: fitted ${(heldOutFitted / sets.length).toFixed(3)}, today's ${(heldOutToday / sets.length).toFixed(3)}`,
);
const confusion: Record<string, number> = {};
for (const entry of scored) {
  const key = `${entry.band}→${bandOf(entry.score, today.medium, today.high)}`;
  confusion[key] = (confusion[key] ?? 0) + 1;
}
console.log(`confusion with today's floors (labelled→analysed, ${scored.length} requests):`, confusion);
