import { readFileSync } from "node:fs";

/** One instruction of a Dockerfile: `RUN npm ci` is { keyword: "RUN", args: "npm ci" }. */
export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  name: string;
  /** The image or earlier stage it starts from, with the global ARGs' defaults put in. */
  from: string;
  instructions: Instruction[];
}

/**
 * Just enough of the Dockerfile syntax for the tests to read the repository's Dockerfile:
 * comments, line continuations, global ARG defaults in FROM, stages. No Docker engine needed.
 */
export function readDockerfile(path: string): Stage[] {
  const logicalLines = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => !line.trim().startsWith("#"))
    .join("\n")
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  for (const line of logicalLines) {
    const [, keyword = "", args = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const upper = keyword.toUpperCase();
    const current = stages.at(-1);
    if (upper === "FROM") {
      const [, image = "", name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      const from = image.replace(/\$\{(\w+)\}/g, (_, arg: string) => globalArgs.get(arg) ?? "");
      stages.push({ name: name ?? String(stages.length), from, instructions: [] });
    } else if (!current && upper === "ARG") {
      const [, name = "", value = ""] = /^(\w+)(?:=(.*))?$/.exec(args) ?? [];
      globalArgs.set(name, value);
    } else if (current) {
      current.instructions.push({ keyword: upper, args: args.replace(/\s+/g, " ") });
    }
  }
  return stages;
}

/** The arguments of each instruction of this kind in the stage. */
export function argsOf(stage: Stage | undefined, keyword: string): string[] {
  return (stage?.instructions ?? [])
    .filter((instruction) => instruction.keyword === keyword)
    .map((instruction) => instruction.args);
}

/** An exec-form (JSON array) CMD, the last one of the stage or of the stages it builds on. */
export function commandOf(stages: Stage[], name: string): string[] | undefined {
  const stage = stages.find((candidate) => candidate.name === name);
  if (!stage) return undefined;
  const own = argsOf(stage, "CMD").at(-1);
  return own === undefined ? commandOf(stages, stage.from) : (JSON.parse(own) as string[]);
}

/** The HEALTHCHECK of the stage or of the stages it builds on ("NONE" when switched off). */
export function healthcheckOf(stages: Stage[], name: string): string | undefined {
  const stage = stages.find((candidate) => candidate.name === name);
  if (!stage) return undefined;
  return argsOf(stage, "HEALTHCHECK").at(-1) ?? healthcheckOf(stages, stage.from);
}

/** The stage and every stage it builds on, nearest first. */
export function lineage(stages: Stage[], name: string): Stage[] {
  const stage = stages.find((candidate) => candidate.name === name);
  return stage ? [stage, ...lineage(stages, stage.from)] : [];
}
