import type { Analysis, Person, Target } from "../intros/index.js";

/** One input's outcome, as printed. */
export type AnalyzeOutcome =
  { file: string; ok: true; analysis: Analysis } | { file: string; ok: false; error: string };

/** The `--json` line for one input: the documented public schema (README). */
export function toJsonLine(outcome: AnalyzeOutcome): string {
  if (!outcome.ok) return JSON.stringify({ file: outcome.file, error: outcome.error });
  return JSON.stringify({ file: outcome.file, ...outcome.analysis });
}

/** A readable block for one analysed input. */
export function toHumanText(outcome: Extract<AnalyzeOutcome, { ok: true }>): string {
  const { file, analysis } = outcome;
  const cut = analysis.truncated ? "  note: the message arrived cut off; this is what arrived\n" : "";
  if (!analysis.isIntroRequest) {
    return `${file}: not an intro request (from ${formatPerson(analysis.requester)})\n${cut}`;
  }
  const specificity = analysis.specificity;
  const lines = [
    `${file}: intro request, specificity ${specificity?.score ?? 0}/100 (${specificity?.band ?? "low"})`,
    field("requester", formatPerson(analysis.requester)),
  ];
  if (analysis.forwardedBy) lines.push(field("forwarded by", formatPerson(analysis.forwardedBy)));
  lines.push(
    field("target", formatTarget(analysis.target)),
    field("reason", analysis.reason),
    field("ask", analysis.ask),
    field("benefit", analysis.benefitToTarget),
    field("blurb", analysis.blurb),
    "  signals:",
  );
  for (const signal of specificity?.signals ?? []) {
    const mark = signal.present ? (signal.points < 0 ? "!" : "+") : " ";
    const points = signal.present ? `${signal.points > 0 ? "+" : ""}${signal.points}` : "0";
    const evidence = signal.evidence ? `  "${signal.evidence}"` : "";
    lines.push(`    ${mark} ${signal.id.padEnd(19)} ${points.padStart(3)}${evidence}`);
  }
  return `${lines.join("\n")}\n${cut}`;
}

function field(label: string, value: string | null): string {
  return `  ${`${label}:`.padEnd(14)}${value ?? "-"}`;
}

function formatPerson(person: Person): string {
  if (person.name && person.email) return `${person.name} <${person.email}>`;
  return person.name ?? person.email ?? "unknown sender";
}

function formatTarget(target: Target | null): string | null {
  if (!target) return null;
  const who = target.name ?? "(no one named)";
  const where = [target.role, target.organization].filter(Boolean).join(", ");
  return `${who}${where ? ` (${where})` : ""}${target.email ? ` <${target.email}>` : ""}`;
}
