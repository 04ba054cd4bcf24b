import { readFileSync } from "node:fs";
import path from "node:path";
import { type ParsedEmail, parseEmail } from "../intake/index.js";
import { type Analysis, analyzeEmail } from "../intros/index.js";

/** How a message is analysed for a measurement: the local analysis, or one with a judge's opinion. */
export type Analyse = (email: ParsedEmail, connectorAddresses: readonly string[]) => Analysis | Promise<Analysis>;
const analyseLocally: Analyse = (email, connectorAddresses) => analyzeEmail(email, { connectorAddresses });

interface Label {
  isIntroRequest: boolean;
  band: "low" | "medium" | "high" | null;
  target: { name: string | null; organization: string | null } | null;
  /**
   * The inbox owner's own address, where the set gives it (holdouts 45 on): what the product
   * knows of every mailbox it reads, so that mail the connector wrote, or was only copied on,
   * is measured as the product would judge it.
   */
  connectorEmail?: string;
}

/** The mailbox owner of the labelled folders. */
const CONNECTOR = "sam@rivera.example";
/** Case and the apostrophe's shape aside ("St. Brendan’s", "St. Brendan's"). */
const same = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? "").toLowerCase().replace(/\u2019/g, "'") === (b ?? "").toLowerCase().replace(/\u2019/g, "'");
/**
 * The same person, whatever title goes before the name: the labels write "Dr. Amara Nwosu" or
 * "Col. Walter Pruett" where the analysis gives the title as the role, if at all.
 */
const TITLE =
  /^(?:(?:mr|mrs|ms|mx|dr|prof|professor|sen|senator|rep|gov|judge|justice|commissioner|mayor|deputy|sheriff|sgt|sergeant|lt|lieutenant|capt|captain|col|colonel|det|detective|officer|chaplain|pastor|rev|reverend|rabbi|imam|fr|father|coach)\.?\s+)+/i;
export const sameName = (a: string | null | undefined, b: string | null | undefined) =>
  same((a ?? "").replace(TITLE, ""), (b ?? "").replace(TITLE, ""));
/** The same organisation with or without a leading "the" ("the Commission", "Commission"). */
export const sameOrganization = (a: string | null | undefined, b: string | null | undefined) =>
  same((a ?? "").replace(/^the\s+/i, ""), (b ?? "").replace(/^the\s+/i, ""));

/**
 * How well the analysis agrees with a labelled folder (labels.json beside the .eml files):
 * detection precision and recall, band agreement with its confusion, target agreement.
 */
export async function evaluateLabelledFolder(folder: string, analyse: Analyse = analyseLocally) {
  const labels = JSON.parse(readFileSync(path.join(folder, "labels.json"), "utf8")) as Record<string, Label>;
  const tally = { messages: 0, truePositive: 0, falsePositive: 0, falseNegative: 0, bandAgree: 0, targetAgree: 0 };
  const confusion: Record<string, number> = {};
  const misses: string[] = [];
  for (const [file, label] of Object.entries(labels)) {
    tally.messages++;
    const email = await parseEmail(readFileSync(path.join(folder, file)), { maxBytes: 25 * 1024 * 1024 });
    const analysis = await analyse(email, [CONNECTOR, ...(label.connectorEmail ? [label.connectorEmail] : [])]);
    if (analysis.isIntroRequest && !label.isIntroRequest) {
      tally.falsePositive++;
      misses.push(`${file}: detected, but not a request`);
    }
    if (!analysis.isIntroRequest && label.isIntroRequest) {
      tally.falseNegative++;
      misses.push(`${file}: missed request`);
    }
    if (!(analysis.isIntroRequest && label.isIntroRequest)) continue;
    tally.truePositive++;
    const band = analysis.specificity?.band ?? "low";
    confusion[`${label.band}→${band}`] = (confusion[`${label.band}→${band}`] ?? 0) + 1;
    if (band === label.band) tally.bandAgree++;
    else misses.push(`${file}: band ${band} (${analysis.specificity?.score}), labelled ${label.band}`);
    const nameAgrees = sameName(analysis.target?.name, label.target?.name);
    const orgAgrees =
      !label.target?.organization || sameOrganization(analysis.target?.organization, label.target.organization);
    if (nameAgrees && orgAgrees) tally.targetAgree++;
    else misses.push(`${file}: target ${JSON.stringify(analysis.target)}, labelled ${JSON.stringify(label.target)}`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  return {
    folder,
    messages: tally.messages,
    precision: ratio(tally.truePositive, tally.truePositive + tally.falsePositive),
    recall: ratio(tally.truePositive, tally.truePositive + tally.falseNegative),
    bandAgreement: ratio(tally.bandAgree, tally.truePositive),
    targetAgreement: ratio(tally.targetAgree, tally.truePositive),
    confusion,
    misses,
  };
}

export type Evaluation = Awaited<ReturnType<typeof evaluateLabelledFolder>>;
